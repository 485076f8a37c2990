"""Mine the cues of attribution PolNeAR ``train/`` annotators marked, with their counts.

    PYTHONPATH=$PWD .venv/bin/python scripts/mine_quote_cues.py \
        [--polnear ../shared/eval/quotes/polnear] [--out parallax/data/quotes-cues-mined.tsv]

For each article of ``train/`` (first annotation file, as the scorer reads them), the text goes
through en_core_web_sm; each Cue span gives the lemma of its head word (the span's root, "according
to" as a phrase). Written per lemma: how often it is the head of a cue (``cue``), how often the
lemma occurs at all in the same texts (``tokens``), and the part of speech it mostly has as a cue.
``cue / tokens`` is how often the word, where it occurs, reports an attribution. ``dev/`` is never
read; only counts are written, never the texts.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import spacy

from parallax.nlp import load_bare_nlp

MIN_CUES = 3  # lemmas seen as a cue fewer times are not written


def _cue_spans(ann: Path) -> list[tuple[int, int]]:
    """(start, end) of each Cue span (a discontinuous one: its first piece, the verb in most)."""
    spans = []
    for line in ann.read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and parts[1].startswith("Cue "):
            offsets = [int(n) for n in re.findall(r"\d+", parts[1].split(" ", 1)[1])]
            spans.append((offsets[0], offsets[1]))
    return spans


def _head(span: spacy.tokens.Span) -> str:
    if span.text.lower().startswith("according"):
        return "according to"
    content = [t for t in span if t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"}] or list(span)
    root = span.root if span.root in content else content[-1]
    return root.lemma_.lower()


def mine(polnear: Path) -> tuple[Counter[str], Counter[str], dict[str, Counter[str]]]:
    nlp = load_bare_nlp("en_core_web_sm")  # the pipeline Parallax parses with: the same lemmas
    cues: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    pos: dict[str, Counter[str]] = {}
    texts, anns = [], []
    for text_file in sorted((polnear / "train" / "text").glob("*.txt")):
        found = sorted((polnear / "train" / "attributions").glob(text_file.stem + "_*.ann"))
        if found:
            texts.append(text_file.read_text(encoding="utf8"))
            anns.append(found[0])
    for doc, ann in zip(nlp.pipe(texts, batch_size=16), anns, strict=True):
        tokens.update(t.lemma_.lower() for t in doc)
        tokens["according to"] += sum(1 for t in doc if t.lower_ == "according")
        for start, end in _cue_spans(ann):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            lemma = _head(span)
            cues[lemma] += 1
            pos.setdefault(lemma, Counter())[span.root.pos_] += 1
    return cues, tokens, pos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=Path("../shared/eval/quotes/polnear"))
    parser.add_argument("--out", type=Path, default=Path("parallax/data/quotes-cues-mined.tsv"))
    args = parser.parse_args()
    cues, tokens, pos = mine(args.polnear)
    lines = [
        "# Heads of the Cue spans of PolNeAR train/ (Newell et al. 2018; first annotation file per",
        "# article), mined by scripts/mine_quote_cues.py: lemma, times a cue head, times the lemma",
        "# occurs in the same texts, its usual part of speech as a cue. Counts only, no text.",
        "lemma\tcue\ttokens\tpos",
    ]
    for lemma, count in sorted(cues.items(), key=lambda item: (-item[1], item[0])):
        if count >= MIN_CUES:
            lines.append(f"{lemma}\t{count}\t{max(tokens[lemma], count)}\t{pos[lemma].most_common(1)[0][0]}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf8")


if __name__ == "__main__":
    main()
