"""Reliability: ingest every corpus under ../shared/eval into one database, twice.

    python -m bench.ingest_all [--db sqlite:////tmp/parallax-all.db] [--keep]

Runs ``parallax ingest --json`` as a user would (a subprocess, so a crash is seen as one),
over ECB+ dev, the PolNeAR train and dev texts, the news dev files and the extraction pages.
Bar: 0 failed inputs, 0 tracebacks, exit status 0, and a second run adds nothing.
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

from bench.common import ROOT, report, shared_eval_or_skip


def corpora(shared: Path) -> list[Path]:
    """Every input corpus of the evaluation folder that exists here."""
    candidates = [
        shared / "clustering" / "ecbplus_dev.jsonl",
        shared / "quotes" / "polnear" / "train" / "text",
        shared / "quotes" / "polnear" / "dev" / "text",
        *sorted((shared / "news").glob("*.jsonl")),
        shared / "extraction" / "html",
    ]
    return [path for path in candidates if path.exists()]


def run_ingest(paths: list[Path], db: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "parallax", "ingest", "--json", "--quiet", "--db", db, *map(str, paths)]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    try:
        summary = json.loads(result.stdout)
    except json.JSONDecodeError:
        summary = {"unreadable_stdout": result.stdout[-500:]}
    return {
        "exit": result.returncode,
        "seconds": round(time.perf_counter() - started, 1),
        "tracebacks": result.stderr.count("Traceback"),
        "stderr_tail": result.stderr[-800:] if result.returncode else "",
        **{key: summary.get(key) for key in ("added", "versions", "unchanged", "skipped", "failed", "corpus_error")},
        "failures": summary.get("failures", [])[:20],
        "skips": summary.get("skips", [])[:20],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a new SQLite file in a temporary folder)")
    args = parser.parse_args()
    shared = shared_eval_or_skip("ingest_all")
    if shared is None:
        return
    paths = corpora(shared)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or f"sqlite:///{Path(folder) / 'all.db'}"
        first = run_ingest(paths, db)
        second = run_ingest(paths, db)
    ok = all(r["exit"] == 0 and r["tracebacks"] == 0 and not r["failed"] for r in (first, second))
    report(
        {
            "bench": "ingest_all",
            "inputs": [str(p.relative_to(shared)) for p in paths],
            "first_run": first,
            "second_run": second,
            "second_run_added": (second["added"] or 0) + (second["versions"] or 0),
            "pass": ok and not second["added"] and not second["versions"],
        }
    )


if __name__ == "__main__":
    main()
