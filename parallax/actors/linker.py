"""spaCy component ``parallax_actors``: links mentions of states, organisations and people.

Reads the doc's tokens, sentences and ``PERSON`` entities and ``doc._.published``; writes
``doc._.mentions`` (``Mention`` records by start), ``token._.actor`` (actor id of the mention a
token belongs to), ``doc._.actor_roles`` (title + person links, for the role check) and
``doc._.new_actors`` (people the registry does not know, as ``Actor`` records).

Layers, all dict lookups: registry names (matching.py), people and surnames (people.py), titles
and role nouns (rolenouns.py). Role nouns link to the person who holds the office: in the article
first, else on the article's date, else to the state ("the Russian leader" -> RUS). See docs/actors.md.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Mention
from .homonyms import drop_us_states
from .matching import Lexicon, NameMatch, load_lexicon, match_names
from .namesakes import LOCATIVE
from .people import PeopleIndex
from .personlinks import link_people
from .registry import Registry, load_registry
from .rolelinks import link_roles
from .spans import Linking, RoleLink

__all__ = ["ActorLinker", "RoleLink"]

for _name in ("mentions", "actor_roles", "new_actors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Token.has_extension("actor"):
    Token.set_extension("actor", default=None)

LABEL_OF_KIND = {"state": "GPE", "igo": "ORG", "organisation": "ORG", "person": "PERSON", "group": "ORG"}


class ActorLinker:
    """The ``parallax_actors`` component."""

    def __init__(self, registry: Registry, lexicon: Lexicon | None = None, actor_files: tuple[str, ...] = ()) -> None:
        self.registry = registry
        self.lexicon = lexicon or load_lexicon()
        self.actor_files = actor_files  # recorded on each doc so the role check loads the same registry

    def __call__(self, doc: Doc) -> Doc:
        linking = Linking()
        matches = drop_us_states(doc, match_names(doc, self.registry, self.lexicon), self.registry, self.lexicon)
        matches = _drop_inner_bodies(doc, matches, self.registry)
        index = PeopleIndex(self.registry)
        linking.names = link_people(doc, matches, index, linking, self.registry, self.lexicon)
        link_roles(doc, linking, index, self.registry, self.lexicon)
        write_mentions(doc, linking, self.registry, self.lexicon)
        doc.user_data["parallax_actor_files"] = list(self.actor_files)
        return doc


def _drop_inner_bodies(doc: Doc, matches: list[NameMatch], registry: Registry) -> list[NameMatch]:
    """An organisation's name inside a longer name another word begins is another body: "Security
    Council" in "National Security Council" (a state's word before it keeps it: "U.S. State
    Department", "Israeli Supreme Court")."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    kept = []
    for match in matches:
        token = doc[match.start]
        ent = next((e for e in doc.ents if e.start < match.start < e.end), None) if token.ent_iob_ == "I" else None
        if ent is not None and registry.by_id[match.actor].kind in {"igo", "organisation"}:
            words = [t for t in doc[ent.start : match.start] if t.is_title and t.pos_ != "DET"]
            if any(t.i not in covered for t in words):
                continue
        kept.append(match)
    return kept


def _sector_after(doc: Doc, end: int, lexicon: Lexicon) -> str | None:
    """Sector given by the noun after a state name or adjective ("North Korean soldiers" -> MIL)."""
    k = end + 1 if end < len(doc) and doc[end].text in {"'s", "’s"} else end
    for width in (2, 1):
        if k + width <= len(doc):
            sector = lexicon.sector_of.get(doc[k : k + width].text.lower())
            if sector:
                return sector
    return None


def _is_place(doc: Doc, start: int, end: int) -> bool:
    """ "in Pyongyang", "to Seoul": a capital named as a place, not standing for its government."""
    head = doc[end - 1]
    return (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE) or (start > 0 and doc[start - 1].lower_ in LOCATIVE)


def _mention(
    doc: Doc, start: int, end: int, label: str, actor: str | None, sector: str | None, role: str | None = None
) -> Mention:
    span: Span = doc[start:end]
    return Mention(
        article=doc._.article_id or "",
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label=label,
        actor=actor,
        sector=sector,
        role=role,
    )


def write_mentions(doc: Doc, linking: Linking, registry: Registry, lexicon: Lexicon) -> None:
    """Turn the token spans of ``linking`` into ``doc._.mentions`` and ``token._.actor``."""
    mentions: list[Mention] = []
    roles_of = {(link.name_start, link.name_end): link.title for link in linking.links if link.name_start is not None}
    in_roles = {i for span, _people in linking.roles for i in range(span.start, span.end)}
    for match in linking.names:
        if match.start in in_roles:
            continue  # "North Korean" in "North Korean leader" is part of the title
        actor = registry.by_id[match.actor]
        label = "NORP" if match.kind == "adjective" else LABEL_OF_KIND.get(actor.kind, "ORG")
        if actor.kind == "state" and match.kind == "capital":
            sector: str | None = None if _is_place(doc, match.start, match.end) else "GOV"
        elif actor.kind == "state":
            sector = _sector_after(doc, match.end, lexicon)
        else:
            sector = actor.sector
        mentions.append(_mention(doc, match.start, match.end, label, actor.id, sector))
    for person in linking.people:
        known = registry.get(person.actor)
        sector = known.sector if known else None
        mention = _mention(doc, person.start, person.end, person.label, person.actor, sector)
        mention.role = roles_of.get((mention.start, mention.end))
        mentions.append(mention)
    for span, people in linking.roles:
        for actor_id in people or [None]:  # type: ignore[list-item]
            known = registry.get(actor_id) if actor_id else None
            sector = known.sector if known and known.kind == "person" else ("GOV" if actor_id else None)
            mentions.append(_mention(doc, span.start, span.end, "ROLE", actor_id, sector, span.title))
    mentions.sort(key=lambda m: (m.start, m.end))
    for mention in mentions:
        if mention.actor:
            for token in doc.char_span(mention.start, mention.end, alignment_mode="expand") or []:
                token._.actor = token._.actor or mention.actor
    doc._.mentions = mentions
    doc._.actor_roles = linking.links
    doc._.new_actors = list(linking.new_actors.values())


@Language.factory("parallax_actors", default_config={"actor_files": []})
def make_actor_linker(nlp: Language, name: str, actor_files: list[str]) -> ActorLinker:
    """The component, over the shipped registry plus ``actor_files``."""
    return ActorLinker(load_registry(tuple(actor_files)), actor_files=tuple(actor_files))
