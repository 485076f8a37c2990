"""Build ``bench/data/linking_labels.jsonl`` (article id, start, end, surface, gold actor) from the
hand-written surface table ``bench/data/linking_gold.yaml`` and the article texts.

Run: ``.venv/bin/python -m bench.build_linking_labels``. Texts: the sample files in
``examples/summit-2024`` and ECB+ documents read from ``../shared/eval/clustering`` (skipped,
with a message, when it is absent; their existing labels are kept). Offsets are character
offsets into the raw text (the sample file's contents, or the ECB+ ``text`` field), which
bench/linking.py feeds to the spaCy pipeline as they are.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "data" / "linking_gold.yaml"
LABELS = ROOT / "bench" / "data" / "linking_labels.jsonl"
EXAMPLES = ROOT / "examples" / "summit-2024"
ECBPLUS = ROOT.parent / "shared" / "eval" / "clustering" / "ecbplus_dev.jsonl"


def load_texts(ids: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Texts of the labelled articles that are available here."""
    texts = {p.stem: p.read_text(encoding="utf8") for p in EXAMPLES.glob("*.txt") if p.stem in ids}
    if ECBPLUS.exists():
        for line in ECBPLUS.read_text(encoding="utf8").splitlines():
            doc = json.loads(line)
            if doc["id"] in ids:
                texts[doc["id"]] = doc["text"]
    return texts


def _pattern(surface: str) -> re.Pattern[str]:
    name, _, after = surface.partition(" >")
    lookahead = rf"(?=\s+{re.escape(after)})" if after else ""
    return re.compile(
        rf"(?<!\w){re.escape(name)}(?![\w]){lookahead}" if name[-1].isalnum() or name[-1] == "." else re.escape(name)
    )


def label(text: str, surfaces: dict[str, Any], overrides: dict[str, dict[int, Any]]) -> list[dict[str, Any]]:
    """Every occurrence of every surface, longest first, not overlapping."""
    taken = [False] * len(text)
    found = []
    for surface in sorted(surfaces, key=lambda s: -len(s.partition(" >")[0])):
        count = 0
        for m in _pattern(surface).finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            gold = overrides.get(surface, {}).get(count, surfaces[surface])
            count += 1
            for k in range(m.start(), m.end()):
                taken[k] = True
            for actor in gold if isinstance(gold, list) else [gold]:
                if actor is not None:
                    found.append({"start": m.start(), "end": m.end(), "surface": m.group(), "gold": actor})
    return sorted(found, key=lambda item: (item["start"], item["gold"]))


def main() -> None:
    data = yaml.safe_load(GOLD.read_text(encoding="utf8"))
    articles: dict[str, dict[str, Any]] = data["articles"]
    texts = load_texts(articles)
    old = [json.loads(line) for line in LABELS.read_text(encoding="utf8").splitlines()] if LABELS.exists() else []
    rows = [row for row in old if row["article"] in articles and row["article"] not in texts]
    for article, spec in articles.items():
        if article not in texts:
            print(f"{article}: text not available, labels kept as they were")
            continue
        common = data["common_samples"] if spec.get("source") == "examples" else {}
        surfaces = {**common, **(spec.get("surfaces") or {})}
        for item in label(texts[article], surfaces, spec.get("overrides") or {}):
            rows.append({"article": article, "source": spec.get("source"), "set": spec.get("set", "tuned"), **item})
    LABELS.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf8")
    print(f"wrote {len(rows)} labels for {len({r['article'] for r in rows})} articles to {LABELS}")


if __name__ == "__main__":
    main()
