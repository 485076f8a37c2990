"""Source quality: careful reports rank above content farms, every score with its reasons."""

from __future__ import annotations

import pytest

from parallax.config import Options
from parallax.corpus import Corpus, run_corpus_stages
from parallax.crosscheck import profile_sources
from parallax.crosscheck.metrics import conflict_positions
from parallax.crosscheck.quality import MIN_RATE_WORDS, article_metrics, score_article
from parallax.records import Article, Conflict, Evidence, Extraction, Quote, Removal, SourceProfile

CAREFUL = (
    "“We categorically reject the attempts to blame North Korea,” Putin said on Wednesday. "
    "North Korea has sent at least 10,000 shipping containers to Russia, defence minister Shin Won-sik told Bloomberg. "
    "The State Department said on Tuesday that 11,000 containers of munitions had been transferred since June 2023."
)
FARM = (
    "The significance of this meeting cannot be overstated. It underscores the evolving dynamics of the "
    "geopolitical landscape. Moreover, the alliance could potentially reshape the region and might alter the "
    "grand chessboard of global politics. In conclusion, it is a pivotal moment with far-reaching implications."
)


@pytest.fixture(scope="module")
def ranked(analysed: dict[str, tuple[Article, Extraction]], options: Options) -> list[tuple[str, SourceProfile]]:
    corpus = Corpus.of(
        (Article(**{**vars(a), "removals": list(a.removals)}), Extraction(**vars(e))) for a, e in analysed.values()
    )
    run_corpus_stages(corpus, options=options)
    label = {a.id: (a.input_id or "")[:3] for a in corpus.articles}
    articles = [p for p in corpus.profiles if p.kind == "article"]
    return sorted(((label[p.subject], p) for p in articles), key=lambda item: -item[1].score)


def test_careful_and_wire_reports_rank_above_content_farms(ranked: list[tuple[str, SourceProfile]]) -> None:
    order = [label for label, _ in ranked]
    assert set(order[:2]) == {"001", "003"}, [(label, p.score) for label, p in ranked]


def test_scores_come_with_reasons_a_reader_accepts(ranked: list[tuple[str, SourceProfile]]) -> None:
    profiles = dict(ranked)
    assert all(p.reasons for p in profiles.values())
    assert any("checkable details" in r and r.startswith("+") for r in profiles["003"].reasons)
    assert any("filler" in r for r in profiles["000"].reasons)
    farm = " ".join(profiles["004"].reasons)
    assert "stuffing" in farm and "repeated paragraphs" in farm


def test_specificity_and_filler_metrics() -> None:
    careful = article_metrics(Article(id="a", text=CAREFUL), None)
    farm = article_metrics(Article(id="b", text=FARM), None)
    assert careful["quotes_per_100"] > 0 and careful["named_sources_per_100"] > 0 and careful["numbers_per_100"] > 0
    assert farm["specificity"] == 0 and farm["filler_per_100"] > 5 and farm["speculative_share"] > 0.2
    assert score_article(careful)[0] > score_article(farm)[0]


def test_removals_count_against_the_page() -> None:
    stuffing = [Removal("stuffing", 0, 20, "Strengthening Ties"), Removal("duplicate", 20, 220, "x" * 200)]
    article = Article(id="a", text=CAREFUL, input_text=CAREFUL + "x" * 220, removals=stuffing)
    metrics = article_metrics(article, None)
    assert metrics["stuffing"] == 1 and metrics["repeated_paragraphs"] == 1 and metrics["boilerplate_share"] > 0.3
    plain = article_metrics(Article(id="b", text=CAREFUL, input_text=CAREFUL), None)
    assert score_article(metrics)[0] < score_article(plain)[0]


def test_losing_side_of_a_conflict() -> None:
    sides = [
        Evidence("a", 0, 5, "founding in 1945"),
        Evidence("b", 0, 5, "established in 1948"),
        Evidence("c", 0, 5, "in 1948"),
    ]
    assert conflict_positions([Conflict(id="c1", kind="date", explanation="", sides=sides)]) == {"a": 1}
    tie = [Evidence("a", 0, 5, "in 1945"), Evidence("b", 0, 5, "in 1948")]
    assert conflict_positions([Conflict(id="c2", kind="date", explanation="", sides=tie)]) == {}


