"""Turns the results the spaCy components left on a ``Doc`` into an ``Extraction``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..records import Article, Extraction

__all__ = ["EXTRACTORS", "extract"]

Extractor = Callable[[Doc, Article, Extraction], None]


def _mentions(doc: Doc, article: Article, extraction: Extraction) -> None:
    extraction.mentions = list(doc._.mentions or [])


# Each extractor reads the doc (and what earlier extractors put in the extraction) and fills
# its part; they run in this order. Issues add theirs here.
EXTRACTORS: list[tuple[str, Extractor]] = [
    ("mentions", _mentions),
]


def extract(doc: Doc, article: Article) -> Extraction:
    extraction = Extraction(article=article.id)
    for _name, extractor in EXTRACTORS:
        extractor(doc, article, extraction)
    return extraction
