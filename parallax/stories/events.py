"""Counting events once: merging event mentions across and within articles.

Two mentions report the same event when they have the same PLOVER type and compatible modes,
their participants agree (countries of the actors overlap and the recipients do not disagree; for
meetings, cooperation and treaties the parties are compared as one set, so "Kim hosted Putin"
and "Putin's visit to Pyongyang" meet) and their dates are compatible (one is a prefix of the
other, or one is unknown and both articles belong to the same story). Mentions are blocked by
type, so the cost grows with the mentions of each type.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import TYPE_CHECKING

from .. import timex
from ..config import Options
from ..extract.events_actors import code_of
from ..ids import IdMint
from ..records import Event, EventMention

__all__ = ["merge_events", "same_event"]

if TYPE_CHECKING:
    from ..corpus import Corpus

SYMMETRIC_TYPES = {"CONSULT", "COOPERATE"}
PRECISION = {4: 0, 7: 1, 10: 2}  # length of an ISO value -> year, month, day


def _codes(actors: list[str]) -> set[str]:
    """Country or organisation codes; people of unknown country only when nothing else is known
    (a mis-tagged heading "Historic Meeting" must not keep two mentions apart)."""
    codes = {code_of(a) for a in actors}
    known = {c for c in codes if not c.startswith("person:")}
    return known or codes


def _symmetric(event: Event) -> bool:
    return event.type in SYMMETRIC_TYPES or event.mode == "treaty"


def _dates_agree(a: str | None, b: str | None, *, same_story: bool) -> bool:
    if a and b:
        return a.startswith(b[:10]) or b.startswith(a[:10])
    return same_story


def _parties_agree(a: Event, b: Event) -> bool:
    if _symmetric(a) or _symmetric(b):
        left, right = _codes(a.actors + a.recipients), _codes(b.actors + b.recipients)
        if not (left and right):
            return False
        # one party named ("Putin's visit") fits a pair; two different pairs never merge
        return left == right or (len(left) == 1 and left <= right) or (len(right) == 1 and right <= left)
    if not (_codes(a.actors) & _codes(b.actors)):
        return False
    if a.recipients and b.recipients:
        return bool(_codes(a.recipients) & _codes(b.recipients))
    # one side names no recipient: the actors must then be the same
    return _codes(a.actors) == _codes(b.actors)


def _historical(event: Event) -> bool:
    return bool(event.mentions) and all(m.modality == "historical" for m in event.mentions)


def same_event(a: Event, b: Event, *, same_story: bool = True) -> bool:
    """True when ``a`` and ``b`` report one real-world event (``a`` may be a merged event)."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if _historical(a) != _historical(b) and not (a.date and b.date):
        return False
    return _parties_agree(a, b) and _dates_agree(a.date, b.date, same_story=same_story)


