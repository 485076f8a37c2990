"""The time a title mention speaks of: "Foreign Minister Yoshimasa Hayashi" in which clause, when.

A title is judged at the times its clause speaks of, and only when those are known:

- words that put the title or its phrase in the past ("former chief of staff to President
  Clinton", "the late", "then-", "at the time") leave it unjudged;
- a clause with its own dates (the sentence's, else the two sentences before it in the
  paragraph) speaks of those dates; a date without a year far from the article's date ("April
  13" in an October article) is a guess of the year, so the title is left unjudged;
- an undated clause in the past tense ("the law President Clinton signed", "who was appointed
  by President Bush") speaks of some unknown past time: unjudged; in the present, present
  perfect or future it speaks of the article's date.

The article's date is always one of the times: news gives people their current title even for
past acts ("the seat President Obama vacated in 2008"), so a title true at publication is no
anachronism.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..nlp import text_of
from ..records import Timex
from ..timex.tense import governing_verb, tense_of
from .spans import RoleLink

__all__ = ["clause_times", "interval_of"]

Interval = tuple[str, str]
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "interval": 3, "year": 4}
OPEN_ENDED = re.compile(r"(?i)\b(since|until|till|by|before|after|for)\s+(the\s+)?$")
YEAR = re.compile(r"\b\d{4}\b")
FAR_DAYS = 45  # a date without a year this far from the article's date may be another year's
POSSESSIVE = ("'s", "’s")


def interval_of(value: str, precision: str) -> Interval | None:
    """A timex value as an interval of ISO days (a month or year as its first and last day)."""
    if "/" in value:
        first, last = value.split("/", 1)
        return first, last
    if precision == "day":
        return value, value
    if precision == "month":
        return value + "-01", value + "-31"
    if precision == "year":
        return value + "-01-01", value + "-12-31"
    return None


def clause_times(
    doc: Doc,
    link: RoleLink,
    timexes: list[Timex],
    article_time: Interval,
    *,
    past: re.Pattern[str],
    not_current: frozenset[str],
) -> list[Interval] | None:
    """The intervals ``link``'s clause speaks of (the article's date last), or None when unknown."""
    span = doc.char_span(link.start, link.end, alignment_mode="expand")
    if span is None or past.search(span.sent.text) or not _well_formed(doc, link):
        return None
    if _former_phrase(span, not_current):
        return None
    dated = _clause_dates(doc, span, link, timexes)
    if dated is None:
        return None
    if not dated and tense_of(span) in {"past", "conditional", "planned"}:
        return None
    return [*dated, article_time]


def _well_formed(doc: Doc, link: RoleLink) -> bool:
    """The title and the name belong together: not split by a line break (a caption's end and a
    paragraph's start), and the title is not the possessor of something else ("Kim Jong Il, the
    current leader's father")."""
    text = text_of(doc)
    if link.name_start is None or link.name_end is None:
        return True
    first, last = min(link.start, link.name_start), max(link.end, link.name_end)
    if "\n" in text[first:last]:
        return False
    return not (link.name_end <= link.start and text[link.end : link.end + 2] in POSSESSIVE)


def _former_phrase(span: Span, not_current: frozenset[str]) -> bool:
    """The title sits in a phrase about a past role: "a former chief of staff to President Bill
    Clinton", "the onetime adviser of Prime Minister X" (the heads above it, up to its clause)."""
    token: Token = span.root
    for _ in range(6):
        if token.head is token or token.pos_ in {"VERB", "AUX"}:
            return False
        if any(child.lower_.split("-")[0] in not_current for child in token.children):
            return True
        token = token.head
    return False


def _clause_dates(doc: Doc, span: Span, link: RoleLink, timexes: list[Timex]) -> list[Interval] | None:
    """Dates of the sentence, else of the two sentences before it in the paragraph; None when
    one of them is a year-less date far from the article's date (its year is a guess)."""
    text = text_of(doc)
    sent = span.sent
    window_start = sent.start_char
    previous = sent.start - 1
    for _ in range(2):
        if previous < 0 or "\n" in text[doc[previous].idx : window_start]:
            break
        window_start = doc[previous].sent.start_char
        previous = doc[previous].sent.start - 1
    anchor = doc._.published
    verb = governing_verb(span.root)
    for start, end in ((sent.start_char, sent.end_char), (window_start, sent.start_char)):
        dated = [t for t in timexes if start <= t.start < end and t.value and not _open_ended(text, t)]
        if any(_guessed_year(t, anchor) for t in dated):
            return None
        if start == sent.start_char:
            # "outlets revealed this week that programs began under President Bush": a date of
            # another clause is not the time of the title's clause; one far from the article's
            # date makes the sentence a story of another time ("In 1980 ... as President X is")
            others = [t for t in dated if not _same_clause(doc, t, verb)]
            if any(_far(t, anchor) for t in others):
                return None
            dated = [t for t in dated if t not in others]
        if not dated:
            continue
        dated.sort(key=lambda t: (PRECISION_RANK.get(t.precision, 9), abs(t.start - link.start)))
        return [i for t in dated if (i := interval_of(t.value or "", t.precision))]
    return []


def _same_clause(doc: Doc, timex: Timex, verb: Token | None) -> bool:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return verb is None or span is None or governing_verb(span.root) in (verb, None)


def _open_ended(text: str, timex: Timex) -> bool:
    """ "since 2000", "until 2019": the sentence speaks of a period, not of that date."""
    return bool(OPEN_ENDED.search(text[max(0, timex.start - 12) : timex.start]))


def _guessed_year(timex: Timex, anchor: str | None) -> bool:
    return not YEAR.search(timex.text) and _far(timex, anchor)


def _far(timex: Timex, anchor: str | None) -> bool:
    """The timex lies more than ``FAR_DAYS`` from the article's date (``anchor``)."""
    interval = interval_of(timex.value or "", timex.precision)
    if not anchor or interval is None:
        return False
    try:
        first, last = (date.fromisoformat(day[:10]) for day in interval)
        published = date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return False
    return published - last > timedelta(days=FAR_DAYS) or first - published > timedelta(days=FAR_DAYS)
