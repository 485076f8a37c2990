"""Dates in news text, normalised against the article's publication date.

``normalise(text, anchor=...)`` turns one expression ("on Wednesday", "last week", "in March",
"June 19, 2024", "on Korean Liberation Day") into a value and precision; ``find_timexes(doc)``
finds and normalises every date expression of an annotated doc (anchor: ``doc._.published``).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from .records import Timex

__all__ = ["find_timexes", "normalise"]


def normalise(text: str, *, anchor: date | None) -> tuple[str | None, str] | None:
    """``(value, precision)`` of a date expression, or None when ``text`` is not a date."""
    return None


def find_timexes(doc: Doc) -> list[Timex]:
    """Every date expression of ``doc`` with its normalised value."""
    return []
