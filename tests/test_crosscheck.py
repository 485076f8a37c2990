"""Cross-checking: conflicts with both sides' evidence, related figures, corroboration and independence."""

from __future__ import annotations

import pytest

from parallax.config import Options
from parallax.corpus import Corpus, run_corpus_stages
from parallax.crosscheck import corroborate, cross_check
from parallax.crosscheck.facts import find_facts
from parallax.crosscheck.numbers import claim_range, number_conflicts
from parallax.records import Article, Claim, Conflict, Evidence, Extraction, Quote, Story


@pytest.fixture(scope="module")
def summit(analysed: dict[str, tuple[Article, Extraction]], options: Options) -> tuple[Corpus, dict[str, str]]:
    """The five samples through every corpus stage; and article id -> "000" ... "004"."""
    corpus = Corpus.of(
        (Article(**{**vars(a), "removals": list(a.removals)}), Extraction(**vars(e))) for a, e in analysed.values()
    )
    run_corpus_stages(corpus, options=options)
    return corpus, {a.id: (a.input_id or "")[:3] for a in corpus.articles}


def _find(corpus: Corpus, kind: str, text: str) -> Conflict:
    return next(c for c in corpus.conflicts if c.kind == kind and any(text in s.text for s in c.sides))


def test_founding_year_conflict(summit: tuple[Corpus, dict[str, str]]) -> None:
    corpus, label = summit
    conflict = _find(corpus, "date", "founding of North Korea in 1945")
    sides = {(label[s.article], s.text) for s in conflict.sides}
    assert ("001", "founding of North Korea in 1945") in sides
    assert {"000", "004"} <= {label[s.article] for s in conflict.sides if "1948" in s.text}
    assert "North Korea" in conflict.explanation and "1945" in conflict.explanation and "1948" in conflict.explanation
    for side in conflict.sides:
        article = corpus.article(side.article)
        assert article is not None and article.text[side.start : side.end] == side.text


def test_first_visit_conflict(summit: tuple[Corpus, dict[str, str]]) -> None:
    corpus, label = summit
    conflict = _find(corpus, "fact", "first since assuming office")
    texts = {(label[s.article], s.text) for s in conflict.sides}
    assert ("001", "first visit to Pyongyang since 2000") in texts
    assert ("003", "first visit to North Korea in 24 years") in texts
    assert "2000" in conflict.explanation


def test_meeting_and_liberation_day_pledge_dates(summit: tuple[Corpus, dict[str, str]]) -> None:
    corpus, label = summit
    conflict = _find(corpus, "date", "Korean Liberation Day")
    assert {label[s.article] for s in conflict.sides} == {"002", "004"}
    assert "2024-06-19" in conflict.explanation and "2024-08-15" in conflict.explanation


def test_few_false_conflicts(summit: tuple[Corpus, dict[str, str]]) -> None:
    corpus, _ = summit
    expected = ("founding of North Korea", "first since assuming office", "Korean Liberation Day")
    own = [c for c in corpus.conflicts if c.kind != "office" and not c.related]
    unexpected = [c for c in own if not any(text in s.text for s in c.sides for text in expected)]
    assert len(unexpected) <= 2, [c.explanation for c in unexpected]


def test_containers_are_related_not_conflicting(summit: tuple[Corpus, dict[str, str]]) -> None:
    corpus, _ = summit
    claims = [c for e in corpus.extractions.values() for c in e.claims if c.unit and "container" in c.unit]
    if len(claims) < 2:
        pytest.skip("the claims extractor did not find both container figures")
    related = [c for c in corpus.conflicts if c.kind == "number" and any("10,000" in s.text for s in c.sides)]
    assert related and all(c.related for c in related)


