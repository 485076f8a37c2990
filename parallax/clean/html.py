"""HTML pages: main text and metadata with trafilatura (dates by htmldate), then the line cleaner.

trafilatura's precision mode keeps fewer teasers and widgets than its default at almost no cost in
recall, and its fast mode (no readability/jusText comparison) loses little; when the fast
extract is short, the full extraction, with its fallbacks, is tried and kept if it finds more. Its output still holds newsletter prompts, "Related:"
teasers, comment sections and the title line, so the plain-text cleaner runs on it, trusting
trafilatura's choice of region.
"""

from __future__ import annotations

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from .core import Cleaned
from .text import clean_plain_text

__all__ = ["extract_html"]

# Below this many characters the fast extract may have missed the article: try the full one.
_SHORT_TEXT = 500
# Cheap date search: the page's metadata and URL, not a scan of every element.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


# Text a reader never sees: pop-up cards (a name's hover card with its latest headlines) and
# screen-reader-only labels. Elements hidden by style are kept: pages reveal their text with scripts.
_UNSEEN_CLASSES = (
    "sr-only",
    "visually-hidden",
    "screen-reader-text",
    "hovercard",
    "tooltip-content",
    "popover-content",
)
# the card itself, not the link that opens it ("rollover-people-link" stays, "rollover-people-block" goes)
_POPUP = "contains(@class, 'rollover') and (contains(@class, 'block') or contains(@class, 'card') or contains(@class, 'popup'))"
_UNSEEN_XPATH = (
    ".//*[@class][" + " or ".join(f"contains(@class, '{name}')" for name in _UNSEEN_CLASSES) + f" or ({_POPUP})]"
)


def _load(html: str) -> HtmlElement | None:
    tree = load_html(html)
    # the XPath walks every element: look for the class names in the page's text first
    if tree is not None and any(name in html for name in (*_UNSEEN_CLASSES, "rollover")):
        for element in tree.xpath(_UNSEEN_XPATH):
            if element.getparent() is not None:
                element.drop_tree()  # keeps the element's tail, the text that follows it
    return tree


def _extract(html: HtmlElement, url: str | None, *, fast: bool, metadata: bool) -> Document | None:
    document = trafilatura.bare_extraction(
        html,
        url=url,
        fast=fast,
        favor_precision=True,
        with_metadata=metadata,
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    return document if isinstance(document, Document) else None  # a dict only with as_dict=True


def extract_html(html: str, *, url: str | None = None) -> Cleaned:
    """Main text and metadata of ``html``; ``input_text`` is trafilatura's text, which the offsets point into."""
    tree = _load(html)
    document = _extract(tree, url, fast=True, metadata=True) if tree is not None else None
    text = (document.text if document else None) or ""
    if len(text) < _SHORT_TEXT and (tree := _load(html)) is not None:  # a fresh tree: extraction prunes it
        fallback = _extract(tree, url, fast=False, metadata=False)
        if fallback is not None and fallback.text and len(fallback.text) > 2 * len(text):
            text = fallback.text
    title = document.title if document else None
    cleaned = clean_plain_text(text, title=title, region=False)
    if document is not None:
        cleaned.title = title or cleaned.title
        cleaned.author = document.author
        cleaned.site = document.sitename or document.hostname
        cleaned.published = document.date
        cleaned.url = document.url or url
    else:
        cleaned.url = url
    return cleaned
