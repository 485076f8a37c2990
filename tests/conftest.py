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
