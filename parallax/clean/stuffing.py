"""Keyword stuffing: an SEO phrase injected into sentences where it does not belong.

Content farms glue the page's keyword into running text, typically right after a comma with no
space ("supplied North Korea with weapons,Strengthening Ties  military advisors"). A Title-Case
phrase glued that way at least twice is taken as stuffing; every occurrence of it in an odd place
(glued to the previous word or punctuation, or followed by a run of spaces) is cut and the
sentence mended with one space ("weapons, military advisors").
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Block, Cut

__all__ = ["mark_stuffing"]

_PHRASE = r"[A-Z][\w’'-]*(?:[ \u00a0][A-Z][\w’'-]*){0,4}"
_GLUED = re.compile(rf"(?<=[^\W\d_][,;])({_PHRASE})")
_MIN_GLUED = 2  # one glued phrase may be a typo; two of the same is a pattern
_TRAILING = re.compile(r"[ \t\u00a0\u2009\u202f]*")


def _stuffed_phrases(text: str) -> list[str]:
    counts = Counter(match.group(1) for match in _GLUED.finditer(text))
    return sorted((p for p, n in counts.items() if n >= _MIN_GLUED and len(p) >= 4), key=len, reverse=True)


def _odd_place(text: str, start: int, end: int) -> bool:
    """Glued to what comes before, or followed by a run of spaces, and not at the start of a line."""
    before = text[start - 1] if start else "\n"
    if before == "\n":
        return False
    after = text[end : end + 2]
    glued = not before.isspace()
    spaced = len(after) == 2 and after[0] in " \u00a0" and after[1] in " \u00a0"
    return glued or spaced or after[:1] == "\u00a0"


def mark_stuffing(blocks: list[Block], text: str) -> list[str]:
    """Add a cut to the kept blocks for every stuffed phrase in an odd place; return the phrases."""
    phrases = _stuffed_phrases(text)
    if not phrases:
        return []
    pattern = re.compile("|".join(re.escape(p) for p in phrases))
    for block in blocks:
        if block.kind:
            continue
        for match in pattern.finditer(text, block.start, block.end):
            if not _odd_place(text, match.start(), match.end()):
                continue
            end = _TRAILING.match(text, match.end(), block.end).end()  # type: ignore[union-attr]
            before = text[match.start() - 1]
            follows_word = end < block.end and text[end].isalnum()
            replacement = " " if follows_word and not before.isspace() else ""
            block.cuts.append(Cut(match.start(), end, "stuffing", f"injected phrase {match.group()!r}", replacement))
    return phrases
