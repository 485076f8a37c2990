"""Average-link clustering over blocked candidate pairs, and the split of a topic into events.

Cost stays near-linear: similarities are computed only for pairs of articles that share one of
their most distinctive features (an inverted index on each article's top TF-IDF features; very
common features are not used as keys). Average linkage then runs over that sparse graph, a
missing pair counting as similarity 0, which is what the full algorithm would see for articles
with nothing distinctive in common.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

__all__ = ["average_link", "bisect_events", "candidate_arrays", "candidate_pairs", "key_columns", "similar_pairs"]

KEYS_PER_ARTICLE = 40  # an article's most distinctive features, used as blocking keys
MAX_POSTING = 50  # a key shared by more articles than this is too common to block on (keeps pairs per article bounded)
SIMILARITY_FLOOR = 0.02  # weaker pairs barely move an average and cost memory
CHUNK = 20_000  # candidate pairs scored at a time (each holds two sparse row copies)
DISTINCT_OWN = 0.5  # a half's marker is in at least this share of it ...
DISTINCT_OTHER = 0.1  # ... and in at most this share of the other half


def candidate_pairs(
    rows: sp.csr_matrix,
    *,
    keys: int = KEYS_PER_ARTICLE,
    max_posting: int = MAX_POSTING,
    only: set[int] | None = None,
) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of rows that share one of their top-``keys`` features
    (with ``only``: pairs with at least one row of ``only``, for a new batch)."""
    left, right = candidate_arrays(rows, keys=keys, max_posting=max_posting, only=only)
    return {(int(a), int(b)) for a, b in zip(left, right, strict=True)}


def key_columns(
    rows: sp.csr_matrix, *, keys: int = KEYS_PER_ARTICLE, extra: Sequence[np.ndarray] | None = None
) -> list[np.ndarray]:
    """Per row, its blocking key columns: its ``keys`` heaviest features, with ``extra`` (per row,
    more key columns: the rarest words of its headline and lead, which a profile or a list of
    past events would otherwise bury under its body's own names)."""
    result = []
    for i in range(rows.shape[0]):
        start, end = rows.indptr[i], rows.indptr[i + 1]
        order = np.argsort(-rows.data[start:end])[:keys]
        columns = rows.indices[start:end][order]
        if extra is not None:
            columns = np.union1d(columns, extra[i]).astype(rows.indices.dtype)
        result.append(columns)
    return result


