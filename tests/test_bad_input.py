"""Bad input: a clear error naming the input and the reason; the rest of the batch goes on."""

from __future__ import annotations

import io
import json
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.clean import Cleaned, clean_article, clean_html, clean_text
from parallax.config import Options, load_options
from parallax.ingest import read_bytes, read_jsonl
from parallax.pipeline import ingest
from parallax.records import Article, Rejected
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


# --- property-based: hostile inputs never raise out of the readers or the cleaner -----------------

PIECES = st.sampled_from(
    [
        BODY_SENTENCE := "Putin met Kim in Pyongyang on Wednesday, state media said.",
        "Subscribe to our newsletter",
        "Share this article",
        "Advertisement",
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "<p>",
        "</div>",
        "&amp;",
        "&#0;",
        "“",
        '"',
        "''",
        "``",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "\r\n",
        "\n\n",
        "\t",
        "\x00",
        "\x1b[31m",
        "Ã©",
        "â€™",
        "🇷🇺",
        "\ud800",
        "\udcff",
        "٣",
        "Copyright 2024. All rights reserved.",
    ]
)
HOSTILE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40).map("".join)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | HOSTILE_TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
FIELDS = st.dictionaries(
    st.sampled_from(["id", "url", "source", "title", "published", "text", "html", "extra"]), JSON_VALUES, max_size=8
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _offsets_exact(cleaned: Cleaned) -> None:
    text, source = cleaned.text, cleaned.input_text
    for clean_start, input_start, length in cleaned.offsets:
        assert text[clean_start : clean_start + length] == source[input_start : input_start + length]
    for removal in cleaned.removals:
        assert source[removal.start : removal.end] == removal.text


@PROPERTY
@given(HOSTILE_TEXT)
def test_clean_text_never_raises_and_keeps_offsets_exact(text: str) -> None:
    _offsets_exact(clean_text(text))


@PROPERTY
@given(HOSTILE_TEXT)
def test_clean_html_never_raises_and_keeps_offsets_exact(text: str) -> None:
    _offsets_exact(clean_html(f"<html><body><article><p>{text}</p><p>{BODY_SENTENCE}</p></article></body></html>"))


@PROPERTY
@given(st.binary(max_size=400) | HOSTILE_TEXT.map(lambda t: t.encode("utf8", "surrogatepass")))
def test_reading_any_bytes_gives_an_article_or_a_named_rejection(data: bytes) -> None:
    result = read_bytes(data, name="page.bin")
    assert isinstance(result, Article | Rejected)
    if isinstance(result, Rejected):
        assert result.input == "page.bin" and result.reason
    else:
        cleaned = clean_article(result, options=load_options(db="sqlite://"))
        assert isinstance(cleaned, Article | Rejected)


@PROPERTY
@given(st.lists(FIELDS | JSON_VALUES | HOSTILE_TEXT.map(lambda t: {"raw": t}), max_size=5))
def test_any_jsonl_line_gives_an_article_or_a_rejection_naming_its_line(lines: list[object]) -> None:
    payload = "\n".join(json.dumps(line) if not isinstance(line, dict) or line else "{" for line in lines)
    stream = io.BytesIO(payload.encode("utf8", "surrogatepass"))
    for result in read_jsonl(stream, name="in.jsonl", options=load_options(db="sqlite://")):
        assert isinstance(result, Article | Rejected)
        if isinstance(result, Rejected):
            assert result.input.startswith("in.jsonl:") and result.reason
        else:
            assert all(isinstance(v, str) for v in (result.title, result.source, result.url) if v is not None)
