"""The CLI: every command has help and is documented; the main job end to end on the samples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parallax.cli import app
from parallax.store import open_store

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands if command.callback)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf8")
    assert re.search(rf"^## `parallax {command}", docs, re.M), f"docs/cli.md does not document `parallax {command}`"


def test_ingest_export_report_on_the_samples(examples: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = runner.invoke(app, ["ingest", str(examples), "--db", db])
    assert result.exit_code == 0, result.output
    assert "added 5, new versions 0, unchanged 0, skipped 0, failed 0" in result.output
    again = runner.invoke(app, ["ingest", str(examples), "--db", db])
    assert "added 0, new versions 0, unchanged 5, skipped 0, failed 0" in again.output

    out = tmp_path / "export.json"
    assert runner.invoke(app, ["export", "--db", db, "-o", str(out)]).exit_code == 0
    document = json.loads(out.read_text(encoding="utf8"))
    assert document["schema"] == "parallax/1"
    assert set(document) >= {"articles", "stories", "events", "quotes", "claims", "conflicts", "actors", "sources"}
    assert len(document["articles"]) == 5
    published = {a["input_id"][:3]: (a["published"], a["published_inferred"]) for a in document["articles"]}
    assert published["002"] == ("2024-06-19", True) and published["003"] == ("2024-06-19", True)
    for article in document["articles"]:
        assert article["text"] and article["story"] and article["input_id"]
        assert "Exit mobile version" not in article["text"] and "Leave a Reply" not in article["text"]
    for mention in document["mentions"]:
        text = next(a["text"] for a in document["articles"] if a["id"] == mention["article"])
        assert text[mention["start"] : mention["end"]] == mention["text"]

    report = runner.invoke(app, ["report", "--db", db])
    assert report.exit_code == 0 and "## What happened" in report.output and "## Sources" in report.output
    html = runner.invoke(app, ["report", "--db", db, "--format", "html"])
    assert html.output.lstrip().startswith("<!DOCTYPE html>")


def test_clean_prints_text_and_removals(examples: Path) -> None:
    result = runner.invoke(app, ["clean", "--show-removed", str(examples / "002_72b65fb3c3f0fad2.txt")])
    assert result.exit_code == 0
    text, removed = result.output.split("--- removed ---")
    assert "On June 19, 2024, Kim Jong-un hosted Vladimir Putin in Pyongyang" in text
    assert "Leave a Comment" not in text
    assert "[comment]" in removed


def test_bad_file_for_clean_is_a_one_line_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf8")
    result = runner.invoke(app, ["clean", str(empty)])
    assert result.exit_code == 1
    assert f"{empty}: empty file" in result.output


def test_unknown_story_is_an_error(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    open_store(db).close()
    result = runner.invoke(app, ["report", "--db", db, "--story", "nope"])
    assert result.exit_code == 1 and "no story 'nope'" in result.output
