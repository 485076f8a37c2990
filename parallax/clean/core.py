"""The cleaning stage: HTML main text, line-level boilerplate, repeated paragraphs, language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..config import Options
from ..records import Article, Rejected, Removal
from .lexicon import load_lexicon

__all__ = ["Cleaned", "TextBuilder", "clean_article", "clean_html", "clean_text"]


@dataclass
class Cleaned:
    """What cleaning made of one input: the text, what was removed and why, the offset map, metadata."""

    text: str
    input_text: str  # what the offsets and removals point into
    removals: list[Removal] = field(default_factory=list)
    offsets: list[list[int]] = field(default_factory=list)  # [clean_start, input_start, length]
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    flags: list[str] = field(default_factory=list)  # "encoding-repaired", "stuffing:<phrase>", ...


class TextBuilder:
    """Builds cleaned text from slices of the input, keeping the offset map."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.offsets: list[list[int]] = []
        self.length = 0

    def add_slice(self, start: int, end: int) -> None:
        """Copy ``source[start:end]``, recording where it came from."""
        if end <= start:
            return
        self.offsets.append([self.length, start, end - start])
        self.parts.append(self.source[start:end])
        self.length += end - start

    def add_text(self, text: str) -> None:
        """Text that is not a slice of the input (separators, mended joins)."""
        self.parts.append(text)
        self.length += len(text)

    def build(self) -> str:
        return "".join(self.parts)


_WS = re.compile(r"[ \t\u00a0]+")


def clean_text(text: str, *, title: str | None = None) -> Cleaned:
    """Main text of a plain-text article: paragraphs kept, boilerplate lines removed.

    ``title`` is the title the input gave (for a .txt file, its first line); when it turns out to
    be boilerplate, ``Cleaned.title`` is the headline found in the text instead.
    """
    from .text import clean_plain_text  # rules modules, imported on first use

    return clean_plain_text(text, title=title)


def clean_html(html: str, *, url: str | None = None) -> Cleaned:
    """Main text and metadata of an HTML page (trafilatura), then the plain-text cleaner."""
    from .html import extract_html

    return extract_html(html, url=url)


def clean_article(article: Article, *, options: Options) -> Article | Rejected:
    """The pipeline stage: fills ``text``, ``removals``, ``offsets`` and missing metadata."""
    if article.raw_kind == "html":
        cleaned = clean_html(article.raw, url=article.url)
    else:
        cleaned = clean_text(article.raw, title=article.title)
    where = article.path or article.input_id or article.id
    if len(cleaned.text) > options.max_text_chars:
        return Rejected(where, f"text too long ({len(cleaned.text):,} characters > {options.max_text_chars:,} limit)")
    if len(cleaned.text.strip()) < options.min_text_chars:
        return Rejected(where, "no article text left after cleaning", not_article=True)
    if load_lexicon().is_notice(cleaned.text):
        return Rejected(
            where, "no article: the page holds only a notice (consent, sign-up or legal text)", not_article=True
        )
    article.text = cleaned.text
    article.input_text = cleaned.input_text
    article.removals = cleaned.removals
    article.offsets = cleaned.offsets
    article.title = article.title or cleaned.title
    if cleaned.title and article.raw_kind == "text" and article.title != cleaned.title:
        article.title = cleaned.title  # the first line was boilerplate, the cleaner found the headline
    article.author = article.author or cleaned.author
    article.source = article.source or cleaned.site
    article.url = article.url or cleaned.url
    article.published = article.published or cleaned.published
    article.language = cleaned.language
    article.flags.extend(flag for flag in cleaned.flags if flag not in article.flags)
    if article.language and article.language not in options.languages:
        article.analysed = False
        article.flags.append(f"non-english:{article.language}")
    return article
