"""Build the dossier of each story from the store, and render it."""

from __future__ import annotations

import json
from typing import Any

from jinja2 import Environment, PackageLoader

from ..actors.display import display_name
from ..errors import NotFoundError, ParallaxError
from ..records import political_claim
from ..store import Store

__all__ = ["build_dossier", "build_dossiers", "render"]


def build_dossiers(store: Store, *, story: str | None = None) -> list[dict[str, Any]]:
    """One dossier per story (only ``story`` when given): what happened, who said what, claims,
    conflicts and sources."""
    if story is not None:
        return [build_dossier(store, story)]
    return [_dossier(store, entry) for entry in store.corpus("story")]


def build_dossier(store: Store, story: str) -> dict[str, Any]:
    """The dossier of one story, read from the store by its articles (not the whole corpus)."""
    found = store.corpus("story", ids=[story])
    if not found:
        raise NotFoundError(f"no story {story!r}")
    return _dossier(store, found[0])


def _dossier(store: Store, entry: dict[str, Any]) -> dict[str, Any]:
    ids = list(entry["articles"])
    members = set(ids)
    articles = {a.id: a for a in store.articles_by_id(ids)}
    profiles = {p["subject"]: p for p in store.corpus("profile", ids=[f"article:{a}" for a in ids])}
    inferred = {d["article"]: d["published"] for d in store.corpus("date", ids=ids)}
    support = {s["id"]: s for s in store.corpus_citing("support", ids)}

    def label(article_id: str) -> str:
        article = articles.get(article_id)
        return (article.input_id or article.source or article_id) if article else article_id

    dossier: dict[str, Any] = {
        "story": entry,
        "articles": [
            {
                "id": a,
                "label": label(a),
                "title": articles[a].title,
                "source": articles[a].source,
                "url": articles[a].url,
                "published": articles[a].published or inferred.get(a),
                "published_inferred": not articles[a].published and a in inferred,
                "profile": profiles.get(a),
                "removals": len(articles[a].removals),
            }
            for a in ids
            if a in articles
        ],
        "events": sorted(
            (e for e in store.corpus_citing("event", ids) if any(m["article"] in members for m in e["mentions"])),
            key=lambda e: (e.get("date") or "9999", e["type"]),
        ),
        "quotes": [dict(q, source=label(a)) for a, q in store.items("quote", articles_in=ids)],
        "claims": [
            dict(c, source=label(a), support=support.get(c.get("id", "")))
            for a, c in store.items("claim", articles_in=ids)
            if political_claim(c)
        ],
        "conflicts": [
            c for c in store.corpus_citing("conflict", ids) if any(s["article"] in members for s in c["sides"])
        ],
        "labels": {a: label(a) for a in ids},
        # quotes and events reported by several articles (claims show theirs inline)
        "corroboration": [
            s
            for s in support.values()
            if s.get("story") == entry["id"] and s["kind"] != "claim" and len(s["articles"]) > 1
        ],
        "copies": [c for c in store.corpus_citing("copy", ids) if c["copy"] in members],
    }
    dossier["graph_svg"] = _relation_svg(dossier["events"])
    return dossier


def _relation_svg(events: list[dict[str, Any]]) -> str:
    """The relation diagram of the story's actors (empty when there is no relation)."""
    from ..graph import relation_svg
    from ..graph_export import load_events

    return relation_svg(load_events(events))


# Article text is hostile input: every template escapes by default, whatever its name
# (``select_autoescape(["html"])`` does not match "dossier.html.j2" and let markup through raw).
# Markdown renderers pass raw HTML on, so the Markdown dossier is escaped too.
_ENV = Environment(loader=PackageLoader("parallax.report", "templates"), autoescape=True)
_ENV.filters["pct"] = lambda value: f"{value:.0%}"
_ENV.filters["name"] = display_name  # names, not ids, wherever a person reads


def render(dossiers: list[dict[str, Any]], *, format: str) -> str:
    """The dossiers as ``md``, ``html`` or ``json``."""
    if format == "json":
        return json.dumps(dossiers, indent=2, ensure_ascii=False)
    if format not in {"md", "html"}:
        raise ParallaxError(f"unknown report format {format!r} (md, html or json)")
    return _ENV.get_template(f"dossier.{format}.j2").render(dossiers=dossiers)
