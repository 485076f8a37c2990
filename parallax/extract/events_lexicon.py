"""The event trigger lexicon (``parallax/data/events-lexicon.yaml``): verbs and nouns to PLOVER types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

__all__ = ["NO_EVENT", "Lexicon", "Reading", "TypeInfo", "load_lexicon", "parse_reading", "word_list"]

NO_EVENT = "NONE"  # a reading that says the word is no event in this sense ("shoot her an email")


@dataclass(frozen=True)
class Reading:
    """One reading of a trigger: PLOVER type and mode, CAMEO code."""

    type: str
    mode: str | None
    code: str  # full CAMEO code, e.g. "042"

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class TypeInfo:
    quad: int
    goldstein: float
    cooperative: bool


def parse_reading(text: str, *, where: str) -> Reading:
    """ "TYPE[/mode] CODE" as a Reading."""
    try:
        label, code = text.split()
    except ValueError as err:
        raise ConfigError(f"events-lexicon.yaml: {where}: expected 'TYPE[/mode] CODE', got {text!r}") from err
    type_, _, mode = label.partition("/")
    return Reading(type_, mode or None, code)


def _entries(section: dict[str, Any], *, where: str) -> dict[str, dict[str, Reading]]:
    entries: dict[str, dict[str, Reading]] = {}
    for lemma, value in section.items():
        choices = value if isinstance(value, dict) else {"_": value}
        entries[lemma] = {key: parse_reading(text, where=f"{where}.{lemma}") for key, text in choices.items()}
    return entries


class Lexicon:
    """Trigger readings by lemma, chosen by the class of the trigger's object."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.types = {name: TypeInfo(**info) for name, info in data["types"].items()}
        self.verbs = _entries(data["verbs"], where="verbs")
        self.nouns = _entries(data["nouns"], where="nouns")
        self.classes: dict[str, str] = {}
        for name, lemmas in data["object_classes"].items():
            for lemma in lemmas:
                self.classes.setdefault(lemma, name)
        self.intent_verbs = frozenset(data["intent_verbs"])
        self.light_verbs = frozenset(data["light_verbs"])
        self.weak_nouns = frozenset(data["weak_nouns"])
        for reading in self.all_readings():
            if reading.type not in self.types:
                raise ConfigError(f"events-lexicon.yaml: unknown PLOVER type {reading.type!r}")

    def all_readings(self) -> list[Reading]:
        """Every event reading (not the "no event" senses)."""
        tables = (self.verbs, self.nouns)
        return [r for t in tables for choices in t.values() for r in choices.values() if r.type != NO_EVENT]

    def object_class(self, lemmas: list[str]) -> str | None:
        """The class of the first object lemma that has one."""
        return next((self.classes[lemma] for lemma in lemmas if lemma in self.classes), None)

    def verb(self, lemma: str, object_class: str | None) -> Reading | None:
        return _choose(self.verbs.get(lemma), object_class)

    def noun(self, lemma: str, object_class: str | None) -> Reading | None:
        return _choose(self.nouns.get(lemma), object_class)

    def context_class(self, lemma: str, lemmas: list[str], *, noun: bool) -> str | None:
        """The first class among ``lemmas`` (the sentence's) that ``lemma`` has a reading for:
        the sense of a trigger whose own phrase says nothing ("the strike" among missiles)."""
        choices = (self.nouns if noun else self.verbs).get(lemma, {})
        return next((c for x in lemmas if (c := self.classes.get(x)) in choices), None)

    def info(self, type_: str) -> TypeInfo:
        return self.types[type_]


def _choose(choices: dict[str, Reading] | None, object_class: str | None) -> Reading | None:
    if not choices:
        return None
    if object_class and object_class in choices:
        reading: Reading | None = choices[object_class]
    else:
        reading = choices.get("_")
    return None if reading is None or reading.type == NO_EVENT else reading


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("parallax").joinpath("data", "events-lexicon.yaml").read_text(encoding="utf8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def word_list(name: str) -> frozenset[str]:
    """A named word list of ``events-lexicon.yaml`` (``words:``), e.g. "aim_verbs"."""
    try:
        return frozenset(_data()["words"][name])
    except KeyError as err:
        raise ConfigError(f"events-lexicon.yaml: no word list {name!r}") from err


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped trigger lexicon."""
    return Lexicon(_data())
