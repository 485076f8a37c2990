"""Finding date expressions in a doc (one compiled regex over the text, then spaCy DATE entities
the regex missed) and inferring an undated article's date from its content."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp import text_of
from ..records import Article, Timex
from .normalise import named_days, normalise
from .tense import tense_of

__all__ = ["anchor_date", "date_article", "find_timexes", "infer_date"]

_MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“‘'])|\n")
WEEKDAY_DATE = re.compile(rf",?\s+{_MONTH}\s+{_DAY}\b")
EARLY = re.compile(r"(?i)\b(?:early|overnight)\s+(?:on\s+)?$")
SINCE_UNTIL = re.compile(r"(?i)\b(until|till)\s+$")
FUTURE = re.compile(
    r"\b(will|shall|’ll|'ll|is to|are to|scheduled|plans? to|planned|expected to|upcoming|next(?! to))\b", re.I
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    named = "|".join(sorted((re.escape(n).replace("'", "['’]") for n in named_days()), key=len, reverse=True))
    parts = [
        rf"(?i:{named})(?:,?\s+{_YEAR})?",
        r"\d{4}-\d{2}-\d{2}",
        rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
        rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
        rf"(?:(?i:early|mid|late)[\s-]+)?{_MONTH},?\s+(?:of\s+)?{_YEAR}",
        rf"{_MONTH}\s+{_DAY}\b",
        rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b",
        rf"(?:(?i:early|mid|late)[\s-]+)?{_MONTH}\b",
        rf"(?:(?i:last|next|this)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?",
        r"(?i:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night)\b",
        r"(?i:(?:(?:earlier|later)\s+)?(?:last|this|next|past|coming)\s+(?:week|weekend|month|year))\b",
        rf"(?i:{_NUM}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|before|after))\b",
        r"(?i:(?:this|last|next)\s+(?:spring|summer|autumn|fall|winter))\b",
        r"(?i:(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[5-9]|20)\d0s)",
        r"(?i:\d{1,2}(?:st|nd|rd|th) century)",
        rf"(?<![\d,.$£€])(?:{_YEAR}\s*(?:-|–|to)\s*(?:{_YEAR}|\d\d)|{_YEAR})(?![\d,%])",
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts))


def _is_modal_may(text: str, start: int, match: str) -> bool:
    """ "may" the verb, capitalised at a sentence start, is not the month."""
    return match == "May" and not re.match(r"May\s+(\d|" + _YEAR + ")", text[start : start + 12])


def _weekday_of_a_date(text: str, start: int, end: int) -> bool:
    """ "Tuesday, Feb. 27": the weekday of the date that follows; that date is the expression."""
    return bool(re.fullmatch(rf"(?:(?i:last|next|this)\s+)?{_WEEKDAY}", text[start:end])) and bool(
        WEEKDAY_DATE.match(text, end)
    )


@lru_cache(maxsize=8)
def _matches(text: str) -> tuple[re.Match[str], ...]:
    """The regex's matches, cached: a doc is scanned more than once (to infer its date, then to
    normalise against it), and the big alternation is the costly part."""
    return tuple(_pattern().finditer(text))


def _future_by_words(text: str, start: int) -> bool:
    """A future word earlier in the sentence ("scheduled", "next", "will") or "by"/"until"/
    "before" right before the date."""
    before = SENTENCE_END.split(text[max(0, start - 60) : start])[-1]
    return bool(FUTURE.search(before)) or before.rstrip().lower().endswith(("by", "until", "before"))


def _future(text: str, start: int, said: str | None, *, parsed: bool) -> bool | None:
    """Whether a date speaks of the future, from its clause's tense: True, False, or None for
    either side (the nearer day wins: "Tuesday is the deadline", "was planned for Friday")."""
    if said in {"future", "conditional"}:
        return True
    if said == "past":
        return False
    if said == "planned":
        return None
    if said == "perfect":  # "has been extended until October": the end of a period still running
        return SINCE_UNTIL.search(text[max(0, start - 8) : start]) is not None
    if _future_by_words(text, start):
        return True
    return None if parsed else False


def _small_hours_after(text: str, m: re.Match[str], value: str | None, anchor: date) -> bool:
    """ "early Friday" in a report stamped Thursday: the small hours of the next day where it
    happened (another time zone), not the Friday six days before."""
    if not re.fullmatch(rf"(?:on\s+)?{_WEEKDAY}", m.group()) or not EARLY.search(
        text[max(0, m.start() - 16) : m.start()]
    ):
        return False
    return value is not None and value[:10] == (anchor - timedelta(days=6)).isoformat()


def scan(
    text: str, anchor: date | None, *, tense: Callable[[int, int], str | None] | None = None
) -> list[tuple[int, int, str, tuple[str | None, str]]]:
    """(start, end, text, (value, precision)) of every date expression the regex finds.

    ``tense(start, end)`` gives the tense of the clause an expression sits in, when a parse is
    at hand: a past ("announced Tuesday") or perfect clause speaks of the past, a future one
    ("will meet on Friday") of the future; in the present, or without a parse, the words before
    the date decide."""
    found = []
    for m in _matches(text):
        if _is_modal_may(text, m.start(), m.group()) or _weekday_of_a_date(text, m.start(), m.end()):
            continue
        future = _future(text, m.start(), tense(m.start(), m.end()) if tense else None, parsed=tense is not None)
        value = normalise(m.group(), anchor=anchor, future=future)
        if value is not None and anchor is not None and _small_hours_after(text, m, value[0], anchor):
            value = ((anchor + timedelta(days=1)).isoformat(), value[1])
        if value is not None:
            found.append((m.start(), m.end(), m.group(), value))
    return found


def infer_date(text: str | Doc, *, title: str | None = None) -> tuple[str, str] | None:
    """``(iso, precision)`` of an undated article, from the latest explicit date in its title and
    content: a full date, else a month and year, else a year in the title line (the first line
    of ``text`` when no title is given). None when there is none."""
    body = text_of(text) if isinstance(text, Doc) else text
    found = scan(body, None) + (scan(title, None) if title else [])
    for precision in ("day", "month"):
        values = [value for _s, _e, _t, (value, p) in found if p == precision and value]
        if values:
            return max(values), precision
    first_line = title if title is not None else body.strip().split("\n", 1)[0]
    years = re.findall(rf"(?<!\d){_YEAR}(?!\d)", first_line)
    return (max(years), "year") if years else None


def date_article(doc: Doc, article: Article) -> None:
    """Give an undated article the day its title and content name (``published_inferred``), and
    its doc that anchor. Month or year precision is not enough to anchor "on Wednesday": left unset."""
    if article.published:
        return
    inferred = infer_date(text_of(doc), title=article.title or "")
    if inferred and inferred[1] == "day":
        article.published, article.published_inferred = inferred[0], True
        doc._.published = inferred[0]
        doc.user_data.pop("parallax_anchor", None)


def anchor_date(doc: Doc) -> str | None:
    """The day a doc's relative dates count from: ``doc._.published``, else a day-precise date
    inferred from the content; None otherwise. Cached on the doc."""
    if doc._.published:
        return str(doc._.published)[:10]
    if "parallax_anchor" not in doc.user_data:
        inferred = infer_date(text_of(doc))
        doc.user_data["parallax_anchor"] = inferred[0] if inferred and inferred[1] == "day" else None
    anchor = doc.user_data["parallax_anchor"]
    return str(anchor) if anchor else None


def _tenses(doc: Doc) -> Callable[[int, int], str | None] | None:
    """The tense of the clause at a character span of ``doc``, when the doc is parsed."""
    if not doc.has_annotation("DEP"):
        return None

    def tense(start: int, end: int) -> str | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return tense_of(span) if span is not None else None

    return tense


def find_timexes(doc: Doc) -> list[Timex]:
    """Every date expression of ``doc`` normalised against ``doc._.published`` (or the inferred date)."""
    iso = anchor_date(doc)
    anchor = date.fromisoformat(iso) if iso else None
    article = doc._.article_id or ""
    timexes = [Timex(article, s, e, t, v, p) for s, e, t, (v, p) in scan(text_of(doc), anchor, tense=_tenses(doc))]
    covered = [(t.start, t.end) for t in timexes]
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        if _weekday_of_a_date(text_of(doc), ent.start_char, ent.end_char):
            continue
        value = normalise(ent.text, anchor=anchor)
        if value is not None:
            timexes.append(Timex(article, ent.start_char, ent.end_char, ent.text, value[0], value[1]))
    return sorted(timexes, key=lambda t: t.start)
