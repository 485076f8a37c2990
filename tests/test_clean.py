"""Cleaning: the five sample articles lose their noise and keep every sentence of their body."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parallax.clean import Cleaned, clean_article, clean_html, clean_text
from parallax.clean.lexicon import load_lexicon
from parallax.cli import app
from parallax.config import Options
from parallax.ingest import read_file
from parallax.records import Article, Rejected

KEPT_KINDS_OF_PROSE = {"duplicate", "bio", "caption", "comment"}  # removals that may be long paragraphs


def _read(examples: Path, prefix: str) -> str:
    return next(examples.glob(f"{prefix}_*.txt")).read_text(encoding="utf8")


def _clean(examples: Path, prefix: str) -> Cleaned:
    raw = _read(examples, prefix)
    first_line = next(line.strip() for line in raw.splitlines() if line.strip())  # as the .txt reader does
    return clean_text(raw, title=first_line)


def _removed(cleaned: Cleaned, kind: str) -> list[str]:
    return [removal.text for removal in cleaned.removals if removal.kind == kind]


@pytest.fixture(scope="module")
def samples(examples: Path) -> dict[str, Cleaned]:
    return {prefix: _clean(examples, prefix) for prefix in ("000", "001", "002", "003", "004")}


NOISE = [
    ("000", "navigation", "Myanmar News | Free Software Download"),
    ("001", "navigation", "Connect with us"),
    ("001", "navigation", "General News"),
    ("001", "byline", "Published"),
    ("001", "byline", "on"),
    ("001", "byline", "By Iyojo Ameh"),
    ("001", "teaser", "See also\u00a0 Global Security at Risk: North Korea’s Troop Deployment to Russia Raises Alarms"),
    ("001", "share", "0Shares"),
    ("002", "advertisement", "---Advertisement---"),
    ("002", "byline", "Published On:"),
    ("002", "navigation", "Follow Us"),
    ("002", "caption", "Diagram: Strategic Alliance Framework"),
    ("002", "teaser", "To read more latest news,\u00a0click here."),
    ("002", "bio", "Adi"),
    ("002", "comment", "Leave a Comment"),
    ("004", "byline", "16 Min Read"),
    ("004", "teaser", "Strengthening Ties\u00a0for more information click on this link"),
    ("004", "share", "Share this Article"),
    ("004", "comment", "1 Comment"),
    ("004", "comment", "Leave a Reply"),
    ("004", "comment", "Your email address will not be published. Required fields are marked *"),
    ("004", "navigation", "Exit mobile version"),
    ("004", "heading", "Historical Context of North Korea-Russia Relatio"),
]


@pytest.mark.parametrize(("prefix", "kind", "line"), NOISE)
def test_noise_is_removed_with_its_kind(samples: dict[str, Cleaned], prefix: str, kind: str, line: str) -> None:
    cleaned = samples[prefix]
    assert line in _removed(cleaned, kind), [(r.kind, r.text[:50]) for r in cleaned.removals]
    assert not re.search(rf"^{re.escape(line)}$", cleaned.text, re.M)


@pytest.mark.parametrize(
    ("prefix", "start"),
    [
        ("002", "Kim Jong-un, leader of North Korea, welcomes"),  # the photo caption and its credit
        ("002", "Hey, I'm the one delivering content"),
        ("004", "Welcome to Bihane News"),
        ("004", "Strengthening Ties: North Korea’s Kim Jong-un and Russia’s:-"),  # a cut-off copy of the title
    ],
)
def test_long_noise_is_removed(samples: dict[str, Cleaned], prefix: str, start: str) -> None:
    cleaned = samples[prefix]
    assert any(r.text.startswith(start) for r in cleaned.removals)
    assert start not in cleaned.text


def _body_paragraphs(raw: str) -> list[str]:
    """Lines of the input that read as article sentences (long, ending like a sentence)."""
    lines = [line.strip(" \u00a0") for line in raw.splitlines()]
    return [line for line in lines if len(line.split()) >= 12 and line.rstrip().endswith((".", "”", '"'))]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_sentence_of_the_body_is_lost(examples: Path, samples: dict[str, Cleaned], prefix: str) -> None:
    cleaned = samples[prefix]
    removed_prose = {r.text for r in cleaned.removals if r.kind in KEPT_KINDS_OF_PROSE}
    stuffing = re.compile(r"Strengthening Ties[\s\u00a0]*")
    text = re.sub(r"\s+", " ", cleaned.text)
    for paragraph in _body_paragraphs(_read(examples, prefix)):
        if paragraph in removed_prose:
            continue
        mended = re.sub(r"\s+", " ", stuffing.sub(" ", paragraph)).replace(", ", ",").replace(",", ", ")
        assert re.sub(r"\s+", " ", mended).strip() in text.replace(", ", ",").replace(",", ", "), paragraph[:80]
    removed_long = [r for r in cleaned.removals if r.kind not in KEPT_KINDS_OF_PROSE and len(r.text.split()) > 25]
    assert not removed_long


def test_the_first_and_last_sentences_are_kept(samples: dict[str, Cleaned]) -> None:
    assert samples["001"].text.startswith(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un have signed"
    )
    assert samples["001"].text.endswith("longer-range strikes using Western weapons on military targets in Russia.")
    assert samples["002"].text.startswith("Kim Jong-un and Vladimir Putin Forge Strategic Alliance\n\nIn a significant")
    assert samples["004"].text.startswith("The relationship between North Korea and Russia has long been")


def test_headings_inside_the_body_stay(samples: dict[str, Cleaned]) -> None:
    assert "\n\nHistoric Meeting in Pyongyang North Korea\n\n" in samples["002"].text
    assert "\n\nStrategic Motivations Behind the Deepening Alliance\n\n" in samples["004"].text
    assert samples["000"].text.startswith("Introduction: A Historic Meeting\n\n")


def test_stuffing_is_cut_and_the_sentences_mended(samples: dict[str, Cleaned]) -> None:
    cleaned = samples["004"]
    assert "Strengthening Ties" not in cleaned.text
    assert "supplied North Korea with weapons, military advisors, and air support" in cleaned.text
    assert "For Russia, deepening its relationship with North Korea" in cleaned.text
    assert "shared adversaries, and a desire to counterbalance" in cleaned.text
    assert not re.search(r"\w,\S", cleaned.text.replace(",000", "")), "a comma glued to the next word"
    assert "  " not in cleaned.text and "\u00a0" not in cleaned.text
    assert len(_removed(cleaned, "stuffing")) >= 8
    assert "stuffing:Strengthening Ties" in cleaned.flags


def test_stuffing_needs_a_repeated_glued_phrase() -> None:
    text = "The talks ended late,Moscow said. Officials met in Pyongyang on Wednesday to sign the treaty."
    assert clean_text(text).text == text


def test_the_repeated_paragraphs_of_004_are_dropped_once(samples: dict[str, Cleaned]) -> None:
    cleaned = samples["004"]
    assert cleaned.text.count("The collapse of the Soviet Union in 1991 marked a turning point") == 1
    assert cleaned.text.count("prioritized its relations with the West and significantly reduced") == 1
    assert cleaned.text.count("In the early 2000s, under President Vladimir Putin, Russia began") == 1
    assert len(_removed(cleaned, "duplicate")) == 3


def test_titles_found_when_the_first_line_is_noise(samples: dict[str, Cleaned]) -> None:
    assert samples["001"].title == "Putin and Kim Jong Un Forge Alliance, Pledge Mutual Support Amidst Global Tensions"
    assert samples["002"].title == "North Korea Visit: Putin Thanks Kim Jong-un for Strong Support on Ukraine – 2024"
    assert samples["003"].title == "Kim Jong Un Pledges Support for Russia as Putin Visits North Korea"
    assert not samples["003"].text.startswith("Kim Jong Un Pledges Support")


def test_clean_article_takes_the_found_headline(examples: Path, options: Options) -> None:
    path = next(examples.glob("001_*.txt"))
    article = next(iter(read_file(path, options=options)))
    assert isinstance(article, Article)
    result = clean_article(article, options=options)
    assert isinstance(result, Article)
    assert result.title and result.title.startswith("Putin and Kim Jong Un Forge Alliance")
    assert result.language == "en" and result.analysed


def _assert_offsets_exact(cleaned: Cleaned) -> None:
    covered = 0
    previous_input = -1
    for clean_start, input_start, length in cleaned.offsets:
        assert (
            cleaned.text[clean_start : clean_start + length] == cleaned.input_text[input_start : input_start + length]
        )
        assert clean_start >= covered and input_start > previous_input
        covered, previous_input = clean_start + length, input_start
    for removal in cleaned.removals:
        assert cleaned.input_text[removal.start : removal.end] == removal.text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offsets_point_back_into_the_input(samples: dict[str, Cleaned], prefix: str) -> None:
    cleaned = samples[prefix]
    _assert_offsets_exact(cleaned)
    mapped = sum(length for _, _, length in cleaned.offsets)
    assert mapped >= 0.97 * len(cleaned.text)  # all but separators, mended joins and normalised spaces


def test_spaces_and_quotes_are_normalised_with_exact_offsets() -> None:
    text = "Seoul said on Monday that  the ``talks\u00a0were over'' and that nothing would change in the near future."
    cleaned = clean_text(text)
    assert (
        cleaned.text
        == "Seoul said on Monday that the “talks were over” and that nothing would change in the near future."
    )
    _assert_offsets_exact(cleaned)


def test_mojibake_is_repaired() -> None:
    cleaned = clean_text("Putinâ€™s visit to Pyongyang was the first since 2000, officials said on Wednesday.")
    assert "Putin’s visit" in cleaned.text and "encoding-repaired" in cleaned.flags


def test_non_english_is_kept_and_flagged(options: Options) -> None:
    raw = (
        "Der russische Präsident Wladimir Putin ist zu einem Besuch in Nordkorea eingetroffen. "
        "Es ist seine erste Reise in das abgeschottete Land seit mehr als zwanzig Jahren, und beide "
        "Seiten wollen ihre Zusammenarbeit vertiefen."
    )
    result = clean_article(Article(id="x", raw=raw, raw_kind="text"), options=options)
    assert isinstance(result, Article)
    assert result.text.startswith("Der russische Präsident")
    assert result.language == "de" and not result.analysed
    assert "non-english:de" in result.flags


PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Putin arrives in Pyongyang | Example News</title>
<meta property="og:title" content="Putin arrives in Pyongyang for rare visit">
<meta name="author" content="Jane Reporter">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-06-19T08:00:00Z">
<link rel="canonical" href="https://news.example.com/world/putin-pyongyang">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Putin arrives in Pyongyang for rare visit</h1>
<p>Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for his first visit to North Korea in 24 years, state media reported.</p>
<p>Kim Jong Un greeted him at the airport, and the two leaders were expected to sign a partnership agreement covering security and trade.</p>
<p>Washington and Seoul have accused Pyongyang of supplying Moscow with artillery shells and missiles for its war in Ukraine, which both deny.</p>
<p>Putin thanked North Korea for its support in an article published by the ruling party newspaper before his arrival.</p>
<p>Sign up for our newsletter to get the day's top headlines in your inbox.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>"""


