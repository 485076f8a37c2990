"""Merging event mentions into events (``parallax.stories.events``): one event per real act, whose
parties every mention agrees with."""

from __future__ import annotations

from parallax.config import Options
from parallax.corpus import Corpus
from parallax.records import Article, Event, EventMention, Extraction
from parallax.stories.events import merge_events, same_event


def _mention(text: str, *, date: str | None = None, at: int = 0) -> Event:
    """One event mention as the event coder gives it; the parties are set by the caller."""
    mention = EventMention(article="a1", start=at, end=at + len(text), text=text, trigger=text.split()[1], date=date)
    return Event(id=f"m{at}", type="ASSAULT", date=date, mentions=[mention])


def _with(event: Event, actors: list[str], recipients: list[str], type_: str = "ASSAULT") -> Event:
    event.actors, event.recipients, event.type = actors, recipients, type_
    return event


def _merged(events: list[Event], options: Options) -> list[Event]:
    text = " ".join(m.text for e in events for m in e.mentions)
    article = Article(id="a1", text=text, published="2025-06-20", source="USA Today")
    corpus = Corpus.of([(article, Extraction(article="a1", events=events))])
    merge_events(corpus, options=options)
    return corpus.events


def test_parties_that_only_share_a_member_are_two_events() -> None:
    left = _with(_mention("Britain and the U.S. sent aid to Ukraine."), ["GBR", "USA"], ["UKR"], "AID")
    right = _with(_mention("France and the U.S. sent aid to Ukraine."), ["FRA", "USA"], ["UKR"], "AID")
    assert not same_event(left, right)
    silent = _with(_mention("Hamas' brutal attack on Oct. 7 shocked the world.", date="2023-10-07"), ["PSE"], [])
    named = _with(_mention("Hamas attacked Israel on Oct. 7.", date="2023-10-07"), ["PSE"], ["ISR"])
    assert same_event(named, silent)  # a side one mention leaves out is the other's to tell


def test_two_acts_of_a_kind_by_one_party_need_evidence_they_are_one() -> None:
    pardon = _with(_mention("Trump signed the pardon for his son."), ["USA"], [], "AGREE")
    deal = _with(_mention("Trump said he signed a preliminary TikTok deal."), ["USA"], [], "AGREE")
    assert not same_event(pardon, deal)
    wire = "The president signed an executive order on Tuesday pausing the enforcement of the TikTok ban."
    assert same_event(_with(_mention(wire), ["USA"], [], "AGREE"), _with(_mention(wire), ["USA"], [], "AGREE"))


def test_dates_agree_when_one_lies_within_the_other() -> None:
    def dated(date: str) -> Event:
        return _with(_mention("Hamas attacked Israel.", date=date), ["PSE"], ["ISR"])

    assert same_event(dated("2023-10-07"), dated("2023-10-02/2023-10-08"))
    assert same_event(dated("2023-10"), dated("2023-10-07"))
    assert not same_event(dated("2023-10-07"), dated("2023-10-09"))
    assert not same_event(dated("2023-10-07"), dated("2023-09-25/2023-10-01"))


def test_a_month_or_a_year_is_no_evidence_of_one_act() -> None:
    urged = _with(_mention("On Wednesday Trump urged Americans to be calm.", date="2025-04-09"), ["USA"], [], "REQUEST")
    april = _with(
        _mention("In April, he ordered the military to restore fitness standards.", date="2025-04"), ["USA"], []
    )
    april.type = "REQUEST"
    assert not same_event(urged, april)
    toll = "The Palestinian death toll has reached {}, according to the Health Ministry in Gaza."
    first, later = (_with(_mention(toll.format(n)), ["PSE"], []) for n in ("8,805", "9,061"))
    assert not same_event(first, later)  # worded alike, with other figures: two reports
    law = "then-President Bill Clinton in 1993 signed similar federal legislation into law, as 19 states did."
    mirror = "It simply mirrors federal law that President Bill Clinton signed in 1993."
    signed = [_with(_mention(text, date="1993"), ["USA"], [], "AGREE") for text in (law, mirror)]
    assert same_event(*signed)  # a figure one sentence adds contradicts nothing


def test_a_mention_agrees_with_every_mention_of_the_event(options: Options) -> None:
    day = "2025-06-13"
    first = _with(_mention("Israel launched its attack on nuclear sites on June 13.", date=day, at=0), ["ISR"], [])
    both = _with(_mention("Israel and Iran traded strikes on June 13.", date=day, at=60), ["ISR", "IRN"], [])
    other = _with(_mention("Iran retaliated with ballistic missiles on June 13.", date=day, at=120), ["IRN"], [])
    events = _merged([first, both, other], options)
    [israel] = [e for e in events if any(m.start == 0 for m in e.mentions)]
    assert [m.start for m in israel.mentions] == [0, 60]  # Iran's own strike is no part of it
    assert israel.actors == ["ISR"]  # a country one of two mentions names is voted off
    assert len(events) == 2


def test_acts_of_one_type_on_different_days_stay_apart(options: Options) -> None:
    undated = _with(_mention("Israel's strikes hit a school.", at=0), ["ISR"], ["PSE"])
    monday = _with(_mention("Israel struck Gaza on Monday.", date="2025-06-16", at=40), ["ISR"], ["PSE"])
    friday = _with(_mention("Israel struck Gaza on Friday.", date="2025-06-20", at=80), ["ISR"], ["PSE"])
    events = _merged([undated, monday, friday], options)
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    assert all(len({m.date for m in e.mentions if m.date}) <= 1 for e in events)


def test_an_agreement_of_no_kind_joins_a_treaty_only_with_its_parties(options: Options) -> None:
    treaty = _with(_mention("Hamas and Fatah signed a unity agreement.", at=0), ["PSE"], [], "AGREE")
    treaty.mode = "treaty"
    pledge = _with(_mention("Israel pledged to crush Hamas.", at=50), ["ISR"], ["PSE"], "AGREE")
    assert len(_merged([treaty, pledge], options)) == 2


def test_a_visit_told_both_ways_keeps_its_visitor_and_host(options: Options) -> None:
    day = "2023-02-08"
    visited = _with(_mention("Zelenskyy visited the U.K. on Wednesday.", date=day, at=0), ["UKR"], ["GBR"], "CONSULT")
    visited.mode = "visit"
    both = _with(_mention("Zelenskyy and Sunak traveled to Downing Street.", at=50), ["UKR", "GBR"], [], "CONSULT")
    met = _with(_mention("Zelenskyy met Prime Minister Rishi Sunak.", at=100), ["UKR"], ["GBR"], "CONSULT")
    [visit] = _merged([visited, both, met], options)
    assert (visit.actors, visit.recipients) == (["UKR"], ["GBR"])
