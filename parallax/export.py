"""The JSON export (schema ``parallax/1``, documented in docs/schema.md)."""

from __future__ import annotations

from typing import Any

from .actors import load_registry
from .records import to_dict
from .store import Store

__all__ = ["SCHEMA", "build_export"]

SCHEMA = "parallax/1"


def build_export(store: Store, *, actor_files: tuple[str, ...] = ()) -> dict[str, Any]:
    """Everything stored, as one JSON-ready document."""
    stories = store.corpus("story")
    story_of = {article: story["id"] for story in stories for article in story["articles"]}
    profiles = store.corpus("profile")
    article_profile = {p["subject"]: p for p in profiles if p["kind"] == "article"}
    inferred = {d["article"]: d["published"] for d in store.corpus("date")}
    articles = []
    for article in store.articles():
        if not article.published and article.id in inferred:  # dated by its story
            article.published, article.published_inferred = inferred[article.id], True
        articles.append(
            {
                "id": article.id,
                "input_id": article.input_id,
                "url": article.url,
                "source": article.source,
                "title": article.title,
                "published": article.published,
                "published_inferred": article.published_inferred,
                "language": article.language,
                "author": article.author,
                "flags": article.flags,
                "analysed": article.analysed,
                "previous_version": article.previous_version,
                "text": article.text,
                "removals": [to_dict(r) for r in article.removals],
                "story": story_of.get(article.id),
                "profile": article_profile.get(article.id),
                "extra": article.extra,
            }
        )
    registry = load_registry(actor_files)
    mentions = [data for _, data in store.items("mention")]
    events = store.corpus("event")
    # the actors events name without a linked mention ("Gambian President ...": the coder's name table)
    parties = {a for event in events for a in event["actors"] + event["recipients"]}
    linked = sorted({m["actor"] for m in mentions if m.get("actor")} | parties)
    actors = [to_dict(registry.get(a)) for a in linked if registry.get(a)]
    actors += [data for _, data in store.items("actor")]
    return {
        "schema": SCHEMA,
        "articles": articles,
        "stories": stories,
        "events": events,
        "quotes": [data for _, data in store.items("quote")],
        "claims": [data for _, data in store.items("claim")],
        "conflicts": store.corpus("conflict"),
        "actors": actors,
        "mentions": mentions,
        "sources": profiles,
        "copies": store.corpus("copy"),
        "support": store.corpus("support"),
    }
