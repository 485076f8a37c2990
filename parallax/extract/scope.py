"""Scope: which articles and sentences speak of politics.

Parallax reports politics. A sports result, a product launch or a film review holds figures
that are checkable but are no political claim. Two signals, both of the article itself:

- **Political actors named.** A political actor is a state named as a place or a government,
  an intergovernmental organisation, an office holder, a role ("the senator"), an actor of a
  political sector (government, military, police, judiciary, legislature, party, opposition,
  rebels), or a generic political agent of PETRARCH2's dictionary ("the Federal Aviation
  Administration", "riot police"), or a political or armed group of the event coder's
  dictionary (``events-actors.yaml`` ``groups``: "Republicans", "House Democrats", "Hamas"). A
  nationality word ("Japanese outfielder") names no actor of its own. An article that names
  none is not about politics.
- **Harm to people.** A sentence that counts the killed, wounded, held or displaced
  (``parallax/data/scope-casualties.yaml``) reports violence or a toll, which Parallax keeps
  wherever it stands.
- **The publisher's section** ("/story/sports/golf/...", "/money/cars/"), from its URL path or
  a ``section`` / ``category`` field of its input; ``parallax/data/scope-sections.yaml`` lists
  the section words that are not politics. In such an article only the sentences that name a
  political actor are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span

from ..actors import load_registry
from ..records import Article, Mention
from .events_actors import agent_sector, group_names
from .events_scope import POLITICAL_SECTORS

__all__ = ["article_section", "counts_harm", "political_mention", "political_spans"]

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


def political_spans(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[int, int]]:
    """Character spans of ``doc`` that name a political actor: linked mentions
    (``political_mention``), then nouns heading a generic political agent. Lazy: whether an
    article names any reads only as far as the first."""
    yield from ((m.start, m.end) for m in mentions if political_mention(m))
    groups = group_names()
    for token in doc:
        if token.pos_ in {"NOUN", "PROPN"} and (
            (agent_sector(token) or "") in POLITICAL_SECTORS or token.lemma_.lower() in groups or token.lower_ in groups
        ):
            yield token.idx, token.idx + len(token.text)


@lru_cache(maxsize=1)
def _harm_lemmas() -> frozenset[str]:
    text = resources.files("parallax").joinpath("data/scope-casualties.yaml").read_text(encoding="utf8")
    return frozenset(yaml.safe_load(text)["lemmas"])


def counts_harm(sentence: Span) -> bool:
    """Whether ``sentence`` speaks of harm to people: the killed, wounded, held or displaced."""
    lemmas = _harm_lemmas()
    return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in sentence)
