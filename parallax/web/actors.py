"""The actor page: name, offices, mentions over time, events by type and counterpart, relations
over time, treaties with their commitments."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..actors.display import Names
from ..errors import NotFoundError
from ..extract.events_actors import code_of
from ..graph import QUAD_NAMES, build_edges
from ..graph_export import load_events
from .site import Site

__all__ = ["actor_page", "takes_part"]


def actor_page(site: Site, actor_id: str) -> dict[str, Any]:
    """One actor: name, offices, mentions over time, events by type and counterpart, relations
    over time, treaties with their commitments."""
    store = site.store
    mentions = [(a, m) for a, m in store.items("mention", contains=f'"{actor_id}"') if m.get("actor") == actor_id]
    events = [e for e in store.corpus("event", contains=actor_id) if takes_part(actor_id, e)]
    names = site.names.for_articles(store, sorted({a for a, _ in mentions})[:200])
    actor = names.actor(actor_id)
    if actor is None and not mentions and not events:
        raise NotFoundError(f"no actor {actor_id!r}")
    dated = {a.id: a.published for a in store.article_heads(sorted({a for a, _ in mentions}))}
    for row in store.corpus("date", ids=[a for a, d in dated.items() if not d]):
        dated[row["article"]] = row["published"]
    edges = build_edges(load_events(events), actor=actor_id)
    return {
        "actor": {
            "id": actor_id,
            "name": names.name(actor_id),
            "kind": actor.kind if actor else None,
            "country": names.ref(actor.country) if actor and actor.country else None,
            "aliases": actor.aliases if actor else [],
            "description": actor.description if actor else None,
            "offices": [names.office(o) for o in actor.offices] if actor else [],
        },
        "mentions": {"total": len(mentions), "articles": len(dated), "by_month": _by_month(dated, mentions)},
        "events_by_type": [{"type": t, "count": n} for t, n in Counter(e["type"] for e in events).most_common()],
        "counterparts": _counterparts(actor_id, events, names),
        "relations": [
            _edge(e, names) for e in sorted(edges, key=lambda e: (e.period, e.source, e.target)) if e.kind == "relation"
        ],
        "treaties": [_edge(e, names) for e in edges if e.kind == "treaty"],
        "events": [_event_row(e, names) for e in sorted(events, key=lambda e: e.get("date") or "9999")[:200]],
    }


def takes_part(actor_id: str, event: dict[str, Any]) -> bool:
    parties = event["actors"] + event["recipients"]
    return actor_id in parties or actor_id in {code_of(a) for a in parties}


def _by_month(dated: dict[str, str | None], mentions: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter((dated.get(a) or "")[:7] or "undated" for a, _ in mentions)
    return [{"month": month, "count": n} for month, n in sorted(counts.items())]


def _counterparts(actor_id: str, events: list[dict[str, Any]], names: Names) -> list[dict[str, Any]]:
    by: dict[str, Counter[str]] = {}
    for event in events:
        for other in dict.fromkeys(event["actors"] + event["recipients"]):
            if other != actor_id and code_of(other) != actor_id:
                by.setdefault(other, Counter())[event["type"]] += 1
    rows = [names.ref(other) | {"events": sum(c.values()), "types": dict(c)} for other, c in by.items()]
    return sorted(rows, key=lambda r: -r["events"])


def _edge(edge: Any, names: Names) -> dict[str, Any]:
    return {
        "source": names.ref(edge.source),
        "target": names.ref(edge.target),
        "period": edge.period,
        "relation": "treaty" if edge.kind == "treaty" else QUAD_NAMES[edge.quad],
        "events": len(edge.events),
        "types": sorted(set(edge.types)),
        "commitments": edge.commitments,
    }


def _event_row(event: dict[str, Any], names: Names) -> dict[str, Any]:
    return {
        "id": event["id"],
        "date": event.get("date"),
        "type": event["type"],
        "mode": event.get("mode"),
        "actors": [names.ref(a) for a in event["actors"]],
        "recipients": [names.ref(a) for a in event["recipients"]],
        "modalities": dict(Counter(m.get("modality") or "asserted" for m in event["mentions"])),
        "article": event["mentions"][0]["article"] if event["mentions"] else None,
    }