def test_html_main_text_and_metadata() -> None:
    cleaned = clean_html(PAGE, url="https://news.example.com/world/putin-pyongyang?utm=x")
    assert cleaned.text.startswith("Russian President Vladimir Putin arrived in Pyongyang")
    assert "Putin thanked North Korea for its support" in cleaned.text
    assert "newsletter" not in cleaned.text and "Home" not in cleaned.text
    assert cleaned.title == "Putin arrives in Pyongyang for rare visit"
    assert cleaned.author == "Jane Reporter"
    assert cleaned.site == "Example News"
    assert cleaned.published == "2024-06-19"
    assert cleaned.url == "https://news.example.com/world/putin-pyongyang"
    assert cleaned.language == "en"
    assert any(r.kind == "teaser" and "newsletter" in r.text for r in cleaned.removals)
    _assert_offsets_exact(cleaned)


def test_the_lexicon_is_well_formed() -> None:
    lexicon = load_lexicon()
    assert {kind for kind, *_ in lexicon.kinds} >= {"navigation", "byline", "teaser", "advertisement", "caption"}
    assert lexicon.kind_of("Share this Article") == "share"
    assert lexicon.kind_of("Russia and North Korea signed a pact on Wednesday.") is None


def test_cli_show_removed(examples: Path) -> None:
    result = CliRunner().invoke(app, ["clean", "--show-removed", str(next(examples.glob("004_*.txt")))])
    assert result.exit_code == 0, result.output
    assert "[stuffing]" in result.output and "[duplicate]" in result.output and "[comment]" in result.output


