"""The loop: per-article stages (read, clean, annotate, extract, store), then corpus stages.

    ingest(paths)  ──► read ──► clean ──► annotate (nlp.pipe) ──► extract ──► store
    run_corpus()   ──► copies ──► stories ──► events ──► crosscheck ──► sources

A stage that fails on one article turns it into a ``Rejected`` naming the stage and the
article; the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .clean import clean_article
from .config import Options
from .corpus import Corpus, run_corpus_stages
from .errors import StoreError
from .extract import extract
from .ingest import read_inputs
from .nlp import load_nlp
from .records import Article, Extraction, Rejected
from .store import Store

__all__ = ["IngestSummary", "analyze", "ingest", "run_corpus"]

T = TypeVar("T")
Progress = Callable[[str, str], None]  # (outcome, input name) after each input


@dataclass
class IngestSummary:
    """What an ingest did with each input; filled as it goes, so an interrupted run can say
    what was stored."""

    added: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Rejected] = field(default_factory=list)  # read fine, but no article (empty, consent page)
    failed: list[Rejected] = field(default_factory=list)
    corpus_error: str | None = None  # the corpus stages failed; articles are stored, stories are stale

    @property
    def complete(self) -> bool:
        """Every input went in (stored, already stored, or recognised as no article)."""
        return not self.failed and self.corpus_error is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": len(self.added),
            "versions": len(self.versions),
            "unchanged": len(self.unchanged),
            "skipped": len(self.skipped),
            "failed": len(self.failed),
            "corpus_error": self.corpus_error,
            "failures": [{"input": r.input, "reason": r.reason} for r in self.failed],
            "skips": [{"input": r.input, "reason": r.reason} for r in self.skipped],
        }


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _run_stage(name: str, function: Callable[..., Any], article: Article, **kwargs: Any) -> Any:
    try:
        return function(article, **kwargs)
    except Exception as err:
        return Rejected(_where(article), f"stage {name} failed on article {article.id}: {type(err).__name__}: {err}")


def _where(article: Article) -> str:
    return article.path or article.input_id or article.id


def analyze(
    articles: Iterable[Article | Rejected], *, nlp: Language, options: Options
) -> Iterator[tuple[Article, Extraction | None] | Rejected]:
    """Clean, annotate and extract a stream of raw articles, batching through ``nlp.pipe``.

    Yields ``(article, extraction)``; the extraction is None for articles stored but not
    analysed (non-English).
    """
    for batch in _batched(articles, options.batch_size):
        cleaned: list[Article] = []
        for item in batch:
            if isinstance(item, Rejected):
                yield item
                continue
            result = _run_stage("clean", clean_article, item, options=options)
            if isinstance(result, Rejected):
                yield result
            else:
                cleaned.append(result)
        yield from _annotate(cleaned, nlp=nlp, options=options)


def _annotate(
    articles: list[Article], *, nlp: Language, options: Options
) -> Iterator[tuple[Article, Extraction | None] | Rejected]:
    todo = [a for a in articles if a.analysed]
    docs = []
    for article in todo:
        doc = nlp.make_doc(article.text)
        doc._.article_id = article.id
        doc._.published = article.published
        doc._.source = article.source
        docs.append(doc)
    annotated = iter(nlp.pipe(docs, batch_size=options.batch_size))
    for article in articles:
        if not article.analysed:
            yield article, None
            continue
        doc = next(annotated)
        yield _run_stage("extract", _extract, article, doc=doc)


def _extract(article: Article, *, doc: Doc) -> tuple[Article, Extraction]:
    return article, extract(doc, article)


def ingest(
    paths: Iterable[str],
    *,
    store: Store,
    options: Options,
    progress: Progress | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Read, analyse and store every article of ``paths``, then run the corpus stages.

    Articles already stored (same content) are skipped before analysis; each new article is
    stored with its extraction in one transaction. ``summary`` (filled in place when given) lets
    a caller that is interrupted report what was stored. A failure of the corpus stages is kept
    in ``summary.corpus_error``: the articles stay stored, the previous corpus results stay
    readable, and the next run retries the stages.
    """
    summary = summary if summary is not None else IngestSummary()
    nlp = load_nlp(options.spacy_model, tuple(options.actor_files))

    def fresh() -> Iterator[Article | Rejected]:
        for item in read_inputs(paths, options=options):
            if isinstance(item, Article) and store.status(item) == "unchanged":
                summary.unchanged.append(item.id)
                if progress:
                    progress("unchanged", _where(item))
                continue
            yield item

    for result in analyze(fresh(), nlp=nlp, options=options):
        if isinstance(result, Rejected):
            outcome, name = ("skipped", result.input) if result.not_article else ("failed", result.input)
            (summary.skipped if result.not_article else summary.failed).append(result)
        else:
            article, extraction = result
            name = _where(article)
            try:
                outcome = store.add(article, extraction)
            except StoreError as err:
                summary.failed.append(Rejected(name, str(err)))
                if progress:
                    progress("failed", name)
                continue
            {"added": summary.added, "version": summary.versions, "unchanged": summary.unchanged}[outcome].append(
                article.id
            )
        if progress:
            progress(outcome, name)
    if store.corpus_is_stale():
        if progress:
            progress("corpus", "stories and cross-checks")
        try:
            run_corpus(store=store, options=options)
        except Exception as err:  # a stage's bug must not cost the stored articles
            summary.corpus_error = f"corpus stages failed: {type(err).__name__}: {err}"[:500]
    return summary


def run_corpus(*, store: Store, options: Options) -> Corpus:
    """Run the corpus stages over everything stored and replace their stored results."""
    seq = store.max_seq()  # what the results will cover, read before loading
    corpus = Corpus.load(store)
    run_corpus_stages(corpus, options=options)
    store.replace_corpus({**corpus.results(), "state": [("corpus", {"seq": seq})]}, corpus.updates())
    return corpus
