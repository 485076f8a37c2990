"""Attributions read from the parse: a cue verb (or "according to"), its speaker and its content.

    "X said (that) C"     cue verb with a clausal complement C (ccomp, xcomp)
    "C, X said"           cue verb hanging off the clause it reports (parataxis, ccomp)
    "X denied C"          object cues with a noun-phrase content
    "C, according to X"   surface cue; the content is the clause it modifies
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Token

__all__ = ["Attribution", "Lexicon", "find_attributions", "load_lexicon"]

SUBJECTS = {"nsubj", "expl"}
CLAUSE_DEPS = {"ccomp", "xcomp"}
# Verbs whose xcomp is a report ("urged X to ...", "vowed to ...") rather than an aspect ("began to").
XCOMP_VERBS = {"urge", "vow", "promise", "pledge", "threaten", "demand", "ask", "call", "warn", "agree", "propose"}


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    object_verbs: frozenset[str]
    according: tuple[str, ...]
    channels: tuple[tuple[str, str], ...]  # (phrase, channel), longest phrase first
    media_speakers: frozenset[str]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The cue lexicon shipped in ``parallax/data/quotes-cues.yaml``."""
    text = resources.files("parallax").joinpath("data/quotes-cues.yaml").read_text(encoding="utf8")
    data: dict[str, Any] = yaml.safe_load(text)
    channels = [(phrase.lower(), channel) for channel, phrases in data["channels"].items() for phrase in phrases]
    return Lexicon(
        verbs=frozenset(data["verbs"]),
        object_verbs=frozenset(data["object_verbs"]),
        according=tuple(data["according"]),
        channels=tuple(sorted(channels, key=lambda item: -len(item[0]))),
        media_speakers=frozenset(s.lower() for s in data["media_speakers"]),
    )


@dataclass
class Attribution:
    """Token-level attribution before it becomes a ``Quote``: content [start, end) in tokens."""

    cue: Token
    cue_text: str
    speaker: Token | None
    start: int
    end: int


def _subject(verb: Token) -> Token | None:
    """The speaker of a cue verb, climbing through conjoined and subordinate verbs that share it
    ("Putin said ..., adding that ...")."""
    current: Token | None = verb
    for _ in range(3):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "nsubjpass":
                return None
        if current.dep_ in {"conj", "advcl", "xcomp"} and current.head is not current:
            current = current.head
        else:
            return None
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Clause bounds without edge punctuation and a leading complementiser."""
    while start < end and (doc[start].is_punct and not _is_quote(doc[start]) or doc[start].dep_ in {"cc"}):
        start += 1
    if start < end and doc[start].dep_ == "mark" and doc[start].lower_ in {"that", "whether", "if"}:
        start += 1
    while end > start and doc[end - 1].is_punct and not _is_quote(doc[end - 1]):
        end -= 1
    return start, end


def _is_quote(token: Token) -> bool:
    return token.text in {'"', "\u201c", "\u201d", "''", "``", "\u201e"}


def _content_child(verb: Token, lexicon: Lexicon) -> Token | None:
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None and verb.lemma_ in XCOMP_VERBS:
        clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if clause is None and verb.lemma_ in lexicon.object_verbs:
        clause = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return clause


def _from_verb(verb: Token, lexicon: Lexicon) -> Attribution | None:
    doc = verb.doc
    speaker = _subject(verb)
    if speaker is None or speaker.dep_ == "expl":
        return None
    child = _content_child(verb, lexicon)
    if child is not None:
        start, end = _trim(doc, child.left_edge.i, child.right_edge.i + 1)
    elif verb.dep_ in {"parataxis", "ccomp"} and verb.head.i != verb.i and verb.i > verb.head.i:
        # "C, X said": the cue hangs off the clause it reports; the content is that clause up
        # to the cue's own phrase.
        head = verb.head
        start, end = _trim(doc, head.left_edge.i, verb.left_edge.i)
        if head.dep_ not in {"ROOT", "ccomp"}:
            return None
    else:
        return None
    if end - start < 2:
        return None
    return Attribution(verb, verb.text, speaker, start, end)


def _according(token: Token, lexicon: Lexicon) -> Attribution | None:
    """ "C, according to X": the speaker is X, the content the clause the phrase modifies."""
    doc = token.doc
    phrase = next((p for p in lexicon.according if doc.text.startswith(p, token.idx)), None)
    if phrase is None:
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in (to or token).children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = token.sent
    head = token.head if token.head.i != token.i else token
    scope = head if head.sent == sent else sent.root
    before = _trim(doc, scope.left_edge.i, token.left_edge.i)
    after = _trim(doc, pobj.right_edge.i + 1, scope.right_edge.i + 1)
    start, end = max([before, after], key=lambda span: span[1] - span[0])
    if end - start < 3:
        return None
    return Attribution(token, phrase, pobj, start, end)


def find_attributions(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """Attributions the parse shows, in text order."""
    found: list[Attribution] = []
    for token in doc:
        attribution: Attribution | None = None
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in lexicon.verbs | lexicon.object_verbs:
            attribution = _from_verb(token, lexicon)
        elif token.lower_ in {"according", "citing"}:
            attribution = _according(token, lexicon)
        if attribution is not None:
            found.append(attribution)
    return found
