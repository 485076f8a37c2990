"""Plain-text cleaning: blocks, classification, stuffing, repeats, then the cleaned text and its map."""

from __future__ import annotations

import re

import ftfy

from ..records import Removal
from .blocks import Block, Cut, split_blocks
from .core import Cleaned, TextBuilder
from .language import detect_language
from .lexicon import load_lexicon
from .lines import classify_blocks
from .repeats import mark_repeats
from .stuffing import mark_stuffing

__all__ = ["clean_plain_text"]

# Runs of spaces and odd whitespace inside a kept line become one plain space.
_ODD_SPACE = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|\u200b|\ufeff"
)
# TeX-style and doubled quotes become the typographic quote they stand for.
_QUOTES = {"``": "“", "''": "”", "‘‘": "“", "’’": "”"}
_ODD_QUOTE = re.compile("|".join(map(re.escape, _QUOTES)))
_ENCODING_SAMPLE = 4_000  # mojibake is never only at the end of a text


def clean_plain_text(text: str, *, title: str | None = None, region: bool = True) -> Cleaned:
    """Clean ``text``; ``region=False`` keeps lines outside the main-text region (for HTML extracts).

    ``Cleaned.input_text``, which offsets and removals point into, is ``text`` itself, or its ftfy
    repair when it held mojibake (flag ``encoding-repaired``).
    """
    flags: list[str] = []
    if ftfy.badness.is_bad(text[:_ENCODING_SAMPLE]):
        text = ftfy.fix_text(text, uncurl_quotes=False)
        flags.append("encoding-repaired")
    blocks = split_blocks(text)
    _mark_inline(blocks, text)
    found = classify_blocks(blocks, title=title, region=region)
    phrases = mark_stuffing(blocks, text)
    mark_repeats(blocks, text)
    builder = TextBuilder(text)
    for block in blocks:
        if block.kind is None:
            if builder.length:
                builder.add_text("\n\n")
            _emit(builder, text, block)
    cleaned = builder.build()
    return Cleaned(
        text=cleaned,
        input_text=text,
        removals=_removals(blocks, text),
        offsets=builder.offsets,
        title=found,
        language=detect_language(cleaned),
        flags=flags + [f"stuffing:{p}" for p in phrases],
    )


def _mark_inline(blocks: list[Block], text: str) -> None:
    """Inline noise ("---Advertisement---" glued to a line); a line left with no words goes whole."""
    for block in blocks:
        for kind, pattern in load_lexicon().inline:
            for match in pattern.finditer(block.text):
                start = block.start + match.start()
                block.cuts.append(Cut(start, block.start + match.end(), kind, f"{kind} inside a line"))
        if block.cuts:
            block.cuts.sort(key=lambda cut: cut.start)
            rest = "".join(text[a.end : b.start] for a, b in zip(block.cuts, block.cuts[1:], strict=False))
            rest += text[block.start : block.cuts[0].start] + text[block.cuts[-1].end : block.end]
            if not re.search(r"\w", rest):
                block.drop(block.cuts[0].kind, f"{block.cuts[0].kind} line")
                block.cuts.clear()


def _emit(builder: TextBuilder, text: str, block: Block) -> None:
    position = block.start
    for cut in sorted(block.cuts, key=lambda cut: cut.start):
        _emit_normalised(builder, text, position, cut.start)
        if cut.replacement and builder.parts and not builder.parts[-1].endswith(" "):
            builder.add_text(cut.replacement)
        position = max(position, cut.end)
    _emit_normalised(builder, text, position, block.end)


def _emit_normalised(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Copy ``text[start:end]`` as exact slices, replacing odd spaces and quotes."""
    position = start
    for match in _odd_matches(text, start, end):
        builder.add_slice(position, match.start())
        replacement = " " if match.re is _ODD_SPACE else _QUOTES[match.group()]
        if match.re is _ODD_SPACE and match.group() in ("\u200b", "\ufeff"):
            replacement = ""
        builder.add_text(replacement)
        position = match.end()
    builder.add_slice(position, end)


def _odd_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    matches = list(_ODD_SPACE.finditer(text, start, end)) + list(_ODD_QUOTE.finditer(text, start, end))
    return sorted(matches, key=lambda m: m.start())


def _removals(blocks: list[Block], text: str) -> list[Removal]:
    removals = []
    for block in blocks:
        if block.kind:
            removals.append(Removal(block.kind, block.start, block.end, block.text, block.reason))
            continue
        for cut in block.cuts:
            removals.append(Removal(cut.kind, cut.start, cut.end, text[cut.start : cut.end], cut.reason))
    return sorted(removals, key=lambda removal: removal.start)
