"""Stories: articles grouped by real-world event."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ..config import Options
from ..records import Story

__all__ = ["group_stories"]

if TYPE_CHECKING:
    from ..corpus import Corpus


def group_stories(corpus: Corpus, *, options: Options) -> None:
    """First version: one story per article (the clustering issue replaces this)."""
    corpus.stories = [
        Story(
            id="story-" + hashlib.sha1(a.id.encode()).hexdigest()[:10], articles=[a.id], title=a.title, date=a.published
        )
        for a in corpus.articles
    ]
