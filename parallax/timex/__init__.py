"""Dates in news text, normalised against the article's publication date.

``normalise(text, anchor=...)`` turns one expression ("on Wednesday", "last week", "in March",
"June 19, 2024", "on Korean Liberation Day") into a value and precision; ``find_timexes(doc)``
finds and normalises every date expression of an annotated doc (anchor: ``doc._.published``,
else a date inferred from the content); ``infer_date`` gives an undated article's date.
"""

from __future__ import annotations

from .finder import anchor_date, date_article, find_timexes, infer_date
from .normalise import normalise

__all__ = ["anchor_date", "date_article", "find_timexes", "infer_date", "normalise"]
