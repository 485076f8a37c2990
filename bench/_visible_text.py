"""The plain-text variant of the extraction set: a page's visible text, block by block.

Shared by ``bench.clean_text``: the whole visible text of an HTML page (script, style and
other invisible elements dropped), one line per block-level element, as a reader copying the
page would get it.
"""

from __future__ import annotations

import re

import lxml.html

__all__ = ["visible_text"]

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas")
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tfoot tr section article header "
    "footer nav aside blockquote pre figure figcaption main address hr br form fieldset legend details "
    "summary caption body html center".split()
)
_CELL = frozenset({"td", "th"})
_WS = re.compile(r"\s+")
_PARSER = lxml.html.HTMLParser(encoding="utf-8")  # the pages are UTF-8 whatever they declare


def visible_text(html: str) -> str:
    """The visible text of ``html``, one line per block."""
    try:
        root = lxml.html.fromstring(html.encode("utf8"), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        line = _WS.sub(" ", "".join(buffer)).strip()
        if line:
            lines.append(line)
        buffer.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCK
        if block:
            flush()
        elif tag in _CELL:
            buffer.append(" ")  # the cells of a table row read as one line
        if tag and element.text:
            buffer.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n".join(lines)
