"""Dates: a table of real news expressions with their normalisation, and the samples' timexes."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from parallax.records import Article, Extraction
from parallax.timex import find_timexes, infer_date, normalise
from tests.conftest import sample

JUNE_19 = date(2024, 6, 19)  # a Wednesday: the day of the Pyongyang summit
AUG_15 = date(2024, 8, 15)  # a Thursday
JAN_5 = date(2025, 1, 5)  # a Sunday

# (expression as written in a news sentence, anchor, expected value, expected precision);
# value None: not a date (durations, vague spans).
CASES = [
    ("during a meeting with Russian President Vladimir Putin on Wednesday", JUNE_19, "2024-06-19", "day"),
    ("The State Department said Tuesday", JUNE_19, "2024-06-18", "day"),
    ("told Bloomberg last week", JUNE_19, "2024-06-10/2024-06-16", "week"),
    ("but in March vetoed a Security Council vote", JUNE_19, "2024-03", "month"),
    ("A 2018 military agreement between the two Koreas collapsed last year", JUNE_19, "2023", "year"),
    ("just six days after they signed a 10-year security agreement", JUNE_19, "2024-06-13", "day"),
    ("his first visit to North Korea in 24 years", JUNE_19, None, None),
    ("On Korean Liberation Day", AUG_15, "2024-08-15", "day"),
    ("Pledge Deeper Cooperation on Korean Liberation Day 2024", None, "2024-08-15", "day"),
    ("On June 19, 2024, Kim Jong-un hosted Vladimir Putin", None, "2024-06-19", "day"),
    ("Since beginning his fifth term in office this year", JUNE_19, "2024", "year"),
    ("Putin's first visit to Pyongyang since 2000", JUNE_19, "2000", "year"),
    ("the Russian invasion of Ukraine in 2022", JUNE_19, "2022", "year"),
    ("after denuclearization talks fell apart in 2019", JUNE_19, "2019", "year"),
    ("During the Korean War (1950-1953)", None, "1950-01-01/1953-12-31", "interval"),
    ("In the early 2000s, under President Vladimir Putin", None, "2000-01-01/2003-12-31", "interval"),
    ("a period of famine and hardship in the 1990s", None, "1990-01-01/1999-12-31", "interval"),
    ("The Sino-Soviet split in the 1960s", None, "1960-01-01/1969-12-31", "interval"),
    ("That is a giant reversal from 10 to 20 years ago", JUNE_19, "2004", "year"),
    ("The comprehensive partnership agreement signed today", JUNE_19, "2024-06-19", "day"),
    ("The White House said yesterday", JUNE_19, "2024-06-18", "day"),
    ("will travel to Hanoi tomorrow", JUNE_19, "2024-06-20", "day"),
    ("the leaders met on Monday", JUNE_19, "2024-06-17", "day"),
    ("The talks resumed last Friday", JUNE_19, "2024-06-14", "day"),
    ("will meet again next Tuesday", JUNE_19, "2024-06-25", "day"),
    ("on Sunday night, troops crossed the border", JUNE_19, "2024-06-16", "day"),
    ("earlier this month", JUNE_19, "2024-06", "month"),
    ("Shoigu was replaced last month", JUNE_19, "2024-05", "month"),
    ("the summit planned for next month", JUNE_19, "2024-07", "month"),
    ("elections expected next year", JUNE_19, "2025", "year"),
    ("The ceasefire collapsed three days ago", JUNE_19, "2024-06-16", "day"),
    ("two weeks ago, the ministers met in Brussels", JUNE_19, "2024-06-03/2024-06-09", "week"),
    ("six months ago", JUNE_19, "2023-12", "month"),
    ("a deal reached five years ago", JUNE_19, "2019", "year"),
    ("at the NATO summit in July", JUNE_19, "2024-07", "month"),
    ("Belousov was appointed in May 2024", None, "2024-05", "month"),
    ("on May 14, 2024", None, "2024-05-14", "day"),
    ("on 15 August 1945", None, "1945-08-15", "day"),
    ("Liberation Day of Korea, August 15", JUNE_19, "2024-08-15", "day"),
    ("by December 31", JUNE_19, "2024-12-31", "day"),
    ("on Dec. 10, 2008", None, "2008-12-10", "day"),
    ("on Oct. 10, 2002", None, "2002-10-10", "day"),
    ("Published: November 10, 2011", None, "2011-11-10", "day"),
    ("11 November 2011", None, "2011-11-11", "day"),
    ("Monday 16 September 2013", None, "2013-09-16", "day"),
    ("in September 2023", None, "2023-09", "month"),
    ("in early June", JUNE_19, "2024-06-01/2024-06-10", "interval"),
    ("by late July", JUNE_19, "2024-07-21/2024-07-31", "interval"),
    ("in mid-April", JUNE_19, "2024-04-11/2024-04-20", "interval"),
    ("In December, the Kremlin said", JUNE_19, "2023-12", "month"),
    ("in December, the Kremlin said", JAN_5, "2024-12", "month"),
    ("on December 28", JAN_5, "2024-12-28", "day"),
    ("on January 2", JAN_5, "2025-01-02", "day"),
    ("this summer", JUNE_19, "2024-06-01/2024-08-31", "interval"),
    ("last winter", JUNE_19, "2023-12-01/2024-02-29", "interval"),
    ("last weekend", JUNE_19, "2024-06-15/2024-06-16", "interval"),
    ("this week", JUNE_19, "2024-06-17/2024-06-23", "week"),
    ("next week", JUNE_19, "2024-06-24/2024-06-30", "week"),
    ("On Christmas Day", JUNE_19, "2023-12-25", "day"),
    ("on Victory Day", JUNE_19, "2024-05-09", "day"),
    ("on Independence Day, July 4th", JUNE_19, "2024-07-04", "day"),
    ("the 2024-06-19 summit", None, "2024-06-19", "day"),
    ("in the 20th century", None, "1900-01-01/1999-12-31", "interval"),  # as news uses it
    ("for decades", JUNE_19, None, None),
    ("over the past two decades", JUNE_19, None, None),
    ("for more than four years", JUNE_19, None, None),
    ("in recent months", JUNE_19, None, None),
    ("in 24 years", JUNE_19, None, None),
    ("on Wednesday", None, None, None),
]


@pytest.mark.parametrize(("text", "anchor", "value", "precision"), CASES, ids=[c[0][:40] for c in CASES])
def test_normalise_news_expressions(
    text: str, anchor: date | None, value: str | None, precision: str | None, nlp: Language
) -> None:
    """Each expression, found in its sentence by the finder, normalises as a careful reader would."""
    doc = nlp.make_doc(text)
    doc._.published = anchor.isoformat() if anchor else None
    found = [t for t in find_timexes(doc) if t.value]
    if value is None:
        assert found == [] or all(normalise(t.text, anchor=anchor) is None for t in found), found
        return
    assert (found[-1].value, found[-1].precision) == (value, precision), found


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 60


def test_normalise_is_pure_and_keeps_durations_out() -> None:
    assert normalise("in 24 years", anchor=JUNE_19) is None
    assert normalise("on Wednesday", anchor=None) is None  # no anchor: relative dates stay open
    assert normalise("June 19, 2024", anchor=None) == ("2024-06-19", "day")
    assert normalise("on Friday", anchor=JUNE_19, future=True) == ("2024-06-21", "day")
    assert normalise("on Friday", anchor=JUNE_19) == ("2024-06-14", "day")


def test_infer_date_from_content(examples: object) -> None:
    assert infer_date("Historic Meeting\n\nOn June 19, 2024, Kim Jong-un hosted Vladimir Putin.") == (
        "2024-06-19",
        "day",
    )
    assert infer_date("Putin visited Pyongyang on Wednesday.") is None


def test_undated_samples_get_an_inferred_date(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    article, _ = sample(analysed, "002")
    assert (article.published, article.published_inferred) == ("2024-06-19", True)
    article, extraction = sample(analysed, "004")
    assert (article.published, article.published_inferred) == ("2024-08-15", True)
    values = {t.text: t.value for t in extraction.timexes}
    assert values["Korean Liberation Day"] == "2024-08-15"
    assert values["the early 2000s"] == "2000-01-01/2003-12-31"


def test_sample_timexes_against_the_summit_date(nlp: Language, examples: object) -> None:
    """001 read as published on the summit day: "last week", "Tuesday", "six days after"; no duration."""
    from pathlib import Path

    text = next(Path(str(examples)).glob("001_*.txt")).read_text(encoding="utf8")
    doc = nlp.make_doc(text)
    doc._.published = "2024-06-19"
    found = {(t.text, t.value, t.precision) for t in find_timexes(nlp(doc))}
    assert ("last week", "2024-06-10/2024-06-16", "week") in found
    assert ("Tuesday", "2024-06-18", "day") in found
    assert ("six days after", "2024-06-13", "day") in found
    assert ("Wednesday", "2024-06-19", "day") in found
    assert all("years" not in text for text, _v, _p in found if text.startswith("10 "))


def _days(nlp: Language, text: str, published: str) -> dict[str, str | None]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value for t in find_timexes(nlp(doc))}


# (sentence as news writes it, publication day, expression, expected day): the clause's tense
# decides the side of the publication day a bare weekday falls on.
WEEKDAYS = [
    # the day of publication itself: "announced Tuesday" in an article of Tuesday 2015-05-05
    (
        "Former Arkansas Gov. Mike Huckabee announced Tuesday he is running for president.",
        "2015-05-05",
        "Tuesday",
        "2015-05-05",
    ),
    (
        "Mr. Netanyahu said Tuesday that he was making the trip because of his upcoming visit.",
        "2015-02-25",
        "Tuesday",
        "2015-02-24",
    ),  # a future word of another clause does not move a past one
    (
        "Another 24.5 inches fell by Tuesday night, bringing the total to more than 62.9 inches.",
        "2017-12-27",
        "Tuesday night",
        "2017-12-26",
    ),
    (
        "His sacking was reported early on Monday, with the team confirming the news.",
        "2018-01-02",
        "Monday",
        "2018-01-01",
    ),
    (
        "French police forces stand next to a truck on Thursday that ran into a crowd.",
        "2016-07-15",
        "Thursday",
        "2016-07-14",
    ),  # "next to" is no future
    (
        "The House will reconvene on Wednesday, when voting is expected to go on.",
        "2023-01-03",
        "Wednesday",
        "2023-01-04",
    ),
    (
        "A rocket more powerful than any other is scheduled to blast off Tuesday for the first time.",
        "2018-02-05",
        "Tuesday",
        "2018-02-06",
    ),
    (
        "The crossing has been expected to open Friday, but road repairs will delay it.",
        "2023-10-19",
        "Friday",
        "2023-10-20",
    ),
    ("The next step to reopening the government could come on Wednesday.", "2025-11-11", "Wednesday", "2025-11-12"),
    # a plan told in the past, or the present without a cue: the nearer side
    (
        "A demonstration in support of those in Gaza was planned for Friday afternoon in Memphis.",
        "2023-10-12",
        "Friday afternoon",
        "2023-10-13",
    ),
    (
        "The temporary pause in fighting had been scheduled to begin Thursday but was delayed.",
        "2023-11-24",
        "Thursday",
        "2023-11-23",
    ),
    (
        "Noting that Tuesday is the deadline for the government to reopen, he spoke.",
        "2019-01-19",
        "Tuesday",
        "2019-01-22",
    ),
    # the small hours of the day after the report's stamp (another time zone), not six days before
    (
        "President Hollande said in a nationally televised address early Friday that the horror had hit France.",
        "2016-07-14",
        "Friday",
        "2016-07-15",
    ),
    # the "am" of a clock time is no verb: the clause is the past "departed"
    (
        "The flight departed Los Angeles at 11:36 am local time on Tuesday and turned around after four hours.",
        "2018-01-07",
        "Tuesday",
        "2018-01-02",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "expected"), WEEKDAYS)
def test_a_weekday_falls_where_its_clause_tense_puts_it(
    nlp: Language, text: str, published: str, expression: str, expected: str
) -> None:
    assert _days(nlp, text, published)[expression] == expected


def test_a_weekday_before_its_date_is_not_a_second_date(nlp: Language) -> None:
    """ "on Thursday, Dec. 4": one expression, the date; the weekday would otherwise fall a week off."""
    found = _days(nlp, "The famed color factory on Thursday, Dec. 4, released its color of the year.", "2025-12-04")
    assert found == {"Dec. 4": "2025-12-04"}