WEB_PAGE_TEXT = """Home
World
Politics
Business
Sign in
Putin arrives in Pyongyang for rare visit
By Jane Reporter
June 19, 2024 08:00 AM
Share
Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for his first visit to North Korea in 24 years, state media reported.
Kim Jong Un greeted him at the airport, and the two leaders were expected to sign a partnership agreement covering security and trade.
Washington and Seoul have accused Pyongyang of supplying Moscow with artillery shells and missiles for its war in Ukraine, which both deny.
Putin thanked North Korea for its support in an article published by the ruling party newspaper before his arrival.
Related Articles
Kim inspects new missile launchers
Seoul protests over balloons
Japan and South Korea hold talks
3 Comments
reader123 says:
June 19, 2024 at 9:14 am
This visit will change nothing at all for the people of either country, whatever the papers say.
Reply
Privacy Policy
Terms of Use
This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish."""


def test_a_web_page_s_visible_text_keeps_only_the_article() -> None:
    cleaned = clean_text(WEB_PAGE_TEXT)
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0].startswith("Russian President Vladimir Putin arrived")
    assert paragraphs[-1].startswith("Putin thanked North Korea")
    assert len(paragraphs) == 4
    assert cleaned.title == "Putin arrives in Pyongyang for rare visit"
    kinds = {r.text: r.kind for r in cleaned.removals}
    assert kinds["reader123 says:"] == "comment"
    assert kinds["By Jane Reporter"] == "byline"
    assert kinds["Home"] == "navigation"
    assert kinds["Kim inspects new missile launchers"] == "teaser"
    assert kinds[WEB_PAGE_TEXT.splitlines()[-1]] == "consent"
    _assert_offsets_exact(cleaned)


