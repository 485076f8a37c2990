"""Counting events once: merging event mentions across and within articles."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ..config import Options
from ..records import Event

__all__ = ["merge_events"]

if TYPE_CHECKING:
    from ..corpus import Corpus


def _key(event: Event) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None]:
    return (event.type, tuple(sorted(event.actors)), tuple(sorted(event.recipients)), event.date)


def merge_events(corpus: Corpus, *, options: Options) -> None:
    merged: dict[tuple[str, tuple[str, ...], tuple[str, ...], str | None], Event] = {}
    sources = {a.id: a.source for a in corpus.articles}
    for extraction in corpus.extractions.values():
        for event in extraction.events:
            key = _key(event)
            if key not in merged:
                digest = hashlib.sha1(repr(key).encode()).hexdigest()[:12]
                merged[key] = Event(
                    id=f"event-{digest}",
                    type=event.type,
                    mode=event.mode,
                    cameo=event.cameo,
                    actors=event.actors,
                    recipients=event.recipients,
                    date=event.date,
                    location=event.location,
                    commitments=list(event.commitments),
                )
            for mention in event.mentions:
                mention.source = mention.source or sources.get(mention.article)
                merged[key].mentions.append(mention)
    corpus.events = list(merged.values())
