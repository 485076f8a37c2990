"""How a sentence presents an event: asserted, reported, denied, speculative, planned, habitual,
historical.

Read off the dependency path from the trigger's clause up to the sentence root: a negation or a
"deny" above it, a modal ("could", "may"), a hedge ("likely", "poised to"), a future ("will",
"is expected to"), a frequency word that makes it a habit ("often praising", "regular
exercises"), a past war or year it is set in (also when the parser hung the time phrase on the
act's object: "captured the West Bank in the 1967 war"; or a war named by its year: "fought the
1967 war"), a speech verb or "according to" that attributes it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp import text_of
from ..records import Quote
from .events_actors import ActorMap, phrase_actors
from .events_lexicon import word_list

__all__ = ["Modality", "read_modality"]

SPECULATIVE_AUX = {"could", "may", "might", "can", "ca"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
NOBODY = {"none", "neither", "nobody", "nothing", "no"}  # subjects that say no one did it
NOT_ONLY = {"only", "just", "merely", "simply"}  # "rejected not only X but also Y": no negation
LESSER = {"less", "least"}  # "less willing to disarm": no intent told
CHAIN_DEPS = {"xcomp", "pcomp"}  # a verb's own continuation ("not trying to deliver")
HEDGES = word_list("hedges")
PLANS = word_list("plans")
DENIALS = word_list("denials")
ALLEGATIONS = word_list("allegations")
SPEECH = word_list("speech")
THREATS = word_list("threats")
RELUCTANCE = word_list("reluctance_words")
HISTORY_WORDS = word_list("history_words")
HABITUAL_WORDS = word_list("habitual_words")
AIM_VERBS = word_list("aim_verbs")
WAR_NOUNS = word_list("war_nouns")
SETTING_PREPS = {"despite", "after", "following", "amid", "amidst", "since", "before"}
CLAUSE_BOUNDARIES = {"advcl", "conj", "parataxis", "relcl"}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
TIMELINE_ENTRY = re.compile(r"(?:^|(?<=[.!?\"”]\s))\s*(1[89]\d\d|20\d\d)\s*:\s")
TIMELINE_LINE = re.compile(r"(?m)^[ \t]*(1[89]\d\d|20\d\d)\s*:\s")


@dataclass
class Modality:
    modality: str = "asserted"
    reported_by: str | None = None


def _path(token: Token) -> list[Token]:
    """``token`` and its ancestors, nearest first, up to a setting phrase ("despite US
    condemnation, Putin is expected to ...": the condemnation is not expected)."""
    path = [token]
    for ancestor in token.ancestors:
        path.append(ancestor)
        if ancestor.dep_ == "prep" and ancestor.lower_ in SETTING_PREPS:
            break
    return path


def _has_aux(token: Token, words: set[str]) -> bool:
    return any(child.dep_ in {"aux", "auxpass"} and child.lower_ in words for child in token.children)


def _negated(token: Token) -> bool:
    """``token`` is negated: "not", "never", "no talks", a subject that names no one ("No
    country has accepted ...", "none of them signed"), a lesser degree of an intent ("less
    willing to"); not "not only"."""
    for child in token.children:
        if child.dep_ == "neg" and not _not_only(child):
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and _nobody(child):
            return True
        if token.pos_ == "ADJ" and child.dep_ == "advmod" and child.lower_ in LESSER:
            return True
    return token.pos_ == "ADJ" and token.lemma_.lower() in RELUCTANCE  # "reluctant to provide jets"


def _not_only(neg: Token) -> bool:
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ in NOT_ONLY


def _nobody(subject: Token) -> bool:
    """A subject that says no one: "none", "nobody", "No country or United Nations body"."""
    if subject.lower_ in NOBODY - {"no"}:
        return True
    return any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in subject.children)


def _chain_negated(path: list[Token]) -> bool:
    """A verb continuing a negated one ("criticism for not working harder to deliver aid", "did
    not try to stop"), or done "without" ("claimed without offering evidence"): not done."""
    for child, token in itertools.pairwise(path):
        if child.dep_ in {"pcomp", "pobj"} and token.lower_ == "without":
            return True
        if child.dep_ == "conj" and token.dep_ in CHAIN_DEPS:
            continue  # "less willing to disarm and commit to ...": the conjunct shares the chain
        if child.dep_ not in CHAIN_DEPS and not _infinitive(child):
            return False
        if _negated(token):
            return True
    return False


