"""Build the dossier of each story from the store, and render it."""

from __future__ import annotations

import json
from typing import Any

from jinja2 import Environment, PackageLoader

from ..errors import ParallaxError
from ..store import Store

__all__ = ["build_dossiers", "render"]


def build_dossiers(store: Store, *, story: str | None = None) -> list[dict[str, Any]]:
    """One dossier per story (only ``story`` when given): what happened, who said what, claims,
    conflicts and sources."""
    stories = store.corpus("story")
    if story is not None:
        stories = [s for s in stories if s["id"] == story]
        if not stories:
            raise ParallaxError(f"no story {story!r} in {store.url}")
    articles = {a.id: a for a in store.articles()}
    profiles = {p["subject"]: p for p in store.corpus("profile")}
    events = store.corpus("event")
    conflicts = store.corpus("conflict")
    support = {s["id"]: s for s in store.corpus("support")}
    copies = store.corpus("copy")
    inferred = {d["article"]: d["published"] for d in store.corpus("date")}
    dossiers = []
    for entry in stories:
        members = set(entry["articles"])

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
                for a in entry["articles"]
                if a in articles
            ],
            "events": sorted(
                (e for e in events if any(m["article"] in members for m in e["mentions"])),
                key=lambda e: (e.get("date") or "9999", e["type"]),
            ),
            "quotes": [dict(q, source=label(a)) for a, q in store.items("quote") if a in members],
            "claims": [
                dict(c, source=label(a), support=support.get(c.get("id", "")))
                for a, c in store.items("claim")
                if a in members
            ],
            "conflicts": [c for c in conflicts if any(s["article"] in members for s in c["sides"])],
            "labels": {a: label(a) for a in entry["articles"]},
            # quotes and events reported by several articles (claims show theirs inline)
            "corroboration": [
                s
                for s in support.values()
                if s.get("story") == entry["id"] and s["kind"] != "claim" and len(s["articles"]) > 1
            ],
            "copies": [c for c in copies if c["copy"] in members],
        }
        dossier["graph_svg"] = _relation_svg(dossier["events"])
        dossiers.append(dossier)
    return dossiers


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


def render(dossiers: list[dict[str, Any]], *, format: str) -> str:
    """The dossiers as ``md``, ``html`` or ``json``."""
    if format == "json":
        return json.dumps(dossiers, indent=2, ensure_ascii=False)
    if format not in {"md", "html"}:
        raise ParallaxError(f"unknown report format {format!r} (md, html or json)")
    return _ENV.get_template(f"dossier.{format}.j2").render(dossiers=dossiers)
