"""spaCy component ``parallax_actors``: links entity mentions to registry actors.

Writes ``doc._.mentions`` (list of ``Mention``, by start) and ``token._.actor`` (actor id of
the mention a token belongs to).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Mention
from .registry import Registry, load_registry, normalise_name

__all__ = ["ActorLinker"]

if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)
if not Token.has_extension("actor"):
    Token.set_extension("actor", default=None)

LABELS = {"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"}


class ActorLinker:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = []
        surnames: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            actors = self.registry.lookup(ent.text)
            actor = actors[0].id if actors else None
            if actor is None and ent.label_ == "PERSON":
                actor = surnames.get(normalise_name(ent.text.split()[-1]))
            if actor and ent.label_ == "PERSON" and len(ent) > 1:
                surnames[normalise_name(ent[-1].text)] = actor
            mentions.append(
                Mention(
                    article=doc._.article_id or "",
                    start=ent.start_char,
                    end=ent.end_char,
                    text=ent.text,
                    label=ent.label_,
                    actor=actor,
                )
            )
            if actor:
                for token in ent:
                    token._.actor = actor
        doc._.mentions = mentions
        return doc


@Language.factory("parallax_actors", default_config={"actor_files": []})
def make_actor_linker(nlp: Language, name: str, actor_files: list[str]) -> ActorLinker:
    return ActorLinker(load_registry(tuple(actor_files)))
