"""Conflicts of time: "first visit since" statements that cannot all hold, and stories of one
storyline that put the same actors' meeting on days far apart.

Stories of one storyline dated apart are shown as a conflict only when both dates are written out
(a calendar date, a named day: "June 19", "Korean Liberation Day"); when either side is a weekday or
a relative word ("Tuesday", "today", "two days ago") the pair is kept as ``related``: that date
was resolved against a publication date that may be wrong, and a later event of the storyline (a
2016 and a 2017 New Year's Eve) explains the gap as well as a misdated report does. So it is kept
too when the two articles were themselves published days apart (each tells the event of its own
time), and a date read from a caption line (a photo's date, not the event's) is never a side.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..actors.registry import Registry, load_registry
from ..records import Article, Conflict, Evidence, Story
from ..stories.dates import MAX_DAYS_APART, LeadDate, days_apart, find_lead_date
from ..stories.features import lowercase_vocabulary, name_features
from .facts import Fact
from .values import caption_at, days_between

__all__ = ["date_conflicts", "first_since_conflicts"]

if TYPE_CHECKING:
    from ..corpus import Corpus

RELATIVE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|ago|this (?:morning|afternoon|evening|week)|last|next|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)  # a date written this way was resolved against the publication date
MIN_SHARED_NAMES = 2  # stories dated apart are compared only when their leads share this many names


@functools.cache
def _registry() -> Registry:
    return load_registry()


def _took_office(actor_id: str) -> str | None:
    try:
        actor = _registry().get(actor_id)
    except Exception:  # no registry: the conflict is still reported, without the tenure
        return None
    starts = sorted(o.start for o in (actor.offices if actor else []) if o.start)
    return starts[0] if starts else None


def first_since_conflicts(facts: list[Fact], by_id: dict[str, Article], *, years: dict[str, int]) -> list[Conflict]:
    """A previous visit in year Y ("since 2000", "in 24 years") vs "first since assuming office"."""
    from .conflicts import article_label, conflict_id

    by_subject: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "first-since":
            by_subject[fact.subject].append(fact)
    conflicts = []
    for subject, stated in by_subject.items():
        dated = [(f, year) for f in stated if (year := _since_year(f, years.get(f.article))) is not None]
        office = [f for f in stated if f.value == "office"]
        if not office or not dated:
            continue
        took_office = _took_office(subject)
        earliest = min(year for _, year in dated)
        if took_office and int(took_office[:4]) > earliest:
            continue  # the previous visit predates the office: both can hold
        since = "; ".join(f"“{f.text}” ({article_label(by_id[f.article])})" for f, _ in dated)
        tenure = f"in office since {took_office}" if took_office else "unless he took office after that visit"
        explanation = (
            f"{since} imply a previous visit in {earliest}, but “{office[0].text}” "
            f"({article_label(by_id[office[0].article])}) says none since taking office ({tenure})"
        )
        sides = [Evidence(f.article, f.start, f.end, f.text) for f in [f for f, _ in dated] + office]
        conflicts.append(Conflict(id=conflict_id("fact", sides), kind="fact", explanation=explanation, sides=sides))
    return conflicts


def _since_year(fact: Fact, story_year: int | None) -> int | None:
    if fact.value.isdigit():
        return int(fact.value)
    if fact.years_ago is not None and story_year is not None:
        return story_year - fact.years_ago
    return None


def date_conflicts(group: list[Story], corpus: Corpus) -> list[Conflict]:
    """Stories of one storyline, about the same actors, that date their event days apart."""
    from .conflicts import article_label, conflict_id

    by_id = {a.id: a for a in corpus.articles}
    dated = [s for s in group if s.date]
    conflicts = []
    for index, first in enumerate(dated):
        for second in dated[index + 1 :]:
            if days_apart(str(first.date), str(second.date)) <= MAX_DAYS_APART:
                continue
            shared = _names(first, by_id) & _names(second, by_id)
            if len(shared) < MIN_SHARED_NAMES:
                continue
            left, right = _evidence(first, corpus), _evidence(second, corpus)
            if not left or not right:
                continue
            (a, a_date), (b, b_date) = left, right
            explanation = (
                f"{article_label(by_id[a.article])} dates the event to {a_date.value} (“{a.text}”), "
                f"{article_label(by_id[b.article])} to {b_date.value} (“{b.text}”): "
                "a later event of the same storyline, or a misdated report"
            )
            if _in_caption(a, by_id) or _in_caption(b, by_id):
                continue
            related = bool(RELATIVE.search(a.text) or RELATIVE.search(b.text)) or _written_apart(a, b, by_id)
            conflicts.append(
                Conflict(
                    id=conflict_id("date", [a, b]), kind="date", explanation=explanation, sides=[a, b], related=related
                )
            )
    return conflicts


def _in_caption(side: Evidence, by_id: dict[str, Article]) -> bool:
    """Whether the side's line is a photo caption or an embedded post."""
    article = by_id.get(side.article)
    return article is not None and caption_at(article.text, side.start)


def _written_apart(a: Evidence, b: Evidence, by_id: dict[str, Article]) -> bool:
    """Whether the two sides' articles were published further apart than one event's reports are
    (by their own stamps: a date inferred from the content is what is in doubt)."""
    first, second = by_id.get(a.article), by_id.get(b.article)
    if first is None or second is None or first.published_inferred or second.published_inferred:
        return False
    apart = days_between(first.published, second.published)
    return apart is not None and apart > MAX_DAYS_APART


def _evidence(story: Story, corpus: Corpus) -> tuple[Evidence, LeadDate] | None:
    for article_id in story.articles:
        article = corpus.article(article_id)
        if article is None:
            continue
        found = find_lead_date(article, corpus.extractions.get(article_id))
        if found is not None and found.value == story.date and found.start >= 0:
            return Evidence(article_id, found.start, found.end, found.text), found
    return None


def _names(story: Story, by_id: dict[str, Article]) -> set[str]:
    articles = [by_id[i] for i in story.articles if i in by_id]
    lowercase = lowercase_vocabulary(a.text for a in articles)
    names: set[str] = set()
    for article in articles:
        names.update(name_features(f"{article.title or ''}\n{article.text[:700]}", lowercase))
    return names
