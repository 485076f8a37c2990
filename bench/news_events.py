"""Events end to end: articles through ``parallax ingest`` and ``export``, scored by the shared scorer.

    .venv/bin/python -m bench.news_events [--set news|plover|both|fresh] [--keep DIR]

``news``: the whole articles of ``events/news_events_dev.json``'s records (from
``news/realtimeqa_2023_2025_usatoday_theweek.jsonl``) are ingested into a temporary database and
exported; each record's events are the exported events with a mention lying in the record's
sentence, in order of first mention, with that mention's modality. ``plover``: each PLOVER gold
standard record is ingested as an article of its own; its events are all the events exported for it.
Actors and recipients become codes through the export's ``actors`` (a state: its id; an IGO:
``IGO``; anything else: its ``country``). Each set is scored whole and in two halves (news: by
article id, plover: by record index), so a change tuned on one half can be checked on the other.
``fresh``: the same reading as ``plover`` over ``bench/data/plover_fresh.json``, 240 sentences
in the style of the CAMEO codebook's examples written for this project by two team members
who saw neither the coder's lexicons nor the dev sentences (half a, "X-": wording varied on
purpose, with distractor words; half b, "Y-": plain wire style), each with its PLOVER label and
source and target codes, single-coded. A check of how the coder does on sentences nobody tuned
on; tuning on it spends it. Prints one JSON line per set. Skips cleanly when ../shared/eval (its
sets, or for ``fresh`` its scorer) is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .common import ROOT, SHARED_EVAL, report, run_scorer

NEWS_GOLD = SHARED_EVAL / "events" / "news_events_dev.json"
NEWS_ARTICLES = SHARED_EVAL / "news" / "realtimeqa_2023_2025_usatoday_theweek.jsonl"
PLOVER_GOLD = SHARED_EVAL / "events" / "plover_gsr_dev.json"
FRESH_GOLD = ROOT / "bench" / "data" / "plover_fresh.json"


def _half(key: str) -> str:
    """A stable half ("a" or "b") of an article id."""
    return "ab"[hashlib.sha1(key.encode()).digest()[0] % 2]


def _cli(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "parallax", *args], cwd=ROOT, env=env, check=True, capture_output=True)


def _ingest_export(inputs: Path, work: Path) -> dict[str, Any]:
    db = f"sqlite:///{work / 'events.db'}"
    _cli("ingest", str(inputs), "--db", db, "--quiet")
    _cli("export", "--db", db, "-o", str(work / "export.json"))
    return dict(json.loads((work / "export.json").read_text(encoding="utf8")))


def codes_of(export: dict[str, Any]) -> dict[str, str | None]:
    """Actor id -> code, as the issue reads the export: a state its id, an IGO ``IGO``, anything
    else its country."""
    codes: dict[str, str | None] = {}
    for actor in export["actors"]:
        if actor.get("kind") == "state":
            codes[actor["id"]] = actor["id"]
        elif actor.get("kind") == "igo":
            codes[actor["id"]] = "IGO"
        else:
            codes[actor["id"]] = actor.get("country")
    return codes


def _side(ids: list[str], codes: dict[str, str | None]) -> list[str]:
    return list(dict.fromkeys(c for i in ids if (c := codes.get(i))))


def _mentions(export: dict[str, Any]) -> dict[str, list[tuple[int, int, dict[str, Any], dict[str, Any]]]]:
    """Per exported article id: (start, end, mention, event), in text order (by trigger within a sentence)."""
    found: dict[str, list[tuple[int, int, dict[str, Any], dict[str, Any]]]] = {}
    for event in export["events"]:
        for mention in event["mentions"]:
            found.setdefault(mention["article"], []).append((mention["start"], mention["end"], mention, event))
    for items in found.values():
        items.sort(key=lambda item: (item[0], item[1], _trigger_at(item[2])))
    return found


def _trigger_at(mention: dict[str, Any]) -> int:
    """Where the mention's trigger word stands in its sentence: events of one sentence are
    mentioned in the order of their triggers (the export lists events in id order)."""
    word = (mention.get("trigger") or "").split(" ... ")[0].split(" ")[0]
    at = mention.get("text", "").find(word) if word else -1
    return at if at >= 0 else len(mention.get("text", ""))


def _locate(text: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Where the record's sentence lies in the cleaned text: the occurrence nearest its raw offset."""
    positions = []
    at = text.find(sentence)
    while at >= 0:
        positions.append(at)
        at = text.find(sentence, at + 1)
    if not positions:
        return None
    best = min(positions, key=lambda p: abs(p - start))
    return best, best + len(sentence)


def _prediction(
    items: list[tuple[int, int, dict[str, Any], dict[str, Any]]], codes: dict[str, str | None]
) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _, _, mention, event in items:
        if event["id"] in seen:
            continue
        seen.add(event["id"])
        events.append(
            {
                "type": event["type"],
                "actors": _side(event["actors"], codes),
                "recipients": _side(event["recipients"], codes),
                "modality": mention.get("modality", "asserted"),
                "trigger": mention.get("trigger"),
                "text": mention.get("text", "")[:300],
            }
        )
    return events


