"""Events shown as asserted on whole real-news articles nobody annotated: a sample for judging.

    .venv/bin/python -m bench.events_sample [--work DIR] [--reuse] [--sample N] [--seed S]

The realtimeqa articles of ``../shared/eval/news`` outside the articles of
``events/news_events_dev.json``'s records (the annotated sentences, which the news bench scores)
are ingested into their own database under ``--work`` (never into the repository) and exported.
Printed: the counts of events and of mentions by modality. ``--sample N --seed S`` writes N
random asserted mentions to ``DIR/events_sample_S.txt``, each with its event's type, mode and
CAMEO code, actor and recipient codes (read as the news bench reads them), trigger, dates, the
number of mentions merged into its event, the text before it and its sentence, to be marked
right only when the act is political and its type, actor codes, recipient codes and modality are
all right by the annotation conventions of ``../shared/eval/README.md``. The bench scores only
sentences; this sample is how precision on whole articles is read.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import SHARED_EVAL, cached_export, report, sample_args
from bench.news_events import codes_of

ARTICLES = SHARED_EVAL / "news" / "realtimeqa_2023_2025_usatoday_theweek.jsonl"
ANNOTATED = SHARED_EVAL / "events" / "news_events_dev.json"


def unannotated(work: Path) -> Path:
    """The articles no annotated sentence comes from, written under ``work``."""
    annotated = {record["article"] for record in json.loads(ANNOTATED.read_text(encoding="utf8"))}
    lines = [
        line
        for line in ARTICLES.read_text(encoding="utf8").splitlines()
        if line.strip() and json.loads(line)["id"] not in annotated
    ]
    target = work / "unannotated.jsonl"
    target.write_text("\n".join(lines) + "\n", encoding="utf8")
    return target


def write_sample(export: dict[str, Any], path: Path, *, size: int, seed: int) -> None:
    codes = codes_of(export)
    articles = {a["id"]: a for a in export["articles"]}
    pool = [(e, m) for e in export["events"] for m in e["mentions"] if m.get("modality") == "asserted"]
    pool.sort(key=lambda item: (item[1]["article"], item[1]["start"], item[0]["id"]))
    random.Random(seed).shuffle(pool)
    chosen = pool[:size]

    def side(ids: list[str]) -> str:
        return ", ".join(f"{i}->{codes.get(i)}" for i in ids) or "-"

    out = []
    for number, (event, mention) in enumerate(chosen, start=1):
        article = articles[mention["article"]]
        before = " ".join(article["text"][max(0, mention["start"] - 250) : mention["start"]].split())
        out.append(
            f"## {number} [{event['type']}/{event.get('mode')}/{event.get('cameo')}] A=[{side(event['actors'])}] "
            f"R=[{side(event['recipients'])}] trigger={mention['trigger']!r} date={mention.get('date')} "
            f"published={article.get('published')} mentions={len(event['mentions'])}"
        )
        out.append(
            f"    [{article.get('source')} {article.get('input_id') or article['id']}] {article.get('title', '')[:100]}"
        )
        out.append(f"    before: ...{before}")
        out.append(f"    sentence: {mention['text'][:600]}")
    path.write_text("\n".join(out) + "\n", encoding="utf8")


def main() -> None:
    args = sample_args(__doc__, "events_sample", 9002)
    if args is None:
        return
    export = cached_export(unannotated(args.work), args.work, reuse=args.reuse)
    modalities = Counter(m.get("modality") for e in export["events"] for m in e["mentions"])
    report(
        {
            "bench": "events_sample",
            "articles": len(export["articles"]),
            "events": len(export["events"]),
            "mentions": dict(sorted(modalities.items())),
        }
    )
    if args.sample:
        write_sample(export, args.work / f"events_sample_{args.seed}.txt", size=args.sample, seed=args.seed)


if __name__ == "__main__":
    main()
