"""Conflicts between the articles of a story or storyline, each with both sides' spans.

Four sources of conflicts, all comparing articles with each other rather than with outside
knowledge: background facts (founding years, "first visit since"), event dates of stories of
one storyline, figures (claims whose hedged ranges do not overlap; related figures from other
claimants or times are kept as ``related``), and the per-article office anachronisms of the
role check, carried into the corpus with their story.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..config import Options
from ..records import Article, Conflict, Evidence, Story
from .facts import Fact, actor_name, find_facts
from .numbers import number_conflicts
from .quality import publisher_of
from .slots import slot_reader
from .timeline import date_conflicts, first_since_conflicts
from .values import (
    MAX_STATED_DAYS,
    MAX_WEEKDAY_DAYS,
    Disagreement,
    SlotOf,
    Statement,
    days_between,
    min_weight,
    rarity,
    read_statements,
    story_disagreements,
)

__all__ = ["article_label", "conflict_id", "cross_check", "storyline_groups"]

if TYPE_CHECKING:
    from ..corpus import Corpus


def article_label(article: Article) -> str:
    """How an explanation names an article: its publisher, else its input id."""
    return article.source or article.input_id or article.id[:10]


def conflict_id(kind: str, sides: Iterable[Evidence]) -> str:
    key = kind + "|" + "|".join(sorted(f"{e.article}:{e.start}:{e.end}" for e in sides))
    return "conflict-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def storyline_groups(stories: list[Story]) -> list[list[Story]]:
    """Stories grouped by storyline (a story without one is its own group)."""
    groups: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        groups[story.storyline or story.id].append(story)
    return list(groups.values())


def cross_check(corpus: Corpus, *, options: Options) -> None:
    """Corpus stage: fill ``corpus.conflicts`` (facts, dates, figures, office findings)."""
    by_id = {a.id: a for a in corpus.articles}
    conflicts: list[Conflict] = []
    statements = {a.id: read_statements(a.text) for a in corpus.articles}
    weigh = rarity([a.text for a in corpus.articles])
    slot = _slot_of(options)
    for story in corpus.stories:
        conflicts += _stated_conflicts(story, statements, by_id, weigh, slot)
    for group in storyline_groups(corpus.stories):
        articles = [by_id[i] for story in group for i in story.articles if i in by_id]
        facts = [fact for article in articles for fact in find_facts(article)]
        conflicts += _founding_conflicts(facts, by_id)
        conflicts += first_since_conflicts(facts, by_id, years=_years(group, by_id))
        conflicts += date_conflicts(group, corpus)
        for story in group:
            conflicts += number_conflicts(story, corpus)
    story_of = corpus.story_index()
    for article_id, extraction in corpus.extractions.items():
        for finding in extraction.findings:
            finding.story = story_of.get(article_id)
            conflicts.append(finding)
    for conflict in conflicts:
        conflict.story = conflict.story or (story_of.get(conflict.sides[0].article) if conflict.sides else None)
    corpus.conflicts = _unique(conflicts)


KIND_OF = {"number": "number", "year": "date", "date": "date", "weekday": "date", "title": "title"}


def _slot_of(options: Options) -> SlotOf:
    """The slot a statement's value fills, from the parse of its sentence (``slots``)."""
    from ..nlp import load_bare_nlp

    read = slot_reader(load_bare_nlp(options.spacy_model))
    return lambda s: read(s.said, s.start - s.sentence[0], s.end - s.sentence[0], s.kind)


def _stated_conflicts(
    story: Story,
    statements: dict[str, list[Statement]],
    by_id: dict[str, Article],
    weigh: Callable[..., float],
    slot: SlotOf,
) -> list[Conflict]:
    """Two articles of the story that state one fact with values that cannot both be true."""
    found = story_disagreements(
        {i: statements[i] for i in story.articles if i in statements}, weigh, lambda d: _comparable(d, by_id), slot
    )
    return [_stated_conflict(d, by_id[d.first_article], by_id[d.second_article], story) for d in found]


