"""The corpus: stored articles with their extractions, and the corpus stages that run over it.

Each corpus stage is a plain function ``stage(corpus, options=...)`` in its own module that
fills its part of the corpus (copies, stories, events, conflicts, profiles).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .config import Options
from .records import (
    Actor,
    Article,
    Claim,
    Conflict,
    Event,
    Extraction,
    Mention,
    Quote,
    SourceProfile,
    Story,
    Timex,
    from_dict,
    to_dict,
)
from .store import ITEM_KINDS, Store

__all__ = ["CORPUS_STAGES", "Corpus", "run_corpus_stages"]

_ITEM_TYPES: dict[str, type] = {
    "mentions": Mention,
    "timexes": Timex,
    "events": Event,
    "quotes": Quote,
    "claims": Claim,
    "findings": Conflict,
    "actors": Actor,
}


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    extractions: dict[str, Extraction] = field(default_factory=dict)
    # filled by the corpus stages
    copies: list[dict[str, Any]] = field(default_factory=list)  # {"copy", "original", "containment"}
    stories: list[Story] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # merged: one per real-world event
    conflicts: list[Conflict] = field(default_factory=list)
    profiles: list[SourceProfile] = field(default_factory=list)
    corroboration: list[dict[str, Any]] = field(default_factory=list)
    # the stories stage's state for the next batch (stories/incremental.py): loaded, then replaced
    story_state: dict[str, Any] | None = None
    story_bags: Callable[[Sequence[str]], Mapping[str, Mapping[str, Any]]] = field(default=lambda ids: {}, repr=False)
    story_bag_updates: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    story_bags_replace: bool = False
    _by_id: dict[str, Article] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, store: Store) -> Corpus:
        corpus = cls(articles=store.articles(analysed_only=True, latest_only=True))
        for article in corpus.articles:
            corpus.extractions[article.id] = Extraction(article=article.id)
        for attribute, kind in ITEM_KINDS.items():
            item_cls = _ITEM_TYPES[attribute]
            for article_id, data in store.items(kind):
                extraction = corpus.extractions.get(article_id)
                if extraction is not None:
                    getattr(extraction, attribute).append(from_dict(item_cls, data))
        state = store.corpus("storystate")
        corpus.story_state = state[0] if state else None
        corpus.story_bags = lambda ids: {bag["article"]: bag for bag in store.corpus("storybag", ids=list(ids))}
        return corpus

    @classmethod
    def of(cls, pairs: Iterable[tuple[Article, Extraction]]) -> Corpus:
        """A corpus of analysed articles held in memory (no store)."""
        corpus = cls()
        for article, extraction in pairs:
            corpus.articles.append(article)
            corpus.extractions[article.id] = extraction
        return corpus

    def article(self, article_id: str) -> Article | None:
        if len(self._by_id) != len(self.articles):  # articles arrived since the index was built
            self._by_id = {a.id: a for a in self.articles}
        return self._by_id.get(article_id)

    def story_index(self) -> dict[str, str]:
        """Article id -> story id, built once per call site rather than searched per article."""
        return {article_id: story.id for story in self.stories for article_id in story.articles}

    def results(self) -> dict[str, list[tuple[str, Any]]]:
        """What the store keeps of the corpus stages, by kind."""
        return {
            "story": [(s.id, to_dict(s)) for s in self.stories],
            "event": [(e.id, to_dict(e)) for e in self.events],
            "conflict": [(c.id, to_dict(c)) for c in self.conflicts],
            "profile": [(f"{p.kind}:{p.subject}", to_dict(p)) for p in self.profiles],
            "copy": [(f"{c['copy']}>{c['original']}", c) for c in self.copies],
            "support": [(c["id"], c) for c in self.corroboration],
            # publication dates the "dates" stage inferred from the story (articles stay as stored)
            "date": [
                (a.id, {"article": a.id, "published": a.published, "inferred": True})
                for a in self.articles
                if a.published_inferred
            ],
            **self._story_state(),
        }

    def _story_state(self) -> dict[str, list[tuple[str, Any]]]:
        if self.story_state is None:
            return {}
        if self.story_bags_replace:
            return {"storystate": [("state", self.story_state)], "storybag": list(self.story_bag_updates.items())}
        return {"storystate": [("state", self.story_state)]}

    def updates(self) -> dict[str, list[tuple[str, Any]]]:
        """Corpus results stored in place of the stored ones of the same ids, the others kept."""
        if self.story_bags_replace or not self.story_bag_updates:
            return {}
        return {"storybag": list(self.story_bag_updates.items())}


def _stages() -> list[tuple[str, Callable[..., None]]]:
    from .crosscheck import corroborate, cross_check, profile_sources
    from .stories import find_copies, group_stories, infer_dates
    from .stories.events import merge_events

    return [
        ("copies", find_copies),
        ("stories", group_stories),
        ("dates", infer_dates),
        ("events", merge_events),
        ("crosscheck", cross_check),
        ("corroboration", corroborate),
        ("sources", profile_sources),
    ]


CORPUS_STAGES = _stages


def run_corpus_stages(corpus: Corpus, *, options: Options) -> Corpus:
    for _name, stage in _stages():
        stage(corpus, options=options)
    return corpus
