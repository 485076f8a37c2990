"""Checkable facts read from the text itself: founding years and "first visit since" statements.

These are the background facts news repeats in passing and content farms get wrong: when a
state was founded ("the founding of North Korea in 1945", "the establishment of the DPRK in
1948") and how long since a leader's last visit ("his first visit to Pyongyang since 2000",
"his first visit in 24 years", "his first since assuming office"). Each fact keeps its span;
subjects are resolved to actor ids through the registry so that "North Korea" and "the DPRK"
are one subject. Patterns live in ``parallax/data/crosscheck-facts.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from ..actors.registry import Registry, load_registry
from ..records import Article

PRONOUNS = {"it", "its", "he", "his", "she", "her", "they", "their", "this", "that", "we", "our", "which", "who"}

__all__ = ["Fact", "actor_name", "find_facts", "resolve_subject"]

NAME = r"(?:the\s+)?(?P<subject>[A-Z][\w’'.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'.-]*){0,5}(?:\s*\([A-Z]{2,6}\))?)"
PERSON_BEFORE = re.compile(r"([A-Z][\w’'-]+)(?:’s|'s)?\s*(?:,|\s)\s*(?:on\s+)?(?:his|her|their)?\s*$")


@dataclass
class Fact:
    """One statement of a fact: ``kind`` (founded, first-since) about ``subject``."""

    kind: str
    subject: str  # actor id when resolved, else the name as written
    value: str  # a year "1948", or "office" for "since assuming office"
    article: str
    start: int
    end: int
    text: str
    years_ago: int | None = None  # "in 24 years": resolved against the story's date later


@functools.cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    text = resources.files("parallax").joinpath("data/crosscheck-facts.yaml").read_text(encoding="utf8")
    data: dict[str, list[str]] = yaml.safe_load(text)
    return {kind: [re.compile(p.replace("{NAME}", NAME)) for p in patterns] for kind, patterns in data.items()}


@functools.cache
def _registry() -> Registry:
    return load_registry()


def actor_name(actor_id: str) -> str:
    """The registry name of an actor id ("PRK" -> "North Korea"), else the id itself."""
    try:
        actor = _registry().get(actor_id)
    except Exception:  # the registry is optional here
        actor = None
    return actor.name if actor else actor_id


def resolve_subject(name: str, text: str) -> str:
    """The actor id of ``name`` (a full name elsewhere in ``text`` resolves a surname), else the name."""
    name = re.sub(r"\s*\([A-Z]{2,6}\)$", "", name.strip())
    name = re.sub(r"^(?:[Tt]he)\s+", "", name)
    try:
        registry = _registry()
        found = registry.lookup(name)
        for words in (1, 2):
            full = re.search(rf"\b(?:[A-Z][\w.-]+\s+){{{words}}}{re.escape(name)}\b", text)
            found = found or (registry.lookup(full.group(0)) if full else [])
    except Exception:  # the registry is optional here: a raw name still groups facts
        found = []
    return found[0].id if found else name


def find_facts(article: Article) -> list[Fact]:
    """Every founding-year and first-since fact of the article's cleaned text."""
    facts = []
    for kind, patterns in _patterns().items():
        for pattern in patterns:
            for match in pattern.finditer(article.text):
                fact = _fact(kind, match, article)
                if fact is not None:
                    facts.append(fact)
    return _dedupe(facts)


def _fact(kind: str, match: re.Match[str], article: Article) -> Fact | None:
    groups: dict[str, Any] = match.groupdict()
    subject = groups.get("subject") or _person_before(article.text, match.start())
    if not subject or subject.split()[0].lower() in PRONOUNS:
        return None  # "It was founded in 1987": whose founding is not said here
    value = groups.get("year") or ("office" if groups.get("office") else None)
    years_ago = int(groups["years"]) if groups.get("years") else None
    if value is None and years_ago is None:
        return None
    return Fact(
        kind=kind,
        subject=resolve_subject(subject, article.text),
        value=value or "",
        article=article.id,
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        years_ago=years_ago,
    )


def _person_before(text: str, start: int) -> str | None:
    """The name a "first visit" belongs to: "Putin’s first ...", "Putin, on his first ..."."""
    window = text[max(0, start - 60) : start]
    match = PERSON_BEFORE.search(window)
    return re.sub(r"[’']s$", "", match.group(1)) if match else None


def _dedupe(facts: list[Fact]) -> list[Fact]:
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.start, -(f.end - f.start))):
        if not any(k.start <= fact.start < k.end for k in kept):
            kept.append(fact)
    return kept
