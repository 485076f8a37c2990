"""Scope: what a publisher files outside politics, and which sentences still name politics.

Parallax reports politics. A sports result, a shopping tip or a film review holds figures
that are checkable but are no political claim. The publisher's own section says what an
article is about ("/story/sports/golf/...", "/money/shopping/"), from its URL path or a
``section`` / ``category`` field of its input; ``parallax/data/scope-sections.yaml`` lists
the section words that are not politics. In such an article a sentence still counts when it
names a political actor: a state named as a place or a government, an intergovernmental
organisation, an office holder, a role ("the senator"), or an actor of a political sector
(government, military, police, judiciary, legislature, party, opposition, rebels). A
nationality word ("Japanese outfielder") names no actor of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..actors import load_registry
from ..records import Article, Mention

__all__ = ["article_section", "political_mention"]

POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "UAF", "PTY", "IGO"})
_NUMBERED = re.compile(r"-\d+$")  # "business-12345": a section with the story's number
_FIELDS = ("section", "category", "categories")


@lru_cache(maxsize=1)
def _section_words() -> dict[str, str]:
    """Section word -> the beat it belongs to (sport, business, entertainment, life)."""
    text = resources.files("parallax").joinpath("data/scope-sections.yaml").read_text(encoding="utf8")
    return {word: beat for beat, words in yaml.safe_load(text).items() for word in words}


def article_section(article: Article) -> str | None:
    """The non-political beat the publisher files ``article`` under, or None (politics, news, unknown).

    Only the URL path counts, not the host ("sports.yahoo.com" names a site, not a section of
    this article), and a field of the input the publisher filled.
    """
    words = _section_words()
    labels = [article.extra.get(name) for name in _FIELDS]
    for label in labels:
        for item in label if isinstance(label, list) else [label]:
            if isinstance(item, str) and (beat := words.get(item.strip().lower())):
                return beat
    for segment in _segments(article.url or ""):
        if beat := words.get(_NUMBERED.sub("", segment)):
            return beat
    return None


def _segments(url: str) -> list[str]:
    """The folders of ``url``'s path, lower case: not its host, query or file name. A whole
    segment is a section name; a slug ("trump-travel-ban") or a number never matches one."""
    rest = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    parts = rest.lower().split("/")[1:]
    if parts and "." in parts[-1]:
        parts = parts[:-1]  # "article-5215769/American-sorry-....html"
    return [part for part in parts if part]


def political_mention(mention: Mention) -> bool:
    """Whether ``mention`` names a political actor (see the module docstring)."""
    if mention.label == "NORP":  # "Japanese", "American": a nationality, said of anyone
        return False
    if mention.role or (mention.sector or "") in POLITICAL_SECTORS:
        return True
    if mention.actor is None:
        return False
    actor = load_registry().get(mention.actor)
    if actor is None:
        return False
    if actor.kind in {"state", "igo"}:
        return True
    return bool(actor.offices) or (actor.sector or "") in POLITICAL_SECTORS