def test_a_text_without_paragraphs_is_kept() -> None:
    assert clean_text("Putin lands in Pyongyang\nKim greets him").text == "Putin lands in Pyongyang\n\nKim greets him"


def test_hover_cards_are_not_part_of_the_text() -> None:
    page = PAGE.replace(
        "arrived in Pyongyang",
        'arrived in <span class="rollover-people"><a href="/p">Pyongyang</a><span class="rollover-people-block">'
        "<a>Pyongyang city</a><a>Latest: Kim inspects missile launchers</a></span></span>",
    )
    cleaned = clean_html(page)
    assert "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday" in cleaned.text
    assert "Latest: Kim inspects" not in cleaned.text


def test_a_one_sentence_english_article_is_analysed(options: Options) -> None:
    for raw in (
        "Kim Jong Un met Vladimir Putin in Pyongyang today.",
        "Kim Jong Un hosted Vladimir Putin in Pyongyang on Wednesday.",
        "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.",
    ):
        result = clean_article(Article(id="x", raw=raw, raw_kind="text"), options=options)
        assert isinstance(result, Article) and result.analysed, (raw, result)


@pytest.mark.parametrize(
    "page",
    [
        "Sorry, this zipcode is not in our deliverable area for this subscription service.\n"
        "Re-enter zip code or sign up for digital access.\nGet digital access",
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
        "We use cookies to improve your experience. By continuing you accept our privacy policy.\nAccept all cookies",
        "We will use the details you have shared to manage your newsletter subscription. You agree to the "
        "processing, storage, sharing and use of this information for the purpose of managing your subscription "
        "as described in our Privacy Policy.\n\nIf you wish to object to the use of your data in this way, "
        "please tick here.",
        "External links are provided for reference purposes. The site is not responsible for the content "
        "of external Internet sites.\nCopyright © 2018 Example News Network",
    ],
)
def test_a_page_that_is_only_a_notice_is_no_article(page: str, options: Options) -> None:
    result = clean_article(Article(id="x", raw=page, raw_kind="text"), options=options)
    assert isinstance(result, Rejected) and result.not_article, result
    assert "notice" in result.reason or "no article text" in result.reason


def test_a_short_wire_story_with_a_notice_is_kept(options: Options) -> None:
    raw = (
        "NEW YORK — Goldman Sachs, citing the recent tax overhaul, expects to take a $5 billion hit to profits.\n"
        "Copyright 2017 The Associated Press. All rights reserved."
    )
    result = clean_article(Article(id="x", raw=raw, raw_kind="text"), options=options)
    assert isinstance(result, Article) and result.text.startswith("NEW YORK — Goldman Sachs")


@pytest.mark.parametrize(
    "raw",
    [
        "Hungary has said it will support a U.N. Security Council resolution that aims to tighten sanctions "
        "and impose a naval blockade against neighboring Serbia.",
        "The Israeli army lifted a day-old blockade on Palestinian lorries at the crossing, officials told AFP.",
        "The ministry denied the report, according to Reuters.",
    ],
)
def test_a_one_sentence_news_report_is_no_notice_nor_caption(raw: str, options: Options) -> None:
    result = clean_article(Article(id="x", raw=raw, raw_kind="text"), options=options)
    assert isinstance(result, Article) and result.text == raw, result


def test_a_credit_after_punctuation_or_a_name_is_still_a_caption() -> None:
    lexicon = load_lexicon()
    assert lexicon.kind_of("Protesters march in Paris. Ludovic Marin/AFP via Getty Images") == "caption"
    assert lexicon.kind_of("Image copyright Getty Images") == "caption"
    assert lexicon.kind_of("Officials met on Monday, a source told Reuters.") is None
