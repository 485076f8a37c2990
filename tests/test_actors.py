"""The actor registry and the ``parallax_actors`` linker, on the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from parallax.actors import load_registry
from parallax.actors.linker import ActorLinker
from parallax.actors.registry import Registry
from parallax.records import Article, Extraction, Mention
from tests.conftest import sample


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def _links(extraction: Extraction, text: str) -> set[str | None]:
    return {m.actor for m in extraction.mentions if m.text == text}


def test_registry_holds_every_un_member_observer_taiwan_and_kosovo(registry: Registry) -> None:
    states = {a.id for a in registry.by_id.values() if a.kind == "state"}
    assert len(states - {"SUN", "YUG", "DDR"}) == 197
    assert {"VAT", "PSE", "TWN", "XKX", "PRK", "KOR", "SSD"} <= states


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Kim Jong Un", "person:kim-jong-un"),
        ("Kim Jong-un", "person:kim-jong-un"),
        ("KIM JONG UN", "person:kim-jong-un"),
        ("DPRK", "PRK"),
        ("Pyongyang", "PRK"),
        ("North Korean", "PRK"),
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("Türkiye", "TUR"),
        ("U.S.", "USA"),
        ("UN Security Council", "UNSC"),
        ("Antonio Guterres", "person:antonio-guterres"),
        ("KCNA", "KCNA"),
    ],
)
def test_lookup_folds_spelling(registry: Registry, name: str, actor: str) -> None:
    assert registry.lookup(name)[0].id == actor


def test_holders_and_codes(registry: Registry) -> None:
    assert [a.id for a in registry.holders("foreign minister", country="JPN", on="2024-06-19")] == [
        "person:yoko-kamikawa"
    ]
    assert [a.id for a in registry.holders("foreign minister", country="JPN", on="2022-06-19")] == [
        "person:yoshimasa-hayashi"
    ]
    assert [a.id for a in registry.holders("leader", country="RUS", on="2024-06-19")] == ["person:vladimir-putin"]
    assert [a.id for a in registry.holders("secretary-general", country="NATO", on="2024-06-19")] == [
        "person:jens-stoltenberg"
    ]
    assert [a.id for a in registry.holders("president", country="KOR", on="2024-08-15")] == ["person:yoon-suk-yeol"]
    assert registry.code_of("RUS") == "RUS"
    assert registry.code_of("person:vladimir-putin") == "RUS"
    assert registry.code_of("NATO") == "IGO"
    assert registry.code_of("person:antonio-guterres") == "IGO"
    assert registry.country_of("KCNA") == "PRK"
    assert registry.country_of("person:shin-won-sik") == "KOR"
    assert registry.country_of("UN") is None


def test_user_files_add_actors_and_tenures(tmp_path: Path) -> None:
    people = tmp_path / "mine.yaml"
    people.write_text("- {name: Jane Example, country: FRA, aliases: [J. Example]}\n", encoding="utf8")
    offices = tmp_path / "offices.csv"
    offices.write_text(
        "name,country,title,start,end,note\nJane Example,FRA,foreign minister,2030-01-01,,\n", encoding="utf8"
    )
    mine = load_registry((str(people), str(offices)))
    assert mine.lookup("J. Example")[0].id == "person:jane-example"
    assert "person:jane-example" in [a.id for a in mine.holders("foreign minister", country="FRA", on="2030-02-01")]


def test_issue_names_link_in_the_samples(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    _, ex000 = sample(analysed, "000")
    _, ex001 = sample(analysed, "001")
    _, ex003 = sample(analysed, "003")
    assert _links(ex000, "Kim Jong Un") == {"person:kim-jong-un"}
    assert _links(ex000, "Kim Jong-un") == {"person:kim-jong-un"}
    assert _links(ex001, "Kim") == {"person:kim-jong-un"}  # never Lami Kim, never Kim Il Sung Square
    assert _links(ex001, "North Korean leader") == {"person:kim-jong-un"}
    assert _links(ex000, "North Korea") == {"PRK"} and _links(ex000, "DPRK") == {"PRK"}
    assert _links(ex001, "Putin") == {"person:vladimir-putin"}
    assert _links(ex003, "Russian leader") == {"person:vladimir-putin"}
    assert _links(ex001, "Moscow") == {"RUS"}
    entitled = ex001.mentions[[m.text for m in ex001.mentions].index("Pyongyang", 20)]
    assert entitled.actor == "PRK"


def test_officials_of_003_link_despite_misspelling(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    _, extraction = sample(analysed, "003")
    linked = {m.text: m.actor for m in extraction.mentions if m.label == "PERSON"}
    assert linked["Andrei Belousov"] == "person:andrei-belousov"
    assert linked["Sergey Lavrov"] == "person:sergey-lavrov"
    assert linked["Denis Mantrurov"] == "person:denis-manturov"
    assert linked["Antony Blinken"] == "person:antony-blinken"
    assert linked["Jens Stoltenberg"] == "person:jens-stoltenberg"
    roles = {m.text: (m.actor, m.role) for m in extraction.mentions if m.label == "ROLE"}
    assert roles["Defence Minister"] == ("person:andrei-belousov", "defence minister")
    assert roles["US Secretary of State"] == ("person:antony-blinken", "foreign minister")
    assert "Kim Il Sung Square" not in {m.text for m in extraction.mentions}
    assert _links(extraction, "KCNA") == {"KCNA"}


def test_roles_and_new_people_of_001(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    _, extraction = sample(analysed, "001")
    roles = {m.text: m.actor for m in extraction.mentions if m.label == "ROLE"}
    assert roles["South Korea’s defense minister"] == "person:shin-won-sik"
    assert roles["Chinese President"] == "person:xi-jinping"
    pair = {m.actor for m in extraction.mentions if m.label == "ROLE" and m.text == "leaders"}
    assert pair == {"person:vladimir-putin", "person:kim-jong-un"}  # "the two leaders"
    lami = next(a for a in extraction.actors if a.id == "person:lami-kim")
    assert lami.description == "professor at the Daniel K. Inouye Asia-Pacific Center for Security Studies"


def test_mentions_are_sorted_with_provenance(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    article, extraction = sample(analysed, "002")
    starts = [m.start for m in extraction.mentions]
    assert starts == sorted(starts)
    for mention in extraction.mentions:
        assert isinstance(mention, Mention)
        assert article.text[mention.start : mention.end] == mention.text
        assert mention.article == article.id


def test_tokens_carry_the_actor_and_sector(nlp: Language) -> None:
    doc = nlp("Pyongyang was entitled to act, Putin said, as North Korean soldiers and Russian media watched.")
    assert doc[0]._.actor == "PRK"
    by_text = {m.text: m for m in doc._.mentions}
    assert by_text["Pyongyang"].sector == "GOV"
    assert by_text["North Korean"].sector == "MIL"
    assert by_text["Russian"].sector == "MED"
    assert by_text["Putin"].actor == "person:vladimir-putin"


def test_linker_is_cheap(nlp: Language, examples: Path) -> None:
    """Linking costs a small share of the pipeline: under a tenth of it on the longest sample."""
    import statistics
    import time

    text = next(examples.glob("000_*.txt")).read_text(encoding="utf8")
    started = time.perf_counter()
    nlp(text)
    pipeline = time.perf_counter() - started
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name != "parallax_actors":
            doc = component(doc)
    linker = nlp.get_pipe("parallax_actors")
    assert isinstance(linker, ActorLinker)
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        linker(doc)
        runs.append(time.perf_counter() - started)
    assert statistics.median(runs) < pipeline / 10


def test_role_nouns_resolve_by_date_or_fall_back_to_the_state(nlp: Language) -> None:
    doc = nlp.make_doc("Seoul's defence minister said the Russian leader would visit.")
    doc._.published = "2024-06-19"
    doc = nlp(doc)
    roles = {m.text: m.actor for m in doc._.mentions if m.label == "ROLE"}
    assert roles["Seoul's defence minister"] == "person:shin-won-sik"
    assert roles["Russian leader"] == "person:vladimir-putin"
    undated = nlp("The Russian leader said Moscow was ready.")
    roles = {m.text: m.actor for m in undated._.mentions if m.label == "ROLE"}
    assert roles["Russian leader"] == "RUS"  # no date, nobody named: the state


def test_linking_labels_hold_offsets_and_surfaces_only() -> None:
    """The labelled set (bench/linking.py) keeps article ids, offsets and mention surfaces, no text."""
    import json

    path = Path(__file__).resolve().parents[1] / "bench" / "data" / "linking_labels.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf8").splitlines()]
    assert len(rows) >= 300
    assert len({r["article"] for r in rows if r["source"] == "ecbplus"}) >= 10
    for row in rows:
        assert set(row) == {"article", "source", "set", "start", "end", "surface", "gold"}
        assert row["end"] - row["start"] == len(row["surface"]) < 80


def test_a_demonym_after_a_given_name_is_a_surname(nlp: Language) -> None:
    doc = nlp("U.N. High Commissioner for Human Rights Volker Türk said Turkish troops had crossed the border.")
    linked = [(m.text, m.actor) for m in doc._.mentions if m.actor == "TUR"]
    assert linked == [("Turkish", "TUR")]


def test_a_continent_s_demonym_is_no_state(nlp: Language) -> None:
    doc = nlp("Latin American leaders met in Brasilia as American officials watched.")
    assert [(m.text, m.actor) for m in doc._.mentions if m.actor == "USA"] == [("American", "USA")]


def test_the_people_of_gaza_are_palestinians(nlp: Language) -> None:
    doc = nlp("Jordan flew humanitarian aid for Gazans into the strip.")
    assert [(m.text, m.actor) for m in doc._.mentions if m.actor == "PSE"] == [("Gazans", "PSE")]
