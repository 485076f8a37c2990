"""HTML pages: main text and metadata with trafilatura, then the plain-text cleaner."""

from __future__ import annotations

import json

import trafilatura

from .core import Cleaned
from .lines import classify_paragraphs

__all__ = ["extract_html"]


def extract_html(html: str, *, url: str | None = None) -> Cleaned:
    result = trafilatura.extract(html, url=url, output_format="json", with_metadata=True, favor_precision=False)
    data = json.loads(result) if result else {}
    text = data.get("text") or ""
    cleaned = classify_paragraphs(text, title=None)
    cleaned.title = data.get("title")
    cleaned.author = data.get("author")
    cleaned.site = data.get("sitename") or data.get("hostname")
    cleaned.published = data.get("date")
    cleaned.url = data.get("url") or url
    return cleaned
