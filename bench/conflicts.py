"""Conflicts on real stories with planted contradictions (../shared/eval/conflicts/), both news sets.

    .venv/bin/python -m bench.conflicts [--seeds 1 2 3 4] [--rate 1.0] [--work DIR] [--reuse] [--dump]

For each news set (BASIL, Giveme5W1H: the two halves, tune on one and check on the other) and each
seed, ``inject.py`` plants one changed fact per chosen story (``--rate 1.0``: every eligible story
changed once, as the held-out judgement does) into ``--work`` (never into the repository); the
injected file is ingested into its own database, exported, turned into the scorer's PRED lines and
scored with ``score.py conflicts``. The un-injected news files are ingested too: a conflict reported
there is almost surely false, so their conflicts per 100 articles are reported beside.

``--reuse`` keeps a database already ingested from the same input (same bytes) and reruns only the
corpus stages (stories, cross-checks): quick when only those changed. ``--dump`` writes the reported
lines of each run, marked true or false, next to the databases for reading.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.common import cached_export, report, run_scorer, shared_eval_or_skip

SETS = {
    "basil": "basil_2010_2019_triplets.jsonl",
    "giveme5w1h": "giveme5w1h_newscluster_2016_2018.jsonl",
}


def _inject(source: Path, work: Path, name: str, *, seed: int, rate: float, eval_dir: Path) -> tuple[Path, Path]:
    injected, truth = work / f"{name}_s{seed}.jsonl", work / f"{name}_s{seed}_truth.jsonl"
    command = [sys.executable, str(eval_dir / "inject.py"), str(source), str(injected), str(truth)]
    subprocess.run([*command, "--seed", str(seed), "--rate", str(rate)], check=True)
    return injected, truth


def prediction_lines(export: dict[str, Any]) -> list[dict[str, Any]]:
    """The scorer's PRED lines: one per conflict and pair of its sides in different articles."""
    ids = {a["id"]: a["input_id"] for a in export["articles"]}
    lines = []
    for conflict in export["conflicts"]:
        for a, b in combinations(conflict["sides"], 2):
            if a["article"] != b["article"]:
                lines.append(
                    {
                        "article": ids[a["article"]],
                        "other": ids[b["article"]],
                        "text": a["text"],
                        "other_text": b["text"],
                        "kind": conflict["kind"],
                        "related": conflict["related"],
                        "explanation": conflict["explanation"],
                    }
                )
    return lines


def _write_lines(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf8")


def _score_set(name: str, source: Path, args: argparse.Namespace, eval_dir: Path) -> dict[str, Any]:
    """All seeds of one news set scored at once (truth files and predictions concatenated)."""
    truths: list[str] = []
    preds: list[dict[str, Any]] = []
    for seed in args.seeds:
        injected, truth = _inject(source, args.work, name, seed=seed, rate=args.rate, eval_dir=eval_dir)
        lines = prediction_lines(cached_export(injected, args.work, reuse=args.reuse))
        truths += [line for line in truth.read_text(encoding="utf8").splitlines() if line.strip()]
        preds += lines
        if args.dump:
            _write_lines(args.work / f"{name}_s{seed}_pred.jsonl", lines)
    truth_path, pred_path = args.work / f"{name}_all_truth.jsonl", args.work / f"{name}_all_pred.jsonl"
    truth_path.write_text("\n".join(truths) + "\n", encoding="utf8")
    _write_lines(pred_path, preds)
    figures = run_scorer("conflicts", truth_path, pred_path)
    return {"seeds": args.seeds, **figures}


def _news_false(name: str, source: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Conflicts reported on the un-injected news file: all presumed false."""
    export = cached_export(source, args.work, reuse=args.reuse)
    lines = [line for line in prediction_lines(export) if not line["related"]]
    if args.dump:
        _write_lines(args.work / f"{name}_news_pred.jsonl", lines)
    articles = len(export["articles"])
    kinds: dict[str, int] = {}
    for line in lines:
        kinds[line["kind"]] = kinds.get(line["kind"], 0) + 1
    per_100 = round(100 * len(lines) / articles, 2) if articles else 0.0
    return {"articles": articles, "reported": len(lines), "per_100_articles": per_100, "by_kind": kinds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4])
    parser.add_argument("--rate", type=float, default=1.0, help="share of eligible stories changed (1.0: all)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/parallax-bench-conflicts"))
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--reuse", action="store_true", help="reuse databases ingested from the same input")
    parser.add_argument("--dump", action="store_true", help="write each run's PRED lines into --work")
    args = parser.parse_args()
    eval_dir = shared_eval_or_skip("conflicts")
    if eval_dir is None:
        return
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    figures: dict[str, Any] = {"bench": "conflicts", "rate": args.rate}
    for name in args.sets:
        source = eval_dir / "news" / SETS[name]
        figures[name] = {"injected": _score_set(name, source, args, eval_dir), "news": _news_false(name, source, args)}
    figures["seconds"] = round(time.perf_counter() - started, 1)
    report(figures)


if __name__ == "__main__":
    main()
