"""Incremental story assignment: a new batch re-clusters only the topics it touches.

A full run clusters every article with features weighed by the whole corpus (IDF, and names as
the capitalised words the corpus never writes in lower case). Ingest keeps what that needs, so a
new batch does not recompute the corpus:

- the corpus counts (documents, document frequency of every feature, the lower-case vocabulary)
  are stored and updated by each batch; they are sums over articles, so they are exactly the
  counts a full run would compute;
- each article's bags and blocking keys are stored (``StoryBag``), with an inverted index from
  a key to the articles that hold it;
- a batch computes its articles' features and keys, and finds the stored articles it could join:
  those sharing a usable blocking key (the full run compares no other pair) whose similarity,
  scaled by the same-day boost, reaches the topic bar. Average linkage merges two clusters only
  when some pair across them reaches the bar, so a topic no new article reaches would be
  clustered as before;
- the topics reached, with the new articles, are clustered again (topics, events, dates) with
  the corpus counts, their articles' features recomputed with the updated vocabulary; every
  other story keeps its articles.

Where it differs from a full run: the untouched topics keep the weights of the run that last
clustered them, while a full run would weigh them by the counts of the grown corpus (every IDF
moves a little), so a full run may split or merge an untouched topic near a bar; their stored
blocking keys are of that run too. Average linkage is also path-dependent: re-clustering a
touched topic can, in rare cases, leave a part of it that a full run would have merged with an
untouched neighbour. Hence a full run whenever the corpus has grown by half since the last one
(``REFRESH_GROWTH``). ``bench.stories --incremental`` measures the agreement (B-cubed F1 of the
incremental partition against a full run's), with and without that refresh, and the time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..records import Extraction
from .cluster import Clustered, ClusterSettings, Counts, cluster_features, lead_keys, same_day_boost
from .features import ArticleFeatures, article_features, lowercase_vocabulary, tfidf_matrix
from .linkage import MAX_POSTING, key_columns

__all__ = ["Assignment", "Item", "StoryState", "assign", "state_version"]

STATE_VERSION = 1  # bump when features or clustering change what a stored state means
# A full run when the corpus has grown by this factor since the last full run: the weights of
# the stories no batch reached drift as the corpus grows (most while it is small), and a
# geometric schedule keeps the amortized cost of a batch proportional to the batch.
REFRESH_GROWTH = 1.5

BagLoader = Callable[[Sequence[str]], Mapping[str, Mapping[str, Any]]]


@dataclass
class Item:
    """What the clustering reads of one article."""

    id: str
    text: str
    title: str | None
    extraction: Extraction | None
    lead: str | None  # trusted lead date
    published: str | None  # stated publication day
    source: str | None


@dataclass
class StoryState:
    """What a run leaves for the next batch (stored as one corpus record)."""

    version: str
    documents: int
    words: Counter[str]
    specifics: Counter[str]
    lowercase: set[str]
    index: dict[str, list[str]]  # blocking key -> the articles holding it
    labels: dict[str, tuple[str, str]]  # article -> (topic, story), each named by its first article
    leads: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # article -> (trusted, lead date)
    base: int = 0  # documents at the last full run

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "documents": self.documents,
            "words": dict(self.words),
            "specifics": dict(self.specifics),
            "lowercase": sorted(self.lowercase),
            "index": self.index,
            "labels": {a: list(label) for a, label in self.labels.items()},
            "leads": {a: list(dates) for a, dates in self.leads.items()},
            "base": self.base,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoryState:
        return cls(
            version=data["version"],
            documents=int(data["documents"]),
            words=Counter(data["words"]),
            specifics=Counter(data["specifics"]),
            lowercase=set(data["lowercase"]),
            index={k: list(v) for k, v in data["index"].items()},
            labels={a: (label[0], label[1]) for a, label in data["labels"].items()},
            leads={a: (dates[0], dates[1]) for a, dates in data.get("leads", {}).items()},
            base=int(data.get("base", 0)),
        )

    def counts(self) -> Counts:
        return Counts(documents=self.documents, words=Counter(self.words), specifics=Counter(self.specifics))


@dataclass
class Assignment:
    """Per article its (topic, story) labels; the state to store; the bags to store (``replace``:
    they are every bag, from a full run); how many articles were clustered."""

    labels: dict[str, tuple[str, str]]
    state: StoryState
    bags: dict[str, dict[str, Any]] = field(default_factory=dict)
    replace: bool = False
    clustered: int = 0


def state_version(settings: ClusterSettings) -> str:
    return f"{STATE_VERSION}:" + ",".join(f"{k}={v}" for k, v in sorted(asdict(settings).items()))


def assign(
    items: Sequence[Item],
    state: StoryState | None,
    load_bags: BagLoader,
    settings: ClusterSettings | None = None,
    growth: float | None = None,
) -> Assignment:
    """Story labels of ``items`` (the whole corpus): a full run when there is no usable state
    (none, other settings, or an article it holds is gone) or the corpus has grown by ``growth``
    since the last full run, else the new articles assigned."""
    settings = settings or ClusterSettings()
    version = state_version(settings)
    ids = {item.id for item in items}
    grown = len(ids) >= (growth or REFRESH_GROWTH) * (state.base if state else 0)
    if state is None or state.version != version or not set(state.labels) <= ids or grown:
        return full_run(items, settings)
    fresh = [item for item in items if item.id not in state.labels]
    if not fresh:
        return Assignment(labels=dict(state.labels), state=state)
    return _add_batch(sorted(items, key=lambda i: i.id), fresh, state, load_bags, settings)


def full_run(items: Sequence[Item], settings: ClusterSettings) -> Assignment:
    """Every article clustered, with the counts of the whole corpus."""
    ordered = sorted(items, key=lambda i: i.id)
    lowercase = lowercase_vocabulary(i.text for i in ordered)
    features = [_features(i, lowercase) for i in ordered]
    counts = Counts()
    for feature in features:
        counts.add(feature)
    clustered = _cluster(ordered, features, counts, settings)
    state = StoryState(
        version=state_version(settings),
        documents=counts.documents,
        words=counts.words,
        specifics=counts.specifics,
        lowercase=lowercase,
        index={},
        labels=_labels([i.id for i in ordered], clustered),
        base=counts.documents,
    )
    bags = {}
    for item, feature, keys in zip(ordered, features, clustered.keys, strict=True):
        _index_add(state.index, item.id, keys)
        bags[item.id] = _bag(item.id, feature, keys)
    return Assignment(labels=dict(state.labels), state=state, bags=bags, replace=True, clustered=len(ordered))


def _add_batch(
    items: Sequence[Item], fresh: Sequence[Item], state: StoryState, load_bags: BagLoader, settings: ClusterSettings
) -> Assignment:
    by_id = {item.id: item for item in items}
    lowercase = state.lowercase | lowercase_vocabulary(i.text for i in fresh)
    counts = state.counts()
    new_features = {i.id: _features(i, lowercase) for i in fresh}
    for feature in new_features.values():
        counts.add(feature)
    candidates = _candidates(fresh, new_features, counts, state.index)
    stored = load_bags(sorted({o for olds in candidates.values() for o in olds}))
    touched = _touched(fresh, new_features, candidates, stored, counts, by_id, settings)
    topics = {state.labels[o][0] for o in touched}
    old = sorted(a for a, (topic, _) in state.labels.items() if topic in topics)
    old_bags = {**stored, **load_bags([a for a in old if a not in stored])}
    if any(a not in old_bags for a in old):  # a state without its bags (an interrupted store): start again
        return full_run(items, settings)
    index = {k: list(v) for k, v in state.index.items()}
    features = dict(new_features)
    features.update(_reweigh([by_id[a] for a in old], old_bags, counts, index, lowercase))
    part = sorted([*features], key=str)
    chosen = [by_id[a] for a in part]
    bags = [features[a] for a in part]
    vocabulary = {f for bag in bags for f in bag.words}
    counts.keys = Counter({f: len(index[f]) for f in vocabulary if index.get(f)})
    clustered = _cluster(chosen, bags, counts, settings)
    labels = dict(state.labels)
    labels.update(_labels(part, clustered))
    records = {}
    for article, feature, keys in zip(part, bags, clustered.keys, strict=True):
        _index_add(index, article, keys)
        records[article] = _bag(article, feature, keys)
    new_state = StoryState(
        version=state.version,
        documents=counts.documents,
        words=counts.words,
        specifics=counts.specifics,
        lowercase=lowercase,
        index=index,
        labels=labels,
        base=state.base,
    )
    return Assignment(labels=labels, state=new_state, bags=records, clustered=len(part))


def _reweigh(
    items: Sequence[Item],
    stored: Mapping[str, Mapping[str, Any]],
    counts: Counts,
    index: dict[str, list[str]],
    lowercase: set[str],
) -> dict[str, ArticleFeatures]:
    """Stored articles to cluster again: their stored bags out of the counts and their keys out
    of the index, and their features counted in again: the stored bags, or computed again when
    the corpus now writes in lower case a word they hold as a name (a capitalised word no
    longer a name), as a full run would compute them."""
    features = {}
    for item in items:
        bag = stored[item.id]
        kept = ArticleFeatures(Counter(bag["words"]), Counter(bag["specifics"]))
        counts.add(kept, -1)
        _index_remove(index, item.id, bag["keys"])
        renamed = any(f.startswith("name:") and f[5:] in lowercase for f in kept.specifics)
        features[item.id] = _features(item, lowercase) if renamed else kept
        counts.add(features[item.id])
    return features


def _features(item: Item, lowercase: set[str]) -> ArticleFeatures:
    return article_features(item.text, title=item.title, lowercase=lowercase, extraction=item.extraction)


def _cluster(
    items: Sequence[Item], features: Sequence[ArticleFeatures], counts: Counts, settings: ClusterSettings
) -> Clustered:
    return cluster_features(
        features,
        counts,
        dates=[i.lead for i in items],
        published=[i.published for i in items],
        sources=[i.source for i in items],
        settings=settings,
    )


def _candidates(
    fresh: Sequence[Item], features: Mapping[str, ArticleFeatures], counts: Counts, index: Mapping[str, list[str]]
) -> dict[str, set[str]]:
    """Per new article, the stored articles that share one of its blocking keys, keys computed
    as a full run would (the corpus counts) and used while as few articles hold them."""
    bags = [features[i.id] for i in fresh]
    matrix = tfidf_matrix([b.words for b in bags], frequency=counts.words, documents=counts.documents)
    names = list(matrix.vocabulary)
    keys = [[names[c] for c in row] for row in key_columns(matrix.rows, extra=lead_keys(bags, matrix))]
    batch = Counter(k for row in keys for k in row)
    return {
        item.id: {o for k in row if len(index.get(k, ())) + batch[k] <= MAX_POSTING for o in index.get(k, ())}
        for item, row in zip(fresh, keys, strict=True)
    }


def _touched(
    fresh: Sequence[Item],
    features: Mapping[str, ArticleFeatures],
    candidates: Mapping[str, set[str]],
    stored: Mapping[str, Mapping[str, Any]],
    counts: Counts,
    by_id: Mapping[str, Item],
    settings: ClusterSettings,
) -> set[str]:
    """The stored articles some new article reaches the topic bar with (its similarity scaled
    by the same-day boost), weighed by the corpus counts."""
    olds = sorted(stored)
    if not olds:
        return set()
    bags = [features[i.id] for i in fresh] + [
        ArticleFeatures(Counter(stored[o]["words"]), Counter(stored[o]["specifics"])) for o in olds
    ]
    rows = tfidf_matrix([b.words for b in bags], frequency=counts.words, documents=counts.documents).rows
    ordered = [*fresh, *(by_id[o] for o in olds)]
    days = [[d[:10] for d in (i.lead, i.published) if d] for i in ordered]
    boost = same_day_boost(days, [i.source for i in ordered], settings.same_day_boost)
    position = {o: len(fresh) + k for k, o in enumerate(olds)}
    similarities = (rows[: len(fresh)] @ rows[len(fresh) :].T).toarray()
    touched = set()
    for a, item in enumerate(fresh):
        for o in candidates[item.id]:
            b = position[o]
            if similarities[a, b - len(fresh)] * boost(a, b) >= settings.topic_similarity:
                touched.add(o)
    return touched


def _labels(ids: Sequence[str], clustered: Clustered) -> dict[str, tuple[str, str]]:
    """(topic, story) per article, each named by its first member's id."""
    grouping = clustered.grouping
    first_topic: dict[int, str] = {}
    first_story: dict[int, str] = {}
    for article, topic, story in zip(ids, grouping.storylines, grouping.stories, strict=True):
        first_topic.setdefault(topic, article)
        first_story.setdefault(story, article)
    return {
        article: (first_topic[topic], first_story[story])
        for article, topic, story in zip(ids, grouping.storylines, grouping.stories, strict=True)
    }


def _bag(article: str, features: ArticleFeatures, keys: Sequence[str]) -> dict[str, Any]:
    return {
        "article": article,
        "words": dict(features.words),
        "specifics": dict(features.specifics),
        "keys": list(keys),
    }


def _index_add(index: dict[str, list[str]], article: str, keys: Sequence[str]) -> None:
    for key in keys:
        index.setdefault(key, []).append(article)


def _index_remove(index: dict[str, list[str]], article: str, keys: Sequence[str]) -> None:
    for key in keys:
        holders = index.get(key, [])
        if article in holders:
            holders.remove(article)
        if not holders:
            index.pop(key, None)
