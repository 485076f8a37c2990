"""Corroboration on real multi-outlet stories: how many items claim two or more independent sources.

    .venv/bin/python -m bench.corroboration [--work DIR] [--reuse] [--sample N --seed S]

Each news set (BASIL, Giveme5W1H: the two halves) is ingested into its own database under
``--work`` (never into the repository) without its gold ``cluster`` field, which the system must
never see. ``--reuse`` keeps a database already ingested from the same input and reruns only the
corpus stages: quick when only those changed. Printed per set: support records by kind, how many
have ``independent >= 2``, and the distribution of ``independent``. ``--sample N --seed S`` also
writes N random records with ``independent >= 2`` across both sets to ``DIR/sample_S.txt``, each
with the evidence span of every source, for judging by reading (the quality bar is the judged
figure, not these counts).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import SHARED_EVAL, cached_export, report, sample_args
from parallax.crosscheck.origin import sentence_around

SETS = {
    "basil": "basil_2010_2019_triplets.jsonl",
    "giveme5w1h": "giveme5w1h_newscluster_2016_2018.jsonl",
}


def figures(export: dict[str, Any]) -> dict[str, Any]:
    """Counts of support records: by kind, with ``independent >= 2``, and the distribution."""
    support = export["support"]
    multi = [s for s in support if s["independent"] >= 2]
    return {
        "items_2plus": len(_distinct(multi)),
        "articles": len(export["articles"]),
        "support": len(support),
        "independent_2plus": len(multi),
        "independent_2plus_by_kind": dict(sorted(Counter(s["kind"] for s in multi).items())),
        "distribution": {str(k): v for k, v in sorted(Counter(s["independent"] for s in support).items())},
        "with_attribution": sum(1 for s in multi if s.get("attribution")),
    }


def _distinct(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per supported item (the claims of one group share their support record)."""
    seen: dict[str, dict[str, Any]] = {}
    for record in records:
        seen.setdefault(json.dumps([record["kind"], record.get("spans") or record["id"]]), record)
    return list(seen.values())


def _evidence(record: dict[str, Any], export: dict[str, Any]) -> list[str]:
    articles = {a["id"]: a for a in export["articles"]}
    lines = []
    spans = record.get("spans") or []
    if not spans:  # events: their mentions
        event = next((e for e in export["events"] if e["id"] == record["id"].split("#")[0]), None)
        spans = [[m["article"], m["start"], m["end"]] for m in (event or {}).get("mentions", [])]
    for article_id, start, end in spans:
        article = articles.get(article_id, {})
        text = article.get("text", "")
        left, right = sentence_around(text, start, end)
        context = " ".join(text[left:right].split())
        lines.append(
            f"    [{article.get('source')} {(article.get('published') or '')[:10]} {article_id}] {context[:400]}"
        )
    return lines


def write_sample(exports: dict[str, dict[str, Any]], path: Path, *, size: int, seed: int) -> None:
    pool = [
        (name, s) for name, export in exports.items() for s in _distinct(export["support"]) if s["independent"] >= 2
    ]
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    out = []
    for number, (name, record) in enumerate(chosen, start=1):
        keys = ("kind", "text", "figure", "independent", "sources", "attribution", "note", "collapsed")
        head = {k: record.get(k) for k in keys if record.get(k) is not None}
        out.append(f"## {number} {name} {json.dumps(head, ensure_ascii=False)}")
        out += _evidence(record, exports[name])
    path.write_text("\n".join(out) + "\n", encoding="utf8")


def main() -> None:
    args = sample_args(__doc__, "corroboration", 11)
    if args is None:
        return
    exports = {}
    for name, file in SETS.items():
        exports[name] = cached_export(SHARED_EVAL / "news" / file, args.work, reuse=args.reuse)
        report({"bench": "corroboration", "set": name, **figures(exports[name])})
    if args.sample:
        write_sample(exports, args.work / f"sample_{args.seed}.txt", size=args.sample, seed=args.seed)


if __name__ == "__main__":
    main()