def test_publisher_profile_is_the_mean_of_its_articles(options: Options) -> None:
    corpus = Corpus.of(
        (Article(id=i, text=text, source="farm.example"), Extraction(article=i))
        for i, text in (("a", FARM), ("b", CAREFUL))
    )
    profile_sources(corpus, options=options)
    publisher = next(p for p in corpus.profiles if p.kind == "publisher")
    articles = [p.score for p in corpus.profiles if p.kind == "article"]
    assert publisher.subject == "farm.example" and publisher.score == pytest.approx(sum(articles) / 2, abs=0.001)
    assert publisher.reasons[0] == "mean of 2 articles"


def test_publisher_from_the_url_when_the_source_is_unnamed() -> None:
    from parallax.crosscheck.quality import publisher_of

    assert publisher_of(Article(id="a", url="https://www.example.com/news/1")) == "example.com"
    assert publisher_of(Article(id="b", source="Yonhap", url="https://en.yna.co.kr/x")) == "Yonhap"
    assert publisher_of(Article(id="c")) is None


def test_a_short_text_is_not_ranked_up_for_being_short() -> None:
    brief = article_metrics(Article(id="a", text="Putin said on Wednesday that 30 ships had left."), None)
    report = article_metrics(Article(id="b", text=" ".join([CAREFUL] * 6)), None)
    assert score_article(brief)[0] < score_article(report)[0]
    reason = next(r for r in score_article(brief)[1] if "checkable details" in r)
    assert f"in a {brief['words']:.0f}-word text" in reason and "numbers 1" in reason  # true of the brief


def test_a_pronoun_names_no_source() -> None:
    metrics = article_metrics(Article(id="a", text="He said the talks would go on. It said nothing more."), None)
    assert metrics["named_sources_per_100"] == 0


def test_only_office_findings_still_shown_cost_points(options: Options) -> None:
    finding = Conflict(id="office:1", kind="office", explanation="", sides=[Evidence("a", 0, 5, "Putin")])
    extraction = Extraction(article="a", findings=[finding])
    corpus = Corpus.of([(Article(id="a", text=CAREFUL), extraction)])
    corpus.conflicts = [finding]
    profile_sources(corpus, options=options)
    assert corpus.profiles[0].metrics["anachronisms"] == 1
    corpus.conflicts = []  # withdrawn (the story's date made the title right)
    profile_sources(corpus, options=options)
    assert corpus.profiles[0].metrics["anachronisms"] == 0
    assert not any("anachronism" in r for r in corpus.profiles[0].reasons)


def test_only_the_writers_own_speculation_and_filler_count() -> None:
    # reported views, quoted modals, a modal used as a noun and the month of May are no speculation
    reported = (
        "Political observers said the congressman will likely hold on to his seat. "
        "“I could do the wall over a longer period of time,” Trump said in a televised speech. "
        "It won't even approach the liftoff might of NASA's space shuttles. "
        "The vote was held on May 5 in the capital. "
        "A Heavy could lift a 737 into orbit, and Biden could barely stay in his seat. "
        "Ryan mounted an unlikely challenge."
    )
    assert article_metrics(Article(id="a", text=reported), None)["speculative_share"] == 0
    own = "The declaration sets up a legal battle, and the project could be tied up for years."
    assert article_metrics(Article(id="b", text=own), None)["speculative_share"] == 1
    # one stock word in a long report is no filler habit
    report = "The carnage underscores worsening insecurity in Afghanistan. " + "Officials counted the dead. " * 150
    assert article_metrics(Article(id="c", text=report), None)["filler_per_100"] == 0


def test_only_named_speakers_are_named_sources() -> None:
    text = "The FBI says the perpetrator had no connections. Sheriff Joseph Lombardo said it was a lone wolf attack."
    speakers = ["an IS-affiliated website", "FBI", "The terrorist group", "person:joseph-lombardo", "authorities"]
    speakers += ["Two unnamed senior US officials", "he", "Eric Paddock"]
    quotes = [Quote(article="a", start=0, end=4, text="x", speaker=s) for s in speakers]
    metrics = article_metrics(Article(id="a", text=text), Extraction(article="a", quotes=quotes))
    assert metrics["named_sources_per_100"] * MIN_RATE_WORDS / 100 == 3  # FBI, Lombardo, Paddock
