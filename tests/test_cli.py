"""The CLI: every command has help and is documented; the main job end to end on the samples."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
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


GOOD = (
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean leader "
    "Kim Jong Un, his first visit to the country in 24 years.\n\nThe two leaders signed a treaty.\n"
)


def test_ingest_exit_status_says_whether_everything_went_in(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    good = tmp_path / "good.txt"
    good.write_text("Visit\n\n" + GOOD, encoding="utf8")
    assert runner.invoke(app, ["ingest", str(good), "--db", db]).exit_code == 0
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), "--db", db])
    assert missing.exit_code == 3 and f"{tmp_path / 'nope.txt'}: no such file or directory" in missing.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "' + GOOD.replace("\n", " ") + '"}\n{not json\n', encoding="utf8")
    result = runner.invoke(app, ["ingest", str(bad), "--db", db, "--json"])
    assert result.exit_code == 3
    summary = json.loads(result.stdout)
    assert summary["added"] == 1 and summary["failed"] == 1
    assert summary["failures"][0]["input"] == f"{bad}:2"


def test_version_quiet_and_verbose(tmp_path: Path) -> None:
    from parallax import __version__

    assert runner.invoke(app, ["--version"]).stdout.strip() == f"parallax {__version__}"
    good = tmp_path / "good.txt"
    good.write_text("Visit\n\n" + GOOD, encoding="utf8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    loud = runner.invoke(app, ["--verbose", "ingest", str(good), "--db", db])
    assert f"added {good}" in loud.output
    quiet = runner.invoke(app, ["ingest", "--quiet", str(good), "--db", db])
    assert quiet.exit_code == 0 and quiet.output == ""


@pytest.mark.parametrize(
    "arguments",
    [
        ["claims", "--status", "bogus"],
        ["graph", "--since", "notadate"],
        ["conflicts", "--kind", "bogus"],
        ["sources", "--kind", "bogus"],
        ["events", "--format", "bogus"],
        ["report", "--format", "pdf"],
    ],
)
def test_bogus_filter_values_are_refused(arguments: list[str], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    open_store(db).close()
    result = runner.invoke(app, [*arguments, "--db", db])
    assert result.exit_code == 2 and "Invalid value" in result.output


@pytest.mark.parametrize("command", ["export", "report", "quotes", "claims", "events", "graph", "stories", "sources"])
def test_read_commands_refuse_a_missing_database(command: str, tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    result = runner.invoke(app, [command, "--db", f"sqlite:///{path}"])
    assert result.exit_code == 1 and f"no database at {path}" in result.output
    assert not path.exists()


def test_a_corrupted_or_foreign_database_is_a_one_line_error(tmp_path: Path) -> None:
    for name, content in (("garbage.db", b"this is not a database" * 100), ("other.db", None)):
        path = tmp_path / name
        if content is None:
            with sqlite3.connect(path) as connection:  # a SQLite file of another program
                connection.execute("create table articles (x)")
        else:
            path.write_bytes(content)
        result = runner.invoke(app, ["stories", "--db", f"sqlite:///{path}"])
        assert result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit))
        assert "error: cannot open database" in result.output and len(result.output.strip().splitlines()) == 1


def test_output_into_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    open_store(db).close()
    result = runner.invoke(app, ["export", "--db", db, "-o", str(tmp_path / "no" / "such" / "out.json")])
    assert result.exit_code == 1 and "cannot write" in result.output and "No such file" in result.output
    assert isinstance(result.exception, SystemExit)


def test_clean_reads_standard_input() -> None:
    page = "<html><body><article><p>" + GOOD.replace("\n", " ") + "</p></article></body></html>"
    result = runner.invoke(app, ["clean", "-"], input=page)
    assert result.exit_code == 0 and result.stdout.startswith("Russian President Vladimir Putin arrived")


def test_terminal_escapes_in_article_text_are_neutralised() -> None:
    from parallax.cli import plain

    assert plain("Putin\x1b]0;owned\x07 said \x1b[31mred\x9b") == "Putin ]0;owned  said  [31mred "


def test_ctrl_c_says_what_was_stored_and_rerun_continues(tmp_path: Path) -> None:
    batch, db = tmp_path / "batch.jsonl", tmp_path / "x.db"
    with batch.open("w", encoding="utf8") as out:
        for i in range(300):
            out.write(json.dumps({"url": f"https://example.org/{i}", "text": f"Report {i}. " + GOOD * 2}) + "\n")
    env = dict(os.environ, PARALLAX_DB=f"sqlite:///{db}", PARALLAX_BATCH_SIZE="4")
    command = [sys.executable, "-m", "parallax", "ingest", str(batch)]
    # a shell that started the test suite in the background may have left SIGINT ignored: restore it
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.3)
        try:
            with sqlite3.connect(db, timeout=5) as connection:
                if connection.execute("select count(*) from articles").fetchone()[0] >= 8:
                    break
        except sqlite3.OperationalError:
            continue
    assert process.poll() is None, "ingest finished before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "interrupted:" in err and "stay stored" in err and "run the same command again" in err
    assert "Traceback" not in err
    rerun = subprocess.run([*command, "--json", "--quiet"], env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0
    summary = json.loads(rerun.stdout)
    assert summary["unchanged"] >= 8 and summary["added"] + summary["unchanged"] == 300


def test_progress_lines_with_a_total_when_not_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import parallax.cli

    monkeypatch.setattr(parallax.cli, "_PLAIN_EVERY_S", 0.0)
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(json.dumps({"url": f"https://e.org/{i}", "text": f"Item {i}. " + GOOD}) + "\n" for i in range(3)),
        encoding="utf8",
    )
    result = runner.invoke(app, ["ingest", str(batch), "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 0
    assert "ingest: 1/3 inputs (added 1)" in result.output and "ingest: 3/3 inputs (added 3)" in result.output
