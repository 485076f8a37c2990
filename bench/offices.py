"""Office anachronisms and story dates on real news: findings per 100 articles, both halves.

Real multi-outlet news rarely gives someone a title they did not hold at the time, so an office
finding on it is almost surely false: the bar is at most 1 per 100 articles, while the samples'
two anachronisms (Hayashi, Moon Jae-in) are still found and nothing else on them. Also the share
of articles whose lead date (the stories' date) is more than 3 days from their publication date.

Each news dev file (``../shared/eval/news/*.jsonl``) is ingested into its own temporary SQLite
store; halves split by gold story (``cluster``, never fed to the system), or by article id where a
set has no stories. Skips cleanly when ``../shared/eval`` is absent.

Run: ``PYTHONPATH=$PWD .venv/bin/python -m bench.offices`` (about three minutes).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

from bench.common import EXAMPLES, report, shared_eval_or_skip
from parallax.config import load_options
from parallax.corpus import Corpus
from parallax.crosscheck.listing import stored_conflicts
from parallax.pipeline import ingest
from parallax.records import Article
from parallax.store import Store, open_store
from parallax.stories.dates import days_apart, find_lead_date

BAR_PER_100 = 1.0
FAR_DAYS = 3


def _half(article: Article, clusters: dict[str, str]) -> int:
    key = clusters.get(article.input_id or "") or article.input_id or article.id
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % 2


def _clusters(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf8").splitlines()
    return {row["id"]: str(row.get("cluster") or "") for row in map(json.loads, lines)}


def _ingest(paths: list[str], folder: str, name: str) -> Store:
    options = load_options(db=f"sqlite:///{folder}/{name}.db")
    store = open_store(options.db)
    ingest(paths, store=store, options=options)
    return store


def measure(store: Store, clusters: dict[str, str]) -> dict[str, Any]:
    """Office findings per 100 articles and the far-lead-date share, overall and by half."""
    corpus = Corpus.load(store)
    half = {a.id: _half(a, clusters) for a in corpus.articles}
    articles, offices, dated, far = [0, 0], [0, 0], [0, 0], [0, 0]
    for article in corpus.articles:
        h = half[article.id]
        articles[h] += 1
        lead = find_lead_date(article, corpus.extractions.get(article.id))
        if lead and article.published:
            dated[h] += 1
            far[h] += days_apart(lead.value, article.published) > FAR_DAYS
    for conflict in stored_conflicts(store, kind="office"):
        offices[half.get(conflict.sides[0].article, 0)] += 1
    return {
        "articles": sum(articles),
        "office_findings": sum(offices),
        "office_per_100": round(100 * sum(offices) / max(sum(articles), 1), 2),
        "office_per_100_halves": [round(100 * offices[i] / max(articles[i], 1), 2) for i in (0, 1)],
        "lead_far_share": round(sum(far) / max(sum(dated), 1), 3),
        "lead_far_share_halves": [round(far[i] / max(dated[i], 1), 3) for i in (0, 1)],
    }


def _samples(folder: str) -> list[str]:
    store = _ingest([str(EXAMPLES)], folder, "samples")
    return sorted(c.sides[0].text for c in stored_conflicts(store, kind="office"))


def main() -> int:
    shared = shared_eval_or_skip("offices")
    with tempfile.TemporaryDirectory() as folder:
        found = _samples(folder)
        report({"bench": "offices", "set": "samples", "office_findings": found, "expected": 2})
        if shared is None:
            return 0
        failed = len(found) != 2
        for path in sorted((shared / "news").glob("*.jsonl")):
            figures = measure(_ingest([str(path)], folder, path.stem), _clusters(path))
            failed |= figures["office_per_100"] > BAR_PER_100
            report({"bench": "offices", "set": path.stem, **figures, "bar_per_100": BAR_PER_100})
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
