"""The line classifier: which lines of a text are the article, which are boilerplate and why.

Rules, in order: the lexicon's whole-line patterns (navigation, byline, teaser, advertisement,
caption, bio, comment, share, legal and cookie notices); image alt texts next to captions and
author names above bios; labels repeated on the page (menus); a comment thread; the main-text
region (``region.py``: menus, widgets and footers around the article go even when no pattern
names them); the title (given, or the headline found above the text); lists of teasers after a
"Related:" opener or a bulleted list of headlines after the last paragraph; the comment section
at the end; headings cut mid-word and cut-off copies of the title.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Block
from .lexicon import Lexicon, load_lexicon
from .region import is_label, main_region

__all__ = ["classify_blocks"]

_WORD = re.compile(r"\w+")
_TRUNCATION = re.compile(r"(:\s*-|[-–—]|\.\.\.|…)$")
# captions with a credit, an "In this ... photo" opening or a gallery's label or counter are
# captions at any length
_LONG_CAPTION = re.compile(
    r"\b(photo |image )?credits?\s*:|^in this\b.{0,80}\b(photo|image|picture)"
    r"|^(photos|pictures|images|gallery|in pictures|slideshow)\s*:|\bcaption\s*\d+\s*(of|/)\s*\d+$",
    re.I,
)
_THREAD_AFTER_WORDS = 150  # a comment count near the headline is a link, not the thread
_THREAD_WINDOW = 12
_BULLET = re.compile(r"^[-–•*·▪►]\s")
_NAME = re.compile(r"^[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}$")
_FIGURE_LABEL = re.compile(r"^(diagram|figure|fig\.|image|photo|chart|graphic|map|video)\s*\d*\s*:", re.I)
# endings that make another word of a complete one ("discussion" -> "discussions")
_SUFFIXES = frozenset(
    "s es ed d ing er ers ly al ally ation ations ment ments ness ist ists ism ic ical y ies ity ive".split()
)


def classify_blocks(blocks: list[Block], *, title: str | None, region: bool = True) -> str | None:
    """Set ``kind`` on every boilerplate block; return the article's title (given or found).

    ``region=False`` trusts that the blocks are already the main text (an HTML extract) and only
    removes what the rules name.
    """
    lexicon = load_lexicon()
    _match_patterns(blocks, lexicon)
    _mark_captions_and_names(blocks)
    if region:  # an HTML extract has no menus left, and its lists may repeat their labels
        _mark_repeated_labels(blocks)
    _mark_comment_thread(blocks, lexicon)
    # no running text at all (a short note, a list): nothing to tell the article from its frame by
    ranges = (main_region(blocks) if region else []) or [(0, len(blocks))]
    found = _find_title(blocks, ranges[0][0], title=title, lexicon=lexicon)
    start, end = _extend_start(blocks, ranges[0][0], found), ranges[-1][1]
    _mark_outside(blocks, ranges, start)
    _mark_teaser_runs(blocks, lexicon)
    _mark_comment_section(blocks, lexicon, start, end)
    _mark_cut_headings(blocks, found)
    _mark_trailing_headlines(blocks)
    return found


def _mark_outside(blocks: list[Block], ranges: list[tuple[int, int]], start: int) -> None:
    """Lines before, after and between the parts of the main text; between parts, only labels go."""
    inside = {index for lo, hi in ranges for index in range(lo, hi)} | set(range(start, ranges[0][0]))
    inside |= {lo - 1 for lo, _ in ranges[1:]}  # the heading of the part that follows
    for index, block in enumerate(blocks):
        if index < start:
            block.drop("navigation", "before the main text")
        elif index >= ranges[-1][1]:
            block.drop("footer", "after the main text")
        elif index not in inside and is_label(block):
            block.drop("navigation", "between parts of the main text")


def _match_patterns(blocks: list[Block], lexicon: Lexicon) -> None:
    for block in blocks:
        kind = lexicon.kind_of(block.text, long=block.words > lexicon.max_words)
        # bios and credited captions are long; the other kinds never reach a paragraph's length
        long_kind = kind in lexicon.long_kinds or (kind == "caption" and _LONG_CAPTION.search(block.text))
        if kind and (block.words <= lexicon.max_words or long_kind):
            block.drop(kind, f"{kind} pattern")


def _mark_captions_and_names(blocks: list[Block]) -> None:
    """Image alt texts sit next to captions; an author's name sits above the bio."""
    for index, block in enumerate(blocks):
        if block.kind or not block.heading or block.words > 6:
            continue
        before = blocks[index - 1] if index else None
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if after is not None and after.kind == "caption" and not _FIGURE_LABEL.match(after.text):
            block.drop("caption", "image text above a caption")
        elif before is not None and _FIGURE_LABEL.match(before.text):
            block.drop("caption", "image text under a figure label")
        elif after is not None and after.kind == "bio" and _NAME.match(block.text):
            block.drop("bio", "author name above a bio")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _find_title(blocks: list[Block], start: int, *, title: str | None, lexicon: Lexicon) -> str | None:
    """The given title when it is a headline, else the longest headline-like line above the text."""
    if title and not lexicon.kind_of(title.strip()) and len(_WORD.findall(title)) >= 3:
        title_key = _key(title)
        for block in blocks[: max(start, 3)]:
            key = _key(block.text)
            if (
                block.heading
                and key
                and (key == title_key or (len(key) >= 20 and key in title_key) or _alike(key, title_key))
            ):
                block.drop("title", "the title, kept as metadata")
                break
        return title.strip()
    candidates = [b for b in blocks[:start] if not b.kind and b.heading and 4 <= b.words <= 25]
    if not candidates:
        return None
    best = max(candidates, key=lambda b: b.words)
    best.drop("title", "the headline, kept as metadata")
    return best.text


