"""The actor graph: relations between actors by period, backed by events; treaties and commitments.

    events ──► relation edges (actor → recipient, period, QuadClass) ──► JSON, GraphML, SVG
           ──► treaty edges (the parties of an agreement, with its stated commitments)
           ──► timeline (dated events in order)

Only mentions whose modality is counted (asserted and reported by default) back an edge:
speculation, denials, plans and history do not make a relation.
"""

from __future__ import annotations

import html
import itertools
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .errors import ParallaxError
from .extract.events_actors import code_of
from .extract.events_lexicon import load_lexicon
from .records import Event

__all__ = [
    "COUNTED",
    "QUAD_NAMES",
    "build_graph",
    "graph_json",
    "graphml",
    "relation_svg",
    "render_graph",
    "timeline",
]

COUNTED = frozenset({"asserted", "reported"})
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass
class Edge:
    """Events between two actors in one period and QuadClass (or one treaty)."""

    source: str
    target: str
    period: str
    quad: int
    kind: str = "relation"  # relation or treaty
    events: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    goldstein: float = 0.0
    commitments: list[str] = field(default_factory=list)


def counted(event: Event, modalities: frozenset[str] = COUNTED) -> bool:
    """True when at least one mention of ``event`` has a counted modality."""
    return any(m.modality in modalities for m in event.mentions)


def _period(date: str | None) -> str:
    return date[:7] if date else "undated"


def _node(actor: str, by_country: bool) -> str:
    return code_of(actor) if by_country else actor


def _pairs(event: Event, by_country: bool) -> list[tuple[str, str]]:
    actors = list(dict.fromkeys(_node(a, by_country) for a in event.actors))
    recipients = [r for r in dict.fromkeys(_node(r, by_country) for r in event.recipients) if r not in actors]
    if recipients:
        return [(a, r) for a in actors for r in recipients]
    # a joint event (a signing by both): one edge per pair of parties
    return [tuple(sorted(pair)) for pair in itertools.combinations(actors, 2)]  # type: ignore[misc]


def _select(
    events: Iterable[Event], *, actor: str | None, since: str | None, modalities: frozenset[str]
) -> list[Event]:
    chosen = []
    for event in events:
        if not counted(event, modalities):
            continue
        if since and (event.date or "") < since:
            continue
        if actor and actor not in {code_of(a) for a in event.actors + event.recipients} | set(
            event.actors + event.recipients
        ):
            continue
        chosen.append(event)
    return chosen


def build_edges(
    events: Iterable[Event],
    *,
    actor: str | None = None,
    since: str | None = None,
    modalities: frozenset[str] = COUNTED,
    by_country: bool = True,
) -> list[Edge]:
    """Relation and treaty edges of ``events`` (only counted mentions; ``since`` an ISO date)."""
    lexicon = load_lexicon()
    edges: dict[tuple[str, str, str, int, str], Edge] = {}
    for event in _select(events, actor=actor, since=since, modalities=modalities):
        info = lexicon.info(event.type)
        treaty = event.type == "AGREE" and event.mode == "treaty"
        for source, target in _pairs(event, by_country):
            kind = "treaty" if treaty else "relation"
            key = (source, target, _period(event.date), info.quad, kind)
            edge = edges.setdefault(key, Edge(source, target, key[2], info.quad, kind))
            edge.events.append(event.id)
            edge.types.append(event.type)
            edge.goldstein += info.goldstein
            edge.commitments += [c for c in event.commitments if c not in edge.commitments]
    return list(edges.values())


def build_graph(events: Iterable[Event], **options: Any) -> nx.MultiDiGraph:
    """A networkx multigraph: actors as nodes, one edge per (pair, period, QuadClass) or treaty."""
    graph = nx.MultiDiGraph()
    for edge in build_edges(events, **options):
        for node in (edge.source, edge.target):
            graph.add_node(node, label=node)
        graph.add_edge(
            edge.source,
            edge.target,
            key=f"{edge.period}:{edge.quad}:{edge.kind}",
            period=edge.period,
            quad_class=edge.quad,
            relation=QUAD_NAMES[edge.quad],
            kind=edge.kind,
            count=len(edge.events),
            goldstein=round(edge.goldstein, 2),
            events=list(edge.events),
            types=sorted(set(edge.types)),
            commitments=list(edge.commitments),
        )
    return graph


def graph_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes and edges as plain JSON-ready data."""
    return {
        "nodes": [{"id": node, **data} for node, data in graph.nodes(data=True)],
        "edges": [{"source": s, "target": t, **data} for s, t, data in graph.edges(data=True)],
    }


def graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML text (list attributes joined with " | ", as GraphML holds scalars only)."""
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(graph.nodes(data=True))
    for source, target, key, data in graph.edges(keys=True, data=True):
        values = {k: " | ".join(v) if isinstance(v, list) else v for k, v in data.items()}
        flat.add_edge(source, target, key=key, **values)
    return "\n".join(nx.generate_graphml(flat)) + "\n"


