"""Publication dates as inputs give them ("2024-06-19T08:00:00Z", "June 19, 2024",
"Wed, 19 Jun 2024 08:00:00 +0000") to the ISO form the rest of Parallax reads."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Any

__all__ = ["normalise_published"]

_TIME = re.compile(r"\d{1,2}:\d{2}")
_EARLIEST, _LATEST = 1800, 2100  # a publication year outside these is a misread, not a date


def normalise_published(value: str | None) -> str | None:
    """ISO 8601 (a date, or a date and time when the input gives a time), None when unreadable.

    Only absolute dates are read: "yesterday" has no meaning without the day it was written.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    iso = _iso(text)
    if iso is not None:
        return iso
    parsed = _parser()(text[:100])
    if parsed is None or not _EARLIEST <= parsed.year <= _LATEST:
        return None
    if _TIME.search(text):
        return parsed.isoformat()
    return parsed.date().isoformat()


def _iso(text: str) -> str | None:
    try:
        moment: date = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        return None
    return text if _EARLIEST <= moment.year <= _LATEST else None


@cache
def _parser() -> Any:
    import dateparser

    settings = {
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return lambda text: dateparser.parse(text, languages=["en"], settings=settings)
