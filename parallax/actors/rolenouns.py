"""Titles in text: "Russian President", "South Korea's defense minister", "its Foreign Minister",
"the North Korean leader", "the two leaders"; who they qualify (a state or IGO) and whether the
text says they are not current ("former U.S. ambassador").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .matching import Lexicon, NameMatch
from .registry import Registry

__all__ = ["TitleSpan", "find_titles"]

POSSESSIVE = {"'s", "’s", "'", "’"}
PRONOUNS = {"its", "their"}
DETERMINERS = {"the", "its", "his", "her", "their", "both", "two"}


@dataclass
class TitleSpan:
    """Tokens ``start``..``end`` (qualifier included) give the office ``title`` of ``country``."""

    start: int
    end: int
    title: str  # canonical, e.g. "foreign minister", or "leader"
    country: str | None  # ISO3 or IGO id
    plural: bool = False
    not_current: bool = False
    determiner: bool = False  # "the"/"its"... before: a role noun that can stand alone
    title_start: int = 0  # first token of the title words themselves


def _title_at(doc: Doc, i: int, lowers: list[str], registry: Registry) -> tuple[int, str, bool] | None:
    """Longest title form starting at token ``i``: (end, surface, plural). ``lowers``: the doc's
    lower-cased tokens, read once (this runs at every token)."""
    titles = registry.titles
    if lowers[i] not in titles.first_words and lowers[i].rstrip("s") not in titles.first_words:
        return None
    for end in range(min(len(doc), i + titles.max_words + 2), i, -1):
        surface = doc[i:end].text.lower()
        if titles.is_title(surface):
            return end, surface, False
        if surface.endswith("s") and titles.is_title(surface[:-1]):
            return end, surface[:-1], True
    return None


def _qualifier_before(doc: Doc, i: int, ends: dict[int, NameMatch], registry: Registry) -> tuple[int, str] | None:
    """A state/IGO name ending right before token ``i`` (possessive allowed): (start, actor)."""
    j = i - 1 if i > 0 and doc[i - 1].text in POSSESSIVE else i
    match = ends.get(j)
    if match is None or registry.by_id[match.actor].kind not in {"state", "igo"}:
        return None
    return match.start, match.actor


def _pronoun_country(doc: Doc, i: int, matches: list[NameMatch], registry: Registry) -> str | None:
    """The state "its" refers to: the nearest state named before it in the sentence."""
    sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    for match in reversed(matches):
        if match.end <= i and match.start >= sent_start and registry.by_id[match.actor].kind == "state":
            return match.actor
    return None


def _qualifier_after(doc: Doc, end: int, starts: dict[int, NameMatch], registry: Registry) -> str | None:
    """ "leader of North Korea": the state or IGO after "of"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        k = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
        match = starts.get(k)
        if match and registry.by_id[match.actor].kind in {"state", "igo"}:
            return match.actor
    return None


def find_titles(doc: Doc, matches: list[NameMatch], registry: Registry, lexicon: Lexicon) -> list[TitleSpan]:
    """Every title phrase of ``doc`` with its qualifier."""
    ends = {m.end: m for m in matches}
    starts = {m.start: m for m in matches}
    covered = {i for m in matches for i in range(m.start, m.end)}
    spans: list[TitleSpan] = []
    lowers = [token.lower_ for token in doc]
    i = 0
    while i < len(doc):
        found = _title_at(doc, i, lowers, registry) if i not in covered else None
        if found is None:
            i += 1
            continue
        end, surface, plural = found
        span = _qualify(doc, i, end, surface, plural, matches, ends, starts, registry, lexicon)
        if span:
            spans.append(span)
        i = end
    return spans


def _qualify(
    doc: Doc,
    i: int,
    end: int,
    surface: str,
    plural: bool,
    matches: list[NameMatch],
    ends: dict[int, NameMatch],
    starts: dict[int, NameMatch],
    registry: Registry,
    lexicon: Lexicon,
) -> TitleSpan | None:
    start, country = i, None
    before = _qualifier_before(doc, i, ends, registry)
    if before:
        start, country = before
    elif i > 0 and doc[i - 1].lower_ in PRONOUNS:
        country = _pronoun_country(doc, i - 1, matches, registry)
        start = i - 1 if country else i
    country = country or _qualifier_after(doc, end, starts, registry)
    title = registry.titles.canonical(surface, country)
    if title is None:
        return None
    previous = doc[start - 1].lower_ if start > 0 else ""
    earlier = doc[start - 2].lower_ if start > 1 else ""
    not_current = bool({previous, earlier, doc[i].lower_.split("-")[0]} & lexicon.not_current)
    determiner = previous in DETERMINERS or earlier in DETERMINERS or doc[start].lower_ in PRONOUNS
    return TitleSpan(start, end, title, country, plural, not_current, determiner, i)
