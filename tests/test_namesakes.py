"""People whose names are state names ("Jim Jordan", "Israel Katz") are not the state; states still are."""

from __future__ import annotations

from spacy.language import Language

from parallax.extract.quotes import find_quotes


def _links(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor) for m in nlp(text)._.mentions]


def test_bare_surname_after_the_full_name_is_the_person(nlp: Language) -> None:
    text = (
        "Republicans rallied around Rep. Jim Jordan of Ohio on the second ballot. "
        "Jordan has said he is not interested in being speaker, but 20 Republicans voted for Jordan anyway."
    )
    links = _links(nlp, text)
    jordans = [actor for surface, actor in links if surface == "Jordan"]
    assert jordans == ["person:jim-jordan", "person:jim-jordan"]
    assert "JOR" not in {actor for _surface, actor in links}


def test_quote_by_jim_jordan_has_him_as_speaker(nlp: Language) -> None:
    doc = nlp(
        "House Judiciary Chairman Jim Jordan issued subpoenas on Tuesday. "
        "“The American people deserve answers,” Jordan said in a statement."
    )
    (quote,) = find_quotes(doc)
    assert quote.speaker == "person:jim-jordan"


def test_title_or_party_tag_makes_a_state_name_a_person(nlp: Language) -> None:
    for text in ("Rep. Jordan said the FBI had stonewalled the committee.", "Jordan, R-Ohio, said the FBI lied."):
        assert "JOR" not in {actor for _surface, actor in _links(nlp, text)}, text


def test_state_mentions_next_to_the_person_stay_states(nlp: Language) -> None:
    text = (
        "Rep. Jim Jordan met Israeli officials on Monday. Jordan's King Abdullah II warned that the war "
        "could spread. Jordan's army closed the border, and aid flowed from Jordan into Gaza. "
        "Israel and Jordan signed a water deal. Jordan said the subpoenas would go out this week."
    )
    links = _links(nlp, text)
    assert ("Jordan's King", "JOR") in links
    assert [actor for surface, actor in links if surface == "Jordan"] == ["JOR", "JOR", "JOR", "person:jim-jordan"]
    assert ("Israel", "ISR") in links


def test_states_without_a_namesake_are_untouched(nlp: Language) -> None:
    text = "Chad's army withdrew from the border. Georgia's president vetoed the bill. Israel said it would retaliate."
    links = _links(nlp, text)
    assert {"TCD", "GEO", "ISR"} <= {actor for _surface, actor in links}


def test_given_name_before_a_state_name(nlp: Language) -> None:
    text = "Defense Minister Israel Katz said the army would respond. Katz added that Israel would not stop."
    links = _links(nlp, text)
    assert ("Israel Katz", "person:israel-katz") in links
    assert [actor for surface, actor in links if surface == "Israel"] == ["ISR"]


def test_georgia_is_the_us_state_in_us_news_and_the_country_otherwise(nlp: Language) -> None:
    us = "Georgia Gov. Brian Kemp signed the bill on Monday, and lawmakers in Florida and Texas followed."
    assert "GEO" not in {actor for _surface, actor in _links(nlp, us)}
    country = "Georgia's parliament passed the foreign agents law. An Ohio senator called it a Russian-style law."
    assert ("Georgia", "GEO") in _links(nlp, country)
    named = "Protesters filled Tbilisi. Georgia has applied to join the EU, a New York think tank noted."
    assert ("Georgia", "GEO") in _links(nlp, named)


def test_a_newspaper_named_after_a_state_is_not_the_state(nlp: Language) -> None:
    links = _links(nlp, "A White House spokesperson told USA TODAY that China today rejected the claim.")
    assert ("USA", "USA") not in links
    assert ("China", "CHN") in links


def test_an_event_by_jim_jordan_is_not_coded_jordan(nlp: Language) -> None:
    from parallax.extract import extract
    from parallax.records import Article

    text = (
        "The 19 Republicans backed Rep. Jim Jordan, R-Ohio, on the second round of voting.\n\n"
        "Jordan urged House Republicans to unite behind McCarthy, saying the differences were small."
    )
    doc = nlp.make_doc(text)
    doc._.article_id = "a"
    doc._.published = "2023-01-03"
    extraction = extract(nlp(doc), Article(id="a", text=text, published="2023-01-03", source="x"))
    urged = [e for e in extraction.events if e.mentions[0].text.startswith("Jordan urged")]
    assert urged and all("JOR" not in e.actors for e in urged)
