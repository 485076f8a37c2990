"""The tense of the clause a span sits in, read from the dependency parse.

Used to resolve "on Friday" forward only when its clause speaks of the future ("will meet on
Friday", "is scheduled to blast off Tuesday"), and to leave a title in an undated past clause
unjudged ("the law President Clinton signed"). ``tense_of`` says "past", "perfect" ("has
pursued"), "present", "future", "conditional" ("could come", "would extend"), "planned" (a plan
told in the past: "was scheduled for Friday", which may be before or after the telling), or None
(no verb found).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["governing_verb", "tense_of"]

FUTURE_AUXILIARIES = {"will", "shall", "'ll", "’ll", "wo"}  # "wo" of "won't"
PERFECT_AUXILIARIES = {"has", "have", "'ve", "’ve"}  # "has announced": a past act seen from now
PRESENT_AUXILIARIES = {"'s", "’s", "is", "are", "am", "'re", "’re", "'m", "’m", "do", "does"}
MODALS = {"would", "could", "might", "should", "may", "can", "must"}  # "could come on Wednesday"
# verbs that put what follows in the future when they are in the present: "is scheduled to
# launch Tuesday", "are expected to vote on Friday", "is set for Monday", "is going to"
PLANNING = {"schedule", "expect", "plan", "set", "slate", "due", "go", "intend", "prepare"}


def governing_verb(token: Token) -> Token | None:
    """The verb of the clause a token is in; bare participles ("signed by", "calling for") are
    skipped for the verb of the clause they modify."""
    for _ in range(12):
        if _is_verb(token) and not _bare_participle(token):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _first_verb(token: Token) -> Token | None:
    for _ in range(12):
        if _is_verb(token):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _is_verb(token: Token) -> bool:
    """A verb, but not the "am" of a clock time ("at 11:36 am") that the tagger takes for one."""
    if token.lower_ in {"am", "pm"} and token.i > 0 and token.nbor(-1).text[-1:].isdigit():
        return False
    return token.pos_ in {"VERB", "AUX"}


def _bare_participle(verb: Token) -> bool:
    """A participle without auxiliary or subject ("the law signed by", "Hayashi, calling for");
    one with a subject is a finite verb the tagger took for a participle ("which opposed")."""
    if verb.tag_ not in {"VBN", "VBG"} or verb.dep_ == "ROOT":
        return False
    return not any(child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in verb.children)


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]


def _own_tense(verb: Token) -> str:
    for aux in _auxiliaries(verb):
        word = aux.lower_
        if word in FUTURE_AUXILIARIES:
            return "future"
        if word in PERFECT_AUXILIARIES and aux.tag_ in {"VBZ", "VBP"}:
            return "perfect"
        if word in PRESENT_AUXILIARIES:
            return "present"
        if word in MODALS:
            has_perfect = any(a.lower_ == "have" for a in _auxiliaries(verb))
            return "past" if has_perfect else "conditional"  # "could have come": past
        if aux.tag_ == "VBD":
            return "past"
    if verb.lower_ == "used" and any(c.lower_ == "to" for c in verb.children):
        return "past"
    if verb.tag_ in {"VBD", "VBN"}:  # a participle with a subject: "which opposed"
        return "past"
    return "present"


def _plans(verb: Token) -> bool:
    """ "scheduled", "expected", "planned", "set", "is going to"."""
    return verb.lemma_ == "go" and verb.tag_ == "VBG" if verb.lemma_ == "go" else verb.lemma_ in PLANNING


def tense_of(span: Span) -> str | None:
    """Tense of the clause of ``span``: "future" when it or a verb it completes says so ("will
    meet", "is expected to visit", "is scheduled for", "is going to"), else the tense of the
    outermost verb it completes ("was scheduled to take off": past)."""
    first = _first_verb(span.root)
    if first is not None and first.tag_ == "VBN" and _bare_participle(first):
        return "past"  # "First introduced in July, the bill would ...", "a law signed by"
    verb = governing_verb(span.root)
    if verb is None:
        return None
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)  # "to launch" <- "scheduled"; "to visit" <- "expected"
    tenses = [_own_tense(link) for link in chain]
    if "future" in tenses:
        return "future"
    planned = any(_plans(link) for link in chain)
    if planned and tenses[-1] in {"present", "perfect"}:
        return "future"  # "is scheduled to launch Tuesday", "has been expected to open Friday"
    if planned and tenses[-1] == "past":
        return "planned"  # "was planned for Friday", "had been scheduled to begin Thursday": either side
    return tenses[-1]
