"""Stated values: the same fact stated with values that cannot both be true in two articles of a story."""

from __future__ import annotations

from parallax.config import Options
from parallax.corpus import Corpus
from parallax.crosscheck import cross_check
from parallax.crosscheck.values import (
    Statement,
    _anchored,
    _closest_rival,
    compatible,
    is_caption,
    rarity,
    read_statements,
    story_disagreements,
)
from parallax.records import Article, Extraction, Story

# Unrelated sentences, so that the words two statements share are rare in the corpus, as in real use.
FILLER = [
    f"Officials in region {i} met on a quiet day to discuss roads, schools and the weather report." for i in range(30)
]


def _disagreements(first: str, second: str) -> list[tuple[str, str]]:
    weigh = rarity([first, second, *FILLER])
    found = story_disagreements({"a": read_statements(first), "b": read_statements(second)}, weigh)
    return [(first[d.first.start : d.first.end], second[d.second.start : d.second.end]) for d in found]


def _one(text: str, kind: str) -> Statement:
    (statement,) = [s for s in read_statements(text) if s.kind == kind]
    return statement


def test_a_title_swapped_for_another_office_of_its_group() -> None:
    first = "Weiner, 46, is married to Huma Abedin, an aide to Secretary of State Hillary Clinton."
    second = "Weiner, 46, is married to Huma Abedin, a longtime aide to Treasury Secretary Hillary Rodham Clinton."
    assert _disagreements(first, second) == [
        ("Secretary of State Hillary Clinton", "Treasury Secretary Hillary Rodham Clinton")
    ]


def test_offices_a_person_may_hold_together_or_held_before_do_not_conflict() -> None:
    assert not [s for s in read_statements("Then-Sen. Bob Etheridge apologized on Monday.") if s.kind == "title"]
    assert [s.unit for s in read_statements("Former Sen. Bob Etheridge apologized.") if s.kind == "title"] == [
        "2 former"
    ]
    assert not [s for s in read_statements("Lt. Gov. Mike Pence defended the law.") if s.value == "Governor"]
    first = "Rep. Nancy Pelosi of California was appointed to an eighth term as House minority leader."
    second = "Speaker Nancy Pelosi of California was appointed to an eighth term as House minority leader."
    assert _disagreements(first, second) == []


def test_a_changed_year_in_the_same_words() -> None:
    first = "Musk founded SpaceX in 2002, with the aim of reducing space transportation costs and reaching Mars."
    second = "Musk founded SpaceX in 1998, with the aim of reducing space transportation costs and reaching Mars."
    assert _disagreements(first, second) == [("2002", "1998")]


def test_hedges_and_rounding_are_ranges() -> None:
    assert compatible(_one("At least 50 people were killed.", "number"), _one("90 people were killed.", "number"))
    assert compatible(_one("It cost about 60 dollars.", "number"), _one("It cost 70 dollars.", "number"))
    assert compatible(_one("a $1.2 billion deal", "number"), _one("a $1,234 million deal", "number"))
    assert not compatible(_one("a $1.2 billion deal", "number"), _one("a $2.7 billion deal", "number"))
    # ranges that only touch: "about 40,000" reaches up to 48,000, "about 60,000" down to 48,000
    assert not compatible(_one("He repaid about $40,000.", "number"), _one("He repaid about $60,000.", "number"))
    assert not compatible(_one("It has nearly 1,000 troops.", "number"), _one("It has nearly 2,000 troops.", "number"))
    assert _one("McCarthy's district is roughly 35 percent Latino.", "number").unit == "percent"
    assert _one("Aside from Indiana, 15 other states have introduced legislation.", "number").unit == "state"


def test_figures_of_two_times_do_not_conflict() -> None:
    """Another value of the sentences differs too: the price at another hour, not a misreport."""
    first = "Qualcomm shares fell 4.3 percent to $63.20 in New York trading on doubts about the deal."
    second = "Qualcomm shares fell 1.5 percent to $65.09 in New York trading on doubts about the deal."
    assert _disagreements(first, second) == []


