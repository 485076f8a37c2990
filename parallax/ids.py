"""Ids for the records a corpus stage makes: content hashes, unique by construction.

A corpus stage names each record by a hash of what identifies it (type, article, span). Two
records can share that key (two readings of one trigger, the same quote twice in a story); the
mint gives the second one the key's hash with a counter, so the ids a stage stores never clash
and stay stable from run to run for the same input.
"""

from __future__ import annotations

import hashlib

__all__ = ["IdMint"]


class IdMint:
    """``mint(key)`` -> ``"<prefix>-<hash>"``, distinct for every call on one mint."""

    def __init__(self, prefix: str, *, length: int = 12) -> None:
        self.prefix = prefix
        self.length = length
        self._used: set[str] = set()

    def __call__(self, key: str) -> str:
        return self.claim(f"{self.prefix}-" + hashlib.sha1(key.encode("utf8")).hexdigest()[: self.length])

    def claim(self, wanted: str) -> str:
        """``wanted`` itself when no record has it yet, else ``wanted`` with the next free counter."""
        candidate, count = wanted, 1
        while candidate in self._used:
            count += 1
            candidate = f"{wanted}-{count}"
        self._used.add(candidate)
        return candidate
