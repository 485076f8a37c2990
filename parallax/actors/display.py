"""Names of actors for readers: the registry's, else the name the text gave, else the id made readable."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from ..records import Actor, Office, from_dict
from . import load_registry
from .registry import Registry

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Names", "display_name"]


@cache
def _shipped() -> Names:
    return Names.load()


def display_name(actor_id: str | None) -> str:
    """How a reader sees an actor id: "person:vladimir-putin" -> "Vladimir Putin", "KOR-MOFA" ->
    the ministry's name; a name as written stays as it is."""
    return _shipped().name(actor_id)


class Names:
    """Actor id -> name. Registry actors are known up front; actors met only in the text (stored
    as items of kind "actor") are looked up per page, for the articles the page shows."""

    def __init__(self, registry: Registry, stored: Iterable[dict[str, Any]] = ()) -> None:
        self.registry = registry
        self.stored: dict[str, Actor] = {}
        self.add(stored)

    @classmethod
    def load(cls, actor_files: tuple[str, ...] = ()) -> Names:
        return cls(load_registry(actor_files))

    def add(self, stored: Iterable[dict[str, Any]]) -> None:
        for data in stored:
            self.stored.setdefault(data["id"], from_dict(Actor, data))

    def for_articles(self, store: Store, articles: list[str]) -> Names:
        """These names plus the actors the text of ``articles`` introduced."""
        names = Names(self.registry)
        names.stored = dict(self.stored)
        names.add(data for _, data in store.items("actor", articles_in=articles))
        return names

    def actor(self, actor_id: str) -> Actor | None:
        return self.registry.get(actor_id) or self.stored.get(actor_id)

    def name(self, actor_id: str | None) -> str:
        """The name of ``actor_id``; a value that is not an id (a speaker's name as written) as is."""
        if not actor_id:
            return ""
        actor = self.actor(actor_id)
        if actor is not None:
            return actor.name
        if actor_id.startswith("person:"):
            return actor_id.removeprefix("person:").replace("-", " ").title()
        return actor_id

    def ref(self, actor_id: str | None) -> dict[str, Any]:
        """``{"id", "name"}`` for a page; ``id`` is None when the value names no known actor."""
        known = bool(actor_id) and (self.actor(actor_id or "") is not None or ":" in (actor_id or ""))
        return {"id": actor_id if known else None, "name": self.name(actor_id)}

    def office(self, office: Office) -> dict[str, Any]:
        where = self.name(office.country or office.organisation)
        return {"title": office.title, "of": where, "start": office.start, "end": office.end}

    def search(self, query: str, *, limit: int = 20) -> list[str]:
        """Ids of registry actors whose name contains ``query`` (case-insensitive), shortest name first."""
        folded = query.casefold()
        found = [a for a in self.registry.by_id.values() if folded in a.name.casefold()]
        return [a.id for a in sorted(found, key=lambda a: (len(a.name), a.name))[:limit]]
