"""Stored stories, conflicts and source profiles as records, for the CLI and the web app."""

from __future__ import annotations

from ..records import Conflict, SourceProfile, Story, from_dict
from ..store import Store

__all__ = ["stored_conflicts", "stored_profiles", "stored_stories"]


def stored_stories(store: Store, *, storyline: str | None = None) -> list[Story]:
    """Stories, largest first (only ``storyline``'s when given)."""
    stories = [from_dict(Story, data) for data in store.corpus("story")]
    if storyline is not None:
        stories = [s for s in stories if s.storyline == storyline]
    return sorted(stories, key=lambda s: (-len(s.articles), s.date or "9999", s.id))


def stored_conflicts(
    store: Store, *, story: str | None = None, kind: str | None = None, related: bool = True
) -> list[Conflict]:
    """Conflicts (and related figures unless ``related`` is False), filtered by story and kind."""
    conflicts = [from_dict(Conflict, data) for data in store.corpus("conflict")]
    return [
        c
        for c in conflicts
        if (story is None or c.story == story) and (kind is None or c.kind == kind) and (related or not c.related)
    ]


def stored_profiles(store: Store, *, kind: str | None = None) -> list[SourceProfile]:
    """Source profiles, best first (``kind``: "article" or "publisher")."""
    profiles = [from_dict(SourceProfile, data) for data in store.corpus("profile")]
    return sorted((p for p in profiles if kind is None or p.kind == kind), key=lambda p: -p.score)
