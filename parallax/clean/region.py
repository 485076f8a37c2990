"""The main-text region of a page's text: where the article's paragraphs run.

Each line scores by how much it reads like running text (long sentences score up, menu items
and widget labels down). Runs of several short lines in a row (menus, share bars, tag lists)
split the text into chunks; the best-scoring stretch of the best chunk is the core of the
article, and neighbouring chunks join it when they are mostly paragraphs themselves (an article
interrupted by a list or a gallery).
"""

from __future__ import annotations

import re

from .blocks import Block

__all__ = ["is_label", "main_region"]

_WORD = re.compile(r"[^\W\d_]+")
BARRIER = 4  # this many non-paragraph lines in a row separate chunks
PROSE_OFFSET = 8.0  # a paragraph scores its words minus this
SHORT_PENALTY = -4.0  # a line of three words or fewer
LINE_PENALTY = -3.0  # any other line that is not a paragraph
BOILERPLATE_PENALTY = -4.0  # a line the lexicon names
PHRASE_PENALTY = -2.0  # a short line that reads like a piece of text (list item, short answer)
TABLE_ROW = -0.5  # a row of figures: part of the article as often as not
JOIN_SHARE = 0.1  # a neighbour chunk joins when it scores at least this share of the core...
JOIN_PROSE = 0.5  # ...and at least this share of its lines are paragraphs


def _score(block: Block) -> float:
    if block.kind:
        return BOILERPLATE_PENALTY
    if block.prose:
        return min(block.words, 120) - PROSE_OFFSET
    if block.table_row:
        return TABLE_ROW
    if block.words <= 3:
        return SHORT_PENALTY
    return LINE_PENALTY if is_label(block) else PHRASE_PENALTY


def is_label(block: Block) -> bool:
    """Not running text, and a menu item, a headline or a widget label: capitalised words, no commas, no figures."""
    if block.prose or "," in block.text or block.numbers:
        return False
    words = [w for w in _WORD.findall(block.text) if len(w) > 3]
    return not words or sum(w[0].isupper() for w in words) >= 0.5 * len(words)


def _best_stretch(scores: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Kadane's algorithm over ``scores[lo:hi]``: (total, start, end) of the best stretch."""
    best, best_start, best_end = 0.0, lo, lo
    total, start = 0.0, lo
    for index in range(lo, hi):
        if total <= 0:
            total, start = 0.0, index
        total += scores[index]
        if total > best:
            best, best_start, best_end = total, start, index + 1
    return best, best_start, best_end


def _chunks(blocks: list[Block]) -> list[tuple[int, int]]:
    """[start, end) of the stretches between barriers of short lines."""
    chunks, start, run = [], 0, 0
    for index, block in enumerate(blocks):
        if not block.kind and (block.table_row or (not block.prose and block.words > 3 and not is_label(block))):
            continue  # tables and list items neither separate nor join
        if block.prose and not block.kind:
            if run >= BARRIER and index - run > start:
                chunks.append((start, index - run))
                start = index
            elif run >= BARRIER:
                start = index
            run = 0
        else:
            run += 1
    end = len(blocks) - run if run >= BARRIER else len(blocks)
    if end > start:
        chunks.append((start, end))
    return chunks


def main_region(blocks: list[Block]) -> list[tuple[int, int]]:
    """The [start, end) ranges of the article's lines among ``blocks``, in order.

    Several ranges when chunks joined: the short lines between them (a share bar, a menu) are
    not part of the article.
    """
    scores = [_score(block) for block in blocks]
    stretches = [stretch for lo, hi in _chunks(blocks) if (stretch := _best_stretch(scores, lo, hi))[2] > stretch[1]]
    if not stretches:
        return []
    core = max(range(len(stretches)), key=lambda i: stretches[i][0])
    best = stretches[core][0]
    ranges = [stretches[core][1:]]
    for index in range(core + 1, len(stretches)):  # joining after the core
        if not _joins(blocks, stretches[index], best):
            break
        ranges.append(stretches[index][1:])
    for index in range(core - 1, -1, -1):  # and before it
        if not _joins(blocks, stretches[index], best):
            break
        ranges.insert(0, stretches[index][1:])
    ranges[-1] = (ranges[-1][0], _run_on(blocks, ranges[-1][1]))
    return ranges


def _run_on(blocks: list[Block], end: int) -> int:
    """A list that closes the article (tour dates, ingredients, results), with its heading, runs on until a label."""
    while end < len(blocks):
        if _list_item(blocks[end]):
            end += 1
        elif not blocks[end].kind and blocks[end].heading and all(_list_item(b) for b in blocks[end + 1 : end + 4]):
            end += 1  # the heading of a list of at least three items
        else:
            break
    return end


def _list_item(block: Block) -> bool:
    return not block.kind and (block.table_row or (block.words > 3 and not is_label(block)))


def _joins(blocks: list[Block], stretch: tuple[float, int, int], best: float) -> bool:
    total, start, end = stretch
    if end <= start or total < JOIN_SHARE * best:
        return False
    prose = sum(1 for block in blocks[start:end] if block.prose and not block.kind)
    return prose >= JOIN_PROSE * (end - start)