def render_graph(events: Iterable[Event], *, actor: str | None, since: str | None, format: str) -> str:
    """The actor graph of ``events`` as ``json`` or ``graphml`` text."""
    graph = build_graph(events, actor=actor, since=since)
    if format == "json":
        return json.dumps(graph_json(graph), indent=2, ensure_ascii=False)
    if format == "graphml":
        return graphml(graph)
    raise ParallaxError(f"unknown graph format {format!r} (json or graphml)")


def timeline(events: Iterable[Event], *, modalities: frozenset[str] = COUNTED) -> list[dict[str, Any]]:
    """Counted events in date order (undated last), one JSON-ready row each."""
    rows = []
    for event in events:
        if not counted(event, modalities):
            continue
        rows.append(
            {
                "date": event.date,
                "type": event.type,
                "mode": event.mode,
                "actors": event.actors,
                "recipients": event.recipients,
                "num_mentions": event.num_mentions,
                "num_articles": event.num_articles,
                "num_sources": event.num_sources,
                "trigger": event.mentions[0].trigger if event.mentions else "",
                "event": event.id,
            }
        )
    return sorted(rows, key=lambda r: (r["date"] or "9999", r["type"]))


COLOURS = {1: "#4a9d5b", 2: "#1b7837", 3: "#d6604d", 4: "#b2182b"}


def _layout(nodes: list[str], size: int) -> dict[str, tuple[float, float]]:
    centre, radius = size / 2, size / 2 - 70
    if len(nodes) == 1:
        return {nodes[0]: (centre, centre)}
    return {
        node: (
            centre + radius * math.cos(2 * math.pi * i / len(nodes)),
            centre + radius * math.sin(2 * math.pi * i / len(nodes)),
        )
        for i, node in enumerate(nodes)
    }


def _svg_edge(edge: Edge, points: dict[str, tuple[float, float]], offset: int) -> str:
    (x1, y1), (x2, y2) = points[edge.source], points[edge.target]
    bend = 12 * offset
    mx, my = (x1 + x2) / 2 - (y2 - y1) * bend / 300, (y1 + y2) / 2 + (x2 - x1) * bend / 300
    treaty = edge.kind == "treaty"
    colour = "#2166ac" if treaty else COLOURS[edge.quad]
    dash = ' stroke-dasharray="6 4"' if edge.quad in (1, 3) and not treaty else ""
    width = 4 if treaty else 1.5 + min(len(edge.events), 5) * 0.5
    marker = "" if treaty else ' marker-end="url(#arrow)"'
    label = "treaty" if treaty else ", ".join(sorted(set(edge.types)))
    title = html.escape("; ".join(edge.commitments) or f"{QUAD_NAMES[edge.quad]}: {len(edge.events)} event(s)")
    return (
        f'<path d="M{x1:.0f},{y1:.0f} Q{mx:.0f},{my:.0f} {x2:.0f},{y2:.0f}" fill="none" stroke="{colour}" '
        f'stroke-width="{width:.1f}"{dash}{marker}><title>{title}</title></path>'
        f'<text x="{mx:.0f}" y="{my:.0f}" font-size="10" fill="{colour}">{html.escape(label)}</text>'
    )


def relation_svg(events: Iterable[Event], *, size: int = 420, labels: Callable[[str], str] | None = None) -> str:
    """An SVG diagram of the relations among ``events``' actors (countries), for the dossier;
    ``labels`` names a node for the reader (default: its code).

    Green edges cooperate, red ones conflict; dashed edges are verbal; thick blue edges are
    treaties (their commitments in the tooltip). Empty string when there is no relation.
    """
    edges = build_edges(events)
    if not edges:
        return ""
    nodes = sorted({n for e in edges for n in (e.source, e.target)})
    points = _layout(nodes, size)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size}" height="{size}" '
        'role="img" aria-label="Relations between the actors">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    ]
    seen: dict[frozenset[str], int] = {}
    for edge in edges:
        pair = frozenset((edge.source, edge.target))
        seen[pair] = seen.get(pair, -1) + 1
        parts.append(_svg_edge(edge, points, seen[pair]))
    for node, (x, y) in points.items():
        parts.append(
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="22" fill="#f7f7f7" stroke="#333"/>'
            f'<text x="{x:.0f}" y="{y + 4:.0f}" font-size="12" text-anchor="middle">'
            f"{html.escape(labels(node) if labels else node)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
