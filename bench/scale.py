"""Scale of the corpus stages: time and peak memory for 1k, 3k and 10k articles.

    .venv/bin/python -m bench.scale [--sizes 1000,3000,10000]

Synthetic corpora are mixed in memory from the ECB+ dev texts (never written anywhere): each
article is a real text with perturbations (sentences dropped and shuffled, boilerplate lines
and SEO phrases added, a share of verbatim and partial reprints), a publisher name, and claims
read from its numbers so the number cross-check has work. Each size runs in its own process
(peak RSS is per process); the figures include the growth exponents of CPU time and peak
memory between sizes (cost ~ size^k: k near 1 is linear, 2 quadratic). Skips cleanly when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from parallax.config import load_options
from parallax.corpus import Corpus
from parallax.records import Article, Claim, Extraction

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "clustering" / "ecbplus_dev.jsonl"
BOILERPLATE = ["Share this article", "Follow us on social media", "Read more latest news here", "Trending now"]
NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")
DIGITS = re.compile(r"\b\d{1,3}\b")
NUMBER_UNIT = re.compile(r"\b(\d[\d,]*)\s+([a-z]{3,})\b")
STAGES = ("copies", "stories", "dates", "crosscheck", "corroboration", "sources")


def _perturb(text: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    kept = [s for s in sentences if rng.random() > 0.15] or sentences[:1]
    if len(kept) > 3 and rng.random() < 0.5:
        middle = kept[1:]
        rng.shuffle(middle)
        kept = kept[:1] + middle
    if rng.random() < 0.3:
        kept.insert(rng.randrange(len(kept) + 1), rng.choice(BOILERPLATE))
    return "\n".join(kept)


def _claims(article_id: str, text: str) -> list[Claim]:
    return [
        Claim(
            article=article_id,
            start=m.start(),
            end=m.end(),
            text=text[max(0, m.start() - 60) : m.end() + 40],
            value=float(m.group(1).replace(",", "")),
            unit=m.group(2),
        )
        for m in NUMBER_UNIT.finditer(text)
    ][:5]


def _spliced(first: str, second: str) -> str:
    """A new base text: the first half of one real text and the second half of another, so
    that topics do not grow with the corpus (as they would if one text were reused ever more)."""
    a, b = re.split(r"(?<=[.!?])\s+", first), re.split(r"(?<=[.!?])\s+", second)
    return " ".join(a[: max(1, len(a) // 2)] + b[len(b) // 2 :])


def _event_variant(text: str, event: int, rng: random.Random) -> str:
    """The text as another event of its kind: its names and numbers changed consistently."""
    names = {w: f"{w}{event}" for w in set(NAME.findall(text))}
    text = NAME.sub(lambda m: names[m.group(0)], text)
    return DIGITS.sub(lambda m: str(int(m.group(0)) + rng.randrange(1, 9)), text)


def synthetic_corpus(size: int, *, seed: int = 7, per_event: int = 5) -> Corpus:
    """``size`` articles, ``per_event`` perturbed reports per synthetic event (two spliced ECB+
    texts with names and numbers changed), 10% reprints of an earlier article, claims from numbers."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf8").splitlines() if line.strip()]
    rng = random.Random(seed)
    corpus = Corpus()
    variant = ""
    for index in range(size):
        if index % per_event == 0:
            variant = _event_variant(
                _spliced(rng.choice(rows)["text"], rng.choice(rows)["text"]), index // per_event, rng
            )
        if index > 10 and rng.random() < 0.1:
            text = corpus.articles[rng.randrange(index)].text + "\n" + rng.choice(BOILERPLATE)
        else:
            text = _perturb(variant, rng)
        article = Article(
            id=f"a{index:06d}", text=text, source=f"site{rng.randrange(size // 5 + 1)}.example", input_id=str(index)
        )
        corpus.articles.append(article)
        corpus.extractions[article.id] = Extraction(article=article.id, claims=_claims(article.id, text))
    return corpus


def run_size(size: int) -> dict[str, Any]:
    """Figures for one size, in this process."""
    from parallax.corpus import CORPUS_STAGES

    corpus = synthetic_corpus(size)
    options = load_options(db="sqlite://")
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for name, stage in CORPUS_STAGES():
        if name not in STAGES:
            continue
        started, started_cpu = time.perf_counter(), time.process_time()
        stage(corpus, options=options)
        seconds[name] = round(time.perf_counter() - started, 2)
        cpu[name] = round(time.process_time() - started_cpu, 2)
    return {
        "articles": size,
        "seconds": round(sum(seconds.values()), 2),
        "cpu_seconds": round(sum(cpu.values()), 2),  # steadier than wall time on a shared machine
        "stages_cpu": cpu,
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stories": len(corpus.stories),
        "copies": len(corpus.copies),
        "conflicts": len(corpus.conflicts),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    args = parser.parse_args()
    if not GOLD.is_file():
        print(f"skipped: {GOLD} not found")
        return
    if args.one:
        print(json.dumps(run_size(args.one)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        output = subprocess.run(
            [sys.executable, "-m", "bench.scale", "--one", str(size)], capture_output=True, text=True, check=True
        ).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    pairs = [*itertools.pairwise(results), (results[0], results[-1])] if len(results) > 1 else []
    growth = {
        f"{a['articles']}->{b['articles']}": {
            key: round(math.log(b[key] / max(a[key], 1e-3)) / math.log(b["articles"] / a["articles"]), 2)
            for key in ("cpu_seconds", "peak_mb")
        }
        for a, b in pairs
    }
    print(json.dumps({"runs": results, "growth_exponents": growth}))


if __name__ == "__main__":
    main()