def _comparable(disagreement: Disagreement, by_id: dict[str, Article]) -> bool:
    """Whether two statements of one fact are shared enough, and stated close enough in time, to conflict."""
    first, second = by_id[disagreement.first_article], by_id[disagreement.second_article]
    # the parse lowers the floor between two outlets only: one outlet's background lines about kindred
    # facts ("occupied since 1948", "West Bank land occupied since 1967") share its phrasing
    slotted = disagreement.slotted and publisher_of(first) != publisher_of(second)
    if disagreement.weight < min_weight(disagreement.first, disagreement.second, slotted=slotted):
        return False
    apart = days_between(first.published, second.published)
    if apart is None or apart > MAX_STATED_DAYS:
        return False  # undated, or a month later: another time (a tariff raised, a toll risen) or another event
    if not disagreement.anchored and publisher_of(first) == publisher_of(second):
        return False  # one outlet's two reports of a story: its later one tells a later step
    if disagreement.first.kind == "weekday":
        if apart > MAX_WEEKDAY_DAYS:
            return False  # two weeks: the same weekday name may be two days
        if apart and _of_its_day(first, disagreement.first) and _of_its_day(second, disagreement.second):
            return False  # each tells the news of its own day: two steps of the story, not one misdated
    return True


def _of_its_day(article: Article, statement: Statement) -> bool:
    """Whether a weekday is its article's day of publication or the day before ("said Tuesday")."""
    try:
        published = date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return False
    return (published.weekday() - statement.value) % 7 <= 1


def _stated_conflict(disagreement: Disagreement, first: Article, second: Article, story: Story) -> Conflict:
    sides = [_side(first, disagreement.first), _side(second, disagreement.second)]
    kind = KIND_OF[disagreement.first.kind]
    values = [
        article.text[s.start : s.end] for article, s in ((first, disagreement.first), (second, disagreement.second))
    ]
    explanation = (
        f"{article_label(first)} says “{values[0]}”, {article_label(second)} “{values[1]}” "
        f"in statements of the same {disagreement.first.kind if kind != 'title' else 'person'}"
    )
    return Conflict(id=conflict_id(kind, sides), kind=kind, explanation=explanation, sides=sides, story=story.id)


def _side(article: Article, statement: Statement) -> Evidence:
    start, end = statement.sentence
    text = article.text[start:end]
    start += len(text) - len(text.lstrip())
    return Evidence(article.id, start, start + len(text.strip()), text.strip())


def _years(group: list[Story], by_id: dict[str, Article]) -> dict[str, int]:
    """Per article, the year "24 years ago" counts back from: its story's date, else its own."""
    years = {}
    for story in group:
        for article_id in story.articles:
            article = by_id.get(article_id)
            day = story.date or (article.published if article else None)
            if day and day[:4].isdigit():
                years[article_id] = int(day[:4])
    return years


def _founding_conflicts(facts: list[Fact], by_id: dict[str, Article]) -> list[Conflict]:
    by_subject: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "founded":
            by_subject[fact.subject].append(fact)
    conflicts = []
    for subject, stated in by_subject.items():
        years = sorted({f.value for f in stated})
        if len(years) < 2:
            continue
        sides = [Evidence(f.article, f.start, f.end, f.text) for f in sorted(stated, key=lambda f: f.value)]
        counts = ", ".join(
            f"{year} ({', '.join(sorted({article_label(by_id[f.article]) for f in stated if f.value == year}))})"
            for year in years
        )
        conflicts.append(
            Conflict(
                id=conflict_id("date", sides),
                kind="date",
                explanation=f"{actor_name(subject)} founded in different years: {counts}",
                sides=sides,
            )
        )
    return conflicts


def _unique(conflicts: list[Conflict]) -> list[Conflict]:
    seen: dict[str, Conflict] = {}
    for conflict in conflicts:
        seen.setdefault(conflict.id, conflict)
    return list(seen.values())
