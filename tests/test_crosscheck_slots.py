"""The slot a value fills, from the parse: one predicate and subject make two values one fact."""

from __future__ import annotations

from spacy.language import Language

from parallax.config import Options
from parallax.crosscheck.slots import Slot, same_slot, slot_reader
from parallax.crosscheck.values import min_weight, rarity, read_statements, story_disagreements
from parallax.nlp import load_bare_nlp


def _slot(nlp: Language, sentence: str, value: str, kind: str = "date") -> Slot | None:
    start = sentence.index(value)
    return slot_reader(nlp)(sentence, start, start + len(value), kind)


def test_the_governor_passes_over_prepositions_units_and_times_of_day(options: Options) -> None:
    nlp = load_bare_nlp(options.spacy_model)
    assert _slot(nlp, "Sentencing has been set for June 28.", "June 28") == Slot("set", role="for")
    bare = _slot(nlp, "The flight left Auckland at 12:05 am, March 1st, 2018.", "March 1st, 2018")
    on = _slot(nlp, "The flight from Auckland left on Jan. 1, 2018.", "Jan. 1, 2018")
    assert same_slot(bare, on)  # "left March 1" and "left on Jan. 1" both say when it left
    repaid = _slot(nlp, "Hunter and his wife repaid the campaign about $40,000.", "$40,000", kind="number")
    assert repaid is not None and repaid.governor == "repay"
    night = _slot(nlp, "Ms. Griffin went online on Thursday night to express regret.", "Thursday")
    assert night is not None and night.governor == "go"


def test_one_slot_needs_one_governor_and_no_two_named_subjects() -> None:
    assert same_slot(Slot("repay"), Slot("repay", "hunter"))
    assert not same_slot(Slot("repay", "hunter"), Slot("repay", "smith"))
    assert not same_slot(Slot("repay"), Slot("return"))
    assert not same_slot(Slot("have"), Slot("have"))  # a light verb: only with one named subject
    assert same_slot(Slot("have", "germany"), Slot("have", "germany"))
    assert not same_slot(Slot("say", "bloomberg"), Slot("say", "bloomberg"))  # two sayings
    assert not same_slot(None, Slot("set"))


def test_values_of_one_predicate_conflict_though_their_neighbours_differ(options: Options) -> None:
    first = "The judge set the sentencing for June 28 at 2 p.m. in the federal courthouse."
    second = "Sentencing has been set for April 28."
    filler = [f"Officials in region {i} met to discuss roads, schools and the weather." for i in range(30)]
    weigh = rarity([first, second, *filler])
    statements = {"a": read_statements(first), "b": read_statements(second)}
    read = slot_reader(load_bare_nlp(options.spacy_model))

    def slot(s):  # type: ignore[no-untyped-def]
        return read(s.said, s.start - s.sentence[0], s.end - s.sentence[0], s.kind)

    (plain,) = story_disagreements(statements, weigh)
    assert plain.weight < min_weight(plain.first, plain.second)  # too few shared words to be one fact
    (found,) = story_disagreements(statements, weigh, slot=slot)
    assert found.slotted and found.weight >= min_weight(found.first, found.second, slotted=True)
    assert (found.first.value, found.second.value) == ((6, 28, 0), (4, 28, 0))


def test_two_rates_of_two_predicates_and_a_converted_measure_fill_no_one_slot(options: Options) -> None:
    nlp = load_bare_nlp(options.spacy_model)
    corporate = _slot(nlp, "A lower corporate tax rate -- down to 21% from 35% -- is expected to help.", "21%")
    repatriation = _slot(nlp, "Analysts estimated that the charge equates to an 11 percent tax rate.", "11 percent")
    assert not same_slot(corporate, repatriation)
    assert _slot(nlp, "The camp lies less than 50 km (30 miles) from the border.", "30", kind="number") is None
    since = _slot(nlp, "West Bank land has been occupied by Israel since 1967.", "1967")
    assert since is not None and (since.governor, since.role) == ("occupy", "since")
