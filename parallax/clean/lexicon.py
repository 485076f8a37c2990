"""The boilerplate lexicon (``parallax/data/clean-boilerplate.yaml``), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

__all__ = ["Lexicon", "load_lexicon"]


_HEAD, _TAIL = 200, 120


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns: whole-line kinds, inline noise, and the openers of teaser and comment blocks."""

    max_words: int
    long_kinds: frozenset[str]
    kinds: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]  # (kind, anchored, unanchored)
    inline: tuple[tuple[str, re.Pattern[str]], ...]
    teaser_openers: re.Pattern[str]
    comment_openers: re.Pattern[str]
    notice_terms: re.Pattern[str]
    notice_max_chars: int
    notice_reader: re.Pattern[str]
    notice_label_words: int

    def kind_of(self, line: str, *, long: bool = False) -> str | None:
        """The kind of boilerplate ``line`` (stripped) is, or None; ``long``: only the kinds met at any length."""
        if long and len(line) > _HEAD + _TAIL:
            # a long notice says what it is at its start (a credit at its end): spare the middle
            line = f"{line[:_HEAD]} … {line[-_TAIL:]}"
        for kind, anchored, unanchored in self.kinds:
            if long and kind not in self.long_kinds and kind != "caption":
                continue
            if anchored.match(line) or (unanchored is not None and unanchored.search(line)):
                return kind
        return None

    def is_notice(self, text: str) -> bool:
        """True when ``text`` is a page notice and no article: short, every paragraph in the
        language of consent walls, sign-up gates and legal notices."""
        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        if not paragraphs or len(text) > self.notice_max_chars:
            return False
        return all(self._is_notice_paragraph(p) for p in paragraphs)

    def _is_notice_paragraph(self, paragraph: str) -> bool:
        """Two notice terms, or one in a paragraph that speaks to the reader or is a label."""
        hits = sum(1 for _ in self.notice_terms.finditer(paragraph))
        if hits >= 2:
            return True
        if hits == 0:
            return False
        return bool(self.notice_reader.search(paragraph)) or len(paragraph.split()) <= self.notice_label_words


def _compile_kinds(section: dict[str, list[str]]) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """Per kind, one alternation of the patterns anchored at the start (tried at position 0 only,
    which is most of them and cheap) and one of the others (searched through the line)."""
    compiled = []
    for kind, patterns in section.items():
        anchored = [p for p in patterns if p.startswith("^") and "|" not in _top_level(p)]
        unanchored = [p for p in patterns if p not in anchored]
        compiled.append((kind, _alternation(anchored or ["(?!)"]), _alternation(unanchored) if unanchored else None))
    return tuple(compiled)


def _top_level(pattern: str) -> str:
    """The pattern with its groups and classes removed: what is left shows top-level alternation."""
    depth, out, escaped, in_class = 0, [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon, read and compiled on first use."""
    text = resources.files("parallax").joinpath("data/clean-boilerplate.yaml").read_text(encoding="utf8")
    data = yaml.safe_load(text)
    return Lexicon(
        max_words=int(data["max_words"]),
        long_kinds=frozenset(data["long_kinds"]),
        kinds=_compile_kinds(data["kinds"]),
        inline=tuple((kind, _alternation(patterns)) for kind, patterns in data["inline"].items()),
        teaser_openers=_alternation(data["teaser_openers"]),
        comment_openers=_alternation(data["comment_openers"]),
        notice_terms=_alternation(data["notice"]["terms"]),
        notice_max_chars=int(data["notice"]["max_chars"]),
        notice_reader=re.compile(data["notice"]["reader"], re.I),
        notice_label_words=int(data["notice"]["label_words"]),
    )
