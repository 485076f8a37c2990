"""The slot a value fills in its sentence, read from the dependency parse.

Two statements of a value are of one fact when the value fills the same slot of the same
predicate: "had already repaid about $60,000 to his campaign" and "repaid the campaign about
$40,000" (the verb *repay*), "Sentencing has been set for June 28" and "The judge set the
sentencing for April 28" (*set*), "the Sept. 11, 2012, attack" and "the Sept. 8 attack" (*attack*),
even when the words right next to the values differ. A slot is the value's governor, the first
word above the value in the parse that is neither the value's own words (its unit: "troops",
"percent"), nor a preposition, nor a time of day ("Thursday night"), with the subject of its clause
when it is a verb, or the verb above it when it is a noun ("the Sept. 8 attack killed" and "the
Sept. 11 attack killed"), and the role the value plays (object, modifier, a preposition). Light governors ("be", "have") name no fact on their own: they match only with
the same named subject; reporting verbs ("said Tuesday") never.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["Slot", "same_slot", "slot_reader"]

# governors that say nothing of what the value is: only with the same subject are they one slot
LIGHT = frozenset({"be", "have", "do", "make", "get", "take", "give", "go", "come"})
# reporting verbs say when something was said, not what the value is of: never one slot ("Bloomberg
# said on Wednesday" and "Bloomberg said Sunday" are two sayings)
SAYING = frozenset(
    {"say", "tell", "report", "announce", "add", "note", "confirm", "state", "write", "disclose", "reveal", "declare"}
)
# words a value's phrase holds that are no governor: times of day, and what a count or span is of
PASS_THROUGH = frozenset(
    {"night", "morning", "evening", "afternoon", "day", "noon", "midnight", "percent", "year", "month", "week"}
)
SKIPPED_POS = frozenset({"ADP", "SCONJ", "DET", "NUM", "PUNCT", "CCONJ", "PART", "SPACE", "SYM", "ADV"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DATED = frozenset({"date", "weekday", "year"})
WHEN = frozenset({"on", "in", "at", "object"})  # a time's bare or prepositional "when": one role
# the role a value's phrase plays for its governor, by the dependency label that joins them: objects
# and measures of a verb are one role (the parser calls "repaid about $40,000" npadvmod, "repaid about
# $60,000 to his campaign" dobj); a preposition's role is the preposition ("set for", "since")
ROLES = {
    **dict.fromkeys(("dobj", "npadvmod", "attr", "oprd", "dative", "acomp", "pobj"), "object"),
    **dict.fromkeys(("nsubj", "nsubjpass", "csubj"), "subject"),
    **dict.fromkeys(("compound", "nmod", "amod", "nummod", "appos", "poss"), "modifier"),
}


@dataclass(frozen=True)
class Slot:
    """The word a value depends on (lemma, lower case) and, for a verb, its clause's named subject."""

    governor: str
    subject: str = ""  # a proper-noun subject's lemma, "" when there is none or it is a common noun or pronoun
    role: str = ""  # what the value's phrase is to the governor: "object", "modifier", "for" ...
    above: str = ""  # a noun governor's own predicate ("the rate is expected", "equates to a rate")


def same_slot(a: Slot | None, b: Slot | None) -> bool:
    """Whether two values fill one slot: one governor, not a light one unless with one named subject,
    and no two different named subjects."""
    if a is None or b is None or not a.governor or a.governor != b.governor or a.governor in SAYING:
        return False
    if a.role != b.role or a.above != b.above:
        return False  # "a corporate tax rate -- 21% -- is expected" and "equates to an 11 percent tax rate"
    if a.subject and b.subject and a.subject != b.subject:
        return False
    return a.governor not in LIGHT or bool(a.subject and a.subject == b.subject)


def slot_reader(nlp: Language, *, cache: int = 8192) -> Callable[[str, int, int, str], Slot | None]:
    """A reader of the slot of the value at ``start:end`` of a sentence, parsing each sentence once."""

    @functools.lru_cache(maxsize=cache)
    def parse(sentence: str) -> Doc:
        return nlp(sentence, disable=[p for p in ("ner",) if p in nlp.pipe_names])

    def read(sentence: str, start: int, end: int, kind: str) -> Slot | None:
        """``kind``: the statement's kind (a number counts the noun after it; a time is a time)."""
        return slot_of(parse(sentence), start, end, counted=kind == "number", dated=kind in DATED)

    return read


def slot_of(doc: Doc, start: int, end: int, *, counted: bool = False, dated: bool = False) -> Slot | None:
    """The slot of the value at characters ``start:end`` of ``doc`` (None when no token is there);
    ``counted``: the value is a count, and the noun right after it is what it counts, not its governor;
    ``dated``: the value is a time, and "left on Jan. 1", "left in 2018" and "left Tuesday" say when."""
    own = [t for t in doc if start <= t.idx < end]
    if not own:
        return None
    inside = {t.i for t in own}
    if counted and own[-1].i + 1 < len(doc) and doc[own[-1].i + 1].pos_ == "NOUN":
        inside.add(own[-1].i + 1)  # "3,000 troops": the unit is part of the value
    token = _top(own, inside)
    path = [token]
    while token.head.i != token.i:
        token = token.head
        if token.i in inside or token.pos_ in SKIPPED_POS or token.dep_ == "prep" or _passed(token):
            path.append(token)
            continue
        if any(child.dep_ == "nummod" and child.i not in inside for child in token.children):
            return None  # "50 km (30 miles)": the governor is another measure, not a predicate
        role = _role(path)
        if dated and role in WHEN:
            role = "when"
        return Slot(token.lemma_.lower(), _subject(token), role, _above(token))
    return None


def _above(governor: Token) -> str:
    """A noun or adjective governor's own predicate: the first verb above it ("" for a verb)."""
    if governor.pos_ in {"VERB", "AUX"}:
        return ""
    token = governor
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token.lemma_.lower()
    return ""


def _passed(token: Token) -> bool:
    return token.lemma_.lower() in PASS_THROUGH


def _role(path: list[Token]) -> str:
    """The role of the phrase ``path`` climbs (from the value up to the governor, exclusive): its
    preposition nearest the governor, else its last step's label, in ``ROLES``' classes."""
    for token in reversed(path):
        if token.dep_ == "prep" or token.pos_ in {"ADP", "SCONJ"}:
            return token.lemma_.lower()
    return ROLES.get(path[-1].dep_, path[-1].dep_)


def _top(own: list[Token], inside: set[int]) -> Token:
    """The value's token whose head lies outside the value."""
    return next((t for t in own if t.head.i not in inside or t.head.i == t.i), own[-1])


def _subject(governor: Token) -> str:
    """The named subject of a verb governor's clause (a conjoined verb's from its first conjunct)."""
    verb = governor
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return ""
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.pos_ == "PROPN":
            return child.lemma_.lower()
    return ""
