"""The PETRARCH2 verb dictionary as a second trigger table (``events-petrarch-verbs.yaml``).

Read after the project's own lexicon, for verbs it does not list: a verb's reading is the
reading of the longest dictionary pattern that names a thing and whose words are found around
it ("* HUMANITARIAN AID" in the verb's own phrase after it, "SAID + MUST *" before it); codes
PLOVER drops and the dictionary's null code read as no event. The verbs' bare defaults are not
used: on the news dev set (both halves) they tripled false events ("went", "brought", "face
off"). Readings from this table are unsure (see ``Trigger.unsure``): kept only on request.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from .events_lexicon import NO_EVENT, Reading, parse_reading

__all__ = ["VerbTable", "load_verb_table"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MIN_PREFIX = 4  # shorter words match whole words only ("in" is no prefix of "international")
OTHER_CLAUSES = {"conj", "cc", "parataxis", "advcl", "relcl"}


@dataclass(frozen=True)
class Pattern:
    before: tuple[str, ...]
    after: tuple[str, ...]
    reading: Reading

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)

    @property
    def content(self) -> bool:
        """The pattern names a thing, not only prepositions and particles ("* to")."""
        return any(s.startswith("&") or len(s) >= MIN_PREFIX for s in self.after)


def _pattern(text: str) -> Pattern:
    words, _, label = text.rpartition(" = ")
    before, _, after = words.partition("*")
    return Pattern(tuple(before.split()), tuple(after.split()), parse_reading(label, where="petrarch"))


def _words(tokens: list[Token]) -> tuple[set[str], str]:
    """Lower-case forms and lemmas of ``tokens``, and their text for phrases."""
    forms = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
    return forms, " " + " ".join(t.lower_ for t in tokens) + " "


class VerbTable:
    """Verb lemma -> default reading and patterns, from the dictionary's synonym blocks."""

    def __init__(self, data: dict[str, object]) -> None:
        synsets = data.get("synsets") or {}
        assert isinstance(synsets, dict)
        self.synsets: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in synsets.items()}
        self.defaults: dict[str, Reading | None] = {}
        self.patterns: dict[str, list[Pattern]] = {}
        blocks = data.get("blocks") or []
        assert isinstance(blocks, list)
        for block in blocks:
            patterns = [_pattern(p) for p in block.get("patterns") or []]
            for lemma, label in (block.get("verbs") or {}).items():
                default = parse_reading(label, where=f"petrarch.{lemma}") if label else None
                if self.defaults.get(lemma) is None:
                    self.defaults[lemma] = default
                self.patterns.setdefault(lemma, []).extend(patterns)
        for found in self.patterns.values():
            found.sort(key=lambda p: -p.size)

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.defaults

    def _slot(self, slot: str, forms: set[str], ordered: list[str], text: str) -> bool:
        """``ordered``: ``forms`` sorted, so a prefix is found by bisection, not by a scan."""
        options = self.synsets.get(slot, ()) if slot.startswith("&") else (slot,)
        for option in options:
            if " " in option:
                if f" {option}" in text:
                    return True
            elif option in forms or (
                len(option) >= MIN_PREFIX and not option.endswith("_") and _prefixes(option, ordered)
            ):
                return True
        return False

    def read(self, verb: Token, lemma: str) -> Reading | None:
        """The reading of ``verb`` (whose dictionary lemma is ``lemma``); None when no event."""
        # before the verb: its own phrase (subject, auxiliaries) and the verbs it hangs from
        before = [t for t in verb.subtree if t.i < verb.i] + list(verb.ancestors)
        skip = {t.i for c in verb.children if c.dep_ in OTHER_CLAUSES for t in c.subtree}
        after = [t for t in verb.subtree if t.i > verb.i and t.i not in skip]
        before_words, before_text = _words(before)
        after_words, after_text = _words(after)
        before_sorted, after_sorted = sorted(before_words), sorted(after_words)
        for pattern in self.patterns.get(lemma, []):
            if not pattern.content:
                continue
            if all(self._slot(s, before_words, before_sorted, before_text) for s in pattern.before) and all(
                self._slot(s, after_words, after_sorted, after_text) for s in pattern.after
            ):
                return None if pattern.reading.type == NO_EVENT else pattern.reading
        return None


def _prefixes(prefix: str, ordered: list[str]) -> bool:
    """Whether a word of ``ordered`` (sorted) begins with ``prefix``."""
    index = bisect_left(ordered, prefix)
    return index < len(ordered) and ordered[index].startswith(prefix)


@lru_cache(maxsize=1)
def load_verb_table() -> VerbTable:
    """The shipped PETRARCH2 verb table."""
    text = resources.files("parallax").joinpath("data", "events-petrarch-verbs.yaml").read_text(encoding="utf8")
    return VerbTable(yaml.load(text, Loader=_LOADER))
