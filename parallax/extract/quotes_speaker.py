"""Speakers of attributions: the noun phrase, its actor, and pronouns resolved to an antecedent."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

__all__ = [
    "Speaker",
    "can_hold",
    "first_person",
    "names_someone",
    "resolve_pronoun",
    "speaker_fields",
    "speaker_of",
]

PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me"}
GROUP_PRONOUNS = {"they", "them", "we", "us", "it"}
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | {"you", "one"}
# Outside quotation marks, "I" and "we" are the writer: no one the article reports.
FIRST_PERSON = {"i", "me", "we", "us", "my", "our"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# Dependents that describe rather than name the speaker ("X, who ...", "X, speaking in ...").
DROPPED_DEPS = {"relcl", "acl", "advcl", "punct", "cc"}
# How far back (in sentences) a pronoun looks for its antecedent.
PRONOUN_WINDOW = 4


@dataclass
class Speaker:
    """A speaker as written (``span``) and whom it stands for (``name``, ``actor``)."""

    span: Span
    name: str
    actor: str | None = None
    pronoun: bool = False

    @property
    def label(self) -> str:
        """What the record's ``speaker`` holds: the actor id when linked, else the name."""
        return self.actor or self.name


def speaker_fields(speaker: Speaker | None) -> dict[str, Any]:
    """The speaker fields of a ``Quote`` record (all None without a speaker)."""
    if speaker is None:
        return {"speaker": None, "speaker_text": None, "speaker_start": None, "speaker_end": None}
    return {
        "speaker": speaker.label,
        "speaker_text": speaker.span.text,
        "speaker_start": speaker.span.start_char,
        "speaker_end": speaker.span.end_char,
    }


def _actor_of(tokens: Span | list[Token]) -> str | None:
    if not Token.has_extension("actor"):
        return None
    for token in tokens:
        actor = token._.actor
        if actor:
            return str(actor)
    return None


def _phrase(head: Token) -> Span:
    """The speaker's noun phrase without relative clauses and trailing punctuation."""
    doc = head.doc
    keep = [head]
    for child in head.children:
        if child.dep_ not in DROPPED_DEPS:
            keep.extend(child.subtree)
    start = min(token.i for token in keep)
    end = max(token.i for token in keep) + 1
    for token in doc[head.i : end]:  # a speaker never runs across a paragraph break
        if "\n" in token.text_with_ws and token.i + 1 < end:
            end = token.i + 1
            break
    for token in reversed(doc[start : head.i]):
        if "\n" in token.text_with_ws:
            start = token.i + 1
            break
    while end - 1 > start and _edge(doc[end - 1]):
        end -= 1
    while start < end - 1 and _edge(doc[start]):
        start += 1
    return doc[start:end]


def _edge(token: Token) -> bool:
    """What a speaker's phrase never starts or ends with: punctuation, a bullet ("∎ President
    Joe Biden"), a line break, a conjunction."""
    return token.is_punct or token.is_space or token.dep_ == "cc" or not any(ch.isalnum() for ch in token.text)


def _name(span: Span, head: Token) -> Span | None:
    """The proper name the phrase gives its speaker: the name the head belongs to, or the
    name in apposition ("South Korea's defense minister, Shin Won-sik"). A name elsewhere in
    the phrase ("a pledge by Kim", "Russia's stance") is not the speaker."""
    names = [ent for ent in span.ents if ent.label_ in NAME_LABELS]
    for ent in names:
        if ent.start <= head.i < ent.end:
            return ent
    appositions = {t.i for child in head.children if child.dep_ == "appos" for t in child.subtree}
    persons = [ent for ent in names if ent.root.i in appositions and ent.label_ == "PERSON"]
    named = persons or [ent for ent in names if ent.root.i in appositions]
    return named[0] if named else None


@lru_cache(maxsize=1)
def _speaker_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """Nouns that can head a speaker, and agent suffixes (``parallax/data/quotes-speakers.yaml``)."""
    text = resources.files("parallax").joinpath("data/quotes-speakers.yaml").read_text(encoding="utf8")
    data: dict[str, Any] = yaml.safe_load(text)
    nouns = frozenset(str(word).lower() for word in [*data["mined"], *data["added"]])
    return nouns, tuple(str(suffix) for suffix in data["agent_suffixes"])


def _speaker_noun(token: Token) -> bool:
    """A common noun for people, a group, an organisation or a state ("officials", "the
    administration", "families", "strategist"), not a thing or an idea ("priority", "stance")."""
    nouns, suffixes = _speaker_nouns()
    return token.lemma_.lower() in nouns or token.lower_ in nouns or token.lower_.endswith(suffixes)


def first_person(head: Token) -> bool:
    """``head`` is "I" or "we": outside quotation marks, the writer."""
    return head.lower_ in FIRST_PERSON and head.pos_ == "PRON"  # not "the US"


