"""Source quality: a profile per article and per publisher, each score with its reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..config import Options
from ..records import SourceProfile

__all__ = ["profile_sources"]

if TYPE_CHECKING:
    from ..corpus import Corpus


def profile_sources(corpus: Corpus, *, options: Options) -> None:
    """First version: the boilerplate share of each article's input."""
    profiles = []
    for article in corpus.articles:
        removed = sum(r.end - r.start for r in article.removals)
        share = removed / max(1, len(article.input_text))
        score = round(1.0 - share, 3)
        reasons = [f"{share:.0%} of the input was boilerplate ({len(article.removals)} removals)"]
        profiles.append(
            SourceProfile(
                subject=article.id,
                kind="article",
                score=score,
                reasons=reasons,
                metrics={"boilerplate_share": round(share, 3)},
            )
        )
    corpus.profiles = profiles
