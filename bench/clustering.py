"""Story clustering on ECB+ (dev half): B-cubed, pairwise F1 and ARI with the shared scorer.

    .venv/bin/python -m bench.clustering [--split] [--gold PATH]

Every ECB+ topic holds two different events of the same kind; the clusterer sees only the
title and text (never the id or the gold cluster). Writes the prediction to a temporary file,
scores it with ../shared/eval/score.py and prints one JSON line. ``--split`` also scores the
two halves of the dev topics separately (a check that settings are not tuned to one half).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from parallax.stories.cluster import cluster_articles

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
GOLD = EVAL / "clustering" / "ecbplus_dev.jsonl"


def _score(rows: list[dict[str, Any]], labels: list[int]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        gold_path, pred_path = Path(folder) / "gold.jsonl", Path(folder) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps({"id": r["id"], "cluster": r["cluster"]}) + "\n" for r in rows))
        pred_path.write_text(
            "".join(
                json.dumps({"id": r["id"], "story": f"s{label}"}) + "\n" for r, label in zip(rows, labels, strict=True)
            )
        )
        output = subprocess.run(
            [sys.executable, str(EVAL / "score.py"), "clustering", str(gold_path), str(pred_path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return dict(json.loads(output))


def _run(rows: list[dict[str, Any]]) -> dict[str, Any]:
    started = time.perf_counter()
    grouping = cluster_articles([r["text"] for r in rows], titles=[r.get("title") for r in rows])
    seconds = time.perf_counter() - started
    figures = _score(rows, grouping.stories)
    figures["seconds"] = round(seconds, 2)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--split", action="store_true", help="also score two halves of the topics")
    args = parser.parse_args()
    if not args.gold.is_file():
        print(f"skipped: {args.gold} not found")
        return
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf8").splitlines() if line.strip()]
    figures: dict[str, Any] = {"set": args.gold.name, **_run(rows)}
    if args.split:
        topics = sorted({r["cluster"].split("_")[0] for r in rows}, key=int)
        for name, half in (("half_a", topics[0::2]), ("half_b", topics[1::2])):
            subset = [r for r in rows if r["cluster"].split("_")[0] in half]
            figures[name] = {k: v for k, v in _run(subset).items() if k in ("bcubed_f1", "pairwise_f1", "ari")}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