def test_a_changed_figure_in_the_same_words() -> None:
    first = "American pledged to train all 120,000 employees to counteract implicit bias in hiring and promotion."
    second = "American pledged to train all 300,000 employees to counteract implicit bias in hiring and promotion."
    assert _disagreements(first, second) == [("120,000", "300,000")]


def test_an_article_stating_both_values_counts_two_things() -> None:
    first = "The rescue team found the boy who fell into a dried well in Baoding on November 6, then on November 1."
    second = "The rescue team are trying to save a boy who fell into a dried well in Baoding on November 1."
    assert _disagreements(first, second) == []


def test_quotations_and_captions_are_never_a_side() -> None:
    assert not read_statements('"We lost 59 people," the mayor said.')
    assert not [s for s in read_statements("Photo: the launch pad on Wednesday, Feb. 11, 2015 (AFP)") if s.kind]


def test_weekdays_of_one_statement_conflict_within_a_week(options: Options) -> None:
    texts = {
        "a": "The bright streak Tuesday evening was seen in parts of New England, including southern Maine.",
        "b": "The bright streak Sunday evening was seen in parts of New England, including southern Maine.",
    }
    corpus = Corpus.of(
        (Article(id=i, text=t, published="2017-02-07", source=f"outlet-{i}"), Extraction(article=i))
        for i, t in [*texts.items(), *((f"f{n}", f) for n, f in enumerate(FILLER))]
    )
    corpus.stories = [Story(id="s", articles=["a", "b"])]
    cross_check(corpus, options=options)
    (conflict,) = [c for c in corpus.conflicts if not c.related]
    assert conflict.kind == "date" and conflict.story == "s"
    assert sorted(side.text for side in conflict.sides) == sorted(texts.values())
    corpus.articles[1].published = "2017-03-07"  # a month apart: "Sunday" may be another week's
    cross_check(corpus, options=options)
    assert not [c for c in corpus.conflicts if not c.related]


def test_two_facts_of_one_subject_are_no_conflict() -> None:
    # what each year is of differs: decommissioned in 2013, launched in 2011
    first = "The Tiangong-1 space lab was originally decommissioned in 2013 but its reentry was repeatedly delayed."
    second = "Launched in 2011, the Tiangong-1 space lab served as China's first crewed station until reentry."
    assert _disagreements(first, second) == []
    # the same fact misstated is still found: both years are of the launch of the lab
    changed = "The Tiangong-1 space lab was launched in 2014 and served as China's first crewed station."
    assert _disagreements(changed, second) == [("2014", "2011")]


def test_an_embedded_post_is_never_a_side() -> None:
    post = "Falcon Heavy remains go for launch on Tuesday — Elon Musk (@elonmusk) February 5, 2018"
    assert not [s for s in read_statements(post) if s.kind in {"date", "weekday"}]


def test_one_end_of_two_spans_of_years_sharing_the_other() -> None:
    first = "Huckabee was the longest-serving Arkansas governor, from 1996 to 2007, after Bill Clinton."
    second = "Huckabee was Arkansas governor from 1996 to 2004, serving after Bill Clinton, who is also from Hope."
    assert _disagreements(first, second) == [("2007", "2004")]


def test_years_of_two_relations_are_two_facts() -> None:
    first = "Musk unveiled the Falcon Heavy rocket in 2011, and proclaimed it would soon be ready."
    second = "SpaceX said it had delayed the launch of its giant Falcon Heavy rocket until 2018."
    assert _disagreements(first, second) == []


def test_a_reporting_verb_does_not_say_what_a_day_is_of() -> None:
    lost = _one("The builder of the AngoSat satellite on Wednesday confirmed the loss of contact with it.", "weekday")
    regained = _one("Russia's space corporation confirmed on Friday that engineers had regained contact.", "weekday")
    assert "confir" in lost.near & regained.near  # "confirmed" is around both days ...
    assert not _anchored(lost, regained)  # ... and says only when something was said


