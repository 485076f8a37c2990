"""Role check: title + name mentions against the registry's dated tenures."""

from __future__ import annotations

import copy

from spacy.language import Language

from parallax.actors.roles import check_roles, recheck_offices
from parallax.records import Article, Extraction
from parallax.timex import find_timexes
from tests.conftest import sample

SUMMIT = "2024-06-19"  # the date the story gives the undated samples


def _recheck(analysed: dict[str, tuple[Article, Extraction]], prefix: str, nlp: Language) -> list[str]:
    """Office findings of a sample once its story has dated it (as the stories stage does)."""
    article, extraction = copy.deepcopy(sample(analysed, prefix))
    article.published, article.published_inferred = SUMMIT, True
    recheck_offices(article, extraction, nlp=nlp)
    return [f.explanation for f in extraction.findings if f.kind == "office"]


def test_moon_jae_in_is_an_anachronism_in_004(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    article, extraction = sample(analysed, "004")
    findings = [f for f in extraction.findings if f.kind == "office"]
    assert len(findings) == 1, [f.explanation for f in findings]
    finding = findings[0]
    assert "Moon Jae-in" in finding.explanation and "Yoon Suk Yeol" in finding.explanation
    assert "2022-05-09" in finding.explanation  # when his term ended
    side = finding.sides[0]
    assert article.text[side.start : side.end] == side.text == "President Moon Jae-in"


def test_yeltsin_and_early_putin_are_not_anachronisms(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    """004 speaks of 1991 and the early 2000s in those sentences: the titles were right then."""
    _, extraction = sample(analysed, "004")
    assert not any("Yeltsin" in f.explanation or "Putin" in f.explanation for f in extraction.findings)


def test_hayashi_is_an_anachronism_once_000_is_dated(
    analysed: dict[str, tuple[Article, Extraction]], nlp: Language
) -> None:
    _, undated = sample(analysed, "000")
    assert not [f for f in undated.findings if f.kind == "office"]  # no date, no accusation
    findings = _recheck(analysed, "000", nlp)
    assert len(findings) == 1, findings
    assert "Yoshimasa Hayashi" in findings[0] and "Yoko Kamikawa" in findings[0]
    assert "2023-09-13" in findings[0]


def test_june_2024_officials_are_not_reported(analysed: dict[str, tuple[Article, Extraction]], nlp: Language) -> None:
    """Belousov, Lavrov, Manturov (misspelt), Blinken, Stoltenberg (003), Guterres, Blinken (000),
    Shin Won-sik, Biden, Zelensky, Xi (001) held their offices in June 2024."""
    assert _recheck(analysed, "003", nlp) == []
    assert _recheck(analysed, "001", nlp) == []
    assert not any("Guterres" in f or "Blinken" in f for f in _recheck(analysed, "000", nlp))


def _findings(nlp: Language, text: str, published: str = SUMMIT) -> list[str]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    article = Article(id="t", text=text, published=published)
    extraction = Extraction(article="t", timexes=find_timexes(doc))
    check_roles(doc, article, extraction)
    return [f.explanation for f in extraction.findings]


def test_a_current_title_wrong_on_the_day_is_found_with_its_sources(nlp: Language) -> None:
    findings = _findings(nlp, "Japanese Foreign Minister Yoshimasa Hayashi met Antony Blinken on Tuesday.")
    assert len(findings) == 1 and "Yoko Kamikawa" in findings[0]
    assert "2024-06-18" in findings[0]  # the clause's own day
    assert "(source: https://" in findings[0]  # both tenures say where they were checked


def test_a_former_title_is_not_checked(nlp: Language) -> None:
    assert _findings(nlp, "Former Japanese Foreign Minister Yoshimasa Hayashi spoke on Monday.") == []


def test_a_title_the_article_calls_former_elsewhere_is_a_courtesy(nlp: Language) -> None:
    """ "What role might former President Obama play? ... President Obama is the brightest star"."""
    text = (
        "Former Japanese Foreign Minister Yoshimasa Hayashi spoke on Monday. "
        "Japanese Foreign Minister Yoshimasa Hayashi met Antony Blinken on Tuesday."
    )
    assert _findings(nlp, text) == []


def test_unsourced_tenures_never_flag(nlp: Language) -> None:
    """Taro Kono's tenure as foreign minister (2017-2019) is hand-made in offices.csv."""
    assert _findings(nlp, "Japanese Foreign Minister Taro Kono met Antony Blinken on Tuesday.") == []


def test_an_undated_past_clause_is_not_judged_a_present_one_is(nlp: Language) -> None:
    published = "2015-03-29"
    for past in (
        "The governor pointed to federal legislation signed by President Bill Clinton.",
        "The AARP, which opposed President Bill Clinton's push, has decided to accept cuts.",
        "Ben Rhodes, who was a top adviser to President Bill Clinton, said it points to escalation.",
        "News outlets revealed this week that spying programs began under President Bill Clinton.",
    ):
        assert _findings(nlp, past, published) == [], past
    assert len(_findings(nlp, "President Bill Clinton is expected to sign the law on Friday.", published)) == 1


def test_titles_of_a_past_role_or_of_someone_else_are_not_judged(nlp: Language) -> None:
    published = "2015-03-29"
    for text in (
        "John Podesta, a former chief of staff to President Bill Clinton, issued a statement on Tuesday.",
        "It marked the death of Bill Clinton, the current president's father, on Tuesday.",
    ):
        assert _findings(nlp, text, published) == [], text
    # a timeline of another year: which April 13?
    text = "On April 13, police close the plaza as President Bill Clinton is speaking at the wall."
    assert _findings(nlp, text, "2015-10-07") == []


def test_a_title_true_at_publication_is_no_anachronism(nlp: Language) -> None:
    """News gives current titles for past acts: "the seat President Obama vacated in 2008"."""
    text = "Gov. Rod Blagojevich tried to sell the Senate seat that President Obama vacated in 2008."
    assert _findings(nlp, text, "2013-02-20") == []


def test_new_people_go_to_extraction_actors(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    _, extraction = sample(analysed, "001")
    assert "person:lami-kim" in {a.id for a in extraction.actors}
    assert "person:vladimir-putin" not in {a.id for a in extraction.actors}


def test_a_misspelt_holder_is_not_an_impostor(nlp: Language) -> None:
    text = "US Secretary of State Anthony Blinken said on Tuesday that Foreign Minister Yoshimasa Hayashi is lying."
    explanations = _findings(nlp, text)
    assert len(explanations) == 1 and "Hayashi" in explanations[0] and "Yoko Kamikawa" in explanations[0]
