"""Train the quotes span model (``quotes.model.v1``) on PolNeAR ``train/`` and write its weights.

    PYTHONPATH=$PWD .venv/bin/python scripts/train_quotes.py \
        [--polnear ../shared/eval/quotes/polnear] [--out parallax/data/quotes-model] [--minutes 30]

A blank English spaCy pipeline with its own small tok2vec (hash embeddings of NORM, PREFIX,
SUFFIX, SHAPE and a CNN window encoder; CPU, no PyTorch) and an ``ner`` component labelling,
for each attribution of the first annotation file of an article (as the scorer reads them), its
CONTENT, SOURCE and CUE spans. Nested attributions keep the outer one (longest content first).
Articles are cut into paragraphs. A fixed tenth of ``train/`` (by file name hash) is held out to
pick the best weights; ``dev/`` is never read. Only the weights are written, never the texts (nor their vocabulary).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch

CONFIG = """
[nlp]
lang = "en"
pipeline = ["tok2vec","ner"]

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 96
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,2500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"
"""

LABELS = ("CONTENT", "SOURCE", "CUE")
HELD_OUT_SHARE = 10  # percent of train/ articles kept out of training, to choose the weights


def _spans(ann: Path) -> list[tuple[str, int, int]]:
    """(label, start, end) of each attribution's content, source and cue; a discontinuous
    span ("start end;start end") becomes its outer bounds."""
    bounds: dict[str, tuple[int, int]] = {}
    found: list[tuple[str, int, int]] = []
    for line in ann.read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            offsets = [int(n) for n in re.findall(r"\d+", parts[1].split(" ", 1)[1])]
            bounds[parts[0]] = (min(offsets), max(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            for role in ("Content", "Source", "Cue"):
                if args.get(role) in bounds:
                    found.append((role.upper(), *bounds[args[role]]))
    return found


def _entities(doc: Doc, spans: list[tuple[str, int, int]]) -> list[Span]:
    """Non-overlapping entity spans: contents first, longest first, then sources and cues."""
    order = sorted(set(spans), key=lambda s: (LABELS.index(s[0]), -(s[2] - s[1])))
    taken = [False] * len(doc)
    kept: list[Span] = []
    for label, start, end in order:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or len(span) == 0 or any(taken[span.start : span.end]):
            continue
        while len(span) > 1 and span[-1].is_space:
            span = doc[span.start : span.end - 1]
            span.label_ = label
        for i in range(span.start, span.end):
            taken[i] = True
        kept.append(span)
    return kept


def _paragraphs(doc: Doc) -> list[Doc]:
    """The doc cut after each line break (entities crossing a cut are lost, which is rare)."""
    cuts = [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws] + [len(doc)]
    return [doc[a:b].as_doc() for a, b in itertools.pairwise(cuts) if any(not t.is_space for t in doc[a:b])]


def load_examples(nlp: Language, split: Path) -> dict[str, list[Example]]:
    """Examples of each article of ``split`` (first annotation file per article)."""
    examples: dict[str, list[Example]] = {}
    for text_file in sorted((split / "text").glob("*.txt")):
        anns = sorted((split / "attributions").glob(text_file.stem + "_*.ann"))
        if not anns:
            continue
        doc = nlp.make_doc(text_file.read_text(encoding="utf8"))
        doc.ents = _entities(doc, _spans(anns[0]))
        examples[text_file.stem] = [Example(nlp.make_doc(p.text), p) for p in _paragraphs(doc)]
    return examples


def _held_out(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 100 < HELD_OUT_SHARE


def train(polnear: Path, out: Path, *, minutes: float, seed: int = 0, resume: Path | None = None) -> dict[str, object]:
    """Train until ``minutes`` have passed or the held-out score stops improving; keep the best.
    With ``resume``, training goes on from the weights there (same held-out tenth), and they
    are the score to beat."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    if resume is not None:
        nlp = spacy.load(resume)
    else:
        nlp = spacy.util.load_model_from_config(spacy.util.load_config_from_str(CONFIG), auto_fill=True, validate=True)
    by_article = load_examples(nlp, polnear / "train")
    fit = [e for name, ex in by_article.items() if not _held_out(name) for e in ex]
    check = [e for name, ex in by_article.items() if _held_out(name) for e in ex]
    best = -1.0
    if resume is not None:
        optimizer = nlp.resume_training()
        best = float(nlp.evaluate(check)["ents_per_type"].get("CONTENT", {}).get("f", 0.0))
        print(json.dumps({"resumed_from": str(resume), "content_f": round(best, 4)}), flush=True)
    else:
        ner = nlp.get_pipe("ner")
        for label in LABELS:
            ner.add_label(label)  # type: ignore[attr-defined]
        optimizer = nlp.initialize(lambda: fit)
    started = time.perf_counter()
    log: list[dict[str, float]] = []
    stale = 0
    for epoch in range(100):
        random.shuffle(fit)
        losses: dict[str, float] = {}
        for batch in minibatch(fit, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = nlp.evaluate(check)
        f = float(scores["ents_per_type"].get("CONTENT", {}).get("f", 0.0))
        log.append(
            {
                "epoch": epoch,
                "loss": round(float(losses.get("ner", 0.0)), 1),
                "content_f": round(f, 4),
                "ents_f": round(float(scores["ents_f"]), 4),
                "minutes": round((time.perf_counter() - started) / 60, 1),
            }
        )
        print(json.dumps(log[-1]), flush=True)
        if f > best:
            best, stale = f, 0
            with nlp.use_params(optimizer.averages):
                nlp.to_disk(out, exclude=["vocab"])  # hashed features only: no word list of the texts
        else:
            stale += 1
        if stale >= 3 or time.perf_counter() - started > minutes * 60:
            break
    return {
        "best_content_f": best,
        "epochs": len(log),
        "minutes": round((time.perf_counter() - started) / 60, 1),
        "train_paragraphs": len(fit),
        "held_out_paragraphs": len(check),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=Path("../shared/eval/quotes/polnear"))
    parser.add_argument("--out", type=Path, default=Path("parallax/data/quotes-model"))
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--resume", type=Path, default=None, help="go on training the weights there")
    args = parser.parse_args()
    print(json.dumps(train(args.polnear, args.out, minutes=args.minutes, resume=args.resume)))


if __name__ == "__main__":
    main()
