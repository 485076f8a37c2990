"""Turns the results the spaCy components left on a ``Doc`` into an ``Extraction``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..actors.roles import check_roles
from ..records import Article, Extraction
from ..timex import date_article, find_timexes
from .claims import extract_claims
from .events import extract_events
from .quotes import extract_quotes

__all__ = ["EXTRACTORS", "extract"]

Extractor = Callable[[Doc, Article, Extraction], None]


def _mentions(doc: Doc, article: Article, extraction: Extraction) -> None:
    extraction.mentions = list(doc._.mentions or [])


def _timexes(doc: Doc, article: Article, extraction: Extraction) -> None:
    date_article(doc, article)  # an undated article gets the date its content names (flagged inferred)
    extraction.timexes = find_timexes(doc)


# Each extractor reads the doc (and what earlier extractors put in the extraction) and fills
# its part; they run in this order.
EXTRACTORS: list[tuple[str, Extractor]] = [
    ("mentions", _mentions),
    ("timexes", _timexes),
    ("roles", check_roles),
    ("quotes", extract_quotes),
    ("claims", extract_claims),
    ("events", extract_events),
]


def extract(doc: Doc, article: Article) -> Extraction:
    extraction = Extraction(article=article.id)
    for _name, extractor in EXTRACTORS:
        extractor(doc, article, extraction)
    return extraction
