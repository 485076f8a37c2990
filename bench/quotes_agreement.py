"""How far two PolNeAR annotators agree, under the same scorer the quotes bar uses.

    .venv/bin/python -m bench.quotes_agreement [--splits train dev]

Some PolNeAR articles were annotated by several people (``<name>_<annotator>.ann``). The
scorer reads the first file as gold; here every other annotator's attributions are scored as
a prediction against it, exactly as ``bench.quotes`` scores ours. The figures are the
ceiling a system can expect on this data: a precision bar above the annotators' own
agreement cannot be met by better extraction. Prints one JSON line: micro-averaged
precision, recall_all and speaker_accuracy over all annotator pairs, and the same without
pairs whose precision is under 0.4 (annotation files that cover a different text version).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from .common import SHARED_EVAL, report, run_scorer

POLNEAR = SHARED_EVAL / "quotes" / "polnear"
# Below this a pair's precision says the two files annotate different text, not disagreement.
BROKEN_PAIR = 0.4


def _attributions(ann: Path) -> list[dict[str, str]]:
    """One annotator's attributions as scorer prediction rows (content and source text)."""
    spans: dict[str, str] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            spans[parts[0]] = parts[2]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    return [
        {"content": spans[rel["Content"]], "speaker": spans.get(rel.get("Source", ""), "")}
        for rel in relations
        if spans.get(rel.get("Content", ""))
    ]


def _pair(text: Path, gold: Path, other: Path) -> dict[str, Any]:
    """Scorer figures for ``other`` read as a prediction against ``gold`` on one article."""
    folder = Path(tempfile.mkdtemp(prefix="polnear-pair-"))
    try:
        (folder / "text").mkdir()
        (folder / "attributions").mkdir()
        shutil.copy(text, folder / "text" / text.name)
        shutil.copy(gold, folder / "attributions" / gold.name)
        rows = [{"article": text.stem, **row} for row in _attributions(other)]
        prediction = folder / "prediction.jsonl"
        prediction.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf8")
        return run_scorer("quotes", folder, prediction)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _micro(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    predicted = sum(p["predicted"] for p in pairs)
    gold = sum(p["gold_attributions"] for p in pairs)
    matched = sum(p["precision"] * p["predicted"] for p in pairs)
    return {
        "pairs": len(pairs),
        "precision": round(matched / predicted, 4) if predicted else 0.0,
        "recall_all": round(matched / gold, 4) if gold else 0.0,
        "speaker_accuracy_mean": round(sum(p["speaker_accuracy"] for p in pairs) / len(pairs), 4) if pairs else 0.0,
    }


def agreement(splits: list[str]) -> dict[str, Any]:
    pairs: list[dict[str, Any]] = []
    articles = 0
    for split in splits:
        folder = POLNEAR / split
        by_article: dict[str, list[Path]] = defaultdict(list)
        for ann in sorted((folder / "attributions").glob("*_*.ann")):
            by_article[ann.name.rsplit("_", 1)[0]].append(ann)
        for name, anns in sorted(by_article.items()):
            if len(anns) < 2:
                continue
            articles += 1
            text = folder / "text" / f"{name}.txt"
            pairs.extend(_pair(text, anns[0], other) for other in anns[1:])
    kept = [p for p in pairs if p["precision"] >= BROKEN_PAIR]
    return {"articles": articles, "all_pairs": _micro(pairs), "without_broken_pairs": _micro(kept)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        report({"bench": "quotes_agreement", "skipped": f"{POLNEAR} is not present"})
        return
    report(agreement(args.splits))


if __name__ == "__main__":
    main()
