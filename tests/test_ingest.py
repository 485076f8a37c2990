"""Readers: files, directories, JSONL and stdin; content-hash ids; versions of the same URL."""

from __future__ import annotations

import io
import json
from pathlib import Path

from parallax.config import Options
from parallax.ingest import article_id, read_inputs, read_jsonl
from parallax.records import Article, Rejected


def test_directory_is_read_recursively_with_titles_from_first_line(examples: Path, options: Options) -> None:
    articles = list(read_inputs([str(examples)], options=options))
    assert len(articles) == 5 and all(isinstance(a, Article) for a in articles)
    first = articles[0]
    assert isinstance(first, Article)
    assert first.input_id == "000_acd3c06fa05160d4"
    assert first.title is not None and first.title.startswith("Kim Vows")


def test_ids_are_content_hashes(examples: Path, options: Options) -> None:
    path = examples / "003_f3b73f1a942b9b28.txt"
    one = next(iter(read_inputs([str(path)], options=options)))
    two = next(iter(read_inputs([str(path)], options=options)))
    assert isinstance(one, Article) and isinstance(two, Article)
    assert one.id == two.id == article_id(path.read_text(encoding="utf8"))
    assert one.raw == path.read_text(encoding="utf8")  # decoding changed nothing in clean UTF-8
    assert article_id("Some text.\nMore.") != article_id("Some text.\nMore!")


def test_jsonl_keeps_fields_and_extras(tmp_path: Path, options: Options) -> None:
    line = {
        "id": "a1",
        "url": "https://example.org/a",
        "source": "Example",
        "title": "T",
        "published": "2024-06-19",
        "text": "Body text of the article.",
        "lang_hint": "en",
    }
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf8")
    (article,) = list(read_inputs([str(path)], options=options))
    assert isinstance(article, Article)
    assert (article.input_id, article.url, article.source, article.published) == (
        "a1",
        line["url"],
        "Example",
        "2024-06-19",
    )
    assert article.extra == {"lang_hint": "en"}
    assert article.raw == "Body text of the article."


def test_jsonl_prefers_html_and_allows_missing_fields(options: Options) -> None:
    stream = io.StringIO(json.dumps({"html": "<html><body><p>Hi there.</p></body></html>"}) + "\n\n")
    (article,) = list(read_jsonl(stream, name="-", options=options))
    assert isinstance(article, Article) and article.raw_kind == "html" and article.url is None


def test_missing_path_is_rejected_by_name(options: Options) -> None:
    (rejected,) = list(read_inputs(["/nonexistent/file.txt"], options=options))
    assert isinstance(rejected, Rejected) and rejected.input == "/nonexistent/file.txt"