def _anchor(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _redate(event: Event, published: dict[str, str | None]) -> None:
    """Normalise undated mentions again now their article's (possibly inferred) date is known."""
    for mention in event.mentions:
        if mention.date is None and mention.date_text:
            found = timex.normalise(mention.date_text, anchor=_anchor(published.get(mention.article)))
            mention.date = found[0] if found else None
    dated = [m.date for m in event.mentions if m.date]
    if dated and not event.date:
        event.date = dated[0]


def _best_date(mentions: list[EventMention]) -> str | None:
    """The most precise date most mentions agree on."""
    dated = [m.date for m in mentions if m.date]
    if not dated:
        return None
    counts = Counter(dated)
    return max(counts, key=lambda d: (PRECISION.get(len(d), 0), counts[d]))


def _joining(target: list[str], new: list[str]) -> list[str]:
    """Participants of a merged mention that join the event: a person of unknown country only
    when the event has no known party yet (one mention's stray name must not spread)."""
    known = any(not code_of(a).startswith("person:") for a in target)
    return [a for a in new if a in target or not (known and code_of(a).startswith("person:"))]


def _absorb(target: Event, event: Event) -> None:
    everyone = target.actors + target.recipients
    target.actors = list(dict.fromkeys(target.actors + _joining(everyone, event.actors)))
    joined = _joining(everyone, event.recipients)
    target.recipients = [r for r in dict.fromkeys(target.recipients + joined) if r not in target.actors]
    if _symmetric(target) and target.mode == "treaty":
        target.actors, target.recipients = list(dict.fromkeys(target.actors + target.recipients)), []
    target.mode = target.mode or event.mode
    target.location = target.location or event.location
    target.commitments += [c for c in event.commitments if c not in target.commitments]
    target.mentions += event.mentions
    target.date = _best_date(target.mentions) or target.date or event.date


def _new(event: Event, mint: IdMint) -> Event:
    first = event.mentions[0] if event.mentions else None
    key = f"{event.type}:{first.article}:{first.start}:{first.trigger}" if first else event.id
    return Event(
        id=mint(key),
        type=event.type,
        mode=event.mode,
        cameo=event.cameo,
        actors=list(event.actors),
        recipients=list(event.recipients),
        date=event.date,
        location=event.location,
        commitments=list(event.commitments),
        mentions=list(event.mentions),
    )


def merge_events(corpus: Corpus, *, options: Options) -> None:
    """Fill ``corpus.events`` with one Event per real-world event, each listing all its mentions."""
    published = {a.id: a.published for a in corpus.articles}
    sources = {a.id: a.source for a in corpus.articles}
    story: dict[str, str | None] = dict(corpus.story_index())
    merged: dict[str, list[tuple[Event, Event]]] = defaultdict(list)  # type -> (seed mention, merged event)
    sides: dict[str, list[tuple[list[str], list[str]]]] = defaultdict(list)  # event id -> its mentions' parties
    mint = IdMint("event")  # two readings of one trigger are two events with two ids
    for article in corpus.articles:
        extraction = corpus.extractions.get(article.id)
        for event in extraction.events if extraction else []:
            for mention in event.mentions:
                mention.source = mention.source or sources.get(mention.article)
            _redate(event, published)
            home = story.get(article.id)
            match = next(
                (
                    target
                    for seed, target in merged[event.type]
                    if same_event(seed, event, same_story=home is None or home in _stories(target, story))
                ),
                None,
            )
            if match is None:
                match = _new(event, mint)
                merged[event.type].append((event, match))
            else:
                _absorb(match, event)
            sides[match.id].append((event.actors, event.recipients))
    corpus.events = [target for pairs in merged.values() for _, target in pairs]
    for pairs in merged.values():
        for _, target in pairs:
            _drop_strays(target, sides[target.id])
    _date_from_sentences(corpus.events)


def _drop_strays(target: Event, sides: list[tuple[list[str], list[str]]]) -> None:
    """A party one mention names and most mentions do not (the Greek church an airstrike on Gaza
    hit) is that mention's own, not the event's: a country stays on the event when it is named by
    more than half as many of its mentions as the side's most named country. Not for meetings,
    cooperation and treaties: they are often told from one side ("Putin's visit")."""
    if len(sides) < 2 or _symmetric(target):
        return
    target.actors = _voted(target.actors, [a for a, _ in sides])
    target.recipients = _voted(target.recipients, [r for _, r in sides])


def _voted(side: list[str], named: list[list[str]]) -> list[str]:
    counts: Counter[str] = Counter(code for ids in named for code in {code_of(i) for i in ids})
    if not counts:
        return side
    most = max(counts.values())
    return [i for i in side if 2 * counts[code_of(i)] > most]


def _date_from_sentences(events: list[Event]) -> None:
    """An undated event reported in the same sentence as a dated one ("signed a pact during
    Putin's visit") happened then too."""
    dated: dict[tuple[str, int], str] = {}
    for event in events:
        for mention in event.mentions:
            if event.date and mention.modality in {"asserted", "reported"}:
                dated.setdefault((mention.article, mention.start), event.date)
    for event in events:
        if event.date is None:
            found = [dated[key] for m in event.mentions if (key := (m.article, m.start)) in dated]
            event.date = Counter(found).most_common(1)[0][0] if found else None


def _stories(event: Event, story: dict[str, str | None]) -> set[str | None]:
    return {story.get(m.article) for m in event.mentions}
