"""Quotation-mark spans of a text: straight, curly and doubled-apostrophe marks, over paragraphs.

News style opens every paragraph of a long quote with a mark but closes only the last one;
a paragraph that opens a quote and never closes it therefore continues into the next
paragraph when that one opens with a mark. Unbalanced marks never raise: an opening mark
without a closing one ends at the end of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp import text_of

__all__ = ["MARK", "QuoteSpan", "find_quote_spans", "text_of"]

OPENING = "\u201c\u201e\u00ab"  # “ „ «
CLOSING = "\u201d\u00bb"  # ” »
# '' and `` stand for double quotes in wire and Penn-style text.
MARK = re.compile(r"''|``|[\"\u201c\u201d\u201e\u00ab\u00bb]")


@dataclass
class QuoteSpan:
    """``start``/``end`` include the marks; ``inner_start``/``inner_end`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True

    def inner(self, text: str) -> str:
        return text[self.inner_start : self.inner_end]


def _kind(mark: str, text: str, pos: int) -> str:
    """ "open", "close" or "either" for a mark at ``pos``."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else " "
    if mark in OPENING or mark == "``":
        # A left mark glued to a word and followed by a space is a mistyped closing one.
        return "close" if not before.isspace() and before not in "([{—–-/" and after.isspace() else "open"
    if mark in CLOSING:
        # A right mark opening a paragraph or a word is a mistyped opening one.
        return "open" if (before.isspace() or pos == 0) and after.isalnum() else "close"
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-" or not after.isalnum():
        return "close"
    return "either"


def _paragraph_spans(text: str, start: int, end: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: tuple[int, int] | None = None  # (mark start, inner start)
    for match in MARK.finditer(text, start, end):
        kind = _kind(match.group(), text, match.start())
        if opened is None and kind != "close":
            opened = (match.start(), match.end())
        elif opened is not None and kind != "open":
            spans.append(QuoteSpan(opened[0], match.end(), opened[1], match.start()))
            opened = None
        elif opened is not None:  # a second opening mark: the first was stray
            opened = (match.start(), match.end())
    if opened is not None:
        inner_end = end
        while inner_end > opened[1] and text[inner_end - 1].isspace():
            inner_end -= 1
        spans.append(QuoteSpan(opened[0], inner_end, opened[1], inner_end, closed=False))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in re.finditer(r"\n", text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Spans of quoted text, in order; a quote left open at a paragraph's end runs on into the
    next paragraph when it opens with a quote mark."""
    merged: list[QuoteSpan] = []
    for start, end in _paragraphs(text):
        spans = _paragraph_spans(text, start, end)
        if not spans:
            continue
        first = spans[0]
        previous = merged[-1] if merged else None
        continues = first.start == start + (len(text[start:end]) - len(text[start:end].lstrip()))
        if previous is not None and not previous.closed and continues:
            previous.end, previous.inner_end, previous.closed = first.end, first.inner_end, first.closed
            spans = spans[1:]
        merged.extend(spans)
    return [span for span in merged if span.inner_end > span.inner_start]
