"""Repeated paragraphs: a paragraph whose words were all said before, in the same order."""

from __future__ import annotations

import re

from .blocks import Block, mend

__all__ = ["mark_repeats"]

_WORD = re.compile(r"\w+")
_MAX_PARTS = 400  # paragraphs; news articles have a few dozen
_MIN_KEY = 80  # shorter lines (headings, list items, "Reuters") may repeat legitimately


def _is_sentences(key: str) -> bool:
    """Running text, not a list item (recipes and tables repeat their lines legitimately)."""
    words = key.split()
    return len(words) >= 15 and sum(word[0].isdigit() for word in words) <= 0.1 * len(words)


def mark_repeats(blocks: list[Block], text: str) -> None:
    """Drop kept blocks that repeat an earlier kept block, whole or as a piece of it.

    Content farms paste a paragraph twice, sometimes split in two by an injected phrase, so a
    block counts as repeated when its words (after stuffing is cut) are a run of the words
    already kept.
    """
    parts: list[str] = []
    whole: set[str] = set()
    for block in blocks:
        if block.kind:
            continue
        key = " ".join(_WORD.findall(mend(block, text).lower()))
        if len(key) >= _MIN_KEY and _is_sentences(key) and (key in whole or _inside(key, parts)):
            block.drop("duplicate", "repeats an earlier paragraph")
            continue
        parts.append(key)
        whole.add(key)


def _inside(key: str, parts: list[str]) -> bool:
    """``key`` is a run of words of one of ``parts``; on very long texts only whole repeats are
    looked for, since the search grows with the square of the length."""
    if len(parts) > _MAX_PARTS:
        return False
    return any(f" {key} " in f" {part} " for part in parts if len(part) > len(key))
