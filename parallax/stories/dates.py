"""Event dates of articles: one real-world event has one date.

``lead_date`` is the day an article puts its main event on: the first day-precise date of its
title or lead (where news states when), taken from the timex stage's records when present,
else from explicit dates ("June 19, 2024", "19 June 2024") and named days the timex module
normalises ("on Korean Liberation Day"). ``split_by_date`` takes out of a story the articles
whose lead date is days away from the story's consensus: the same storyline, a later event.
``infer_dates`` is the "dates" corpus stage: an article without a publication date gets its
story's consensus day, flagged ``published_inferred``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from ..config import Options
from ..records import Article, Extraction
from ..timex import normalise
from ..timex.finder import SENTENCE_END

__all__ = ["MAX_DAYS_APART", "LeadDate", "days_apart", "find_lead_date", "infer_dates", "lead_date", "split_by_date"]

if TYPE_CHECKING:
    from ..corpus import Corpus

LEAD_CHARS = 700  # title + first sentences
MAX_DAYS_APART = 3  # reports of one event may date it a day or two apart (time zones, "late Tuesday")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
EXPLICIT = re.compile(
    rf"\b(?:(?P<m1>{MONTHS})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTHS}),?\s+(?P<y2>\d{{4}}))\b"
)
NAMED_DAY = re.compile(r"\bon\s+((?:[A-Z][\w’'-]+\s+){1,4}Day)(?:\s+(\d{4}))?", re.IGNORECASE)
YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
OFFSET = re.compile(r"(?i)\b(after|before|later|earlier|ago)\b")
CREDIT = re.compile(r"[.!?]?\s*\[[^\]\n]{1,40}\]")


@dataclass
class LeadDate:
    """The day of an article's main event and where the cleaned text says it (-1 if only the title)."""

    value: str
    start: int
    end: int
    text: str


def lead_date(article: Article, extraction: Extraction | None) -> str | None:
    """ISO day of the article's main event, or None when its lead gives no day."""
    found = find_lead_date(article, extraction)
    return found.value if found else None


def find_lead_date(article: Article, extraction: Extraction | None) -> LeadDate | None:
    """The first day-precise date of the lead (timex records first, else explicit and named days).

    A headline that writes out a full date ("News With Ed -- October 2, 2017") dates the article
    before any relative day of its lead: "this morning" resolves against the publication day,
    which a crawler may have recorded weeks late.
    """
    headline = _explicit(article.title or "")
    if headline is not None:
        return LeadDate(headline.value, -1, -1, headline.text)
    if extraction is not None:
        days = [
            t
            for t in extraction.timexes
            if t.precision == "day"
            and t.value
            and t.start < LEAD_CHARS
            and not _scheduled(article, str(t.value))
            and _dates_the_lead(article.text, t.start, t.end, t.text)
        ]
        if days:
            first = min(days, key=lambda t: t.start)
            return LeadDate(
                _headline_year(article, first.text, str(first.value)[:10]), first.start, first.end, first.text
            )
    lead = article.text[:LEAD_CHARS]
    title_years = YEAR.findall(article.title or "")
    found = _explicit(
        lead, keep=lambda d: not _scheduled(article, d.value) and _dates_the_lead(lead, d.start, d.end, d.text)
    )
    found = found or _named_day(lead, title_years[-1] if title_years else None)
    if found is None and article.title:
        title = _explicit(article.title) or _named_day(article.title, None)
        return LeadDate(title.value, -1, -1, title.text) if title else None
    return found


def _scheduled(article: Article, value: str) -> bool:
    """A day after the publication day is a schedule ("in theaters May 4, 2018"), not the day of
    the event the article reports."""
    published = article.published if article.published and not article.published_inferred else None
    return published is not None and (date.fromisoformat(value[:10]) - date.fromisoformat(published[:10])).days > 1


def _dates_the_lead(text: str, start: int, end: int, expression: str) -> bool:
    """Not a caption's or an editor's note's date ("FILE - In this Nov. 2, 2017 file photo"), nor
    one counted from another event ("Six days after an enormous earthquake")."""
    if OFFSET.search(expression):
        return False
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    after = SENTENCE_END.search(text, end)
    stop = after.start() if after else len(text)
    credit = CREDIT.match(text, stop)  # a caption's credit after its full stop: "2017. [Photo/Agencies]"
    return not _not_lead().search(text[starts[-1] if starts else 0 : credit.end() if credit else stop])


