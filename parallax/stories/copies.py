"""Copies: near-duplicates and partial copies between articles, each linked to its earliest original.

Shingles are runs of content words (stop words dropped, so a changed article or preposition
does not break a run), after dropping phrases the article repeats over and over (SEO stuffing
such as "Strengthening Ties" injected into every paragraph). Candidates come from an inverted
index on a hash-sampled subset of shingles (every shingle whose hash is 0 mod ``SAMPLE``, the
same sample in every article: a locality-sensitive key that finds *partial* copies too, where
MinHash of whole documents would only find near-duplicates). Each candidate pair is then
measured exactly: the containment of one article's shingles in the other's, and the aligned
passages (paragraphs of the copy mostly found in the original).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..config import Options
from ..records import Article

__all__ = ["COPY_CONTAINMENT", "PARTIAL_CONTAINMENT", "align_passages", "copy_pairs", "find_copies", "shingles"]

if TYPE_CHECKING:
    from ..corpus import Corpus

TOKEN = re.compile(r"\w+")
SHINGLE = 4  # content words per shingle
SAMPLE = 4  # keep shingles whose hash is 0 mod SAMPLE as blocking keys
MIN_SHARED_KEYS = 2
MAX_POSTING = 2000  # a key in more articles than this is boilerplate, not a copy signal
EARLIEST = 3  # an article is compared with the first holders of each of its keys
STUFFING_REPEATS = 4  # an n-gram repeated this often in one article is stuffing
COPY_CONTAINMENT = 0.5  # share of the copy's shingles in the original: not an independent source
PARTIAL_CONTAINMENT = 0.2  # below: no copy; between: a partial copy (passages copied)
PASSAGE_CONTAINMENT = 0.6  # a paragraph of the copy counts as copied above this share


@dataclass
class _Shingled:
    keys: set[int]
    words: set[int]


def _content_words(text: str) -> list[str]:
    return [w for w in TOKEN.findall(text.lower()) if w not in ENGLISH_STOP_WORDS]


def shingles(text: str, n: int = SHINGLE) -> set[int]:
    """Hashed runs of ``n`` content words, without phrases the text keeps repeating."""
    words = _content_words(text)
    grams = [" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))]
    counts = Counter(grams)
    return {zlib.crc32(g.encode()) for g in grams if counts[g] < STUFFING_REPEATS}


def _order_key(article: Article, position: int) -> tuple[str, int]:
    # earliest first: publication date when known, then the order articles came in
    return (article.published or "9999", position)


def copy_pairs(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Copy records ``{"copy", "original", "containment", "kind"}``, the original the earliest."""
    shingled = []
    for article in articles:
        words = shingles(article.text)
        shingled.append(_Shingled(keys={h for h in words if h % SAMPLE == 0}, words=words))
    postings: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(shingled):
        for key in item.keys:
            postings[key].append(index)
    order = sorted(range(len(articles)), key=lambda i: _order_key(articles[i], i))
    rank = {index: position for position, index in enumerate(order)}
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) > MAX_POSTING:
            continue
        # a copy links to its earliest original: pairing each article with the first few
        # earlier holders of a key is enough, and keeps pairs linear in a reprinted story
        members = sorted(members, key=rank.__getitem__)
        for position, later in enumerate(members[1:], start=1):
            shared.update((earlier, later) for earlier in members[: min(position, EARLIEST)])
    best: dict[int, tuple[float, int]] = {}
    for (a, b), count in shared.items():
        if count < MIN_SHARED_KEYS:
            continue
        copy, original = (a, b) if rank[a] > rank[b] else (b, a)
        containment = len(shingled[copy].words & shingled[original].words) / max(1, len(shingled[copy].words))
        if containment >= PARTIAL_CONTAINMENT and _better(containment, rank[original], best.get(copy), rank):
            best[copy] = (containment, original)
    return [_record(articles, copy, original, containment) for copy, (containment, original) in sorted(best.items())]


def _better(containment: float, original_rank: int, current: tuple[float, int] | None, rank: dict[int, int]) -> bool:
    """A copy links to the earliest article it copies (at the copy level), else the closest."""
    if current is None:
        return True
    level, known = containment >= COPY_CONTAINMENT, current[0] >= COPY_CONTAINMENT
    if level != known:
        return level
    return original_rank < rank[current[1]] if level else containment > current[0]


def _record(articles: Sequence[Article], copy: int, original: int, containment: float) -> dict[str, Any]:
    return {
        "copy": articles[copy].id,
        "original": articles[original].id,
        "containment": round(containment, 3),
        "kind": "copy" if containment >= COPY_CONTAINMENT else "partial",
        "passages": align_passages(articles[copy].text, articles[original].text),
    }


def align_passages(copy_text: str, original_text: str) -> list[list[int]]:
    """``[start, end]`` spans of paragraphs of ``copy_text`` mostly found in ``original_text``."""
    original = shingles(original_text)
    spans = []
    for match in re.finditer(r"[^\n]+", copy_text):
        own = shingles(match.group(0))
        if len(_content_words(match.group(0))) >= SHINGLE and len(own & original) / len(own) >= PASSAGE_CONTAINMENT:
            spans.append([match.start(), match.end()])
    return spans


def find_copies(corpus: Corpus, *, options: Options) -> None:
    """Corpus stage: fill ``corpus.copies``."""
    corpus.copies = copy_pairs(corpus.articles)