def _alike(key: str, other: str) -> bool:
    """Most words shared: the page's headline and its metadata title often differ by a word or a site name."""
    words, others = set(key.split()), set(other.split())
    return len(words) >= 4 and len(words & others) >= 0.75 * max(len(words), len(others))


def _extend_start(blocks: list[Block], start: int, title: str | None) -> int:
    """A section heading right above the first paragraph belongs to the text."""
    if start == 0 or start >= len(blocks):
        return start
    above = blocks[start - 1]
    if above.kind or not above.heading or above.words < 2 or (title and _key(above.text) == _key(title)):
        return start
    return start - 1


def _mark_teaser_runs(blocks: list[Block], lexicon: Lexicon) -> None:
    """After a "Related:" line, the list of headlines it opens (up to the next paragraph)."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind != "teaser" or not lexicon.teaser_openers.search(block.text):
            continue
        while index < len(blocks) and not blocks[index].prose:
            follower = blocks[index]
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            if follower.kind is None and not _BULLET.match(follower.text) and nxt is not None and nxt.prose:
                break  # a section heading over the next paragraph
            follower.drop("teaser", "in a list of teasers")
            index += 1


def _mark_trailing_headlines(blocks: list[Block]) -> None:
    """A bulleted list of headlines after the last paragraph: links to other articles."""
    kept = [b for b in blocks if b.kind is None]
    last_prose = max((i for i, b in enumerate(kept) if b.prose), default=-1)
    run = [b for b in kept[last_prose + 1 :] if _BULLET.match(b.text) and b.heading and not b.terminal]
    if len(run) >= 2 and sum(_title_case(b.text) for b in run) >= 0.5 * len(run):
        for block in run:
            block.drop("teaser", "a list of headlines after the text")


def _title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) >= 4 and w.isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _mark_repeated_labels(blocks: list[Block]) -> None:
    """A short label met twice on a page is a menu or widget ("Share", the author's name twice).

    More than three times, it is more likely the label of a list (a menu plan, a table).
    """
    counts = Counter(b.text for b in blocks if b.heading and b.words <= 6 and not b.numbers and "," not in b.text)
    for block in blocks:
        if 2 <= counts.get(block.text, 0) <= 3:
            block.drop("navigation", "a label repeated on the page")


def _mark_comment_thread(blocks: list[Block], lexicon: Lexicon) -> None:
    """A comment thread (an opener, then "X says:" and time-stamp lines) ends the article.

    Done before the main-text region is chosen: a long thread has more running text than a short
    article, and would otherwise be taken for it.
    """
    prose_words = 0
    for index, block in enumerate(blocks):
        if block.prose and not block.kind:
            prose_words += block.words
        if prose_words < _THREAD_AFTER_WORDS or block.words > 15 or not lexicon.comment_openers.search(block.text):
            continue
        following = blocks[index + 1 : index + 1 + _THREAD_WINDOW]
        if sum(1 for b in following if b.kind == "comment") >= 2:
            for rest in blocks[index:]:
                rest.drop("comment", "in the comment thread")
            return


def _mark_comment_section(blocks: list[Block], lexicon: Lexicon, start: int, end: int) -> None:
    """Everything after a comment-section opener in the last part of the text."""
    words = [b.words if b.prose and not b.kind else 0 for b in blocks]
    total = sum(words[start:end]) or 1
    seen = 0
    for index in range(start, len(blocks)):
        seen += words[index]
        if seen >= 0.6 * total and lexicon.comment_openers.search(blocks[index].text) and blocks[index].words <= 15:
            for block in blocks[index:]:
                block.drop("comment", "in the comment section")
            return


def _mark_cut_headings(blocks: list[Block], title: str | None) -> None:
    """Headings cut mid-word ("... Relatio") and cut-off copies of the title ("Title: ...:-")."""
    prose = " ".join(_key(b.text) for b in blocks if b.prose)
    vocabulary = set(prose.split())
    title_key = _key(title) if title else ""
    for block in blocks:
        if block.kind or not block.heading:
            continue
        key = _key(block.text)
        if title_key and key != title_key and title_key.startswith(key[:20]) and _TRUNCATION.search(block.text):
            block.drop("heading", "a cut-off copy of the title")
        elif _cut_mid_word(block.text, prose, vocabulary):
            block.drop("heading", "a heading cut mid-word")


def _cut_mid_word(text: str, prose: str, vocabulary: set[str]) -> bool:
    """The heading's last words run on in the text, the last one longer, not merely inflected."""
    words = _WORD.findall(text.lower())
    if len(words) < 3 or not text[-1].isalpha() or len(words[-1]) < 4 or words[-1] in vocabulary:
        return False
    tail = " ".join(words[-3:])
    if re.search(rf"\b{re.escape(tail)}\b", prose):
        return False
    return any(match.group(1) not in _SUFFIXES for match in re.finditer(rf"\b{re.escape(tail)}(\w+)", prose))
