"""Finding registry names in a doc: longest match over folded token n-grams (dict lookups only).

Each token gets a key ("Jong-un" -> "jong", "-" -> "", "’s" -> ""); an n-gram's key joins the
non-empty token keys, so "Kim Jong-un’s" and "Kim Jong Un" share "kim jong un". Only n-grams
starting at a capitalised token (or "the") are tried, so cost is a few lookups per name-like token.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc

from .names import collapse_initials, normalise_name
from .namesakes import titled_name
from .registry import Registry

__all__ = ["Lexicon", "NameMatch", "load_lexicon", "match_names"]

MAX_WORDS = 8
NATIONAL_LABELS = {"NORP", "GPE", "LOC", "ORG", "FAC"}  # spaCy labels of nationalities, places and bodies
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "von", "der", "van", "al", "bin", "la", "du", "d"})


@dataclass
class NameMatch:
    """Tokens ``start``..``end`` name ``actor`` as ``kind`` (name, alias, adjective, capital)."""

    start: int
    end: int
    actor: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    """The linker's word lists (``parallax/data/linking.yaml``)."""

    not_actors: frozenset[str]
    place_nouns: frozenset[str]
    sector_of: dict[str, str]
    not_current: frozenset[str]
    prefixes: frozenset[str]  # word prefixes of ``not_actors``
    org_nouns: frozenset[str]
    name_titles: frozenset[str]
    us_states: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped linker lexicon."""
    text = (resources.files("parallax") / "data" / "linking.yaml").read_text(encoding="utf8")
    data: dict[str, Any] = yaml.safe_load(text)
    blocked = [normalise_name(n).split() for n in data["not_actors"]]
    prefixes = frozenset(" ".join(words[:n]) for words in blocked for n in range(1, len(words) + 1))
    sector_of = {word.lower(): sector for sector, words in data["sector_nouns"].items() for word in words}
    return Lexicon(
        not_actors=frozenset(normalise_name(n) for n in data["not_actors"]),
        place_nouns=frozenset(data["place_nouns"]),
        sector_of=sector_of,
        not_current=frozenset(w.lower() for w in data["not_current"]),
        prefixes=prefixes,
        org_nouns=frozenset(data["org_nouns"]),
        name_titles=frozenset(w.lower() for w in data["name_titles"]),
        us_states=frozenset(data["us_states"]),
    )


def token_keys(doc: Doc) -> list[str]:
    """The folded key of every token ("" for punctuation and possessive endings)."""
    return [normalise_name(token.text) if not token.is_punct else "" for token in doc]


def _capitalised(doc: Doc, start: int, end: int, keys: list[str]) -> bool:
    for i in range(start, end):
        token = doc[i]
        if not keys[i] or keys[i] in FUNCTION_WORDS or token.text[0].isdigit():
            continue
        after_hyphen = i > start and doc[i - 1].text == "-"
        if not token.text[0].isupper() and not after_hyphen:
            return False
    return True


def _match_at(doc: Doc, start: int, keys: list[str], registry: Registry, lexicon: Lexicon) -> tuple[int, str] | None:
    """Longest key starting at ``start``: (end, key), or None."""
    words: list[str] = []
    best: tuple[int, str] | None = None
    for end in range(start + 1, min(len(doc), start + MAX_WORDS * 2) + 1):
        if keys[end - 1]:
            words.append(keys[end - 1])
        elif doc[end - 1].text not in {"-", ".", "’s", "'s"}:
            break
        if len(words) > MAX_WORDS:
            break
        key = collapse_initials(" ".join(words))
        if key not in registry.prefixes and key not in lexicon.prefixes and len(words[-1]) > 1:
            break  # no name goes on like this (a trailing initial may still join the next one)
        if keys[end - 1] and (key in registry.by_key or key in lexicon.not_actors):
            best = (end, key)
    return best


def match_names(doc: Doc, registry: Registry, lexicon: Lexicon) -> list[NameMatch]:
    """Registry names of ``doc``, longest first, not overlapping, in token order."""
    keys = token_keys(doc)
    matches: list[NameMatch] = []
    i = 0
    while i < len(doc):
        text = doc[i].text
        if not keys[i] or not (text[0].isupper() or text.lower() == "the"):
            i += 1
            continue
        found = _match_at(doc, i, keys, registry, lexicon)
        if found is None:
            i += 1
            continue
        end, key = found
        match = _accept(doc, i, end, key, registry, lexicon, keys)
        if match:
            matches.append(match)
        i = end
    return matches


def _surname(doc: Doc, start: int, end: int) -> bool:
    """A demonym-like word that is a person's name ("Alessia Russo", "Russo said", "Volker Türk"):
    inside a PERSON entity, after a given name, or a combining form ("Russo", "Sino") not joined
    to the next word by a hyphen."""
    if any(doc[i].ent_type_ == "PERSON" for i in range(start, end)) or _after_given_name(doc, start, end):
        return True
    last = doc[end - 1].text
    hyphen = (end < len(doc) and doc[end].text in {"-", "–"}) or last.endswith("-")
    return last.endswith("o") and not hyphen


def _after_given_name(doc: Doc, start: int, end: int) -> bool:
    """ "Volker Türk said": the parser makes a capitalised proper noun before the word a compound of
    it, and the tagger sees no nationality or place in either (a demonym modifies a noun after it;
    "South American", "Bosnian Serb" are tagged NORP)."""
    if start == 0 or any(doc[i].ent_type_ in NATIONAL_LABELS for i in range(start - 1, end)):
        return False
    given = doc[start - 1]
    return (
        given.pos_ == "PROPN"
        and given.dep_ == "compound"
        and start <= given.head.i < end
        and given.text[:1].isupper()
        and given.is_alpha
        and not (end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"})
    )


def _inside_person(doc: Doc, start: int, end: int) -> bool:
    """A PERSON entity holds the match and more ("Michael Jordan", "Chad Smith")."""
    if doc[start].ent_type_ != "PERSON":
        return False
    first, last = start, start + 1  # the entity's bounds, from the IOB tags (no sentence walk)
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return first < start or last > end


def _org_noun(word: str, lexicon: Lexicon) -> bool:
    """ "Daily", "Times", "TODAY" (capitalised; "China today said" is not a paper)."""
    return word[:1].isupper() and (word in lexicon.org_nouns or word.title() in lexicon.org_nouns)


def _accept(
    doc: Doc, start: int, end: int, key: str, registry: Registry, lexicon: Lexicon, keys: list[str]
) -> NameMatch | None:
    if key in lexicon.not_actors or not _capitalised(doc, start, end, keys):
        return None
    span_text = doc[start:end].text.replace(".", "")
    if key in registry.acronyms and not span_text.replace(" ", "").isupper():
        return None
    actor_id, kind = registry.by_key[key][0]
    actor = registry.by_id[actor_id]
    named_person = (
        (kind == "adjective" and _surname(doc, start, end))
        or _inside_person(doc, start, end)
        or (kind != "adjective" and titled_name(doc, start, end, registry, lexicon))
    )
    if actor.kind == "state" and named_person:
        return None  # a person's name that looks like a demonym or a country
    if actor.kind == "person" and end < len(doc) and doc[end].text in lexicon.place_nouns:
        return None
    if actor.kind == "state" and end < len(doc) and _org_noun(doc[end].text, lexicon):
        return None  # "Myanmar News", "China Daily": a publication or company named after a state
    return NameMatch(start, end, actor_id, kind)
