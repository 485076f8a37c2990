"""Linking titles: "Foreign Minister Yoshimasa Hayashi", "Shin Won-sik, South Korea's defense
minister", and role nouns standing alone ("the Russian leader", "the two leaders")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..timex import anchor_date
from .matching import Lexicon
from .people import PeopleIndex
from .registry import Registry, within
from .rolenouns import TitleSpan, find_titles
from .spans import Linking, PersonSpan, RoleLink

__all__ = ["link_roles"]

ARTICLES = {"the", "a", "an"}


def _person_after(doc: Doc, end: int, starts: dict[int, PersonSpan]) -> PersonSpan | None:
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    return starts.get(k)


def _person_before(doc: Doc, start: int, ends: dict[int, PersonSpan]) -> PersonSpan | None:
    """ "Shin Won-sik, South Korea's defense minister": the name before a comma."""
    k = start - 1
    for _ in range(3):  # ", the founding leader of", ", a former senior minister"
        if k > 0 and doc[k].is_alpha and doc[k].is_lower:
            k -= 1
    if k > 0 and doc[k].text == ",":
        return ends.get(k)
    return None


def link_roles(doc: Doc, linking: Linking, index: PeopleIndex, registry: Registry, lexicon: Lexicon) -> None:
    """Attach titles to the names next to them; then resolve role nouns that stand alone."""
    starts = {p.start: p for p in linking.people}
    ends = {p.end: p for p in linking.people}
    alone: list[TitleSpan] = []
    for span in find_titles(doc, linking.names, registry, lexicon):
        person = None if span.plural else _person_after(doc, span.end, starts) or _person_before(doc, span.start, ends)
        if person is not None:
            _attach(doc, span, person, linking)
        elif (span.determiner or span.country) and not span.not_current:
            alone.append(span)
    # "the president of South Sudan ... President Salva Kiir said": titles the article attaches to
    # a name count for role nouns anywhere in it, registry or not
    named = {
        (s.title, s.country or registry.country_of(people[0]) or ""): people[0] for s, people in linking.roles if people
    }
    anchor = anchor_date(doc)
    for span in alone:
        if span.plural and not _counted_pair(doc, span):
            continue  # "Sudanese leaders": a group, not the two leaders the article names
        people = _resolve(span, linking, registry, anchor)
        key = (span.title, span.country or "")
        if (not people or people == [span.country]) and key in named:
            people = [named[key]]
        if people:
            linking.roles.append((span, people))
            if len(people) == 1 and people[0].startswith("person:"):
                _record(doc, span, people[0], None, linking)


def _counted_pair(doc: Doc, span: TitleSpan) -> bool:
    """ "the two leaders", "both leaders", "the two presidents"."""
    before = {doc[k].lower_ for k in range(max(0, span.title_start - 2), span.title_start)}
    return bool(before & {"two", "both"})


def _attach(doc: Doc, span: TitleSpan, person: PersonSpan, linking: Linking) -> None:
    linking.roles.append((span, [person.actor]))
    new = linking.new_actors.get(person.actor)
    if new is not None and not new.description:
        new.description = doc[span.start : span.end].text  # the title the text gives someone we did not know
        new.sector = new.sector or "GOV"
        new.country = new.country or (span.country if span.country and len(span.country) == 3 else None)
    _record(doc, span, person.actor, person, linking)


def _record(doc: Doc, span: TitleSpan, person: str, name: PersonSpan | None, linking: Linking) -> None:
    title = doc[span.start : span.end]
    link = RoleLink(
        start=title.start_char,
        end=title.end_char,
        title=span.title,
        country=span.country,
        person=person,
        not_current=span.not_current,
        text=title.text,
    )
    if name is not None:
        named = doc[name.start : name.end]
        link.name_start, link.name_end = named.start_char, named.end_char
    linking.links.append(link)


def _doc_holders(span: TitleSpan, linking: Linking, registry: Registry) -> list[str]:
    """People of the article who ever held the role noun's office: those named before it, latest
    first, then those named after it ("the president of South Sudan ... Salva Kiir said")."""
    before = sorted((p for p in linking.people if p.start < span.start), key=lambda p: -p.start)
    after = [p for p in linking.people if p.start >= span.end]
    found: list[str] = []
    for person in [*before, *after]:
        if person.actor not in found and registry.offices_of(person.actor, span.title, span.country):
            found.append(person.actor)
    return found


def _resolve(span: TitleSpan, linking: Linking, registry: Registry, anchor: str | None) -> list[str]:
    """Who a role noun stands for: a matching person of the article, else the holder on the
    article's date, else the state or IGO itself."""
    in_doc = _doc_holders(span, linking, registry)
    if span.plural:
        leaders = in_doc if span.title != "leader" else _leaders(linking, registry)
        return leaders[:2]
    if len(in_doc) > 1:
        in_doc = _current_first(in_doc, span, linking, registry, anchor)
    if in_doc:
        return in_doc[:1]
    if span.country and anchor:
        holders = registry.holders(span.title, country=span.country, on=anchor)
        if len(holders) == 1:
            return [holders[0].id]
    return [span.country] if span.country else []


def _current_first(
    people: list[str], span: TitleSpan, linking: Linking, registry: Registry, anchor: str | None
) -> list[str]:
    """Several people of the article held the office: the one holding it on the article's date,
    else the one the article names most ("the president" of an article about Obama undoing a
    Bush rule is Obama)."""
    if anchor:
        holding = [
            p for p in people if any(within(o, anchor) for o in registry.offices_of(p, span.title, span.country))
        ]
        if holding:
            return holding
    counts = {p: sum(1 for q in linking.people if q.actor == p) for p in people}
    return sorted(people, key=lambda p: -counts[p])


def _leaders(linking: Linking, registry: Registry) -> list[str]:
    """The heads of state or government the article names, most named first."""
    counts: dict[str, int] = {}
    for person in linking.people:
        actor = registry.get(person.actor)
        if actor and any(registry.offices_of(person.actor, "leader", o.country) for o in actor.offices if o.country):
            counts[person.actor] = counts.get(person.actor, 0) + 1
    return sorted(counts, key=lambda p: -counts[p])
