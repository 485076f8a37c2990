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
- **Harm to people.** A value that counts the killed, wounded, held or displaced
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
from spacy.tokens import Doc, Token

from ..actors import load_registry
from ..records import Article, Mention
from .events_actors import agent_sector, group_names
from .events_scope import POLITICAL_SECTORS

__all__ = ["article_section", "counts_harm", "named_as_place", "political_mention", "political_spans"]

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


# Prepositions of where something happens ("across the central U.S.", "damage in Jamaica"); not
# "to", "from", "into" or "over", whose object is often a party ("aid to Israel", "rockets into
# Israel", "a dispute over Taiwan").
PLACES = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE = frozenset("in across near at throughout around outside inside within along".split())


def named_as_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``doc.text[start:end]`` is a state or city named as a place: a GPE,
    LOC or FAC entity that is the object of a locative preposition ("a storm across the central
    U.S.", "damage in Jamaica") or part of a place's name ("Dallas-Fort Worth International
    Airport"). Such a name says where, not who: a storm or a sale happens somewhere, politics or
    not."""
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None or root.ent_type_ not in PLACES:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        return True
    return root.dep_ in {"compound", "nmod"} and root.head.ent_type_ in PLACES


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


def counts_harm(anchor: Token) -> bool:
    """Whether the value attached at ``anchor`` counts harm to people: it counts the harmed
    ("300 deaths", "1,440 Palestinians ... killed", "people who died"), or the verb of its clause
    or a word between is one of harm ("has killed more than 11,000", "left dozens of people
    dead", "were taken hostage"). A harm word elsewhere in the sentence is not enough ("opened his
    21-day practice window while he dealt with a turf toe injury")."""
    lemmas = _harm_lemmas()

    def harm(token: Token) -> bool:
        return token.lemma_.lower() in lemmas or token.lower_ in lemmas

    chain = [anchor]
    for token in anchor.ancestors:
        chain.append(token)
        if token.pos_ in {"VERB", "AUX"}:
            break
    verb = chain[-1]
    close = [c for c in anchor.children if c.dep_ in {"acl", "relcl", "amod"}]
    close += [c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp", "attr"} and c.i > anchor.i]
    return any(harm(t) for t in chain) or any(harm(t) for c in close for t in [c, *c.children] if t.dep_ != "punct")
