"""Conflicts between articles of a story, and per-article findings (anachronisms)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..config import Options

__all__ = ["cross_check"]

if TYPE_CHECKING:
    from ..corpus import Corpus


def cross_check(corpus: Corpus, *, options: Options) -> None:
    """First version: the per-article findings, attached to their story."""
    conflicts = []
    for article_id, extraction in corpus.extractions.items():
        for finding in extraction.findings:
            finding.story = corpus.story_of(article_id)
            conflicts.append(finding)
    corpus.conflicts = conflicts
