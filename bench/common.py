"""Shared benchmark helpers: where the evaluation data is, and printing figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
EXAMPLES = ROOT / "examples" / "summit-2024"


def shared_eval_or_skip(name: str) -> Path | None:
    """The evaluation folder, or None after saying the benchmark is skipped."""
    if not SHARED_EVAL.is_dir():
        print(json.dumps({"bench": name, "skipped": f"{SHARED_EVAL} is not present"}))
        return None
    return SHARED_EVAL


def report(figures: dict[str, Any]) -> None:
    print(json.dumps(figures), flush=True)
    sys.stdout.flush()


def run_scorer(task: str, gold: Path, prediction: Path) -> dict[str, Any]:
    """The shared scorer's metrics: ``score.py TASK GOLD PREDICTION``."""
    import subprocess

    command = [sys.executable, str(SHARED_EVAL / "score.py"), task, str(gold), str(prediction)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(result.stdout))


GOLD_FIELDS = ("cluster",)  # the answer key of story grouping in the news sets: never fed to the system


def without_gold(source: Path, work: Path) -> Path:
    """``source`` (JSON lines) with its gold fields dropped, written under ``work``."""
    target = work / f"{source.stem}.nogold.jsonl"
    lines = []
    for line in source.read_text(encoding="utf8").splitlines():
        if line.strip():
            row = {k: v for k, v in json.loads(line).items() if k not in GOLD_FIELDS}
            lines.append(json.dumps(row, ensure_ascii=False))
    target.write_text("\n".join(lines) + "\n", encoding="utf8")
    return target


def sample_args(description: str | None, name: str, seed: int) -> Any:
    """The options of a benchmark over the news files that writes a seeded sample for judging:
    ``--work DIR``, ``--reuse``, ``--sample N``, ``--seed S``; None (after saying so) without the
    evaluation data, else the arguments with the work folder made."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--work", type=Path, default=Path(f"/tmp/parallax-bench/{name}"))
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=seed)
    args = parser.parse_args()
    if shared_eval_or_skip(name) is None:
        return None
    args.work.mkdir(parents=True, exist_ok=True)
    return args


def cached_export(path: Path, work: Path, *, reuse: bool) -> dict[str, Any]:
    """The export of ``path`` ingested into its own database under ``work``; with ``reuse`` a
    database ingested from the same bytes is kept and only the corpus stages run again. JSON
    lines go in without their gold fields."""
    import hashlib

    from parallax.config import load_options
    from parallax.export import build_export
    from parallax.pipeline import ingest, run_corpus
    from parallax.store import open_store

    db = work / f"{path.stem}.db"
    stamp = db.with_suffix(".input")
    digest = hashlib.sha1(path.read_bytes()).hexdigest()
    options = load_options(db=f"sqlite:///{db}")
    if reuse and db.exists() and stamp.exists() and stamp.read_text() == digest:
        store = open_store(options.db)
        run_corpus(store=store, options=options)
    else:
        db.unlink(missing_ok=True)
        store = open_store(options.db)
        fed = without_gold(path, work) if path.suffix == ".jsonl" else path
        ingest([str(fed)], store=store, options=options)
        stamp.write_text(digest)
    return build_export(store, actor_files=tuple(options.actor_files))
