"""Shared fixtures: the sample articles, the loaded pipeline, and the samples analysed once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from parallax.config import Options, load_options
from parallax.ingest import read_inputs
from parallax.nlp import load_nlp
from parallax.pipeline import analyze
from parallax.records import Article, Extraction, Rejected
from parallax.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "summit-2024"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not present")
    return SHARED_EVAL


@pytest.fixture(scope="session")
def options() -> Options:
    return load_options(db="sqlite://")


@pytest.fixture(scope="session")
def nlp(options: Options) -> Language:
    return load_nlp(options.spacy_model)


@pytest.fixture(scope="session")
def analysed(nlp: Language, options: Options) -> dict[str, tuple[Article, Extraction]]:
    """The five sample articles cleaned and analysed, by input id (file stem), e.g. "003_f3b73f1a942b9b28"."""
    results: dict[str, tuple[Article, Extraction]] = {}
    for item in analyze(read_inputs([str(EXAMPLES)], options=options), nlp=nlp, options=options):
        assert not isinstance(item, Rejected), item
        article, extraction = item
        assert extraction is not None and article.input_id
        results[article.input_id] = (article, extraction)
    return results


def sample(analysed: dict[str, tuple[Article, Extraction]], prefix: str) -> tuple[Article, Extraction]:
    """The analysed sample whose file name starts with ``prefix`` ("000" ... "004")."""
    return next(value for key, value in analysed.items() if key.startswith(prefix))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    yield opened
    opened.close()


CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by selenium through chromedriver.

    Skipped when Chromium is not installed, unless ``PARALLAX_TEST_BROWSER`` is set (CI sets it
    and installs Chromium), in which case a missing browser is a failure, not a skip.
    """
    import os

    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("PARALLAX_TEST_BROWSER"):
            pytest.fail("PARALLAX_TEST_BROWSER is set but /usr/bin/chromium or /usr/bin/chromedriver is missing")
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    settings = webdriver.ChromeOptions()
    settings.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
    ):
        settings.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=settings)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory, options: Options) -> Iterator[Store]:
    """The five samples ingested once (stories, cross-checks and all), for read-only tests."""
    from parallax.pipeline import ingest

    opened = open_store(f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}")
    ingest([str(EXAMPLES)], store=opened, options=options)
    yield opened
    opened.close()


# Markup in every field a page shows: each would set window.__x if a browser ran it.
HOSTILE = [
    {
        "id": "hostile-1",
        "url": "javascript:window.__x=5",
        "source": '<img src=x onerror="window.__x=2">Evil Times',
        "title": "<script>window.__x=1</script> Putin meets Kim in Pyongyang",
        "published": "2024-06-19",
        "text": (
            "<script>window.__x=1</script> Russian President Vladimir Putin met North Korean leader Kim Jong Un "
            "in Pyongyang on Wednesday. The two leaders signed a treaty on mutual assistance.\n\n"
            'Putin said: "<script>window.__x=3</script> We will support <img src=x onerror=window.__x=4> '
            'North Korea." At least 10,000 <b onmouseover="window.__x=6">containers</b> were sent, officials said.'
        ),
    },
    {
        "id": "hostile-2",
        "source": "<svg onload=window.__x=7>",
        "title": "<img src=x onerror=window.__x=8> Kim hosts Putin",
        "published": "2024-06-19",
        "text": (
            "North Korean leader Kim Jong Un hosted Russian President Vladimir Putin in Pyongyang on Wednesday. "
            '"<script>window.__x=9</script> This is a historic day," Kim said. The two leaders signed a treaty.'
        ),
    },
]


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory: pytest.TempPathFactory, options: Options) -> Iterator[Store]:
    """A corpus whose titles, publishers, quotes and texts carry markup and script."""
    import json

    from parallax.pipeline import ingest

    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in HOSTILE), encoding="utf8")
    opened = open_store(f"sqlite:///{folder / 'hostile.db'}")
    ingest([str(path)], store=opened, options=options)
    yield opened
    opened.close()
