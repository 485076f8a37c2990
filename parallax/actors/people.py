"""People in one article: registry names, misspellings, surnames, and people not in the registry.

Resolution stays inside the article: a bare "Kim" is the Kim the article names in full most
often; a misspelt "Denis Mantrurov" is compared (rapidfuzz) only with registry people who share
his first name; a name the registry does not know becomes ``person:<slug>``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from .matching import load_lexicon
from .names import normalise_name, slug, surname_of
from .registry import Registry

__all__ = ["PeopleIndex", "fuzzy_person"]

FUZZY_MIN = 88  # rapidfuzz ratio of folded full names; one letter off in a 14-letter name is ~93


def fuzzy_person(name: str, registry: Registry) -> str | None:
    """Registry person whose full name is a near spelling of ``name`` (same first name or surname)."""
    key = normalise_name(name)
    words = key.split()
    if len(words) < 2:
        return None
    best, best_score = None, 0.0
    # small candidate sets: same first name ("Denis Mantrurov") or same surname ("Anthony Blinken")
    candidates = dict.fromkeys([*registry.by_first.get(words[0], []), *registry.by_surname.get(words[-1], [])])
    for person in candidates:
        actor = registry.by_id[person]
        for variant in [actor.name, *actor.aliases]:
            score = fuzz.ratio(key, normalise_name(variant))
            if score > best_score:
                best, best_score = person, score
    return best if best_score >= FUZZY_MIN else None


@dataclass
class PeopleIndex:
    """Who the article names in full, to resolve surnames against."""

    registry: Registry
    counts: Counter[str] = field(default_factory=Counter)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # discovered person id -> name as written

    def same_person(self, name: str) -> str | None:
        """A person already named in the article whose name this is with or without particles or a
        middle name ("Omar Bashir" = "Omar al - Bashir")."""
        words = [w for w in normalise_name(name).split() if w not in {"al", "el", "bin", "ibn"}]
        for person, written in self.names.items():
            other = [w for w in normalise_name(written).split() if w not in {"al", "el", "bin", "ibn"}]
            if words and other and words[0] == other[0] and words[-1] == other[-1]:
                return person
        return None

    def add(self, person: str, name: str) -> None:
        """Count a full-name mention of ``person`` written as ``name``."""
        self.counts[person] += 1
        actor = self.registry.get(person)
        country = actor.country if actor else None
        keys = {surname_of(name, country)}
        if actor:
            keys |= {surname_of(n, country) for n in [actor.name, *actor.aliases]}
        else:
            self.names.setdefault(person, name)
        for key in keys - {""}:
            self.surnames.setdefault(key, [])
            if person not in self.surnames[key]:
                self.surnames[key].append(person)

    def resolve_surname(self, word: str) -> str | None:
        """The person a bare surname stands for: the most-named in the article with it.

        Registry people win over people the registry does not know; with no full mention in the
        article, a surname only a single registry person has ("Putin") still resolves.
        """
        key = normalise_name(word)
        named = self.surnames.get(key, [])
        if named:
            # registry people first, then the one the article introduced first: "Gray" after
            # "Kimani Gray ... his sister Mahnefah Gray" is Kimani; "Kim" after "Lami Kim" is Kim Jong Un
            known = [p for p in named if self.registry.get(p)] or named
            return known[0]
        candidates = self.registry.by_surname.get(key, [])
        if len(candidates) == 1 and self.registry.entries[candidates[0]].notable:
            return candidates[0]  # only people news names by surname alone ("Putin"), not every minister
        return None


def _name_word(token: Token) -> bool:
    """A capitalised proper noun that is not an entity, a title or a sentence start."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.ent_type_
        and not token.is_sent_start
        and token.lower_ not in load_lexicon().name_titles
    )


def discovered_id(ent: Span) -> str:
    """Id for a person the registry does not know."""
    return "person:" + slug(ent.text)


PLACE_HEADS = frozenset(
    {
        "province",
        "district",
        "region",
        "city",
        "village",
        "county",
        "state",
        "island",
        "town",
        "area",
        "center",
        "centre",
        "clinic",
        "hospital",
        "street",
        "camp",
        "airport",
    }
)
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into"})


def place_words(doc: Doc) -> set[str]:
    """Capitalised words the article uses as places ("in Aceh", "Aceh province", "at Betty Ford")."""
    words = set()
    for token in doc:
        if not token.is_title or (token.ent_type_ == "PERSON" and token.ent_iob_ == "B"):
            continue
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if before in PLACE_PREPOSITIONS or after in PLACE_HEADS:
            words.add(token.lower_)
    return words


def person_ents(doc: Doc) -> list[Span]:
    """spaCy PERSON entities, possessive endings trimmed, extended left over a given name spaCy
    left out ("spokesman Sawarmi [Khaled Saad]")."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        while start > 0 and _name_word(doc[start - 1]):
            start -= 1
        while start < end - 1 and doc[start].lower_.rstrip(".") in load_lexicon().name_titles:
            start += 1  # "Rep. Nick Rahall", "Member Jumaane Williams": the title is not the name
        ent = doc[start:end]
        while end > ent.start and doc[end - 1].text in {"’s", "'s", "’", "'"}:
            end -= 1
        if end > ent.start:
            spans.append(doc[ent.start : end])
    return spans
