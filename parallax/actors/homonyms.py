"""Country names that are also US states: "Georgia" in US news is most often the US state.

A registry state named by a US state's name is the US state, and is dropped, when the article
names another US state (other than Washington, also the capital) and no other name of the
country: not its adjective, capital or alias ("Georgian", "Tbilisi"), nor a noun after it that
only a country has ("Georgia's parliament", "Georgia's army").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp import text_of
from .matching import Lexicon, NameMatch
from .registry import Registry

__all__ = ["drop_us_states"]

COUNTRY_NOUNS = frozenset(
    {"parliament", "president", "prime", "army", "military", "troops", "foreign", "embassy", "ambassador", "ministry"}
)


def _country_noun(doc: Doc, end: int) -> bool:
    k = end + 1 if end < len(doc) and doc[end].text in {"'s", "’s"} else end
    return k < len(doc) and doc[k].lower_ in COUNTRY_NOUNS


@lru_cache(maxsize=4)
def _pattern(names: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


def _us_state(doc: Doc, match: NameMatch, lexicon: Lexicon) -> str | None:
    name = doc[match.start : match.end].text
    return name.title() if match.kind != "adjective" and name.title() in lexicon.us_states else None


def drop_us_states(doc: Doc, matches: list[NameMatch], registry: Registry, lexicon: Lexicon) -> list[NameMatch]:
    """``matches`` without the US states that share a country's name, in US news."""
    homonyms = {
        id(m): name for m in matches if registry.by_id[m.actor].kind == "state" and (name := _us_state(doc, m, lexicon))
    }
    if not homonyms:
        return matches
    countries = {m.actor for m in matches if id(m) in homonyms}
    confirmed = {
        m.actor for m in matches if m.actor in countries and (id(m) not in homonyms or _country_noun(doc, m.end))
    }
    others = lexicon.us_states - set(homonyms.values()) - {"Washington"}
    if not others or not _pattern(frozenset(others)).search(text_of(doc)):
        return matches
    return [m for m in matches if id(m) not in homonyms or m.actor in confirmed]