def test_the_edge_of_a_day_is_the_next_day_elsewhere() -> None:
    late = _one(
        "The change was revealed in a filing with the Securities and Exchange Commission early on Friday.", "weekday"
    )
    plain = _one(
        "It disclosed the change in filings with the Securities and Exchange Commission on Thursday.", "weekday"
    )
    other = _one(
        "It disclosed the change in filings with the Securities and Exchange Commission on Tuesday.", "weekday"
    )
    assert late.edge and compatible(late, plain) and not compatible(late, other)


def test_a_figure_at_a_clock_time_is_not_the_days_figure() -> None:
    first = "Qualcomm shares fell 6.6% on doubts about the NXP deal, traders in New York said."
    second = "Qualcomm shares fell 1.5 percent at 9:34 a.m. on doubts about the NXP deal, traders in New York said."
    assert _disagreements(first, second) == []


def test_a_supposition_states_no_value() -> None:
    text = "Finance and insurance companies would have paid an effective corporate tax rate of 26.1 percent."
    assert not [s for s in read_statements(text) if s.kind == "number"]
    nested = "Broadcom would withdraw its offer if Qualcomm moved its annual shareholder meeting from March 6."
    assert [s.value for s in read_statements(nested) if s.kind == "date"] == [(3, 6, 0)]


def test_captions_are_lines_that_name_a_photo_in_their_own_words() -> None:
    assert is_caption("North Korea's missile launch is seen from Dandong on Feb. 7. (Reuters)")
    assert not is_caption("The trade deal has splintered Obama from rank-and-file Democrats since Tuesday.")
    assert not is_caption("Prosecutors plan to file criminal charges against the congressman, his lawyer said Friday.")
    assert not is_caption("Griffin apologized on Thursday night. “I'm just now seeing the reaction to these images.”")
    assert is_caption("In this 1984 photograph, NASA astronaut Bruce McCandless floats free of the shuttle.")
    assert is_caption("13/30 Large Magellanic Cloud galaxy seen in infrared light by the Herschel Space Observatory.")
    # body text that names a picture is not a caption: its values are the article's
    assert not is_caption("Kim Jong-un signed the order on Saturday and KCTV disclosed photos of his signature.")
    assert not is_caption("Kathy Griffin admitted Tuesday she went too far on her latest photo shoot.")


def test_congressional_leaders_are_one_group_of_offices() -> None:
    first = "House Majority Leader Eric Cantor was beaten Tuesday night by a political novice in Virginia."
    second = "Senate Majority Leader Eric Cantor was beaten Tuesday night by a political novice in Virginia."
    assert _disagreements(first, second) == [
        ("House Majority Leader Eric Cantor", "Senate Majority Leader Eric Cantor")
    ]


def test_weekdays_that_are_each_articles_own_news_day_do_not_conflict(options: Options) -> None:
    texts = {  # published on a Sunday and on the Monday after: each tells the step of its own day
        "a": ("The aide had to apologize Saturday for a Facebook post about the first daughters.", "2014-11-30"),
        "b": ("The aide resigned Monday over a Facebook post about the first daughters.", "2014-12-01"),
    }
    corpus = Corpus.of(
        (Article(id=i, text=t, published=p, source=f"outlet-{i}"), Extraction(article=i))
        for i, (t, p) in [*texts.items(), *((f"f{n}", (f, "2014-11-01")) for n, f in enumerate(FILLER))]
    )
    corpus.stories = [Story(id="s", articles=["a", "b"])]
    cross_check(corpus, options=options)
    assert not [c for c in corpus.conflicts if not c.related]


def _stated_pairs(texts: dict[str, tuple[str, str]], options: Options) -> list[tuple[str, ...]]:
    corpus = Corpus.of(
        (Article(id=i, text=t, published="2010-02-21", source=source), Extraction(article=i))
        for i, (t, source) in [*texts.items(), *((f"f{n}", (f, f"outlet-{n}")) for n, f in enumerate(FILLER))]
    )
    corpus.stories = [Story(id="s", articles=list(texts))]
    cross_check(corpus, options=options)
    return [tuple(sorted(side.article for side in c.sides)) for c in corpus.conflicts if not c.related]


