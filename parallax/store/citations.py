"""The articles a stored corpus result cites, read from its JSON form."""

from __future__ import annotations

from typing import Any

__all__ = ["cited_articles"]

# Keys whose value is an article id (``article``, a copy's ``copy`` and ``original``) or a list
# of them (a story's or a corroboration record's ``articles``), at any depth of the record.
ONE = ("article", "copy", "original")
MANY = ("articles",)


def cited_articles(data: Any) -> set[str]:
    """Article ids named anywhere in ``data`` (an event's mentions, a conflict's sides, ...)."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ONE and isinstance(value, str):
                found.add(value)
            elif key in MANY and isinstance(value, list):
                found.update(v for v in value if isinstance(v, str))
            else:
                found |= cited_articles(value)
    elif isinstance(data, list):
        for value in data:
            found |= cited_articles(value)
    return found
