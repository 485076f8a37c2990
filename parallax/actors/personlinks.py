"""Linking people: registry names, near spellings, surnames, and people the registry lacks."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp import text_of
from ..records import Actor
from .matching import Lexicon, NameMatch
from .names import normalise_name, surname_of
from .namesakes import person_surnames, state_marked
from .people import PeopleIndex, discovered_id, fuzzy_person, person_ents, place_words
from .registry import Registry
from .spans import Linking, PersonSpan

__all__ = ["describe", "link_people"]

PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "von", "van", "der", "la", "du", "di", "le"}
STOP_DESCRIPTION = {",", ".", ";", ")", "(", "“", "”", '"', "—", "–"}


def _inside_person(match: NameMatch, ents: list[Span]) -> bool:
    """A state name inside a longer PERSON entity ("Jordan" in "Michael Jordan")."""
    return any(
        e.start <= match.start and match.end <= e.end and e.end - e.start > match.end - match.start for e in ents
    )


def link_people(
    doc: Doc, matches: list[NameMatch], index: PeopleIndex, linking: Linking, registry: Registry, lexicon: Lexicon
) -> list[NameMatch]:
    """Fill ``linking.people`` and ``linking.new_actors``; return the non-person name matches kept."""
    ents = person_ents(doc)
    kept: list[NameMatch] = []
    taken: set[int] = set()
    namesakes = _namesakes(doc, matches, ents, registry, lexicon)
    states = [m for m in matches if registry.by_id[m.actor].kind == "state"]
    for match in matches:
        if registry.by_id[match.actor].kind == "person":
            linking.people.append(PersonSpan(match.start, match.end, match.actor))
            index.add(match.actor, doc[match.start : match.end].text)
            taken.update(range(match.start, match.end))
        elif _inside_person(match, ents):
            continue
        elif (
            registry.by_id[match.actor].kind == "state"
            and _surname_of_named(doc, match, namesakes)
            and not state_marked(doc, match, states, lexicon)
        ):
            continue  # "Jordan said" after "Jim Jordan": left to the surname linking below
        else:
            kept.append(match)
            taken.update(range(match.start, match.end))
    singles = _link_person_ents(doc, ents, taken, index, linking, registry, lexicon)
    _link_surnames(doc, singles, taken, index, linking)
    linking.people.sort(key=lambda p: p.start)
    return kept


def _namesakes(doc: Doc, matches: list[NameMatch], ents: list[Span], registry: Registry, lexicon: Lexicon) -> set[str]:
    """Surname keys of the people the article names in full (registry matches and PERSON entities
    that read as names: "pro-Israel" and headline fragments do not)."""
    names = [e for e in ents if _plausible_name(e) and not in_headline(e)]
    keys = person_surnames(names, registry, lexicon)
    for match in matches:
        actor = registry.by_id[match.actor]
        if actor.kind == "person" and match.end - match.start > 1:
            keys.add(surname_of(actor.name, actor.country))
    return keys


def _surname_of_named(doc: Doc, match: NameMatch, namesakes: set[str]) -> bool:
    """A one-word name in title case (not an adjective, not "UN") that is the surname of a person
    the article names."""
    return (
        match.kind != "adjective"
        and match.end - match.start == 1
        and doc[match.start].is_title
        and normalise_name(doc[match.start].text) in namesakes
    )


def _plausible_name(ent: Span) -> bool:
    """Two or more capitalised words, no digits: a name rather than a headline fragment."""
    words = [t for t in ent if t.is_alpha and t.lower_ not in PARTICLES]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words) and not any(t.like_num for t in ent)


def _link_person_ents(
    doc: Doc,
    ents: list[Span],
    taken: set[int],
    index: PeopleIndex,
    linking: Linking,
    registry: Registry,
    lexicon: Lexicon,
) -> list[Span]:
    """Link multi-word PERSON entities the registry names did not cover; return one-word ones."""
    singles = []
    places = place_words(doc)
    for ent in ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        if len([t for t in ent if t.is_alpha]) == 1:
            singles.append(ent)
            continue
        if in_headline(ent):
            singles += [ent[k : k + 1] for k in range(len(ent)) if normalise_name(ent[k].text) in registry.by_surname]
            continue
        if not _plausible_name(ent) or ent[-1].text in lexicon.place_nouns or ent[-1].lower_ in places:
            continue
        person = fuzzy_person(ent.text, registry) or index.same_person(ent.text)
        if person is None:
            person = discovered_id(ent)
            if person not in linking.new_actors:
                linking.new_actors[person] = Actor(
                    id=person, name=ent.text, kind="person", description=describe(doc, ent)
                )
        linking.people.append(PersonSpan(ent.start, ent.end, person))
        index.add(person, ent.text)
        taken.update(range(ent.start, ent.end))
    return singles


def in_headline(span: Span) -> bool:
    """The span lies in a short title-case line (a headline), where spaCy's PERSON is unreliable."""
    text = text_of(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return 3 < len(words) <= 30 and capitalised / len(words) > 0.6


def _link_surnames(doc: Doc, singles: list[Span], taken: set[int], index: PeopleIndex, linking: Linking) -> None:
    """Bare surnames ("Kim", "Putin"): one-word PERSON entities and untagged capitalised tokens."""
    candidates = {ent.start for ent in singles}
    for token in doc:
        if token.i in taken or not token.text[:1].isupper() or not token.is_alpha:
            continue
        key = normalise_name(token.text)
        if token.i not in candidates and key not in index.surnames:
            continue
        followed = token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].is_alpha
        if followed and not in_headline(doc[token.i : token.i + 1]):
            continue  # part of a longer name we do not know ("Kim Il Sung Square" was dropped, not split)
        person = index.resolve_surname(token.text)
        if person:
            linking.people.append(PersonSpan(token.i, token.i + 1, person))
            taken.add(token.i)


def describe(doc: Doc, ent: Span) -> str | None:
    """Role and affiliation the text gives a person: ", professor at X" after the name, or the
    title words before it ("former U.S. ambassador to Russia Michael McFaul")."""
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        words = []
        for token in doc[ent.end + 1 : ent.end + 30]:
            if token.text in STOP_DESCRIPTION or token.lower_ in {"said", "says", "told", "wrote", "added"}:
                break
            words.append(token)
        if words and (words[0].is_lower or words[0].lower_ in {"a", "an", "the", "former"}):
            return _strip_place(doc[words[0].i : words[-1].i + 1])
    return None


def _strip_place(span: Span) -> str:
    """ "professor at the X Center in Honolulu" -> "professor at the X Center"."""
    tokens = list(span)
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].lower_ == "in" and all(t.text[:1].isupper() for t in tokens[k + 1 :]) and k + 1 < len(tokens):
            return span.doc[tokens[0].i : tokens[k].i].text
    return span.text