def test_one_event_told_in_other_words_on_two_days_conflicts_across_outlets(options: Options) -> None:
    first = "Glenn Beck closed a three-day conservative conference on Wednesday by demanding that Republicans reform."
    second = "Glenn Beck, closing a three-day conservative conference, ripped the roof off a Washington hotel Saturday."
    assert _stated_pairs({"a": (first, "HuffPost"), "b": (second, "NYT")}, options) == [("a", "b")]
    assert _stated_pairs({"a": (first, "HuffPost"), "b": (second, "HuffPost")}, options) == []


def test_a_date_bound_is_not_a_day() -> None:
    first = "The Isfahan complex was attacked and damaged before June 21, agency director Rafael Grossi said."
    second = "The Isfahan complex was attacked and damaged on June 16, agency director Rafael Grossi said."
    assert _disagreements(first, second) == []
    assert _disagreements(first.replace("before", "on"), second) == [("June 21", "June 16")]


def test_an_increment_is_not_a_total() -> None:
    first = "USAID said the United States has pledged an additional $21 million in humanitarian assistance for Gaza."
    second = "Biden also pledged $100 million in United States humanitarian assistance for Gaza and the West Bank."
    assert _disagreements(first, second) == []


def test_figures_of_reports_months_apart_are_of_two_times(options: Options) -> None:
    texts = {
        "a": ("Trump said he will also impose a 10% tariff on goods from China and Mexico.", "2025-01-31"),
        "b": ("Trump said he will also impose a 50% tariff on goods from China and Mexico.", "2025-04-08"),
    }

    def conflicts(second_published: str) -> list[str]:
        corpus = Corpus.of(
            (Article(id=i, text=t, published=p if i != "b" else second_published, source=i), Extraction(article=i))
            for i, (t, p) in [*texts.items(), *((f"f{n}", (f, "2025-01-01")) for n, f in enumerate(FILLER))]
        )
        corpus.stories = [Story(id="s", articles=["a", "b"])]
        cross_check(corpus, options=options)
        return [c.kind for c in corpus.conflicts if not c.related]

    assert conflicts("2025-02-01") == ["number"]
    assert conflicts("2025-04-08") == []


def test_a_single_quoted_quotation_is_its_speakers_statement() -> None:
    text = "The coach retired as the NFL's 'Black Monday' claimed the jobs of several of his counterparts."
    assert not [s for s in read_statements(text) if s.kind == "weekday"]
    said = "Trump said he would 'strongly consider' signing it, the aide said on Tuesday."
    assert [s.value for s in read_statements(said) if s.kind == "weekday"] == [1]
    apostrophes = "The players' union met the owners' lawyers on Tuesday."
    assert [s.value for s in read_statements(apostrophes) if s.kind == "weekday"] == [1]


def test_a_neighbouring_day_backs_an_evening_only_when_of_the_same_act() -> None:
    first = (
        "BuzzFeed published the story on Monday, citing two law enforcement officials involved in the case. "
        "Trump himself said Friday evening that the controversy was a sad day for journalism."
    )
    second = "Citing two federal law enforcement officials, BuzzFeed's Thursday night report claimed Cohen lied."
    assert _disagreements(first, second) == [("Monday", "Thursday")]
    same_act = first.replace(
        "Trump himself said Friday evening that the controversy was a sad day for journalism.",
        "BuzzFeed's Friday evening report claimed Cohen lied, citing officials.",
    )
    assert _disagreements(same_act, second) == []


