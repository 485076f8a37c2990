"""Attributions that layout gives rather than grammar.

“...” ― Stephanie Egan        a dash after a quote names its speaker
PENCE: Well, look, ...        a name and a colon open a transcript turn or a headline
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .quotes_marks import QuoteSpan, text_of

__all__ = ["colon_quotes", "dash_quotes"]

# A dash, then a name of two to six words running to the end of the line.
DASH_SPEAKER = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*([A-Z][^\n―—–\"“”]{1,80}?)[ \t\u00a0.]*(?=\n|$)")
# Sources a headline cites by kind: "Poll: Wealthy voters abandon ...".
HEADLINE_SOURCES = {"poll", "report", "survey", "study", "analysis", "sources", "officials", "experts", "police"}
# A turn: optional quote mark, a capitalised name of up to four words, a colon, the content.
COLON_TURN = re.compile(
    r"^[ \t]*[\"“]?([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*:[ \t]+(\S[^\n]*)$", re.MULTILINE
)


def _actor(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not Token.has_extension("actor"):
        return None
    return next((str(t._.actor) for t in span if t._.actor), None)


def _quote(doc: Doc, content: tuple[int, int], speaker: tuple[int, int], cue: str, article_id: str) -> Quote:
    name = text_of(doc)[speaker[0] : speaker[1]]
    return Quote(
        article=article_id,
        start=content[0],
        end=content[1],
        text=text_of(doc)[content[0] : content[1]],
        speaker=_actor(doc, *speaker) or name,
        speaker_text=name,
        speaker_start=speaker[0],
        speaker_end=speaker[1],
        cue=cue,
        direct=True,
    )


def dash_quotes(doc: Doc, marks: list[QuoteSpan], article_id: str) -> list[Quote]:
    """Quotes signed by a dash and a name on the rest of their line."""
    found = []
    for mark in marks:
        match = DASH_SPEAKER.match(text_of(doc), mark.end)
        if match is None or len(match.group(1).split()) > 6:
            continue
        found.append(_quote(doc, (mark.inner_start, mark.inner_end), match.span(1), "―", article_id))
    return found


def _is_name(span: Span | None, text: str) -> bool:
    if span is None:
        return False
    # People only: "China: Beijing might ..." is a heading over the writer's own words.
    return (text.isupper() and len(text) > 2) or any(e.label_ == "PERSON" for e in span.ents)


def _title_start(doc: Doc) -> int:
    """Where the first line with words starts (the headline)."""
    text = text_of(doc)
    return next((i for i, ch in enumerate(text) if not ch.isspace()), len(text))


def _headline_source(doc: Doc, name: str) -> bool:
    """Headlines shorten speakers: "Pence: ..." names a person the story names in full, and
    "Poll: ..." a kind of source that speaks."""
    if name.lower() in HEADLINE_SOURCES:
        return True
    if " " in name:
        return False
    return any(e.label_ == "PERSON" and name in e.text.split() and e.start_char > len(name) for e in doc.ents)


def colon_quotes(doc: Doc, article_id: str) -> list[Quote]:
    """Transcript turns and headlines of the form "NAME: content" (a named speaker only)."""
    found = []
    for match in COLON_TURN.finditer(text_of(doc)):
        name = match.group(1)
        span = doc.char_span(*match.span(1), alignment_mode="expand")
        if len(match.group(2).split()) < 3:
            continue
        if not (_is_name(span, name) or (match.start() == _title_start(doc) and _headline_source(doc, name))):
            continue
        end = match.end(2)
        while end > match.start(2) and text_of(doc)[end - 1] in '"”’ \t':
            end -= 1
        found.append(_quote(doc, (match.start(2), end), match.span(1), ":", article_id))
    return found
