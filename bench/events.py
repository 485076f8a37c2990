"""PLOVER gold standard records (dev half) through the event extractor, scored by the shared scorer.

    .venv/bin/python -m bench.events [--out PRED.jsonl]

Prints one JSON line: the scorer's figures plus seconds per sentence. Skips cleanly when
../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import SHARED_EVAL, run_scorer

EVAL = SHARED_EVAL
GOLD = EVAL / "events" / "plover_gsr_dev.json"


def predict(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One prediction line per gold record: events with actor and recipient codes."""
    from parallax.extract.events import events_of_doc
    from parallax.extract.events_actors import event_codes
    from parallax.nlp import load_nlp
    from parallax.records import Article

    nlp = load_nlp("en_core_web_sm")
    texts = [record["text"] for record in records]
    lines = []
    for record, doc in zip(records, nlp.pipe(texts, batch_size=64), strict=True):
        article = Article(id=record["id"], text=doc.text)
        events = events_of_doc(doc, article, anchored_only=False)
        predicted = []
        for event in events:
            actors, recipients = event_codes(event.type, event.actors, event.recipients)
            predicted.append(
                {
                    "type": event.type,
                    "actors": list(dict.fromkeys(actors)),
                    "recipients": list(dict.fromkeys(recipients)),
                }
            )
        lines.append({"id": record["id"], "events": predicted})
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="Keep the predictions in this JSONL file.")
    args = parser.parse_args()
    if not GOLD.is_file():
        print(json.dumps({"skipped": f"{GOLD} not found"}))
        return
    records = json.loads(GOLD.read_text(encoding="utf8"))
    started = time.perf_counter()
    lines = predict(records)
    seconds = time.perf_counter() - started
    out = args.out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf8")
    figures = run_scorer("events", GOLD, out)
    figures["seconds_per_sentence"] = round(seconds / max(len(records), 1), 4)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