def can_hold(head: Token) -> bool:
    """The phrase headed by ``head`` can believe, want or support something the article
    reports: a name, a pronoun other than the writer's "I"/"we" (the writer's own view is no
    report; "We understand that ..." is not the byline's name), a quantity of people ("some", "many",
    "a majority of voters") or a noun for people, a group, an organisation or a state.
    "Another Trump priority, which seeks to ..." holds nothing."""
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl":
        head = head.head.head
    if first_person(head):
        return False
    if head.lower_ in PRONOUNS or head.ent_type_ in NAME_LABELS or head.pos_ == "PROPN":
        return True
    if head.pos_ in {"DET", "NUM", "PRON"}:
        return True  # "some", "many", "others", "both"
    if any(child.dep_ == "appos" and child.ent_type_ in NAME_LABELS for child in head.children):
        return True  # "Trump's running mate, Indiana Gov. Mike Pence"
    return _speaker_noun(head)


def names_someone(head: Token) -> bool:
    """The phrase headed by ``head`` is a pronoun or a name (its own, one in apposition, or one
    naming its organisation: "the Kremlin spokesman"); "Russia's broader foreign policy stance"
    and "the united front presented by Russia" are not."""
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl":
        head = head.head.head  # "X, which seeks to ...": the phrase is X
    if head.lower_ in PRONOUNS or head.ent_type_ in NAME_LABELS:
        return True
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and after.ent_type_ in NAME_LABELS:
        return True  # "the state news agency KCNA", "spokesman John Kirby"
    if any(child.dep_ == "appos" and child.ent_type_ in NAME_LABELS for child in head.children):
        return True
    # "the Kremlin spokesman", "a Trump ally": a name that says whose; "Another Trump priority" names no one
    return _speaker_noun(head) and any(
        child.dep_ == "compound" and child.ent_type_ in NAME_LABELS for child in head.children
    )


def speaker_of(head: Token, *, previous: list[Speaker] | None = None) -> Speaker:
    """The speaker whose head token is ``head``; pronouns resolved against ``previous``
    speakers and the named entities before them."""
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl":
        head = head.head.head  # "X, who said ...": the speaker is X
    span = _phrase(head)
    if first_person(head):
        return Speaker(span, span.text, None, pronoun=True)  # the writer or the quoted speaker: no antecedent
    if head.lower_ in PRONOUNS and len(span) <= 2:
        antecedent = resolve_pronoun(head, previous or [])
        if antecedent is not None:
            return Speaker(span, antecedent.name, antecedent.actor, pronoun=True)
        return Speaker(span, span.text, None, pronoun=True)
    name = _name(span, head)
    # Only the name's own tokens link ("Michael McFaul, former U.S. ambassador" is not the US).
    actor = _actor_of([head]) or (_actor_of(name) if name is not None else None)
    return Speaker(span, name.text if name is not None else span.text, actor)


def _fits(pronoun: str, label: str) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return label == "PERSON"
    if pronoun == "it":
        return label in {"ORG", "GPE"}
    return label in {"ORG", "GPE", "NORP", "PERSON"}


def resolve_pronoun(pronoun: Token, previous: list[Speaker]) -> Speaker | None:
    """The nearest fitting antecedent before ``pronoun``: a recent speaker or a named entity,
    subjects preferred, no further back than a few sentences."""
    doc: Doc = pronoun.doc
    sent_starts = [sent.start for sent in doc.sents if sent.start <= pronoun.i]
    floor = sent_starts[-PRONOUN_WINDOW] if len(sent_starts) >= PRONOUN_WINDOW else 0
    lower = pronoun.lower_
    candidates: list[tuple[int, int, Speaker]] = []
    for ent in doc.ents:
        if floor <= ent.start and ent.end <= pronoun.i and _fits(lower, ent.label_):
            subject = 1 if ent.root.dep_ in {"nsubj", "nsubjpass"} else 0
            candidates.append((ent.end, subject, Speaker(ent, ent.text, _actor_of(ent))))
    for speaker in previous:
        span = speaker.span
        if floor <= span.start and span.end <= pronoun.i and not speaker.pronoun:
            if lower in PERSON_PRONOUNS and not _looks_personal(speaker):
                continue
            candidates.append((span.end, 2, speaker))
    if not candidates:
        return None
    # The latest subject wins over a later non-subject only within the same sentence.
    candidates.sort(key=lambda item: (_sentence_index(doc, item[0] - 1), item[1], item[0]))
    return candidates[-1][2]


def _looks_personal(speaker: Speaker) -> bool:
    return any(ent.label_ == "PERSON" for ent in speaker.span.ents)


def _sentence_index(doc: Doc, index: int) -> int:
    return doc[index].sent.start
