"""Storage: idempotent ingest, versions, migrations, crash consistency, PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, text

from parallax.config import Options
from parallax.pipeline import ingest
from parallax.store import Store, open_store

BODY = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday. "


def test_ingesting_twice_adds_nothing(examples: Path, store: Store, options: Options) -> None:
    first = ingest([str(examples)], store=store, options=options)
    assert len(first.added) == 5 and not first.failed
    mentions = len(store.items("mention"))
    second = ingest([str(examples)], store=store, options=options)
    assert second.added == [] and len(second.unchanged) == 5
    assert store.count() == 5 and len(store.items("mention")) == mentions


def test_changed_article_at_same_url_is_a_new_linked_version(tmp_path: Path, store: Store, options: Options) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"url": "https://example.org/a", "text": BODY * 3}) + "\n", encoding="utf8")
    ingest([str(path)], store=store, options=options)
    path.write_text(json.dumps({"url": "https://example.org/a", "text": BODY * 3 + "Updated."}) + "\n", encoding="utf8")
    summary = ingest([str(path)], store=store, options=options)
    assert len(summary.versions) == 1
    old, new = store.articles()
    assert new.previous_version == old.id and new.url == old.url and new.id != old.id


def test_reopening_migrates_without_losing_data(tmp_path: Path, examples: Path, options: Options) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    ingest([str(examples / "003_f3b73f1a942b9b28.txt")], store=open_store(url), options=options)
    reopened = open_store(url)
    assert reopened.count() == 1
    with reopened.engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar_one()


def _jsonl(path: Path, count: int) -> None:
    with path.open("w", encoding="utf8") as out:
        for i in range(count):
            out.write(
                json.dumps({"id": f"a{i}", "url": f"https://example.org/{i}", "text": f"Report {i}. " + BODY * 4})
                + "\n"
            )


def test_sigkill_midway_leaves_consistent_db_and_rerun_completes(tmp_path: Path) -> None:
    batch, db = tmp_path / "batch.jsonl", tmp_path / "killed.db"
    _jsonl(batch, 400)
    env = dict(os.environ, PARALLAX_DB=f"sqlite:///{db}", PARALLAX_BATCH_SIZE="4")
    command = [sys.executable, "-m", "parallax", "ingest", str(batch)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.5)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=5) as connection:
                    stored = connection.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                break
    assert process.poll() is None, "ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as connection:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
        articles = connection.execute("select count(*) from articles").fetchone()[0]
        assert 20 <= articles < 400
        # every stored article has its extraction: written in the same transaction
        orphans = connection.execute(
            "select count(*) from articles a where not exists (select 1 from items i where i.article = a.id)"
        ).fetchone()[0]
        assert orphans == 0
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    with sqlite3.connect(db) as connection:
        assert connection.execute(
            "select count(*), count(distinct id), count(distinct input_id) from articles"
        ).fetchone() == (400, 400, 400)
        duplicates = connection.execute(
            "select count(*) from (select article, kind, seq from items group by 1, 2, 3 having count(*) > 1)"
        ).fetchone()[0]
        assert duplicates == 0
        # the corpus stages ran over everything once the batch completed
        (state,) = connection.execute("select data from corpus where kind = 'state'").fetchone()
        assert json.loads(state)["seq"] == 400
        story_articles = [
            a
            for (data,) in connection.execute("select data from corpus where kind = 'story'")
            for a in json.loads(data)["articles"]
        ]
        assert len(story_articles) == len(set(story_articles)) == 400


@pytest.mark.postgres
def test_postgresql_round_trip(examples: Path, options: Options) -> None:
    url = os.environ.get("PARALLAX_TEST_POSTGRES")
    if not url:
        pytest.skip("PARALLAX_TEST_POSTGRES is not set (no PostgreSQL server)")
    engine = create_engine(url)  # start from an empty database, whatever an earlier run left
    with engine.begin() as connection:
        reflected = MetaData()
        reflected.reflect(connection)
        for table in [*reflected.tables, "alembic_version"]:  # every table, whatever the migrations made
            connection.execute(text(f"drop table if exists {table} cascade"))
    engine.dispose()
    store = open_store(url)
    first = ingest([str(examples)], store=store, options=options)
    second = ingest([str(examples)], store=store, options=options)
    assert len(first.added) == 5 and len(second.unchanged) == 5 and store.count() == 5
    assert store.corpus("story")


def test_a_new_version_replaces_the_old_one_in_its_story(tmp_path: Path, store: Store, options: Options) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"url": "https://example.org/a", "text": BODY * 3}) + "\n", encoding="utf8")
    ingest([str(path)], store=store, options=options)
    path.write_text(json.dumps({"url": "https://example.org/a", "text": BODY * 3 + "Updated."}) + "\n", encoding="utf8")
    ingest([str(path)], store=store, options=options)
    _old, new = store.articles()
    in_stories = [a for data in store.corpus("story") for a in data["articles"]]
    assert in_stories == [new.id]  # one publication, counted once
    assert [a.id for a in store.articles(latest_only=True)] == [new.id] and store.count() == 2


def test_a_failing_corpus_stage_keeps_articles_and_the_database_usable(
    tmp_path: Path, examples: Path, options: Options, monkeypatch: pytest.MonkeyPatch
) -> None:
    import parallax.pipeline

    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")

    def broken(*_: object, **__: object) -> None:
        raise ValueError("a stage's bug")

    monkeypatch.setattr(parallax.pipeline, "run_corpus_stages", broken)
    summary = ingest([str(examples / "003_f3b73f1a942b9b28.txt")], store=store, options=options)
    assert len(summary.added) == 1 and summary.corpus_error and "a stage's bug" in summary.corpus_error
    assert store.count() == 1 and store.corpus_is_stale()
    monkeypatch.undo()
    again = ingest([str(examples / "003_f3b73f1a942b9b28.txt")], store=store, options=options)
    assert again.corpus_error is None and not store.corpus_is_stale() and store.corpus("story")


def _ingest_process(path: Path, db: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PARALLAX_DB=f"sqlite:///{db}", PARALLAX_BATCH_SIZE="2")
    command = [sys.executable, "-m", "parallax", "ingest", "--quiet", "--json", str(path)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_ingests_into_one_database(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    open_store(f"sqlite:///{db}").close()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    _jsonl(first, 12)
    with second.open("w", encoding="utf8") as out:
        for i in range(12):
            out.write(json.dumps({"url": f"https://other.example/{i}", "text": f"Item {i}. " + BODY * 3}) + "\n")
    # two different batches and the same batch twice, all at once
    processes = [_ingest_process(first, db), _ingest_process(second, db), _ingest_process(first, db)]
    results = [(p.wait(timeout=600), *p.communicate()) for p in processes]
    for code, _out, err in results:
        assert code == 0 and "Traceback" not in err and "IntegrityError" not in err, err
    added = sum(json.loads(out)["added"] for _code, out, _err in results)
    with sqlite3.connect(db) as connection:
        count, seqs = connection.execute("select count(*), count(distinct seq) from articles").fetchone()
    assert count == seqs == added == 24
