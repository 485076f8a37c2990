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


def test_a_former_title_is_not_checked_and_a_current_one_is(nlp: Language) -> None:
    text = (
        "Former Japanese Foreign Minister Taro Kono spoke on Monday. "
        "Japanese Foreign Minister Taro Kono met Antony Blinken on Tuesday."
    )
    doc = nlp.make_doc(text)
    doc._.published = SUMMIT
    doc = nlp(doc)
    article = Article(id="t", text=text, published=SUMMIT)
    extraction = Extraction(article="t", timexes=find_timexes(doc))
    check_roles(doc, article, extraction)
    assert len(extraction.findings) == 1
    finding = extraction.findings[0]
    assert finding.sides[0].start > text.index("Tuesday") - 60
    assert "Yoko Kamikawa" in finding.explanation


def test_new_people_go_to_extraction_actors(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    _, extraction = sample(analysed, "001")
    assert "person:lami-kim" in {a.id for a in extraction.actors}
    assert "person:vladimir-putin" not in {a.id for a in extraction.actors}


def test_a_misspelt_holder_is_not_an_impostor(nlp: Language) -> None:
    text = "US Secretary of State Anthony Blinken said on Tuesday that Defence Minister Sergei Shoigu lied."
    doc = nlp.make_doc(text)
    doc._.published = SUMMIT
    doc = nlp(doc)
    article = Article(id="t", text=text, published=SUMMIT)
    extraction = Extraction(article="t", timexes=find_timexes(doc))
    check_roles(doc, article, extraction)
    explanations = [f.explanation for f in extraction.findings]
    assert len(explanations) == 1 and "Shoigu" in explanations[0] and "Andrei Belousov" in explanations[0]
