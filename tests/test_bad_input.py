"""Bad input: a clear error naming the input and the reason; the rest of the batch goes on."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path

import pytest

from parallax.config import Options
from parallax.pipeline import ingest
from parallax.store import Store

GOOD = (
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean "
    "leader Kim Jong Un, his first visit to the country in 24 years.\n\n"
    "The two leaders signed a comprehensive strategic partnership treaty, Russian media reported.\n"
)


def _ingest(paths: list[Path], store: Store, options: Options) -> dict[str, str]:
    summary = ingest([str(p) for p in paths], store=store, options=options)
    assert store.count() == len(summary.added) + len(summary.versions)
    return {r.input: r.reason for r in summary.failed + summary.skipped}


def test_empty_binary_and_good_files_in_one_batch(tmp_path: Path, store: Store, options: Options) -> None:
    (tmp_path / "empty.txt").write_text("   \n\n", encoding="utf8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "good.txt").write_text("A title\n\n" + GOOD, encoding="utf8")
    failed = _ingest([tmp_path], store, options)
    assert failed == {
        str(tmp_path / "binary.txt"): "binary file (NUL bytes), not text",
        str(tmp_path / "empty.txt"): "empty file",
    }
    assert store.count() == 1


def test_latin1_and_mis_declared_encodings_are_repaired(tmp_path: Path, store: Store, options: Options) -> None:
    text = "Café diplomacy\n\n" + GOOD.replace("Pyongyang", "Pyongyang’s café")
    (tmp_path / "latin1.txt").write_bytes(text.replace("’", "'").encode("latin-1"))
    html = f'<html><head><meta charset="utf-8"><title>Café</title></head><body><article><p>{GOOD}</p><p>Le café est noir.</p></article></body></html>'
    (tmp_path / "misdeclared.html").write_bytes(html.encode("cp1252"))
    # UTF-8 read as Latin-1 and saved again: classic mojibake
    (tmp_path / "mojibake.txt").write_text(text.encode("utf8").decode("latin-1"), encoding="utf8")
    assert _ingest([tmp_path], store, options) == {}
    texts = {a.path: a for a in store.articles()}
    assert "café" in texts[str(tmp_path / "latin1.txt")].text
    assert "Le café est noir" in texts[str(tmp_path / "misdeclared.html")].text
    mojibake = texts[str(tmp_path / "mojibake.txt")]
    assert "café" in mojibake.text and "Ã" not in mojibake.text and "encoding-repaired" in mojibake.flags


def test_non_english_is_stored_flagged_and_not_analysed(tmp_path: Path, store: Store, options: Options) -> None:
    german = (
        "Der russische Präsident Wladimir Putin ist am Mittwoch zu einem Besuch in Nordkorea eingetroffen. "
        "Es ist sein erster Besuch in dem Land seit 24 Jahren, berichteten staatliche Medien.\n"
    )
    (tmp_path / "de.txt").write_text("Putin in Pjöngjang\n\n" + german * 3, encoding="utf8")
    assert _ingest([tmp_path], store, options) == {}
    (article,) = store.articles()
    assert article.language == "de" and not article.analysed and "non-english:de" in article.flags
    assert store.items("mention") == []


def test_malformed_jsonl_line_is_named_by_number(tmp_path: Path, store: Store, options: Options) -> None:
    lines = [
        json.dumps({"id": "ok1", "text": GOOD}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "none"}),
        json.dumps({"id": "ok2", "text": GOOD + " Another sentence."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf8")
    failed = _ingest([path], store, options)
    assert set(failed) == {f"{path}:2", f"{path}:3", f"{path}:4"}
    assert failed[f"{path}:2"].startswith("malformed JSON line")
    assert failed[f"{path}:4"] == "no text or html"
    assert store.count() == 2


def test_huge_file_is_refused_in_bounded_time_and_memory(tmp_path: Path, store: Store, options: Options) -> None:
    big = tmp_path / "huge.txt"
    with big.open("w", encoding="utf8") as out:
        for _ in range(50 * 1024):
            out.write(("x" * 1023) + "\n")  # 50 MB
    (tmp_path / "good.txt").write_text("Title\n\n" + GOOD, encoding="utf8")
    tracemalloc.start()
    started = time.perf_counter()
    failed = _ingest([tmp_path], store, options)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert failed[str(big)].startswith("file too large (52.4 MB")
    assert peak < 50_000_000 and elapsed < 60
    assert store.count() == 1


@pytest.mark.parametrize("limit", [2000])
def test_overlong_text_inside_jsonl_is_rejected(tmp_path: Path, store: Store, options: Options, limit: int) -> None:
    path = tmp_path / "long.jsonl"
    text = "\n\n".join(f"Paragraph {i}: {GOOD}" for i in range(40))  # distinct: repeats would be cleaned away
    path.write_text(json.dumps({"id": "long", "text": text}) + "\n", encoding="utf8")
    summary = ingest([str(path)], store=store, options=options.replace(max_text_chars=limit))
    (rejected,) = summary.failed
    assert rejected.input.endswith("long.jsonl:1") and rejected.reason.startswith("text too long")
