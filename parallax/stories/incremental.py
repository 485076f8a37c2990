"""A new batch of articles joins existing stories without recomputing the corpus.

Only pairs that involve a new article are scored (the same blocking keys as the full
clustering). A new article joins the storyline whose stories it is closest to on average
(the topic rule of ``cluster_articles``), then the story of that storyline whose specifics
(names, numbers, dates) it shares most, unless its lead date is days away from the story's:
then it opens a new story in the storyline. Articles that join nothing are clustered among
themselves into new stories.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from ..records import Article, Extraction, Story
from .cluster import ClusterSettings, cluster_articles
from .dates import MAX_DAYS_APART, days_apart, lead_date
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
    specifics = tfidf_matrix([f.specifics for f in features]).rows
    fresh = {index[i] for i in new if i in index}
    topic = _sums(similar_pairs(words, candidate_arrays(words, only=fresh)), fresh)
    event = _sums(similar_pairs(specifics, candidate_arrays(specifics, only=fresh)), fresh)
    story_of = {index[a]: s for s in stories for a in s.articles if a in index}
    left = []
    for row in sorted(fresh):
        story = _best_story(row, topic, event, story_of, stories, settings)
        if story is None:
            left.append(row)
            continue
        day = lead_date(articles[row], extractions.get(articles[row].id))
        if day and story.date and days_apart(day, story.date) > MAX_DAYS_APART:
            story = _open(story.storyline or story.id, stories, [articles[row]], day)
        story.articles.append(articles[row].id)
    if left:
        stories += _new_stories([articles[r] for r in left], extractions, settings)
    return stories


def _sums(similarities: dict[tuple[int, int], float], fresh: set[int]) -> dict[int, dict[int, float]]:
    """For each new row, its similarity to every candidate row."""
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), score in similarities.items():
        if a in fresh:
            sums[a][b] = score
        if b in fresh:
            sums[b][a] = score
    return sums


def _best_story(
    row: int,
    topic: dict[int, dict[int, float]],
    event: dict[int, dict[int, float]],
    story_of: dict[int, Story],
    stories: list[Story],
    settings: ClusterSettings,
) -> Story | None:
    by_line: dict[str, list[float]] = defaultdict(list)
    line_size: dict[str, int] = defaultdict(int)
    for story in stories:
        line_size[story.storyline or story.id] += len(story.articles)
    for other, score in topic.get(row, {}).items():
        if other in story_of:
            by_line[story_of[other].storyline or story_of[other].id].append(score)
    means = {line: sum(scores) / line_size[line] for line, scores in by_line.items()}
    if not means or max(means.values()) < settings.topic_similarity:
        return None
    line = max(means, key=lambda key: means[key])
    candidates = [s for s in stories if (s.storyline or s.id) == line]

    def closeness(story: Story) -> float:
        members = [o for o, s in story_of.items() if s is story]
        return sum(event.get(row, {}).get(o, 0.0) for o in members) / max(1, len(members))

    return max(candidates, key=closeness)


def _open(line: str, stories: list[Story], first: list[Article], day: str | None) -> Story:
    story = Story(
        id="story-" + hashlib.sha1(first[0].id.encode()).hexdigest()[:10],
        storyline=line,
        date=day,
        title=first[0].title,
    )
    for other in stories:
        if (other.storyline or other.id) == line and other.storyline is None:
            other.storyline = line
    stories.append(story)
    return story


def _new_stories(articles: list[Article], extractions: dict[str, Extraction], settings: ClusterSettings) -> list[Story]:
    grouping = cluster_articles(
        [a.text for a in articles],
        titles=[a.title for a in articles],
        extractions=[extractions.get(a.id) for a in articles],
        dates=[lead_date(a, extractions.get(a.id)) for a in articles],
        settings=settings,
    )
    groups: dict[int, list[Article]] = defaultdict(list)
    for article, label in zip(articles, grouping.stories, strict=True):
        groups[label].append(article)
    return [
        Story(
            id="story-" + hashlib.sha1(min(a.id for a in g).encode()).hexdigest()[:10],
            articles=[a.id for a in g],
            title=next((a.title for a in g if a.title), None),
        )
        for g in groups.values()
    ]
