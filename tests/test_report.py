"""The dossier: hostile article text stays inert text in every rendering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parallax.cli import app
from parallax.store import Store

runner = CliRunner()
SCRIPT = "<script>window.__pwned = 1</script>"
IMAGE = '<img src=x onerror="window.__pwned = 2">'
BODY = (
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean leader "
    "Kim Jong Un, his first visit to the country in 24 years. "
)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Two articles of one story with markup in every text field an input can set."""
    folder = tmp_path_factory.mktemp("hostile")
    lines = []
    for n, outlet in enumerate(["Example " + SCRIPT, "Other " + IMAGE]):
        lines.append(
            {
                "id": f"hostile-{n}{SCRIPT}",
                "url": f'https://example.org/{n}?q="><script>window.__pwned=3</script>',
                "source": outlet,
                "title": f"Putin in Pyongyang {SCRIPT}{IMAGE}",
                "published": "2024-06-19",
                "text": BODY
                + f'"We will stand together {SCRIPT}," Putin said. Kim called it {IMAGE} a new era. '
                + f"About {1000 + n} people {SCRIPT} lined the streets, officials said.",
            }
        )
    path = folder / "hostile.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf8")
    db = f"sqlite:///{folder / 'hostile.db'}"
    result = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def _dossier(db: str, fmt: str, folder: Path) -> str:
    out = folder / f"dossier.{fmt}"
    result = runner.invoke(app, ["report", "--db", db, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf8")


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_markup_in_articles_is_escaped_in_the_dossier(hostile_db: str, fmt: str, tmp_path: Path) -> None:
    text = _dossier(hostile_db, fmt, tmp_path)
    assert "&lt;script&gt;" in text  # the markup is there, as text
    assert "<script" not in text.lower() and "<img" not in text.lower()
    assert "onerror=" not in text.replace("onerror=&#34;", "").replace("onerror=&quot;", "")


def test_hostile_dossier_stays_inert_in_chromium(hostile_db: str, tmp_path: Path, browser: object) -> None:
    page = tmp_path / "dossier.html"
    page.write_text(_dossier(hostile_db, "html", tmp_path), encoding="utf8")
    browser.get(page.as_uri())  # type: ignore[attr-defined]
    assert browser.execute_script("return window.__pwned === undefined")  # type: ignore[attr-defined]
    shown = browser.execute_script("return document.body.innerText")  # type: ignore[attr-defined]
    assert SCRIPT in shown and "Putin in Pyongyang" in shown
    images = browser.execute_script("return document.images.length")  # type: ignore[attr-defined]
    assert images == 0


def test_the_dossier_names_actors_instead_of_showing_ids(samples_store: Store) -> None:
    from parallax.report import build_dossiers, render

    for fmt in ("md", "html"):
        text = render(build_dossiers(samples_store), format=fmt)
        assert "Vladimir Putin" in text and "North Korea" in text
        assert "person:vladimir-putin" not in text and "person:" not in text, fmt
    # the JSON dossier is for programs: it keeps the ids
    assert "person:vladimir-putin" in render(build_dossiers(samples_store), format="json")