def _infinitive(verb: Token) -> bool:
    """A "to" infinitive the parser hung as a purpose clause ("working harder to deliver aid")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _yet_to(path: list[Token]) -> bool:
    """ "Trump has yet to meet von der Leyen": not happened."""
    return len(path) > 1 and path[0].dep_ == "xcomp" and any(c.lower_ == "yet" for c in path[1].children)


def _denied(path: list[Token]) -> bool:
    if _negated(path[0]) or _yet_to(path) or _chain_negated(path):
        return True
    through_allegation = False
    for child, token in itertools.pairwise(path):
        if child.dep_ in CLAUSE_BOUNDARIES:
            break
        if token.lemma_.lower() in ALLEGATIONS:
            through_allegation = True
        lemma = token.lemma_.lower()
        if lemma in {"deny", "refute"} or (lemma in DENIALS and through_allegation):
            return True
    return False


def _speculative(path: list[Token]) -> bool:
    for token in path:
        if _has_aux(token, SPECULATIVE_AUX) or token.lemma_.lower() in HEDGES:
            return True
        if any(child.lower_ in HEDGES or child.lemma_.lower() in HEDGES for child in token.children):
            return True
        if any(child.dep_ == "mark" and child.lower_ == "whether" for child in token.children):
            return True
    return False


def _hypothetical(path: list[Token]) -> bool:
    """ "If Iran enters the war": a condition (the condition of a threat belongs to the threat)."""
    said = any(t.lemma_.lower() in SPEECH for t in path[1:])
    for i, token in enumerate(path):
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            return True
        if not said and _has_aux(token, {"would"}):
            return True  # "Canada would be hit hard" (not "said it would")
        if i and path[i - 1].dep_ in {"ccomp", "xcomp"} and token.lemma_.lower() in THREATS:
            return False
    return False


def _sought(path: list[Token]) -> bool:
    """An event noun that is what someone seeks, wants or hopes for ("the former president's
    attorneys are seeking a meeting with Attorney General Merrick Garland", "hoping for a
    ceasefire"): an aim, not an act done."""
    noun = path[0]
    if noun.pos_ not in {"NOUN", "PROPN"} or len(path) < 2:
        return False
    head = path[1]
    if noun.dep_ == "pobj" and head.lower_ == "for" and len(path) > 2:
        head = path[2]
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in AIM_VERBS


def _planned(path: list[Token]) -> bool:
    if any(t.lower_ == "of" and t.head.lower_ == "ahead" for t in path[1:3]):
        return True  # "ahead of an Oval Office meeting": still to come
    for token in path:
        if _has_aux(token, FUTURE_AUX) or token.lemma_.lower() in PLANS:
            return True
        if any(child.lemma_.lower() in PLANS and child.dep_ in {"amod", "advmod"} for child in token.children):
            return True
    return False


def _historical(clause: Token, anchor_year: int | None) -> bool:
    """Set in a past war, or dated to a year well before the article: by a time phrase of its
    own, or by the entry of a timeline it stands in ("1967: The Six-Day War grows out of ...
    Egypt orders the U.N. force to leave")."""
    entry = _timeline_year(clause)
    if entry is not None and anchor_year and entry < anchor_year - 1:
        return True
    objects = _objects(clause)
    settings = {clause, *objects}
    for token in clause.subtree:
        if token.lower_ in HISTORY_WORDS and token.head == clause:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in {"during", "in"} and token.head.head in settings:
            phrase = " ".join(t.text for t in token.subtree if not _after_since(t, token))
            years = [int(y) for y in YEAR.findall(phrase)]
            if re.search(r"\bWar\b", phrase) and token.head.lower_ == "during":
                return True
            if years and anchor_year and max(years) < anchor_year - 1:
                return True
    return any(_dated_war(obj, anchor_year) for obj in objects)


def _objects(clause: Token) -> list[Token]:
    """The clause's objects and their conjuncts: a time phrase the parser hung on one of them
    ("captured the Gaza Strip, east Jerusalem and the West Bank in the 1967 Mideast war") dates
    the act, the way it would hung on the verb."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return objects + [conj for obj in objects for conj in obj.conjuncts]


def _dated_war(noun: Token, anchor_year: int | None) -> bool:
    """A war the act is done in, named by its year ("fought the 1967 war", "the 2006 Lebanon
    war") well before the article."""
    if noun.lemma_.lower() not in WAR_NOUNS or not anchor_year:
        return False
    years = [int(y) for c in noun.children if c.dep_ in {"nummod", "compound", "amod"} for y in YEAR.findall(c.text)]
    return bool(years) and max(years) < anchor_year - 1


def _timeline_year(clause: Token) -> int | None:
    """The year of the timeline entry the clause stands in: the last "1967:" opening a sentence
    of its paragraph before it, the way a chronology heads each entry, or else the last entry
    opening a line of an earlier paragraph (an entry of several paragraphs: "2021: Fighting erupts
    again ...\n\nHamas and other militants fire rockets into Israel from Gaza on May 10"). A
    chronology runs forward, so after its end the last entry is a recent year and dates nothing
    to history."""
    text = text_of(clause.doc)  # spaCy rebuilds doc.text on every access; this runs per trigger
    paragraph = text.rfind("\n", 0, clause.sent.start_char) + 1
    entries = TIMELINE_ENTRY.findall(text[paragraph : clause.idx])
    if entries:
        return int(entries[-1])
    earlier = TIMELINE_LINE.findall(text[:paragraph])
    return int(earlier[-1]) if earlier else None


def _after_since(token: Token, top: Token) -> bool:
    """True when ``token`` sits in a "since ..." phrase below ``top`` (a start, not a setting)."""
    for ancestor in token.ancestors:
        if ancestor == top:
            return False
        if ancestor.lower_ in {"since", "after"}:
            return True
    return False


def _habitual(clause: Token, trigger: Token) -> bool:
    """A habit, no one act: a frequency adverb on the verb ("often praising the Russian autocrat",
    "regularly holds drills") or a frequency adjective on the event noun or the light verb's
    object ("conducts routine patrols")."""
    nouns = [t for t in {clause, trigger} if t.pos_ in {"NOUN", "PROPN"}]
    nouns += [c for c in clause.children if c.dep_ == "dobj"]
    verbs = [t for t in {clause, trigger} if t.pos_ in {"VERB", "AUX", "ADJ"}]
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_WORDS for v in verbs for c in v.children) or any(
        c.dep_ == "amod" and c.lower_ in HABITUAL_WORDS for n in nouns for c in n.children
    )


def _unsaid(path: list[Token]) -> bool:
    """Told under a negated saying ("Trump did not say how many troops he plans to deploy",
    "the army did not confirm the strike"): not confirmed."""
    return any(t.lemma_.lower() in SPEECH and _negated(t) for t in path[1:])


def _asked(token: Token) -> bool:
    """The line of the sentence that holds ``token`` asks ("Will the Trump-brokered deal end the
    war?"): a heading the parser ran into the next sentence is cut at its line break."""
    text = text_of(token.doc)
    sent = token.sent
    start = text.rfind("\n", sent.start_char, token.idx) + 1 or sent.start_char
    end = text.find("\n", token.idx, sent.end_char)
    line = text[max(start, sent.start_char) : sent.end_char if end < 0 else end]
    return line.rstrip(" \"”’'").endswith("?")


def _reporter(path: list[Token], amap: ActorMap, sent: Span) -> str | None:
    for token in path[1:]:
        if token.lemma_.lower() in SPEECH:
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return _name(subject, amap)
    for child in path[0].children:
        if child.dep_ in {"parataxis", "advcl"} and child.lemma_.lower() in SPEECH:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            return _name(subject, amap)
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            pobj = next((c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"), None)
            return _name(pobj, amap)
    return None


def _name(head: Token | None, amap: ActorMap) -> str | None:
    if head is None:
        return None
    actors = phrase_actors(head, amap, deep=False)
    if actors:
        return actors[0]
    text = " ".join(t.text for t in head.subtree if t.dep_ not in {"relcl", "punct"})
    return text[:80] or None


def _quoted_by(start: int, quotes: list[Quote]) -> str | None:
    for quote in quotes:
        if quote.start <= start < quote.end:
            return quote.speaker or quote.speaker_text or "unnamed source"
    return None


def read_modality(
    clause: Token, trigger: Token, *, amap: ActorMap, quotes: list[Quote], anchor_year: int | None
) -> Modality:
    """Modality of the event whose clause head is ``clause`` and trigger ``trigger``."""
    path = _path(trigger) if trigger != clause else _path(clause)
    reporter = _reporter(_path(clause), amap, clause.sent) or _quoted_by(trigger.idx, quotes)
    if _denied(path):
        return Modality("denied", reporter)
    if _hypothetical(path):
        return Modality("hypothetical", reporter)
    if _speculative(path) or _asked(trigger) or _unsaid(path) or _sought(path):
        return Modality("speculative", reporter)  # "Will the deal end the war?": asked, not told
    if _habitual(clause, trigger):
        return Modality("habitual", reporter)
    if _historical(clause, anchor_year):
        return Modality("historical", reporter)
    if _planned(path):
        return Modality("planned", reporter)
    if reporter:
        return Modality("reported", reporter)
    return Modality()
