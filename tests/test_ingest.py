"""Readers: files, directories, JSONL and stdin; content-hash ids; versions of the same URL."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from parallax.config import Options
from parallax.ingest import article_id, count_inputs, read_inputs, read_jsonl
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


def _one_line(fields: dict[str, object], options: Options) -> Article | Rejected:
    stream = io.BytesIO((json.dumps(fields) + "\n").encode("utf8"))
    return next(iter(read_jsonl(stream, name="in.jsonl", options=options)))


BODY = "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un."


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("June 19, 2024", "2024-06-19"),
        ("19 June 2024", "2024-06-19"),
        ("Wed, 19 Jun 2024 08:15:00 +0000", "2024-06-19T08:15:00"),
        ("2024-06-19T08:15:00+00:00", "2024-06-19T08:15:00+00:00"),
        ("2024-06-19", "2024-06-19"),
        ("yesterday", None),  # relative to nothing: unreadable, flagged, the article kept
        ("the year 2107", None),
    ],
)
def test_published_dates_in_any_absolute_form_are_read(given: str, stored: str | None, options: Options) -> None:
    article = _one_line({"text": BODY, "published": given}, options)
    assert isinstance(article, Article)
    assert article.published == stored
    assert ("unreadable-published" in article.flags) == (stored is None)


def test_lists_and_objects_in_string_fields_are_never_python_reprs(options: Options) -> None:
    article = _one_line(
        {"text": ["First paragraph of the story.", BODY], "source": ["Reuters", "AP"], "title": {"en": "T"}}, options
    )
    assert isinstance(article, Article)
    assert article.source == "Reuters, AP"
    assert article.title is None and "ignored-field:title" in article.flags
    assert article.raw == "First paragraph of the story.\n\n" + BODY


def test_the_same_text_at_two_urls_is_two_publications(options: Options) -> None:
    one = _one_line({"text": BODY, "url": "https://a.example/story"}, options)
    two = _one_line({"text": BODY, "url": "https://b.example/syndicated"}, options)
    again = _one_line({"text": BODY, "url": "https://a.example/story"}, options)
    assert isinstance(one, Article) and isinstance(two, Article) and isinstance(again, Article)
    assert one.id != two.id and one.id == again.id


def test_gzipped_pages_and_jsonl_are_read(tmp_path: Path, options: Options) -> None:
    with gzip.open(tmp_path / "page.html.gz", "wt", encoding="utf8") as page:
        page.write(f"<html><head><title>Visit</title></head><body><article><p>{BODY}</p></article></body></html>")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf8") as lines:
        lines.write(json.dumps({"id": "x1", "text": BODY}) + "\n")
    found = list(read_inputs([str(tmp_path)], options=options))
    assert [type(a) for a in found] == [Article, Article]
    kinds = sorted((a.raw_kind, a.input_id) for a in found if isinstance(a, Article))
    assert kinds == [("html", "page"), ("text", "x1")]
    assert count_inputs([str(tmp_path)]) == 2


def test_a_text_field_that_is_not_text_fails_by_name(options: Options) -> None:
    result = _one_line({"text": 5}, options)
    assert isinstance(result, Rejected) and not result.not_article
    assert result.input == "in.jsonl:1" and result.reason == "field 'text' is int, not text"
    empty = _one_line({"title": "A title only"}, options)
    assert isinstance(empty, Rejected) and empty.not_article
