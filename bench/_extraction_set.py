"""The extraction evaluation set (../shared/eval/extraction) and its scorer, for the cleaning benchmarks."""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from pathlib import Path

from .common import SHARED_EVAL, run_scorer, shared_eval_or_skip

__all__ = ["load_pages", "score"]

_SET = SHARED_EVAL / "extraction"


def load_pages(bench: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """``(html by id, url by id)``, or None (after saying ``bench`` is skipped) when the set is absent."""
    truth = _SET / "ground-truth.json"
    if shared_eval_or_skip(bench) is None or not truth.is_file():
        return None
    items = json.loads(truth.read_text(encoding="utf8"))
    pages = {}
    for key in items:
        with gzip.open(_SET / "html" / f"{key}.html.gz", "rt", encoding="utf8") as handle:
            pages[key] = handle.read()
    return pages, {key: item.get("url") for key, item in items.items()}


def score(predictions: dict[str, str]) -> dict[str, float]:
    """The set's own metric (word 4-grams, precision and recall averaged over pages) for ``predictions``."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf8", delete=False) as handle:
        json.dump({key: {"articleBody": text} for key, text in predictions.items()}, handle)
    try:
        return run_scorer("extraction", _SET / "ground-truth.json", Path(handle.name))
    finally:
        Path(handle.name).unlink()


def save_predictions(predictions: dict[str, str]) -> None:
    """With ``--save PATH`` on the command line, write ``predictions`` in the scorer's format."""
    if "--save" in sys.argv:
        path = sys.argv[sys.argv.index("--save") + 1]
        with open(path, "w", encoding="utf8") as handle:
            json.dump({key: {"articleBody": text} for key, text in predictions.items()}, handle)
