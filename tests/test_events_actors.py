"""Event actor codes: the coder's name table, names inside names, ethnic groups, and the export."""

from __future__ import annotations

from spacy.language import Language

from parallax.export import build_export
from parallax.extract.events import events_of_doc
from parallax.extract.events_actors import code_of, event_codes, name_code
from parallax.records import Article, Event
from parallax.store import Store


def _events(nlp: Language, text: str) -> list[Event]:
    return events_of_doc(nlp(text), Article(id="t", text=text, published="2024-06-20"), anchored_only=False)


def _codes(event: Event) -> tuple[set[str], set[str]]:
    actors, recipients = event_codes(event.type, event.actors, event.recipients)
    return set(actors), set(recipients)


def test_organisations_of_the_name_table_are_registry_actors() -> None:
    """Events name the actors the registry (and so the export) describes, not CAMEO-style codes."""
    assert name_code("Security Council") == "UNSC"
    assert name_code("UNIFIL") == "UN"  # a UN body the registry lacks: the UN
    assert name_code("International Labor Office") == "ILO"
    assert code_of(name_code("UNIFIL") or "") == "IGO"
    assert name_code("Hamas") == "PSE"  # groups keep their country


def test_a_state_closing_an_organisation_name_is_its_cause(nlp: Language) -> None:
    text = (
        "The Ohio State University chapter of Students for Justice in Palestine, a pro-Palestine "
        "organization with chapters at universities around the United States, held a rally Sunday "
        "at the Ohio Statehouse attended by nearly 100 students."
    )
    for event in _events(nlp, text):
        assert "PSE" not in _codes(event)[0], event


def test_an_ethnic_group_acts_for_the_country_it_acts_in(nlp: Language) -> None:
    text = "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, where 24 people were killed in riots."
    protests = [e for e in _events(nlp, text) if e.type == "PROTEST"]
    assert protests and _codes(protests[0])[0] == {"SRB"}


def test_export_describes_the_actors_events_name(store: Store) -> None:
    """An event party named through the coder's table ("Gambian President ...") has no linked
    mention; the export still lists it, so readers of the export can code it."""
    event = {"id": "event-1", "type": "CONSULT", "actors": ["GMB"], "recipients": ["MRT", "person:x"], "mentions": []}
    store.replace_corpus({"event": [("event-1", event)]})
    actors = {a["id"]: a for a in build_export(store)["actors"]}
    assert actors["GMB"]["kind"] == "state" and "MRT" in actors


def test_the_visit_keeps_its_visitor_and_host(nlp: Language) -> None:
    """ "the first visit to the country": the visit told before it, visitor acting, host receiving."""
    text = "Blinken's trip to China marks the first visit to the country for a U.S. secretary of state in five years."
    visits = [e for e in _events(nlp, text) if e.mode == "visit"]
    assert len(visits) == 2
    for visit in visits:
        assert _codes(visit) == ({"USA"}, {"CHN"}), visit


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    events_of_doc(doc, Article(id="t", text=text, published="2024-06-20"), anchored_only=False)
    return {actor.id: actor.country for actor in doc._.new_actors}


def test_an_official_acting_at_home_is_of_that_country(nlp: Language) -> None:
    text = "President Abdelaziz Bouteflicka threatened to institute a curfew in Algiers in response to unrest."
    assert _countries(nlp, text)["person:abdelaziz-bouteflicka"] == "DZA"
    text = "Rebels in the Ivory Coast on Wednesday dismissed an appeal from President Laurent Gbago to lay down arms."
    assert _countries(nlp, text)["person:laurent-gbago"] == "CIV"


def test_an_official_acting_on_a_state_is_not_of_it(nlp: Language) -> None:
    """The United States as a party acted on says nothing of the minister's country."""
    assert _countries(nlp, "Foreign Minister Ahmed Qasimi rejected the demands of the United States on Sunday.") == {
        "person:ahmed-qasimi": None
    }
    assert _countries(nlp, "Foreign Minister Ahmed Qasimi urged the United States to lift its sanctions.") == {
        "person:ahmed-qasimi": None
    }


def test_a_longer_name_the_table_knows_wins_over_the_linker(nlp: Language) -> None:
    """The linker takes "Jerusalem" in "East Jerusalem" for Israel's capital."""
    text = "Israel threatened to ban voting in East Jerusalem if Hamas, which advocates Israel's destruction, ran."
    threats = [e for e in _events(nlp, text) if e.type == "THREATEN"]
    assert threats and _codes(threats[0]) == ({"ISR"}, {"PSE"})


def test_a_demand_that_a_party_act_is_made_of_that_party(nlp: Language) -> None:
    text = "The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on workers."
    requests = [e for e in _events(nlp, text) if e.type == "REQUEST"]
    assert requests and _codes(requests[0]) == ({"IGO"}, {"ISR"})


def test_those_a_speaker_says_must_make_a_deal_are_asked(nlp: Language) -> None:
    text = (
        "British Foreign Secretary Jack Straw said on Friday that the Sudanese government and the rebels in "
        "Darfur must reach an agreement that stops the conflict for good."
    )
    requests = [e for e in _events(nlp, text) if e.type == "REQUEST"]
    assert requests and _codes(requests[0]) == ({"GBR"}, {"SDN"})


def test_both_parties_between_relative_clauses(nlp: Language) -> None:
    text = (
        "The war was dormant for years after a 2020 cease-fire between Russia, which supports Syrian President "
        "Bashar al-Assad, and Turkey, which backs his opposition, brought a pause to the fighting."
    )
    truces = [e for e in _events(nlp, text) if e.type == "RETREAT"]
    assert truces and _codes(truces[0])[0] == {"RUS", "TUR"}


def test_an_act_aimed_through_a_persons_act_is_aimed_at_them(nlp: Language) -> None:
    text = "Nicolas Maduro has led Venezuela since 2013. U.S. authorities are offering a $50 million reward for his arrest."
    threats = [e for e in _events(nlp, text) if e.type == "THREATEN"]
    assert threats and _codes(threats[0]) == ({"USA"}, {"VEN"})


def test_a_body_inside_a_longer_name_is_not_that_body(nlp: Language) -> None:
    """The US National Security Council is no UN Security Council; "the U.S. State Department"
    is the state's organ."""
    text = (
        "The White House has said the United States will respond. "
        "The National Security Council condemned Iran's attack on Monday."
    )
    condemned = [e for e in _events(nlp, text) if e.type == "ACCUSE"]
    assert condemned and _codes(condemned[0]) == ({"USA"}, {"IRN"})
    condemned = [e for e in _events(nlp, "The U.S. State Department condemned Iran's attack on Monday.")]
    assert condemned and _codes(condemned[0])[0] == {"USA"}