def test_an_odd_value_is_compared_with_its_closest_comparable_statement(options: Options) -> None:
    texts = {  # "b", a month later, shares more words with "a" but tells a later time; "c" is of a's week
        "a": ("Trump said he will impose a 10% tariff on steel from China and Mexico, aides said.", "2025-01-31"),
        "b": ("Trump said he will impose a 25% tariff on steel from China and Mexico, aides said.", "2025-04-08"),
        "c": ("The president will impose a 25% tariff on steel from China, aides said.", "2025-02-01"),
    }
    corpus = Corpus.of(
        (Article(id=i, text=t, published=p, source=i), Extraction(article=i))
        for i, (t, p) in [*texts.items(), *((f"f{n}", (f, "2025-01-01")) for n, f in enumerate(FILLER))]
    )
    corpus.stories = [Story(id="s", articles=list(texts))]
    cross_check(corpus, options=options)
    (conflict,) = [c for c in corpus.conflicts if not c.related]
    assert sorted(side.article for side in conflict.sides) == ["a", "c"]


def test_undated_reports_or_reports_months_apart_state_no_conflict(options: Options) -> None:
    texts = {
        "a": "Pyongyang launched the long-range rocket on Sunday from its west coast launch site.",
        "b": "Pyongyang launched the long-range rocket on Wednesday from its west coast launch site.",
    }

    def conflicts(published: dict[str, str | None]) -> int:
        corpus = Corpus.of(
            (Article(id=i, text=t, published=published.get(i), source=i), Extraction(article=i))
            for i, t in [*texts.items(), *((f"f{n}", f) for n, f in enumerate(FILLER))]
        )
        corpus.stories = [Story(id="s", articles=list(texts))]
        cross_check(corpus, options=options)
        return len([c for c in corpus.conflicts if not c.related])

    assert conflicts({"a": "2016-02-08", "b": "2016-02-08"}) == 1
    assert conflicts({"a": "2016-02-08"}) == 0  # two launches of a kind, or one: nothing tells which


def test_a_former_office_is_compared_only_with_former_offices() -> None:
    (former,) = [
        s for s in read_statements("backing from former Texas Rep. Beto O'Rourke on Friday") if s.kind == "title"
    ]
    assert former.value == "Representative" and former.unit.endswith("former")
    first = "Former Sen. Beto O'Rourke campaigned in South Carolina on Friday night, telling reporters about Mueller."
    second = "Former Rep. Beto O'Rourke campaigned in South Carolina on Friday night, telling reporters about Mueller."
    assert _disagreements(first, second) == [("Sen. Beto O'Rourke", "Rep. Beto O'Rourke")]
    third = "Sen. Beto O'Rourke campaigned in South Carolina on Friday night, telling reporters about Mueller."
    assert _disagreements(second, third) == []  # a former representative may be a senator now


def test_the_rival_is_the_statement_of_what_the_value_is_of() -> None:
    """A date whose closest words are around the other's is the rival, before one sharing more words."""
    first = "The White House released emails on talking points about the deadly Sept. 20 attack on the outpost."
    second = (
        "The emails on talking points were released by the White House on Sept. 15, Libyan officials said. "
        "The deadly Sept. 11 attack on the outpost killed four Americans."
    )
    statements = {"a": read_statements(first), "b": read_statements(second)}
    (a,) = statements["a"]
    rival = _closest_rival(a, statements["b"], rarity([first, second, *FILLER]))
    assert rival is not None and second[rival.start : rival.end] == "Sept. 11"


def test_a_tradition_dating_back_to_a_year_starts_then() -> None:
    (year,) = [s for s in read_statements("The game is a D.C. tradition dating back to 1903.") if s.kind == "year"]
    assert year.unit == "start"


def test_values_anchored_one_way_conflict_only_when_the_sentences_share_much() -> None:
    first = "That offer is a 50% premium over Qualcomm stock's closing price on Nov. 2, the Broadcom bid said."
    second = (
        "That would represent a 50 percent premium over the price Qualcomm was trading at on Oct. 2, before "
        "news of the approach broke, Broadcom said."
    )
    assert _disagreements(first, second) == [("Nov. 2", "Oct. 2")]
    assert _disagreements("Qualcomm closed on Nov. 2.", "Qualcomm was trading on Oct. 2.") == []