def candidate_arrays(
    rows: sp.csr_matrix,
    *,
    keys: int = KEYS_PER_ARTICLE,
    max_posting: int = MAX_POSTING,
    only: set[int] | None = None,
    extra: Sequence[np.ndarray] | None = None,
    columns: Sequence[np.ndarray] | None = None,
    elsewhere: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """``candidate_pairs`` as two index arrays: the product of a sparse article x key matrix.

    ``columns`` (per row, its key columns) are ``key_columns(rows, keys=keys, extra=extra)`` when
    not given. ``elsewhere`` (per column, how many articles outside ``rows`` have it as a key)
    counts into a key's posting, so that part of a corpus is blocked as the whole corpus is."""
    n = rows.shape[0]
    key_lists = list(columns) if columns is not None else key_columns(rows, keys=keys, extra=extra)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key_rows = [np.full(len(c), i) for i, c in enumerate(key_lists)]
    keyed = sp.csr_matrix(
        (np.ones(sum(len(c) for c in key_lists)), (np.concatenate(key_rows), np.concatenate(key_lists))),
        shape=rows.shape,
    )
    posting = np.asarray(keyed.sum(axis=0)).ravel()
    if elsewhere is not None:
        posting = posting + elsewhere
    keyed = sp.csr_matrix(keyed @ sp.diags((posting <= max_posting).astype(float)))
    if only is None:
        shared = sp.triu(keyed @ keyed.T, k=1).tocoo()
        return shared.row.astype(np.int64), shared.col.astype(np.int64)
    fresh = np.array(sorted(only), dtype=np.int64)  # a new batch: only its rows against all
    shared = (keyed[fresh] @ keyed.T).tocoo()
    a, b = fresh[shared.row], shared.col.astype(np.int64)
    low, high = np.minimum(a, b), np.maximum(a, b)
    pairs = np.unique(np.stack([low[low != high], high[low != high]], axis=1), axis=0)
    return pairs[:, 0], pairs[:, 1]


def similar_pairs(
    rows: sp.csr_matrix, pairs: set[tuple[int, int]] | tuple[np.ndarray, np.ndarray], *, floor: float = SIMILARITY_FLOOR
) -> dict[tuple[int, int], float]:
    """Cosine similarity (rows are L2-normalised) of each candidate pair above ``floor``."""
    if isinstance(pairs, set):
        left = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        right = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    else:
        left, right = pairs
    result: dict[tuple[int, int], float] = {}
    for start in range(0, len(left), CHUNK):  # bounded memory however many pairs
        a, b = left[start : start + CHUNK], right[start : start + CHUNK]
        scores = np.asarray(rows[a].multiply(rows[b]).sum(axis=1)).ravel()
        keep = scores > floor
        result.update(zip(zip(a[keep].tolist(), b[keep].tolist(), strict=True), scores[keep].tolist(), strict=True))
    return result


def average_link(n: int, similarities: dict[tuple[int, int], float], *, threshold: float) -> list[int]:
    """Cluster labels of ``n`` items by average linkage, merging while mean similarity >= ``threshold``."""
    size = dict.fromkeys(range(n), 1)
    links: dict[int, dict[int, float]] = defaultdict(dict)  # cluster -> neighbour -> summed similarity
    for (a, b), score in similarities.items():
        links[a][b] = links[a].get(b, 0.0) + score
        links[b][a] = links[b].get(a, 0.0) + score
    # mean similarity of two live clusters never changes (a merge makes a new id), so an
    # entry is stale only when one side is gone, and the first entry below threshold ends it
    heap = [(-total, a, b) for (a, b), total in similarities.items()]
    heapq.heapify(heap)
    parent = list(range(n))
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in size or b not in size:
            continue
        if -negative < threshold:
            break
        merged = len(parent)
        parent.append(merged)
        parent[a] = parent[b] = merged
        size[merged] = size.pop(a) + size.pop(b)
        for old in (a, b):
            for other, total in links.pop(old).items():
                if other not in (a, b):
                    links[other].pop(old, None)
                    links[merged][other] = links[merged].get(other, 0.0) + total
        for other, total in links[merged].items():
            links[other][merged] = total
            heapq.heappush(heap, (-total / (size[merged] * size[other]), merged, other))
    return [_root(parent, i) for i in range(n)]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        i = parent[i]
    return i


def bisect_events(
    rows: sp.csr_matrix,
    members: Sequence[int],
    *,
    common: float,
    ratio: float,
    markers: np.ndarray | None = None,
    words: sp.csr_matrix | None = None,
    together: float = 2.0,
    depth: int = 0,
) -> list[list[int]]:
    """Split a topic cluster into events while its two halves are clearly apart.

    Features that most of the topic shares (``common``: share of members) are dropped, so the
    split is decided by what differs (names, numbers, dates); a split is kept when the mean
    similarity across the halves is below ``ratio`` times the mean within the looser half and,
    when ``markers`` (a boolean mask of columns: names, numbers, dates) is given, each half has
    a marker most of it shares and the other half lacks (a name, a place, a toll of its own).
    With ``words`` (the topic-level rows), halves whose articles are on average at least
    ``together`` similar in their whole wording are one event told twice (wire versions, a
    rewrite), whatever the specifics left after the shared ones are set aside.
    """
    if len(members) < 4 or depth > 3:
        return [list(members)]
    sims = _differences(sp.csr_matrix(rows[list(members)]), common=common)
    distances = np.clip(1.0 - sims, 0.0, 1.0)
    np.fill_diagonal(distances, 0.0)
    labels = fcluster(linkage(squareform(distances, checks=False), method="average"), 2, criterion="maxclust")
    halves = [[k for k in range(len(members)) if labels[k] == label] for label in (1, 2)]
    if min(len(h) for h in halves) < 2:
        return [list(members)]
    cross = float(sims[np.ix_(halves[0], halves[1])].mean())
    within = min(_mean_within(sims, h) for h in halves)
    if cross >= ratio * max(within, 1e-9):
        return [list(members)]
    if markers is not None and not _distinct(rows[list(members)], halves, markers):
        return [list(members)]
    if words is not None and _cross_mean(words, [[members[k] for k in h] for h in halves]) >= together:
        return [list(members)]
    return [
        part
        for half in halves
        for part in bisect_events(
            rows,
            [members[k] for k in half],
            common=common,
            ratio=ratio,
            markers=markers,
            words=words,
            together=together,
            depth=depth + 1,
        )
    ]


def _cross_mean(rows: sp.csr_matrix, halves: list[list[int]]) -> float:
    """Mean cosine between the rows of two halves (rows are L2-normalised)."""
    return float((rows[halves[0]] @ rows[halves[1]].T).mean())


def _differences(block: sp.csr_matrix, *, common: float) -> np.ndarray:
    """Cosine similarities of the block's rows once the features most rows share are set aside."""
    shared = np.asarray((block > 0).sum(axis=0)).ravel() >= common * block.shape[0]
    block = sp.csr_matrix(block @ sp.diags((~shared).astype(float)))
    norms = np.sqrt(np.asarray(block.multiply(block).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    block = sp.csr_matrix(sp.diags(1.0 / norms) @ block)
    return np.asarray((block @ block.T).toarray())


def _distinct(block: sp.csr_matrix, halves: list[list[int]], markers: np.ndarray) -> bool:
    """Each half has a marker feature in most of its articles and in few of the other half's."""
    present = sp.csr_matrix(block[:, np.flatnonzero(markers)] > 0).astype(float)
    counts = [np.asarray(present[half].sum(axis=0)).ravel() for half in halves]
    sizes = [len(half) for half in halves]
    return all(
        bool(((own >= max(2, DISTINCT_OWN * size)) & (other <= DISTINCT_OTHER * other_size)).any())
        for own, size, other, other_size in (
            (counts[0], sizes[0], counts[1], sizes[1]),
            (counts[1], sizes[1], counts[0], sizes[0]),
        )
    )


def _mean_within(sims: np.ndarray, group: list[int]) -> float:
    block = sims[np.ix_(group, group)]
    n = len(group)
    return float((block.sum() - np.trace(block)) / (n * (n - 1)))
