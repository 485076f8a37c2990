"""Quotes benchmark: PolNeAR dev through ``find_quotes``, scored by ../shared/eval/score.py.

    .venv/bin/python -m bench.quotes [--split dev] [--limit N] [--pred out.jsonl] [--no-model]

PolNeAR texts are raw .txt: they go through the Parallax spaCy pipeline directly (not the
cleaner) so offsets match. Prints one JSON line of the scorer's metrics plus timing, with the
figures of each half of the split (articles by a hash of their name) under ``half_a`` and
``half_b``: tune on one, check on the other. ``--no-model`` leaves the span model out (rules only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from .common import SHARED_EVAL, run_scorer

EVAL = SHARED_EVAL
POLNEAR = EVAL / "quotes" / "polnear"


def _speaker(quote: object) -> str:
    """What the scorer compares: the speaker as written, or the antecedent of a pronoun."""
    from parallax.extract.quotes_speaker import PRONOUNS

    written = getattr(quote, "speaker_text", None) or ""
    name = getattr(quote, "speaker", None) or ""
    if written.lower() in PRONOUNS or not written:
        return name or written
    return written


def _content(text: str, quote: object) -> str:
    """The quoted words without the cue that interrupts them, as annotators mark content."""
    parts = getattr(quote, "parts", None) or []
    return " ".join(text[start:end] for start, end in parts) if parts else str(getattr(quote, "text", ""))


def predict(split: Path, limit: int | None) -> tuple[list[dict[str, str | bool]], float]:
    from parallax.extract.quotes import find_quotes
    from parallax.nlp import load_nlp

    nlp = load_nlp("en_core_web_sm")
    files = sorted((split / "text").glob("*.txt"))[:limit]
    texts = [f.read_text(encoding="utf8") for f in files]
    started = time.perf_counter()
    rows: list[dict[str, str | bool]] = []
    for file, doc in zip(files, nlp.pipe(texts, batch_size=16), strict=True):
        for quote in find_quotes(doc, article_id=file.stem):
            rows.append(
                {
                    "article": file.stem,
                    "content": _content(doc.text, quote),
                    "speaker": _speaker(quote),
                    "cue": quote.cue or "",
                    "direct": quote.direct,
                }
            )
    return rows, time.perf_counter() - started


def _half(name: str) -> str:
    """A stable half ("a" or "b") of an article."""
    return "ab"[hashlib.sha1(name.encode()).digest()[0] % 2]


def _half_split(split: Path, half: str, work: Path) -> Path:
    """A copy of ``split`` (links, outside the repository) holding only the articles of ``half``."""
    target = work / half
    for folder in ("text", "attributions"):
        (target / folder).mkdir(parents=True, exist_ok=True)
    for file in (split / "text").glob("*.txt"):
        if _half(file.stem) == half:
            (target / "text" / file.name).symlink_to(file.resolve())
            for ann in (split / "attributions").glob(file.stem + "*.ann"):
                (target / "attributions" / ann.name).symlink_to(ann.resolve())
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--pred", type=Path, default=None, help="keep the predictions here")
    parser.add_argument("--no-model", action="store_true", help="rules only, without the span model")
    args = parser.parse_args()
    if args.no_model:
        os.environ["PARALLAX_QUOTES_MODEL"] = "false"
    split = POLNEAR / args.split
    if not split.is_dir():
        print(json.dumps({"skipped": f"{split} is not present"}))
        return
    rows, seconds = predict(split, args.limit)
    pred = args.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    pred.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf8")
    figures = run_scorer("quotes", split, pred)
    if args.limit:
        figures["note"] = "limited run: gold counts cover the whole split"
    with tempfile.TemporaryDirectory() as work:
        for half in "ab":
            figures[f"half_{half}"] = run_scorer("quotes", _half_split(split, half, Path(work)), pred)
    figures["seconds"] = round(seconds, 1)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
