"""Lines of the input as blocks with the features the classifier reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Block", "Cut", "mend", "split_blocks"]

_LINE = re.compile(r"[^\n]+")
_SPACE = (
    " \t\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
)
_WORD = re.compile(r"\w+")
_TERMINAL = re.compile(r"""[.!?…:;。！？]["'”’»)\]]*$|["”»]$""")
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_WORD = re.compile(r"\w*?[^\W\d_]\w*")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


@dataclass
class Cut:
    """A piece removed from inside a line (input offsets), and what goes in its place."""

    start: int
    end: int
    kind: str
    reason: str
    replacement: str = ""


@dataclass
class Block:
    """One non-empty line of the input: its span, its stripped text and what the classifier decided."""

    start: int
    end: int
    text: str
    words: int
    terminal: bool  # ends like a sentence
    numbers: int = 0  # tokens without letters (figures of a table row, dates)
    kind: str | None = None  # removal kind, None while kept
    reason: str = ""
    cuts: list[Cut] = field(default_factory=list)  # pieces removed inside the line, in order

    @property
    def prose(self) -> bool:
        """Reads like running text rather than a menu item or a heading."""
        return (self.words >= 8 and self.terminal) or self.words >= 25

    @property
    def table_row(self) -> bool:
        """Mostly figures: a row of a table of results, prices, scores."""
        return self.numbers >= 3 and self.numbers >= self.words

    @property
    def heading(self) -> bool:
        """Short, not a sentence: a heading, a menu item, a caption, a byline..."""
        return not self.prose and self.words <= 20

    def drop(self, kind: str, reason: str) -> None:
        if self.kind is None:
            self.kind, self.reason = kind, reason


def mend(block: Block, source: str) -> str:
    """The block's text with its cuts applied."""
    parts, position = [], block.start
    for cut in block.cuts:
        parts.append(source[position : cut.start])
        parts.append(cut.replacement)
        position = cut.end
    parts.append(source[position : block.end])
    return "".join(parts)


def _count_words(text: str) -> tuple[int, int]:
    """(words with letters, tokens without): numbers and dates do not make a line read like text."""
    tokens = len(_WORD.findall(text))
    words = len(_LETTER_WORD.findall(text))
    # scripts written without spaces (Chinese, Japanese) make one "word" of a sentence: two characters a word
    unspaced = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    return words + unspaced // 2, tokens - words


def split_blocks(text: str) -> list[Block]:
    """Every line of ``text`` with a letter or digit in it, stripped of surrounding whitespace."""
    blocks = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip(_SPACE)
        if not stripped or not _WORD.search(stripped):
            continue
        start = match.start() + raw.index(stripped)
        words, numbers = _count_words(stripped)
        blocks.append(Block(start, start + len(stripped), stripped, words, bool(_TERMINAL.search(stripped)), numbers))
    return blocks
