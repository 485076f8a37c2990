"""Which side of each conflict an article is on: the side fewer articles take loses."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..records import Conflict, Evidence

__all__ = ["conflict_positions", "side_key"]

YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
OFFICE = re.compile(r"\b(?:office|power)\b", re.IGNORECASE)
NUMBER = re.compile(r"\d[\d,.]*")


def side_key(evidence: Evidence) -> str:
    """What a side asserts, coarsely: "since taking office", a year, or its first number."""
    if OFFICE.search(evidence.text):
        return "office"
    if "since" in evidence.text or "years" in evidence.text:
        return "dated"  # "since 2000" and "in 24 years" say the same thing
    year = YEAR.search(evidence.text)
    if year:
        return year.group(0)
    number = NUMBER.search(evidence.text)
    return number.group(0) if number else evidence.text.lower()


def conflict_positions(conflicts: list[Conflict]) -> dict[str, int]:
    """Per article, the number of (non-related) conflicts where its side has fewer articles.

    An article on both sides (it contradicts itself) loses too; a tie has no loser.
    """
    losses: Counter[str] = Counter()
    for conflict in conflicts:
        if conflict.related or len(conflict.sides) < 2:
            continue
        supporters: dict[str, set[str]] = defaultdict(set)
        for side in conflict.sides:
            supporters[side_key(side)].add(side.article)
        if len(supporters) < 2:
            continue
        largest = max(len(a) for a in supporters.values())
        tied = sum(1 for a in supporters.values() if len(a) == largest) > 1
        losers: set[str] = set()
        for key, articles in supporters.items():
            others = set().union(*(a for k, a in supporters.items() if k != key))
            losers.update(a for a in articles if a in others or (not tied and len(articles) < largest))
        losses.update(losers)
    return dict(losses)
