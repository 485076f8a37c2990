"""Actor linking against the hand-labelled mentions of ``bench/data/linking_labels.jsonl``.

    .venv/bin/python -m bench.linking [--errors]

Feeds each labelled article's raw text (the sample files; ECB+ texts from
``../shared/eval/clustering``, skipped when absent) to the Parallax spaCy pipeline and compares
``doc._.mentions`` with the gold: a gold mention is found when a linked mention overlapping it has
its actor (recall); a linked mention is right when an overlapping gold mention has its actor
(precision; linked mentions overlapping no gold mention are wrong). Prints one JSON line;
``--errors`` also lists the misses and wrong links (surface strings only).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from typing import Any

import yaml

from bench.build_linking_labels import GOLD, LABELS, load_texts
from bench.common import report
from parallax.nlp import load_nlp


def _overlaps(a: dict[str, Any], start: int, end: int) -> bool:
    return a["start"] < end and start < a["end"]


def score_article(doc: Any, gold: list[dict[str, Any]]) -> tuple[int, int, int, int, list[str]]:
    """(gold found, gold total, predictions right, predictions total, error lines)."""
    predicted = [m for m in doc._.mentions if m.actor]
    errors = []
    found = 0
    for item in gold:
        if any(_overlaps(item, m.start, m.end) and m.actor == item["gold"] for m in predicted):
            found += 1
        else:
            got = [m.actor for m in predicted if _overlaps(item, m.start, m.end)]
            errors.append(f"MISS {item['surface']!r} gold={item['gold']} got={got}")
    right = 0
    for m in predicted:
        near = [g for g in gold if _overlaps(g, m.start, m.end)]
        if any(g["gold"] == m.actor for g in near):
            right += 1
        else:
            errors.append(f"WRONG {m.text!r} -> {m.actor} gold={[g['gold'] for g in near]}")
    return found, len(gold), right, len(predicted), errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong links")
    args = parser.parse_args()
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf8").splitlines()]
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in labels:
        by_article[row["article"]].append(row)
    texts = load_texts(yaml.safe_load(GOLD.read_text(encoding="utf8"))["articles"])
    skipped = sorted(set(by_article) - set(texts))
    nlp = load_nlp("en_core_web_sm")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    started = time.perf_counter()
    for article in sorted(set(by_article) & set(texts)):
        doc = nlp(texts[article])
        *counts, errors = score_article(doc, by_article[article])
        for key in ("all", by_article[article][0].get("set", "tuned"), by_article[article][0]["source"]):
            totals[key] = [t + c for t, c in zip(totals[key], counts, strict=False)]
        if args.errors:
            for line in errors:
                print(f"{article}: {line}")
    figures: dict[str, Any] = {
        "bench": "linking",
        "articles": len(set(by_article) & set(texts)),
        "skipped_articles": len(skipped),
    }
    if skipped:
        figures["skipped"] = "ECB+ articles not scored: ../shared/eval/clustering is not present"
    for key, (found, gold, right, predicted) in totals.items():
        prefix = "" if key == "all" else f"{key}_"
        figures[f"{prefix}gold_mentions"] = gold
        figures[f"{prefix}precision"] = round(right / predicted, 4) if predicted else None
        figures[f"{prefix}recall"] = round(found / gold, 4) if gold else None
    figures["seconds"] = round(time.perf_counter() - started, 2)
    report(figures)


if __name__ == "__main__":
    main()
