"""Page furniture among the lines cleaning kept: captions, photo credits, headings and labels.

Cleaning removes the furniture it can name (``parallax.clean``); what it keeps because it reads
like prose still has the layout of furniture, and a claim never comes from it:

- a photo credit at the end of the line ("... at the Capitol. (Photo: SpaceX via Florida Today)",
  "... Dimitrios Kambouris/Getty Images", "...Capitol.CreditJoshua Roberts/Reuters"; a graphic's
  "... By The New York Times" with no full stop), or a
  slideshow's controls or counter in it ("Play slideshow Getty Images 1 of 35 ...", a line
  opening "2/30 Frosty slopes of Mars ...");
- no finite verb in the whole line: a headline ("UAE to build water plants in Gaza"), an image's
  alt text, a caption fragment ("Representative Blake Farenthold, in December at the Capitol.");
- a short line without the punctuation that ends a sentence: a heading or a label.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp import text_of

__all__ = ["is_furniture", "line_around"]

# Credits of photographs: "(Photo: X)", "(AP Photo/Name)", "Name/Getty Images", "CreditName/Agency"
# (the byline of a picture, at the end of its caption).
AGENCIES = (
    r"getty images|afp|ap|ap photo|reuters|epa|epa-efe|shutterstock|bloomberg|pool|sipa|anadolu|"
    r"alamy|rex|nurphoto|zuma|imago|xinhua|tass|sputnik|usa today|the new york times|the washington post"
)
CREDIT = re.compile(
    r"\((?:ap |afp |file )?(?:photo|image|picture|credit|video|illustration)s?\b[^()]{0,120}\)\W*$"
    rf"|[\w.'’-]+ ?/ ?(?:{AGENCIES})(?: via [\w ]+)?\)?\W*$"
    r"|\bcredit\s*:"
    rf"|\b(?-i:By) (?:{AGENCIES})$",  # a map's or chart's credit: "... People fled in this direction NORTH By The New York Times"
    re.IGNORECASE,
)
GLUED_CREDIT = re.compile(r"[a-z.]Credit[A-Z]")  # a caption and its credit run together by the crawler
# a slideshow's controls or counter anywhere in the line ("Play slideshow Getty Images 1 of 35 ...")
GALLERY = re.compile(
    rf"\b(?:play|view|open|launch) (?:slideshow|gallery)\b|\b(?:slide|image|photo|picture|{AGENCIES}) \d+ of \d+\b",
    re.IGNORECASE,
)
# a slide's number among the gallery's at the start of its caption ("2/30 Frosty slopes of Mars ...")
SLIDE_COUNTER = re.compile(r"^(\d{1,3})/(\d{1,3})\s")
FINITE = {"VBD", "VBZ", "VBP", "MD"}
SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$|[.!?…]\s*["'”’]$""")
HEADING_WORDS = 25


def line_around(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character span of the line (paragraph) that holds ``doc.text[start:end]``."""
    text = text_of(doc)
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def is_furniture(doc: Doc, start: int, end: int, *, verbless: bool = True) -> bool:
    """True when the line ``doc.text[start:end]`` is a caption, credit, heading or label.
    Without ``verbless``, a line with no finite verb that ends as a sentence does is no
    furniture ("WASHINGTON – Moscow suspending a nuclear arms treaty.": a dateline's lead)."""
    line = text_of(doc)[start:end].strip()
    if not line:
        return True
    if CREDIT.search(line) or GLUED_CREDIT.search(line) or GALLERY.search(line) or _slide(line):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if not any(t.tag_ in FINITE for t in tokens) and (verbless or not SENTENCE_END.search(line)):
        return True
    words = sum(1 for t in tokens if t.is_alpha)
    return words <= HEADING_WORDS and not SENTENCE_END.search(line)


def _slide(line: str) -> bool:
    """A line opening with a slide counter, "N/M " with N at most M (a date "12/5" would not open
    a caption with a space after it and a count below it)."""
    match = SLIDE_COUNTER.match(line)
    return match is not None and 0 < int(match.group(1)) <= int(match.group(2))
