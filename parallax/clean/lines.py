"""Plain-text cleaning: split into paragraphs, drop boilerplate and repeated paragraphs.

First version: a small rule set; the line classifier grows here.
"""

from __future__ import annotations

import re

from ..records import Removal
from .core import Cleaned, TextBuilder
from .language import detect_language

__all__ = ["classify_paragraphs"]

_BOILERPLATE = [
    ("navigation", re.compile(r"^(connect with us|general news|follow us|follow:|exit mobile version)$", re.I)),
    ("share", re.compile(r"^(\d+\s*shares?|share this article)", re.I)),
    ("advertisement", re.compile(r"-+\s*advertisement\s*-+", re.I)),
    (
        "comment",
        re.compile(r"^(leave a (comment|reply)|\d+ comments?$|your email address will not be published)", re.I),
    ),
    ("teaser", re.compile(r"^(see also|also read|read more|to read more)", re.I)),
    ("byline", re.compile(r"^(published|on|by|by .{2,40}|published on:|updated on:|\d+ min read)$", re.I)),
]
_PARA = re.compile(r"[^\n]+")


def _kind(line: str) -> str | None:
    for kind, pattern in _BOILERPLATE:
        if pattern.search(line.strip()):
            return kind
    return None


def classify_paragraphs(text: str, *, title: str | None = None) -> Cleaned:
    builder = TextBuilder(text)
    removals: list[Removal] = []
    seen: set[str] = set()
    first = True
    for match in _PARA.finditer(text):
        line = match.group().strip()
        if not line:
            continue
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        end = start + len(line)
        if first and title and line == title.strip():
            first = False
            removals.append(Removal("title", start, end, line, "the title, kept as metadata"))
            continue
        first = False
        kind = _kind(line)
        key = re.sub(r"\W+", " ", line.lower()).strip()
        if kind is None and key in seen and len(key) > 60:
            kind = "duplicate"
        if kind:
            removals.append(Removal(kind, start, end, line, f"{kind} line"))
            continue
        seen.add(key)
        if builder.length:
            builder.add_text("\n\n")
        builder.add_slice(start, end)
    cleaned = builder.build()
    return Cleaned(
        text=cleaned,
        input_text=text,
        removals=removals,
        offsets=builder.offsets,
        title=title,
        language=detect_language(cleaned),
    )
