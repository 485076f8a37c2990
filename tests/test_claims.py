"""Claims: numbers, hedged ranges, units, firsts and claimants in the sample articles."""

from __future__ import annotations

import pytest
from conftest import sample
from spacy.language import Language

from parallax.extract.claims import find_claims
from parallax.records import Article, Claim, Extraction


@pytest.fixture(scope="module")
def report(analysed: dict[str, tuple[Article, Extraction]]) -> list[Claim]:
    return sample(analysed, "001")[1].claims


@pytest.fixture(scope="module")
def wire(analysed: dict[str, tuple[Article, Extraction]]) -> list[Claim]:
    return sample(analysed, "003")[1].claims


def _by_unit(claims: list[Claim], unit: str) -> list[Claim]:
    return [c for c in claims if c.unit and unit in c.unit]


def test_containers_and_shells_from_shin(report: list[Claim]) -> None:
    (containers,) = [c for c in _by_unit(report, "shipping containers")]
    assert containers.low == 10_000 and containers.high is None and containers.hedge == "at least"
    assert containers.claimant and "shin" in containers.claimant.lower()
    (shells,) = _by_unit(report, "artillery shells")
    assert shells.high == 4_800_000 and shells.low is None and shells.hedge == "as many as"


def test_state_department_counts(report: list[Claim]) -> None:
    (missiles,) = _by_unit(report, "ballistic missiles")
    assert missiles.hedge == "dozens of" and missiles.low == 24 and missiles.value is None
    over = [c for c in report if c.low == 11_000]
    assert over and over[0].hedge == "over" and over[0].high is None
    assert missiles.claimant and "state dep" in missiles.claimant.lower().replace("-", " ")


def test_first_visit(report: list[Claim], wire: list[Claim]) -> None:
    assert any(c.hedge == "first" and c.time == "2000" for c in report)
    assert any(c.value == 24 and c.unit == "years" for c in wire)


def test_dated_agreements(report: list[Claim], wire: list[Claim]) -> None:
    collapsed = [c for c in wire if c.subject and "2018 military agreement" in c.subject]
    assert collapsed and collapsed[0].predicate == "collapse" and collapsed[0].time in {"last year", "2023"}
    assert any(c.value == 10 and c.unit == "year" for c in report)
    assert any(c.value == 6 and c.unit == "days" for c in report)


def test_claims_keep_provenance(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    for article, extraction in analysed.values():
        for claim in extraction.claims:
            assert article.text[claim.start : claim.end] == claim.text
            assert claim.status in {"claim", "opinion", "speculation"} and claim.id


def test_speculation_is_marked(nlp: Language) -> None:
    doc = nlp("The deal could bring as many as 5,000 workers to Russia. The plant employs 300 people.")
    speculative, plain = find_claims(doc)
    assert speculative.status == "speculation" and speculative.high == 5000
    assert plain.status == "claim" and plain.value == 300 and plain.unit == "people"


def test_verbless_headline_terminates(nlp: Language) -> None:
    doc = nlp("Over 11,000 containers of munitions\n\nDozens of missiles.")
    claims = find_claims(doc)
    assert [c.low for c in claims] == [11_000, 24]
    assert claims[0].predicate is None and claims[0].unit == "containers"


def test_ages_and_idioms_are_not_claims(nlp: Language) -> None:
    doc = nlp("Her 14-year-old daughter asked why he went there in the first place.")
    assert find_claims(doc) == []
