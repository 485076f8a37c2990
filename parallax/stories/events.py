"""Counting events once: merging event mentions across and within articles.

Two mentions report the same event when they have the same PLOVER type and compatible modes,
their participants agree and their dates are compatible. Participants agree when on each side the
countries or organisations one mention names include the other's, or it names none ("Hamas'
brutal attack" fits "Hamas attacked Israel"); for meetings, cooperation and treaties the parties are
compared as one set, and one named party fits a pair ("Kim hosted Putin" and "Putin's visit to
Pyongyang" meet). Dates are compatible when one lies within the other (a day within its month or
week), or one is unknown and both articles belong to the same story. Agreeing is not enough:
the same party does many acts of one kind in a story, so there must also be evidence of one act
(both dated within a week, the same other party named, or the sentences worded alike). A
mention is compared with the event merged so far (all its parties and dated mentions), so an
event never shows a party that one of its mentions gives otherwise, nor gathers acts of one type
on different days. Mentions are blocked by type, so the cost grows with the mentions of each type.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

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
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
DIGITS = re.compile(r"\d+(?:[,.]\d+)*")
WEEK = 7  # days a date range may span and still date one act
# sentences worded alike: content words shared, and their share of the shorter sentence's (as
# corroboration's "stated alike")
ALIKE_SHARED, ALIKE_OVERLAP = 5, 0.5


def _codes(actors: list[str]) -> set[str]:
    """Country or organisation codes; people of unknown country only when nothing else is known
    (a mis-tagged heading "Historic Meeting" must not keep two mentions apart)."""
    codes = {code_of(a) for a in actors}
    known = {c for c in codes if not c.startswith("person:")}
    return known or codes


def _symmetric(event: Event) -> bool:
    return event.type in SYMMETRIC_TYPES or event.mode == "treaty"


def _interval(value: str) -> tuple[str, str]:
    """First and last day an ISO day, month, year or range ("2023-10-02/2023-10-08") covers, as
    strings in time order ("~" ends a month or a year after all its days)."""
    first, _, last = value.partition("/")
    last = (last or first)[:10]
    return first[:10], last if len(last) == 10 else last + "~"


def _within(a: str, b: str) -> bool:
    """One of two dates lies within the other ("2024-06-19" within "2024-06")."""
    (a0, a1), (b0, b1) = _interval(a), _interval(b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def _dates(event: Event) -> set[str]:
    found = {m.date for m in event.mentions if m.date}
    return found or ({event.date} if event.date else set())


def _dates_agree(a: Event, b: Event, *, same_story: bool) -> bool:
    left, right = _dates(a), _dates(b)
    if left and right:
        return all(_within(x, y) for x in left for y in right)
    return same_story


Parties = tuple[frozenset[str], frozenset[str]]  # codes of one mention's actors and recipients


def _parties(event: Event) -> Parties:
    return frozenset(_codes(event.actors)), frozenset(_codes(event.recipients))


def _agree(a: Parties, b: Parties, *, symmetric: int) -> bool:
    """Two readings name compatible parties (see the module docstring); ``symmetric``: how many
    of the two are meetings, cooperation or treaties."""
    if symmetric:
        left, right = a[0] | a[1], b[0] | b[1]
        if not (left and right):
            return False
        if left == right:
            return True
        # one party named ("Putin's visit") fits a pair; two different pairs never merge; an
        # agreement of no kind joins a treaty only with the same parties
        return symmetric == 2 and ((len(left) == 1 and left <= right) or (len(right) == 1 and right <= left))
    if not (a[0] and b[0] and _nested(a[0], b[0])):
        return False
    # recipients left out by one mention are the other's to tell ("Hamas' attack" on Israel)
    return _nested(a[1], b[1])


def _nested(left: frozenset[str], right: frozenset[str]) -> bool:
    """One side's parties include the other's: one mention names more of them, none names others
    (a party one mention alone names is then voted off, ``_drop_strays``)."""
    return left <= right or right <= left


def _parties_agree(a: Event, b: Event) -> bool:
    return _agree(_parties(a), _parties(b), symmetric=_symmetric(a) + _symmetric(b))


def _historical(event: Event) -> bool:
    return bool(event.mentions) and all(m.modality == "historical" for m in event.mentions)


def same_event(a: Event, b: Event, *, same_story: bool = True) -> bool:
    """True when ``a`` and ``b`` report one real-world event (``a`` may be a merged event)."""
    if a.type != b.type or (a.mode and b.mode and a.mode != b.mode):
        return False
    if _historical(a) != _historical(b) and not (a.date and b.date):
        return False
    return _parties_agree(a, b) and _dates_agree(a, b, same_story=same_story) and _one_act(a, b)


def _one_act(a: Event, b: Event) -> bool:
    """Evidence that two agreeing readings tell one act, not two acts of a kind by the same
    party ("Trump signed the pardon", "Trump signed the TikTok deal"): both are dated, or both
    name the same other party (another country than the actors'), or they are worded alike
    (one sentence in two articles, two triggers of one sentence)."""
    if any(map(_precise, _dates(a))) and any(map(_precise, _dates(b))):
        return True  # within a week of each other: a month or a year holds many acts of a kind
    if _symmetric(a) or _symmetric(b):
        parties = _codes(a.actors + a.recipients)
        if len(parties) > 1 and parties == _codes(b.actors + b.recipients):
            return True
    elif _codes(a.recipients) - _codes(a.actors) and _codes(a.recipients) == _codes(b.recipients):
        return True  # a party other than the actors' own country (not "aimed at home")
    return any(_worded_alike(m.text, n.text) for m in a.mentions for n in b.mentions)


def _precise(value: str) -> bool:
    """A day, or a range of at most a week ("last week")."""
    first, last = _interval(value)
    try:
        return (date.fromisoformat(last) - date.fromisoformat(first)).days <= WEEK
    except ValueError:
        return False


def _worded_alike(a: str, b: str) -> bool:
    """Two sentences say one thing: most content words shared, and no figure of one that the
    other contradicts (a death toll "has reached 8,805" and "has reached 9,061" are two reports;
    one may give a figure the other leaves out)."""
    figures_a, figures_b = set(DIGITS.findall(a)), set(DIGITS.findall(b))
    if not (figures_a <= figures_b or figures_b <= figures_a):
        return False
    wa, wb = _content_words(a), _content_words(b)
    shared = len(wa & wb)
    return shared >= ALIKE_SHARED and shared >= ALIKE_OVERLAP * min(len(wa), len(wb))


@lru_cache(maxsize=65536)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS and len(w) > 1)


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


@dataclass
class _Merged:
    """An event being merged and the parties each of its mentions names."""

    event: Event
    readings: list[Parties] = field(default_factory=list)
    sides: list[tuple[list[str], list[str]]] = field(default_factory=list)

    def fits(self, event: Event, parties: Parties, *, same_story: bool) -> bool:
        """``event`` reports this one: it agrees with the merged event and every mention's parties
        (nested sets always fit their union: comparing with it alone would chain "Israel" through
        "Israel and Iran" to "Iran")."""
        symmetric = _symmetric(self.event) + _symmetric(event)
        return same_event(self.event, event, same_story=same_story) and all(
            _agree(reading, parties, symmetric=symmetric) for reading in self.readings
        )

    def add(self, event: Event, parties: Parties) -> None:
        self.readings.append(parties)
        self.sides.append((event.actors, event.recipients))


def merge_events(corpus: Corpus, *, options: Options) -> None:
    """Fill ``corpus.events`` with one Event per real-world event, each listing all its mentions."""
    published = {a.id: a.published for a in corpus.articles}
    sources = {a.id: a.source for a in corpus.articles}
    story: dict[str, str | None] = dict(corpus.story_index())
    merged: dict[str, list[_Merged]] = defaultdict(list)  # type -> its events
    mint = IdMint("event")  # two readings of one trigger are two events with two ids
    for article in corpus.articles:
        extraction = corpus.extractions.get(article.id)
        for event in extraction.events if extraction else []:
            for mention in event.mentions:
                mention.source = mention.source or sources.get(mention.article)
            _redate(event, published)
            home = story.get(article.id)
            parties = _parties(event)
            match = next(
                (
                    candidate
                    for candidate in merged[event.type]
                    if candidate.fits(
                        event, parties, same_story=home is None or home in _stories(candidate.event, story)
                    )
                ),
                None,
            )
            if match is None:
                match = _Merged(_new(event, mint))
                merged[event.type].append(match)
            else:
                _absorb(match.event, event)
            match.add(event, parties)
    corpus.events = [m.event for found in merged.values() for m in found]
    for found in merged.values():
        for m in found:
            _drop_strays(m.event, m.sides)
            _settle_roles(m.event, m.sides)
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


def _settle_roles(target: Event, sides: list[tuple[list[str], list[str]]]) -> None:
    """Who visits and who hosts a meeting its mentions tell both ways ("Zelenskyy visited the
    U.K.", "Zelenskyy and Sunak traveled to Downing Street"): a party is a recipient when more
    of the mentions name it as one than as an actor, else an actor (meetings list every
    participant as actor). Treaties keep all their parties as actors."""
    if len(sides) < 2 or not _symmetric(target) or target.mode == "treaty":
        return
    acting: Counter[str] = Counter(c for actors, _ in sides for c in {code_of(i) for i in actors})
    hosting: Counter[str] = Counter(c for _, recipients in sides for c in {code_of(i) for i in recipients})
    everyone = list(dict.fromkeys(target.actors + target.recipients))
    hosts = {i for i in everyone if hosting[code_of(i)] > acting[code_of(i)]}
    target.actors = [i for i in everyone if i not in hosts]
    target.recipients = [i for i in everyone if i in hosts]


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
