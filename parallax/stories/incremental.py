"""A new batch of articles joins existing stories without recomputing the corpus.

Only pairs that involve a new article are scored (the same blocking keys as the full
clustering). A new article joins the storyline whose articles it is closest to on average
(the topic rule of ``cluster_articles``); then only the storylines that received an article
are split into stories again, by the event split of ``cluster_articles`` (specifics, then
dates as evidence), so a storyline's stories are what a full run gives for the same storyline.
Articles that join no storyline are clustered among themselves into new stories. Storylines
are never merged or re-cut: that is what a full run adds over a batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..records import Article, Extraction, Story
from .cluster import (
    ClusterSettings,
    cluster_articles,
    event_split,
    publication_day,
    specifics_markers,
    story_id,
    story_of_group,
)
from .dates import lead_date
from .features import article_features, lowercase_vocabulary, tfidf_matrix
from .linkage import candidate_arrays, similar_pairs

__all__ = ["assign_articles"]


def assign_articles(
    stories: Sequence[Story],
    articles: Sequence[Article],
    extractions: dict[str, Extraction],
    *,
    new: set[str],
    settings: ClusterSettings | None = None,
) -> list[Story]:
    """``stories`` (over the old articles) updated with the ``new`` article ids of ``articles``."""
    settings = settings or ClusterSettings()
    stories = [Story(**{**vars(s), "articles": list(s.articles)}) for s in stories]
    index = {a.id: i for i, a in enumerate(articles)}
    lowercase = lowercase_vocabulary(a.text for a in articles)
    features = [
        article_features(a.text, title=a.title, lowercase=lowercase, extraction=extractions.get(a.id)) for a in articles
    ]
    words = tfidf_matrix([f.words for f in features]).rows
    specific = tfidf_matrix([f.specifics for f in features])
    fresh = {index[i] for i in new if i in index}
    topic = _sums(similar_pairs(words, candidate_arrays(words, only=fresh)), fresh)
    line_of = {index[a]: s.storyline or s.id for s in stories for a in s.articles if a in index}
    line_size: dict[str, int] = defaultdict(int)
    for line in line_of.values():
        line_size[line] += 1
    joined: dict[str, list[int]] = defaultdict(list)
    left: list[int] = []
    for row in sorted(fresh):
        best = _best_line(topic.get(row, {}), line_of, line_size, settings)
        if best is None:
            left.append(row)
        else:
            joined[best].append(row)
    touched = [s for s in stories if (s.storyline or s.id) in joined]
    kept = [s for s in stories if (s.storyline or s.id) not in joined]
    dates = [lead_date(a, extractions.get(a.id)) for a in articles]
    published = [publication_day(a) for a in articles]
    for line, rows in joined.items():
        members = sorted({index[a] for s in touched if (s.storyline or s.id) == line for a in s.articles} | set(rows))
        parts = event_split(
            members, words, specific.rows, specifics_markers(specific.vocabulary), dates, published, settings
        )
        kept += _line_stories([[articles[i] for i in part] for part in parts], dates, articles)
    if left:
        kept += _new_stories([articles[r] for r in left], extractions, settings)
    return kept


def _sums(similarities: dict[tuple[int, int], float], fresh: set[int]) -> dict[int, dict[int, float]]:
    """For each new row, its similarity to every candidate row."""
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), score in similarities.items():
        if a in fresh:
            sums[a][b] = score
        if b in fresh:
            sums[b][a] = score
    return sums


def _best_line(
    scores: dict[int, float], line_of: dict[int, str], line_size: dict[str, int], settings: ClusterSettings
) -> str | None:
    """The storyline a new row is closest to on average (missing pairs count 0), if close enough."""
    totals: dict[str, float] = defaultdict(float)
    for other, score in scores.items():
        if other in line_of:
            totals[line_of[other]] += score
    means = {line: total / line_size[line] for line, total in totals.items()}
    if not means or max(means.values()) < settings.topic_similarity:
        return None
    return max(means, key=lambda key: means[key])


def _line_stories(groups: list[list[Article]], dates: Sequence[str | None], articles: Sequence[Article]) -> list[Story]:
    """The story records of one storyline's groups, named as a full run names them."""
    position = {a.id: i for i, a in enumerate(articles)}
    lead_dates = {a.id: d for a in articles if (d := dates[position[a.id]])}
    ids = [story_id(group) for group in groups]
    line = "storyline-" + min(ids)[6:] if len(ids) > 1 else None
    return [story_of_group(group, lead_dates, dict.fromkeys(ids, line) if line else {}) for group in groups]


def _new_stories(articles: list[Article], extractions: dict[str, Extraction], settings: ClusterSettings) -> list[Story]:
    grouping = cluster_articles(
        [a.text for a in articles],
        titles=[a.title for a in articles],
        extractions=[extractions.get(a.id) for a in articles],
        dates=[lead_date(a, extractions.get(a.id)) for a in articles],
        published=[publication_day(a) for a in articles],
        settings=settings,
    )
    groups: dict[int, list[Article]] = defaultdict(list)
    lines: dict[int, set[int]] = defaultdict(set)
    for article, label, line in zip(articles, grouping.stories, grouping.storylines, strict=True):
        groups[label].append(article)
        lines[line].add(label)
    stories = []
    for labels in lines.values():
        by_line = [groups[label] for label in sorted(labels)]
        stories += _line_stories(by_line, [lead_date(a, extractions.get(a.id)) for a in articles], articles)
    return stories