def _claim(article: str, value: float, *, claimant: str | None = None, hedge: str | None = None) -> Claim:
    text = f"North Korea has sent {value:,.0f} shipping containers of munitions to Russia."
    low = value if hedge == "at least" else None
    return Claim(
        article=article,
        start=0,
        end=len(text),
        text=text,
        subject="North Korea",
        value=value,
        low=low,
        hedge=hedge,
        unit="containers",
        claimant=claimant,
    )


def _corpus(claims: list[Claim]) -> Corpus:
    articles = sorted({c.article for c in claims})
    corpus = Corpus.of(
        (Article(id=a, text="x"), Extraction(article=a, claims=[c for c in claims if c.article == a])) for a in articles
    )
    corpus.stories = [Story(id="s", articles=articles)]
    return corpus


def test_hedged_ranges() -> None:
    assert claim_range(_claim("a", 10_000, hedge="at least")) == (10_000, float("inf"))
    assert claim_range(_claim("a", 10_000)) == (10_000, 10_000)


def test_claim_figures_that_do_not_overlap_are_only_related() -> None:
    """A shared unit and alike sentences do not make two claims one fact: kept as related, never shown."""
    corpus = _corpus([_claim("a", 10_000), _claim("b", 3_000)])
    (conflict,) = number_conflicts(corpus.stories[0], corpus)
    assert conflict.kind == "number" and conflict.related
    assert not number_conflicts(
        corpus.stories[0], _corpus([_claim("a", 10_000, hedge="at least"), _claim("b", 12_000)])
    )


def test_figures_of_different_claimants_are_related() -> None:
    corpus = _corpus(
        [_claim("a", 10_000, claimant="person:shin-won-sik"), _claim("a", 11_000, claimant="US-STATE-DEPT")]
    )
    (conflict,) = number_conflicts(corpus.stories[0], corpus)
    assert conflict.related and "Shin Won-sik" in conflict.explanation


def test_office_findings_are_carried_with_their_story(options: Options) -> None:
    finding = Conflict(id="f1", kind="office", explanation="anachronism", sides=[Evidence("a", 0, 3, "Kim")])
    corpus = Corpus.of([(Article(id="a", text="Kim visited."), Extraction(article="a", findings=[finding]))])
    corpus.stories = [Story(id="s", articles=["a"])]
    cross_check(corpus, options=options)
    assert corpus.conflicts == [finding] and finding.story == "s"


def test_facts_need_a_subject_and_a_value() -> None:
    article = Article(id="a", text="It was his first visit in years. The DPRK was founded in 1948.")
    facts = find_facts(article)
    assert [(f.kind, f.subject, f.value) for f in facts] == [("founded", "PRK", "1948")]


def test_copies_are_not_independent_sources(options: Options) -> None:
    said = "Moscow and Pyongyang will continue to oppose the practice of sanctions strangulation"
    quotes = {
        a: Quote(article=a, start=0, end=len(said), text=said, speaker="person:vladimir-putin", channel="KCNA")
        for a in "abcd"
    }
    sources = {"a": "wire.example", "b": "farm.example", "c": "daily.example", "d": "wire.example"}
    corpus = Corpus.of(
        (Article(id=a, text=said, source=sources[a]), Extraction(article=a, quotes=[quotes[a]])) for a in "abcd"
    )
    corpus.stories = [Story(id="s", articles=list("abcd"))]
    corpus.copies = [{"copy": "b", "original": "a", "containment": 0.95, "kind": "copy", "passages": [[0, len(said)]]}]
    corroborate(corpus, options=options)
    (record,) = corpus.corroboration
    assert record["articles"] == ["a", "b", "c", "d"]
    # the copy counts as its original; the identical wording elsewhere is a reprint of one dispatch
    assert record["publishers"] == ["daily.example", "wire.example"] and record["independent"] == 1
    assert record["attribution"] == "KCNA"


def test_a_pronoun_is_no_founded_subject() -> None:
    text = "It was established in 1948. It was founded in 1987 as an offshoot of the Muslim Brotherhood."
    assert find_facts(Article(id="a", text=text)) == []
