"""Near-duplicate and partial-copy detection (MinHash/LSH with containment)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from datasketch import MinHash, MinHashLSH

from ..config import Options

__all__ = ["find_copies", "shingles"]

if TYPE_CHECKING:
    from ..corpus import Corpus

TOKEN = re.compile(r"\w+")
THRESHOLD = 0.5  # estimated Jaccard for LSH candidates
CONTAINMENT = 0.6  # share of the copy's shingles found in the original


def shingles(text: str, n: int = 5) -> set[str]:
    words = TOKEN.findall(text.lower())
    return {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def find_copies(corpus: Corpus, *, options: Options) -> None:
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=128)
    sets, hashes = {}, {}
    for article in corpus.articles:
        sets[article.id] = shingles(article.text)
        minhash = MinHash(num_perm=128)
        for shingle in sets[article.id]:
            minhash.update(shingle.encode("utf8"))
        hashes[article.id] = minhash
        lsh.insert(article.id, minhash)
    order = {a.id: i for i, a in enumerate(corpus.articles)}
    copies = []
    for article in corpus.articles:
        for other in lsh.query(hashes[article.id]):
            if order[other] >= order[article.id]:
                continue
            shared = len(sets[article.id] & sets[other]) / max(1, len(sets[article.id]))
            if shared >= CONTAINMENT:
                copies.append({"copy": article.id, "original": other, "containment": round(shared, 3)})
    corpus.copies = copies
