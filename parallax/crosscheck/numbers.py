"""Figures across the articles of a story: consistent, related, or conflicting.

Two claims are about the same figure when they count the same unit ("containers") and their
sentences share content words. Each is read as a hedged range ("at least 10,000" is
[10000, inf), "as many as 4.8 million" is (0, 4.8e6]); ranges that overlap agree. Ranges that do
not overlap conflict only when the same claimant states them for the same time: figures from
different claimants or times (10,000 containers according to South Korea's minister last
week, 11,000 according to the State Department on Tuesday) are *related*, not contradictory.

Every figure pair found here is kept as ``related``: a shared unit and a loose likeness of
sentences do not make two claims one fact (a tax rate and a repatriation rate are both
"percent"). A figure is shown as a conflict only when two articles state it in the same words
around it (``values.py``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..records import Claim, Conflict, Evidence, Story
from .facts import actor_name

__all__ = ["claim_range", "figures_overlap", "number_conflicts", "same_figure"]

if TYPE_CHECKING:
    from ..corpus import Corpus

TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
MIN_SHARED_WORDS = 0.25  # Jaccard of the two sentences' content words
MAX_RATIO = 20.0  # figures further apart are not the same figure misreported
WORD = re.compile(r"[a-z][a-z-]+")


def claim_range(claim: Claim) -> tuple[float, float] | None:
    """The claim's value as a closed range (hedges widen it), or None without a value."""
    low = claim.low if claim.low is not None else claim.value
    high = claim.high if claim.high is not None else claim.value
    if low is None and high is None:
        return None
    if claim.low is not None and claim.high is None and claim.hedge:
        high = math.inf  # "at least", "over", "more than"
    if claim.high is not None and claim.low is None and claim.hedge:
        low = 0.0  # "as many as", "up to"
    return (low if low is not None else 0.0, high if high is not None else math.inf)


def _unit(claim: Claim) -> str | None:
    words = (claim.unit or "").lower().split()
    unit = words[-1] if words else ""  # the head noun: "shipping containers" counts containers
    unit = unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit
    return unit or None


def _words(claim: Claim) -> set[str]:
    text = " ".join(filter(None, [claim.subject, claim.predicate, claim.text]))
    return {w for w in WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS}


def _words_of(text: str | None) -> set[str]:
    return {w for w in WORD.findall((text or "").lower()) if w not in ENGLISH_STOP_WORDS}


def same_figure(a: Claim, b: Claim) -> bool:
    """Same unit, similar sentences and values within an order of magnitude or so."""
    if _unit(a) is None or _unit(a) != _unit(b):
        return False
    wa, wb = _words(a), _words(b)
    same_subject = bool(_words_of(a.subject) and _words_of(a.subject) == _words_of(b.subject))
    if not same_subject and len(wa & wb) / max(1, len(wa | wb)) < MIN_SHARED_WORDS:
        return False
    va, vb = (a.value or a.low or a.high), (b.value or b.low or b.high)
    return bool(va and vb and max(va, vb) / max(min(va, vb), 1e-9) <= MAX_RATIO)


def figures_overlap(a: Claim, b: Claim) -> bool:
    ra, rb = claim_range(a), claim_range(b)
    return ra is not None and rb is not None and ra[0] <= rb[1] and rb[0] <= ra[1]


def number_conflicts(story: Story, corpus: Corpus) -> list[Conflict]:
    """Conflicting and related figures among the claims of the story's articles."""
    by_unit: dict[str, list[Claim]] = defaultdict(list)
    for article_id in story.articles:
        extraction = corpus.extractions.get(article_id)
        for claim in extraction.claims if extraction else []:
            unit = _unit(claim)
            if unit and unit not in TIME_UNITS and claim.status == "claim" and claim_range(claim):
                by_unit[unit].append(claim)
    conflicts = []
    for claims in by_unit.values():
        for index, a in enumerate(claims):
            for b in claims[index + 1 :]:
                conflict = _compare(a, b)
                if conflict is not None:
                    conflict.story = story.id
                    conflicts.append(conflict)
    return conflicts


def _compare(a: Claim, b: Claim) -> Conflict | None:
    from .conflicts import conflict_id

    if not same_figure(a, b):
        return None
    differs = (a.claimant or "") != (b.claimant or "") or (a.time or "") != (b.time or "")
    if figures_overlap(a, b):
        if not differs or _point(a) == _point(b):
            return None  # they agree
    elif a.article == b.article and not differs:
        return None  # one article, one voice, two figures: two different things counted
    sides = [Evidence(a.article, a.start, a.end, a.text), Evidence(b.article, b.start, b.end, b.text)]
    explanation = f"{_figure(a)} vs {_figure(b)}"
    explanation += (
        ": related figures from different claimants or times, not a contradiction"
        if differs
        else ": related figures whose ranges do not overlap (perhaps two things counted alike)"
    )
    return Conflict(id=conflict_id("number", sides), kind="number", explanation=explanation, sides=sides, related=True)


def _point(claim: Claim) -> float | None:
    return claim.value if claim.value is not None else (claim.low if claim.low is not None else claim.high)


def _figure(claim: Claim) -> str:
    value = _point(claim) or 0.0
    hedge = f"{claim.hedge} " if claim.hedge else ""
    who = f" according to {actor_name(claim.claimant)}" if claim.claimant else ""
    when = f" ({claim.time})" if claim.time else ""
    return f"{hedge}{value:,.0f} {claim.unit}{who}{when}"