def _score(task: str, gold: list[dict[str, Any]], lines: list[dict[str, Any]], work: Path, name: str) -> dict[str, Any]:
    gold_path, pred_path = work / f"{name}.gold.json", work / f"{name}.pred.jsonl"
    gold_path.write_text(json.dumps(gold), encoding="utf8")
    pred_path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf8")
    return run_scorer(task, gold_path, pred_path)


def _halves(
    task: str, gold: list[dict[str, Any]], lines: list[dict[str, Any]], work: Path, halves: list[str]
) -> dict[str, Any]:
    figures: dict[str, Any] = {"all": _score(task, gold, lines, work, f"{task}-all")}
    for half in "ab":
        keep = {g["id"] for g, h in zip(gold, halves, strict=True) if h == half}
        figures[half] = _score(
            task, [g for g in gold if g["id"] in keep], [p for p in lines if p["id"] in keep], work, f"{task}-{half}"
        )
    return figures


def news(work: Path) -> dict[str, Any]:
    records = json.loads(NEWS_GOLD.read_text(encoding="utf8"))
    wanted = {record["article"] for record in records}
    inputs = work / "news.jsonl"
    with NEWS_ARTICLES.open(encoding="utf8") as source, inputs.open("w", encoding="utf8") as out:
        for line in source:
            if json.loads(line)["id"] in wanted:
                out.write(line)
    export = _ingest_export(inputs, work)
    codes = codes_of(export)
    by_input = {a["input_id"]: a for a in export["articles"]}
    mentions = _mentions(export)
    lines, unlocated = [], 0
    for record in records:
        article = by_input.get(record["article"])
        span = _locate(article["text"], record["sentence"], record["start"]) if article else None
        if article is None or span is None:
            unlocated += 1
            lines.append({"id": record["id"], "events": []})
            continue
        inside = [m for m in mentions.get(article["id"], []) if span[0] <= m[0] and m[1] <= span[1]]
        lines.append({"id": record["id"], "events": _prediction(inside, codes)})
    figures = _halves("newsevents", records, lines, work, [_half(r["article"]) for r in records])
    figures.update({"bench": "news_events", "records": len(records), "unlocated": unlocated})
    return figures


def plover(work: Path, gold: Path | None = None) -> dict[str, Any]:
    records = json.loads((gold or PLOVER_GOLD).read_text(encoding="utf8"))
    inputs = work / "plover.jsonl"
    inputs.write_text(
        "".join(
            json.dumps({"id": r["id"], "text": r["text"], "published": r.get("date"), "source": "PLOVER"}) + "\n"
            for r in records
        ),
        encoding="utf8",
    )
    export = _ingest_export(inputs, work)
    codes = codes_of(export)
    by_input = {a["input_id"]: a["id"] for a in export["articles"]}
    # records with the same text are one stored article (the second is "unchanged"): both read it
    by_text = {a["text"].strip(): a["id"] for a in export["articles"]}
    mentions = _mentions(export)
    lines = [
        {
            "id": r["id"],
            "events": _prediction(mentions.get(by_input.get(r["id"]) or by_text.get(r["text"].strip(), ""), []), codes),
        }
        for r in records
    ]
    halves = ["ab"[r["id"].startswith("Y-")] for r in records] if gold else ["ab"[i % 2] for i in range(len(records))]
    figures = _halves("events", records, lines, work, halves)
    figures.update(
        {"bench": "plover_fresh" if gold else "plover_end_to_end", "records": len(records), "stored": len(by_input)}
    )
    return figures


def fresh(work: Path) -> dict[str, Any]:
    return plover(work, FRESH_GOLD)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=["news", "plover", "both", "fresh"], default="both")
    parser.add_argument("--keep", type=Path, help="Keep the database, export and predictions in this folder.")
    args = parser.parse_args(argv)
    if args.set == "fresh" and not (SHARED_EVAL / "score.py").is_file():
        report({"bench": "plover_fresh", "skipped": f"{SHARED_EVAL / 'score.py'} not found"})
        return
    if args.set != "fresh" and (not NEWS_GOLD.is_file() or not NEWS_ARTICLES.is_file()):
        report({"bench": "news_events", "skipped": f"{NEWS_GOLD} or {NEWS_ARTICLES} not found"})
        return
    for name, run in (("news", news), ("plover", plover), ("fresh", fresh)):
        if args.set not in {name, "both"} or (name == "fresh" and args.set != "fresh"):
            continue
        if args.keep:
            work = args.keep / name
            work.mkdir(parents=True, exist_ok=True)
            (work / "events.db").unlink(missing_ok=True)
            report(run(work))
        else:
            with tempfile.TemporaryDirectory() as tmp:
                report(run(Path(tmp)))


if __name__ == "__main__":
    main()
