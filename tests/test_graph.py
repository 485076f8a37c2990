"""The actor graph, timeline, SVG diagram and the PLOVER / GDELT exports."""

from __future__ import annotations

import copy
import csv
import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from parallax.config import Options
from parallax.corpus import Corpus, run_corpus_stages
from parallax.graph import build_graph, graph_json, graphml, relation_svg, render_graph, timeline
from parallax.graph_export import GDELT_COLUMNS, export_events, gdelt_csv, plover_records
from parallax.records import Article, Event, EventMention, Extraction, to_dict

Analysed = dict[str, tuple[Article, Extraction]]


def _event(
    id_: str, type_: str, actors: list[str], recipients: list[str], *, modality: str = "asserted", **fields: object
) -> Event:
    mention = EventMention(article="a1", start=0, end=10, text="sentence", trigger="t", modality=modality, source="pub")
    return Event(id=id_, type=type_, actors=actors, recipients=recipients, mentions=[mention], **fields)  # type: ignore[arg-type]


EVENTS = [
    _event(
        "e1",
        "AGREE",
        ["RUS", "PRK"],
        [],
        mode="treaty",
        cameo="05",
        date="2024-06-19",
        commitments=["mutual assistance"],
    ),
    _event("e2", "ACCUSE", ["USA"], ["RUS"], cameo="11", date="2024-06-19"),
    _event("e3", "AID", ["PRK"], ["RUS"], mode="military", cameo="07", date="2024-06-18", modality="reported"),
    _event("e4", "ASSAULT", ["RUS"], ["JPN"], cameo="19", date="2024-06-19", modality="speculative"),
]


def test_edges_by_period_and_quad_class_with_treaty() -> None:
    graph = build_graph(EVENTS)
    assert set(graph.nodes) == {"RUS", "PRK", "USA"}  # the speculative assault makes no edge
    treaty = [d for _, _, d in graph.edges(data=True) if d["kind"] == "treaty"]
    assert len(treaty) == 1 and treaty[0]["commitments"] == ["mutual assistance"]
    accuse = graph.get_edge_data("USA", "RUS")
    assert [d["quad_class"] for d in accuse.values()] == [3]
    aid = next(d for d in graph.get_edge_data("PRK", "RUS").values() if d["kind"] == "relation")
    assert aid["relation"] == "material cooperation" and aid["period"] == "2024-06"


def test_actor_and_since_filters() -> None:
    assert set(build_graph(EVENTS, actor="USA").nodes) == {"USA", "RUS"}
    assert "PRK" in build_graph(EVENTS, since="2024-06-19").nodes
    assert not build_graph(EVENTS, since="2024-06-20").nodes


def test_json_and_graphml_round_trip() -> None:
    data = json.loads(render_graph(EVENTS, actor=None, since=None, format="json"))
    assert {e["kind"] for e in data["edges"]} == {"treaty", "relation"}
    parsed = nx.parse_graphml(graphml(build_graph(EVENTS)))
    assert parsed.number_of_edges() == len(graph_json(build_graph(EVENTS))["edges"])


def test_timeline_in_date_order_and_svg() -> None:
    rows = timeline(EVENTS)
    assert [r["event"] for r in rows] == ["e3", "e2", "e1"]
    svg = relation_svg(EVENTS)
    ET.fromstring(svg)  # well-formed
    assert "treaty" in svg and "mutual assistance" in svg and relation_svg([]) == ""


def test_plover_records_and_gdelt_csv() -> None:
    records = plover_records(EVENTS)
    assert records[0]["event"] == "AGREE" and [s["code"] for s in records[0]["source"]] == ["RUS", "PRK"]
    assert records[2]["modality"] == "reported"
    rows = list(csv.reader(io.StringIO(gdelt_csv(EVENTS)), delimiter="\t"))
    assert rows[0] == GDELT_COLUMNS and len(rows) == 4  # the speculative event is left out
    first = dict(zip(GDELT_COLUMNS, rows[1], strict=True))
    assert first["Day"] == "20240618" and first["QuadClass"] == "2" and first["EventRootCode"] == "07"
    stored = [to_dict(e) for e in EVENTS]
    assert len(export_events(stored, format="plover").splitlines()) == 4


@pytest.mark.parametrize("fmt", ["json", "graphml"])
def test_sample_graph_has_the_treaty(analysed: Analysed, options: Options, fmt: str) -> None:
    corpus = run_corpus_stages(Corpus.of(copy.deepcopy(list(analysed.values()))), options=options)
    graph = build_graph(corpus.events)
    treaties = [(s, t) for s, t, d in graph.edges(data=True) if d["kind"] == "treaty"]
    assert ("PRK", "RUS") in treaties
    assert render_graph(corpus.events, actor="RUS", since=None, format=fmt)
