"""Speed: the whole per-article pipeline against bare spaCy ``nlp.pipe`` on the same articles.

    python -m bench.pipeline [--articles N]

Prints articles/s for both, their ratio (the figure we track: pipeline / floor, target >= 0.8)
and each run's peak memory (max RSS of a forked child, so the two don't share a peak).
Articles: the samples plus ECB+ dev texts when ../shared/eval is present.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from typing import Any

from parallax.config import load_options
from parallax.ingest import read_inputs
from parallax.nlp import load_bare_nlp, load_nlp
from parallax.pipeline import analyze
from parallax.records import Article, Rejected

from .common import EXAMPLES, SHARED_EVAL, report


def _articles(count: int) -> list[Article]:
    options = load_options()
    articles = [a for a in read_inputs([str(EXAMPLES)], options=options) if isinstance(a, Article)]
    corpus = SHARED_EVAL / "clustering" / "ecbplus_dev.jsonl"
    if corpus.is_file():
        articles += [a for a in read_inputs([str(corpus)], options=options) if isinstance(a, Article)]
    while len(articles) < count:  # without the eval data, repeat the samples
        articles += articles
    return articles[:count]


def _floor(articles: list[Article], queue: Any) -> None:
    options = load_options()
    cleaned = [item for item in analyze(articles, nlp=load_nlp(options.spacy_model), options=options)]
    texts = [item[0].text for item in cleaned if not isinstance(item, Rejected)]
    nlp = load_bare_nlp(options.spacy_model)
    list(nlp.pipe(texts[:5]))  # warm up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=options.batch_size):
        pass
    queue.put((len(texts) / (time.perf_counter() - started), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _pipeline(articles: list[Article], queue: Any) -> None:
    options = load_options()
    nlp = load_nlp(options.spacy_model)
    list(analyze(articles[:5], nlp=nlp, options=options))  # warm up
    fresh = [Article(id=a.id, raw=a.raw, raw_kind=a.raw_kind, title=a.title, path=a.path) for a in articles]
    started = time.perf_counter()
    done = sum(1 for item in analyze(fresh, nlp=nlp, options=options) if not isinstance(item, Rejected))
    queue.put((done / (time.perf_counter() - started), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _run(target: Any, articles: list[Article]) -> tuple[float, int]:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=target, args=(articles, queue))
    process.start()
    result = queue.get()
    process.join()
    return result  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args(argv or [])
    articles = _articles(args.articles)
    floor_rate, floor_rss = _run(_floor, articles)
    pipeline_rate, pipeline_rss = _run(_pipeline, articles)
    report(
        {
            "bench": "pipeline",
            "articles": len(articles),
            "floor_articles_per_s": round(floor_rate, 2),
            "pipeline_articles_per_s": round(pipeline_rate, 2),
            "ratio": round(pipeline_rate / floor_rate, 3),
            "floor_peak_mb": round(floor_rss / 1024, 1),
            "pipeline_peak_mb": round(pipeline_rss / 1024, 1),
        }
    )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
