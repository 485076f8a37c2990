"""What every view reads: the store, actor names, and the story index read once per corpus run."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from ..actors.display import Names
from ..extract.events_actors import code_of
from ..store import Store

__all__ = ["EventFacets", "Site", "StoryFilters", "StoryIndex"]


@dataclass
class EventFacets:
    """Which stories have events of each type, and in which each actor (or its country) takes part."""

    by_type: dict[str, set[str]]
    by_party: dict[str, set[str]]

    @classmethod
    def read(cls, store: Store, story_of: dict[str, str]) -> EventFacets:
        by_type: dict[str, set[str]] = {}
        by_party: dict[str, set[str]] = {}
        for event in store.corpus("event"):
            stories = {story_of[m["article"]] for m in event["mentions"] if m["article"] in story_of}
            by_type.setdefault(event["type"], set()).update(stories)
            parties = set(event["actors"] + event["recipients"])
            for party in parties | {code_of(p) for p in parties}:
                by_party.setdefault(party, set()).update(stories)
        return cls(by_type, by_party)


@dataclass
class StoryIndex:
    """The story rows (small: ids, titles, dates, member ids) newest first, read once per run of
    the corpus stages rather than once per request."""

    mark: Any  # the corpus stages' state row these rows were read under
    stories: list[dict[str, Any]]
    story_of: dict[str, str]  # article id -> story id
    storylines: dict[str, list[dict[str, Any]]]
    publishers: list[str]
    _facets: EventFacets | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def event_facets(self, store: Store) -> EventFacets:
        """The event facets, read on the first filter that needs them (every event row, once)."""
        with self._lock:
            if self._facets is None:
                self._facets = EventFacets.read(store, self.story_of)
            return self._facets

    @classmethod
    def read(cls, store: Store, mark: Any) -> StoryIndex:
        stories = sorted(store.corpus("story"), key=lambda s: (s.get("date") or "", s["id"]), reverse=True)
        storylines: dict[str, list[dict[str, Any]]] = {}
        for story in stories:
            if story.get("storyline"):
                storylines.setdefault(story["storyline"], []).append(story)
        story_of = {article: s["id"] for s in stories for article in s["articles"]}
        return cls(mark, stories, story_of, storylines, store.publishers())


@dataclass
class Site:
    """What every view reads: the store, the names of actors, the page size of lists."""

    store: Store
    names: Names
    page_size: int = 50
    _index: StoryIndex | None = None

    def stories(self) -> StoryIndex:
        """The story index, read again when the corpus stages have run since."""
        mark = self.store.corpus("state")
        index = self._index
        if index is None or index.mark != mark:
            index = self._index = StoryIndex.read(self.store, mark)
        return index


@dataclass
class StoryFilters:
    """The story list's search and filters (all optional); ``since``/``until`` are ISO dates."""

    q: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    type: str | None = None
    publisher: str | None = None
    page: int = 1