@lru_cache(maxsize=1)
def _not_lead() -> re.Pattern[str]:
    data = yaml.safe_load((resources.files("parallax") / "data" / "stories-dates.yaml").read_text(encoding="utf8"))
    return re.compile("|".join(f"(?:{p})" for p in data["not_lead"]), re.IGNORECASE)


def _headline_year(article: Article, text: str, value: str) -> str:
    """Re-read a date without a year ("on Korean Liberation Day") in the headline's year.

    Without a publication date the timex stage anchors on whatever year the text mentions
    ("... colonial rule over Korea in 1945"); a year in the headline is the better anchor. A
    published article's relative dates count from its publication date ("Huckabee announces
    2016 White House bid ... announced Tuesday" is the Tuesday it was published).
    """
    years = YEAR.findall(article.title or "")
    if (article.published and not article.published_inferred) or not years:
        return value
    if value.startswith(years[-1]) or YEAR.search(text):
        return value
    result = normalise(text, anchor=date(int(years[-1]), 12, 31))
    return result[0][:10] if result and result[1] == "day" and result[0] else value


def _explicit(text: str, keep: Callable[[LeadDate], bool] | None = None) -> LeadDate | None:
    """The first date written out with its year ("June 19, 2024", "19 June 2024") that ``keep`` accepts."""
    for match in EXPLICIT.finditer(text):
        month = match.group("m1") or match.group("m2")
        day = match.group("d1") or match.group("d2")
        year = match.group("y1") or match.group("y2")
        try:
            value = datetime.strptime(f"{year} {month} {day}", "%Y %B %d").date().isoformat()
        except ValueError:
            continue
        found = LeadDate(value, match.start(), match.end(), match.group(0))
        if keep is None or keep(found):
            return found
    return None


def _named_day(text: str, headline_year: str | None) -> LeadDate | None:
    match = NAMED_DAY.search(text)
    if match is None:
        return None
    year = match.group(2) or headline_year or next(iter(YEAR.findall(text)), None)
    anchor = date(int(year), 12, 31) if year else None  # the day as it fell in that year
    result = normalise(match.group(0), anchor=anchor)
    if result is None or result[1] != "day" or result[0] is None:
        return None
    return LeadDate(result[0][:10], match.start(), match.end(), match.group(0))


def days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (their day parts)."""
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def split_by_date(members: Sequence[int], dates: Sequence[str | None]) -> list[list[int]]:
    """``members`` (indexes into ``dates``) grouped so that no group mixes distant lead dates.

    Articles without a date stay with the consensus group (the most common date).
    """
    dated: Counter[str] = Counter(day for i in members if (day := dates[i]))
    if len(dated) < 2:
        return [list(members)]
    consensus = dated.most_common(1)[0][0]
    groups: dict[str, list[int]] = {consensus: []}
    for index in members:
        day = dates[index]
        key = consensus if not day or days_apart(day, consensus) <= MAX_DAYS_APART else day
        groups.setdefault(key, []).append(index)
    return list(groups.values())


def infer_dates(corpus: Corpus, *, options: Options) -> None:
    """Corpus stage: a missing ``published`` becomes the story's date, marked as inferred."""
    by_id = {a.id: a for a in corpus.articles}
    for story in corpus.stories:
        if not story.date:
            continue
        for article_id in story.articles:
            article = by_id.get(article_id)
            if article is not None and not article.published:
                article.published = story.date
                article.published_inferred = True
                _recheck_offices(article, corpus.extractions.get(article.id), options=options)


def _recheck_offices(article: Article, extraction: Extraction | None, *, options: Options) -> None:
    """Offices are checked against the date a sentence speaks about: with the article now dated,
    check again. Only articles with a title + name mention need it (the check parses again)."""
    if extraction is None or not any(m.role for m in extraction.mentions):
        return
    from ..actors.roles import recheck_offices
    from ..nlp import load_nlp

    recheck_offices(article, extraction, nlp=load_nlp(options.spacy_model, tuple(options.actor_files)))
