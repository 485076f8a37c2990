"""Claims on real news: what the extractor reports, and a reproducible sample for judging by reading.

    .venv/bin/python -m bench.claims [--work DIR] [--reuse] [--sample N --seed S]

Each news file of ``../shared/eval/news`` is ingested into its own database under ``--work``
(never into the repository) without its gold fields. Printed per file and per half (by article
id): claims per article and the shares that say something is missing or unsure: no subject, a
pronoun subject, a value without a unit, no claimant, and the statuses. These are proxies; the
quality figure is the judged one. ``--sample N --seed S`` writes N random claims across the files
to ``DIR/claims_sample_S.txt``, each with its fields, the sentence and the sentence before it (what
a pronoun stands for), to be marked right or wrong on check-worthiness, subject, value and unit,
and claimant.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import SHARED_EVAL, cached_export, report, sample_args
from parallax.crosscheck.origin import sentence_around
from parallax.records import political_claim

FILES = (
    "basil_2010_2019_triplets.jsonl",
    "giveme5w1h_newscluster_2016_2018.jsonl",
    "realtimeqa_2023_2025_usatoday_theweek.jsonl",
)
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"})


def half(article_id: str) -> str:
    """A stable half ("a" or "b") of an article id."""
    return "ab"[hashlib.sha1(article_id.encode()).digest()[0] % 2]


def figures(claims: list[dict[str, Any]], articles: int) -> dict[str, Any]:
    """Counts and shares of one set of claims over ``articles`` articles."""
    count = len(claims) or 1

    def share(test: Any) -> float:
        return round(sum(1 for c in claims if test(c)) / count, 3)

    return {
        "articles": articles,
        "claims": len(claims),
        "per_article": round(len(claims) / max(articles, 1), 2),
        "no_subject": share(lambda c: not c["subject"]),
        "pronoun_subject": share(lambda c: (c["subject"] or "").lower() in PRONOUNS),
        "value_without_unit": share(lambda c: c["value"] is not None and not c["unit"]),
        "with_claimant": share(lambda c: c["claimant"]),
        "status": dict(sorted(Counter(c["status"] for c in claims).items())),
    }


def _context(claim: dict[str, Any], text: str) -> str:
    left, _ = sentence_around(text, claim["start"], claim["end"])
    before, _ = sentence_around(text, max(left - 2, 0), max(left - 1, 0)) if left > 1 else (left, left)
    return " ".join(text[before:left].split())


def write_sample(exports: dict[str, dict[str, Any]], path: Path, *, size: int, seed: int) -> None:
    pool = [(name, c) for name, export in exports.items() for c in export["claims"] if political_claim(c)]
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    out = []
    for number, (name, claim) in enumerate(chosen, start=1):
        article = next(a for a in exports[name]["articles"] if a["id"] == claim["article"])
        keys = ("subject", "predicate", "value", "low", "high", "hedge", "unit", "time", "claimant", "status")
        out.append(f"## {number} {name} {json.dumps({k: claim[k] for k in keys}, ensure_ascii=False)}")
        out.append(f"    before: {_context(claim, article['text'])[:400]}")
        out.append(f"    [{article.get('source')} {claim['article']} {claim['start']}] {claim['text'][:600]}")
    path.write_text("\n".join(out) + "\n", encoding="utf8")


def main() -> None:
    args = sample_args(__doc__, "claims", 13)
    if args is None:
        return
    exports = {}
    for file in FILES:
        name = file.split("_")[0]
        exports[name] = export = cached_export(SHARED_EVAL / "news" / file, args.work, reuse=args.reuse)
        for part in ("a", "b"):
            ids = {a["id"] for a in export["articles"] if half(a["id"]) == part}
            claims = [c for c in export["claims"] if c["article"] in ids and political_claim(c)]
            report({"bench": "claims", "set": name, "half": part, **figures(claims, len(ids))})
    if args.sample:
        write_sample(exports, args.work / f"claims_sample_{args.seed}.txt", size=args.sample, seed=args.seed)


if __name__ == "__main__":
    main()
