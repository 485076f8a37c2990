"""State names that are people's names: "Jim Jordan", "Rep. Jordan", "Chad Smith", "Israel Katz".

A one-word state name (JOR, TCD, GEO, ISR...) stands for a person, not the state, when

- a name title or honorific stands right before it ("Rep. Jordan", "Mr. Jordan"), or a
  party-and-state tag right after it ("Jordan, R-Ohio");
- a given name stands right before it that spaCy did not join to it ("Jim" tagged alone);
- the article names a person in full with it as surname ("Jordan said" after "Jim Jordan") and
  nothing marks this mention as the state: a preposition of place or "of" before it, a sector or
  office noun after it ("Jordan's army", "Jordan's king"), another state next to it ("Israel and
  Jordan").

A spaCy PERSON entity holding the name and more words is handled where names are matched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..nlp import text_of
from .names import normalise_name
from .registry import Registry

if TYPE_CHECKING:
    from .matching import Lexicon, NameMatch

__all__ = ["introduced", "person_surnames", "state_marked", "titled_name"]

# name titles that are also common adjectives or nouns before a place name ("General Assembly")
NOT_HONORIFICS = frozenset(
    {"general", "major", "private", "executive", "forward", "guard", "prime", "premier", "chief", "inf", "member"}
)
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "into",
        "across",
        "near",
        "around",
        "outside",
        "inside",
        "through",
        "within",
        "toward",
        "towards",
        "via",
        "over",
        "throughout",
        "between",
    }
)  # prepositions that name a place: "in Pyongyang"
# before a state name, these make it the country: "in Jordan", "King Abdullah II of Jordan", "visited Georgia"
STATE_PREPOSITIONS = (LOCATIVE - {"over"}) | {"of", "visit", "visited", "visiting"}
STATE_NOUNS = frozenset(
    {"king", "queen", "crown", "prince", "monarch", "capital", "border", "borders", "economy", "people", "foreign"}
)
COORDINATORS = frozenset({"and", "or", ",", "&"})
PARTY_TAGS = frozenset({"R", "D", "I"})


def _honorific(token_text: str, lexicon: Lexicon) -> bool:
    word = token_text.rstrip(".").lower()
    return token_text[:1].isupper() and word in lexicon.name_titles and word not in NOT_HONORIFICS


def _party_tag(doc: Doc, end: int) -> bool:
    """ "Jordan, R-Ohio": a US party-and-state tag after a name."""
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text.split("-")[0] in PARTY_TAGS
        and ("-" in doc[end + 1].text or doc[end + 2].text in {"-", "–"})
    )


def _given_name(doc: Doc, i: int, registry: Registry) -> bool:
    """Token ``i`` is a given name: a capitalised first name of a registry person, or a one-word
    PERSON entity that is no one's surname ("Jim" in "Jim Jordan" when spaCy split the name)."""
    token = doc[i]
    if not (token.is_alpha and token.is_title):
        return False
    key = normalise_name(token.text)
    if key in registry.by_first and key not in registry.by_surname:
        return True
    one_word = (
        token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    )
    return one_word and key not in registry.by_surname


def titled_name(doc: Doc, start: int, end: int, registry: Registry, lexicon: Lexicon) -> bool:
    """The one-word state name ``start``..``end`` is a person's name by the words next to it."""
    if end - start != 1:
        return False
    if _party_tag(doc, end):
        return True
    return start > 0 and (_honorific(doc[start - 1].text, lexicon) or _given_name(doc, start - 1, registry))


SHORT_LINE = 8  # words: a line this short is a headline or subhead ("Trump: Flee Tehran")


def _short_line(ent: Span) -> bool:
    text = text_of(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    return len(text[start : end if end >= 0 else len(text)].split()) < SHORT_LINE


def introduced(ent: Span, registry: Registry, lexicon: Lexicon) -> bool:
    """A full name the text introduces as a person: after a title, inside a sentence, or with a
    known given name; not a sentence-initial "Tiny Qatar" or "Landlocked Chad" spaCy took for one,
    nor a name in a headline-like short line."""
    doc = ent.doc
    if _short_line(ent):
        return False
    if normalise_name(ent[0].text) in registry.by_first:
        return True
    if ent.start > 0 and _honorific(doc[ent.start - 1].text, lexicon):
        return True
    return not ent[0].is_sent_start and not doc[ent.start - 1].is_space


def person_surnames(ents: list[Span], registry: Registry, lexicon: Lexicon) -> set[str]:
    """Keys of the last words of the multi-word PERSON entities the text introduces as people."""
    return {normalise_name(ent[-1].text) for ent in ents if introduced(ent, registry, lexicon)}


def state_marked(doc: Doc, match: NameMatch, states: list[NameMatch], lexicon: Lexicon) -> bool:
    """Words next to ``match`` that make it the state: "in Jordan", "Jordan's army", "Israel and Jordan"."""
    start, end = match.start, match.end
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in STATE_PREPOSITIONS and not (before == "to" and start > 1 and doc[start - 2].lower_ == "according"):
        return True
    k = end + 1 if end < len(doc) and doc[end].text in {"'s", "’s"} else end
    if k < len(doc) and (doc[k].lower_ in lexicon.sector_of or doc[k].lower_ in STATE_NOUNS):
        return True
    for other in states:
        if other is match:
            continue
        if (other.end == start - 1 and before in COORDINATORS) or (
            other.start == end + 1 and doc[end].lower_ in COORDINATORS
        ):
            return True
    return False
