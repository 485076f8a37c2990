"""Highlighting: a text cut into segments at the edges of marked spans, each segment with the
kinds of the spans covering it, so a template can wrap it in one element without nesting."""

from __future__ import annotations

import itertools
from typing import Any

__all__ = ["anchor", "mark", "segments"]


def anchor(article: str, start: int) -> str:
    """The id of the place a span starts in an article's text on a page."""
    return f"a-{article[:16]}-{start}"


def mark(kind: str, start: int, end: int, title: str = "") -> dict[str, Any]:
    """One span to highlight: ``kind`` (mention, timex, event, quote, claim, finding, ...)."""
    return {"kind": kind, "start": start, "end": end, "title": title}


def segments(text: str, marks: list[dict[str, Any]], *, article: str = "") -> list[dict[str, Any]]:
    """``text`` as consecutive segments ``{"text", "kinds", "title", "anchors"}``; ``anchors`` are
    the ids of the spans starting at the segment (for links from elsewhere on the page)."""
    spans = [m for m in marks if 0 <= m["start"] < m["end"] <= len(text)]
    cuts = sorted({0, len(text)} | {m["start"] for m in spans} | {m["end"] for m in spans})
    starts: dict[int, list[dict[str, Any]]] = {}
    for m in spans:
        starts.setdefault(m["start"], []).append(m)
    active: list[dict[str, Any]] = []
    out = []
    for left, right in itertools.pairwise(cuts):
        active = [m for m in active if m["end"] > left] + starts.get(left, [])
        out.append(
            {
                "text": text[left:right],
                "kinds": sorted({m["kind"] for m in active}),
                "title": "; ".join(dict.fromkeys(m["title"] for m in active if m["title"])),
                "anchors": [anchor(article, left)] if article and left in starts else [],
            }
        )
    return out
