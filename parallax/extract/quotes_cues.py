"""Attributions read from the parse: a cue verb (or "according to"), its speaker and its content.

"X said (that) C"     cue verb with a clausal complement C (ccomp, xcomp)
"C, X said"           cue verb hanging off the clause it reports (parataxis, ccomp)
"X denied C"          object cues with a noun-phrase content
"C, according to X"   surface cue; the content is the clause it modifies
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Token

from .quotes_marks import text_of

__all__ = [
    "Attribution",
    "Lexicon",
    "cut_tail",
    "find_attributions",
    "held",
    "load_lexicon",
    "negated",
    "subject_of",
    "trim_clause",
]

SUBJECTS = {"nsubj", "expl"}
CLAUSE_DEPS = {"ccomp", "xcomp"}
# Verbs whose xcomp is a report ("urged X to ...", "vowed to ...") rather than an aspect ("began to").
BELIEF_VERBS = {"think", "expect", "hope", "feel", "know"}
# Verbs whose "for" phrase is the content ("called for a review of U.N. sanctions").
FOR_VERBS = {"call", "push", "press", "argue", "advocate", "plead", "appeal", "lobby"}
# Shortest noun-phrase content worth reporting.
MIN_OBJECT_TOKENS = 2
# Words that open a tail after a comma that annotators leave out of the reported content.
TAIL_WORDS = {"citing", "adding", "saying", "noting", "according", "arguing", "explaining"}
# A dash outside quotation marks opens the writer's aside ("he was encouraged by the plan — a
# modest boost for ..."), not more of what was said.
ASIDE_DASHES = {"\u2014", "--", "\u2013"}
# Dependents after an object that belong to the reported content ("a Z", "for Z", "as Z").
OBJECT_TAIL_DEPS = {"dobj", "oprd", "prep", "ccomp", "xcomp", "dative", "attr", "acomp"}
# Prepositions after an object that complete what the verb says of it ("blamed X for Z",
# "accused X of Z", "likened X to Z", "denounced X as Z"); others ("during a campaign stop",
# "in a ruling released Thursday", "in July") place the saying, not what was said.
OBJECT_PREPS = {"as", "of", "for", "to", "with", "into", "against", "over", "about", "on", "because"}
# Named entities that can report something (a clause whose subject is one may go on with its own acts).
SPEAKER_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
# A cue mined from PolNeAR train/ is taken from the span model when annotators marked it this
# often, and as a cue at least this share of the times it occurs.
MIN_LEARNED_CUES = 5
MIN_LEARNED_RATE = 0.05
# Shortest content of a learned cue.
MIN_LEARNED_TOKENS = 3
# What a learned cue reports: its own clause or object, never the clause it hangs off ("Trump
# said he plans to ..." is no "C, X plans" whose content would be "Trump said").
LEARNED_RULES = {"ccomp", "xcomp", "object"}
# How far up the parse a learned cue looks for a cue whose content holds it.
MAX_HELD_HOPS = 6
XCOMP_VERBS = {"urge", "vow", "promise", "threaten", "demand", "ask", "call", "warn", "agree", "propose"}


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    object_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    according: tuple[str, ...]
    channels: tuple[tuple[str, str], ...]  # (phrase, channel), longest phrase first
    kinds: dict[str, str] = field(default_factory=dict, compare=False)  # lemma -> belief, intention, ... (not speech)
    # lemmas PolNeAR train/ annotators mark as cues often enough to be taken from the span model
    learned: frozenset[str] = frozenset()

    def kind_of(self, lemmas: list[str]) -> str:
        """What an attribution with these cue lemmas reports: "speech" unless a lemma of the cue
        is listed under another kind ("believes" -> belief, "wants" -> intention)."""
        for lemma in lemmas:
            if lemma in self.kinds:
                return self.kinds[lemma]
        return "speech"

    def is_cue(self, lemma: str) -> bool:
        """``lemma`` is a cue verb of any kind (clause, object, evidence or belief)."""
        return lemma in self.verbs or lemma in self.object_verbs or lemma in self.clause_verbs


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The cue lexicon shipped in ``parallax/data/quotes-cues.yaml``."""
    text = resources.files("parallax").joinpath("data/quotes-cues.yaml").read_text(encoding="utf8")
    data: dict[str, Any] = yaml.safe_load(text)
    channels = [(phrase.lower(), channel) for channel, phrases in data["channels"].items() for phrase in phrases]
    kinds = {lemma: kind for kind, lemmas in data["kinds"].items() for lemma in lemmas}
    return Lexicon(
        verbs=frozenset(data["verbs"]),
        object_verbs=frozenset(data["object_verbs"]),
        clause_verbs=frozenset(data["clause_verbs"]),
        according=tuple(data["according"]),
        channels=tuple(sorted(channels, key=lambda item: -len(item[0]))),
        kinds=kinds,
        learned=_learned_cues(frozenset(kinds)),
    )


def _learned_cues(kinds: frozenset[str]) -> frozenset[str]:
    """Lemmas mined from PolNeAR train/ (``quotes-cues-mined.tsv``) that head a cue at least
    ``MIN_LEARNED_CUES`` times and at least ``MIN_LEARNED_RATE`` of the times they occur, and
    whose kind is listed in the lexicon's ``kinds``."""
    text = resources.files("parallax").joinpath("data/quotes-cues-mined.tsv").read_text(encoding="utf8")
    learned = set()
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3 or not fields[1].isdigit():
            continue
        cues, tokens = int(fields[1]), int(fields[2])
        if fields[0] in kinds and cues >= MIN_LEARNED_CUES and cues >= MIN_LEARNED_RATE * tokens:
            learned.add(fields[0])
    return frozenset(learned)


@dataclass
class Attribution:
    """Token-level attribution before it becomes a ``Quote``: content [start, end) in tokens."""

    cue: Token
    cue_text: str
    speaker: Token | None
    start: int
    end: int
    kind: str = "verb"  # which rule found it: ccomp, xcomp, object, parataxis, trailing, clause, according


def _subject(verb: Token) -> Token | None:
    """The speaker of a cue verb, climbing through conjoined and subordinate verbs that share it
    ("Putin said ..., adding that ...")."""
    current: Token | None = verb
    if _reports_twice(verb):
        current = verb.head.head  # "X said the talks were useful and added ...": X added
    for _ in range(3):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "nsubjpass":
                return None
        if current.dep_ in {"conj", "advcl", "xcomp"} and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None


def _reports_twice(verb: Token) -> bool:
    """ "X said the talks were useful and added that ...": a cue verb conjoined, without a
    subject of its own, to a verb that is no cue inside the clause a cue before it reports. The
    parse ties it to the reported clause; it is X's second report when that clause's subject
    cannot be the one reporting (no name, "the talks"; a pronoun most often stands for X, "said he
    would order a review and warned ..."). "She said Walters had knocked on doors and told a
    neighbour ..." is Walters telling, part of what she said."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.dep_ != "ccomp" or negated(verb):
        return False
    lexicon = load_lexicon()
    if not _reports_something(verb, lexicon) or lexicon.is_cue(head.lemma_.lower()):
        return False
    outer = head.head
    if outer.lemma_.lower() not in lexicon.verbs or outer.i > head.i:
        return False  # "C and said D, Reuters reported": all of it is what Reuters reported
    if any(child.dep_ in {"nsubj", "nsubjpass", "expl"} for child in verb.children):
        return False
    inner = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return inner is None or inner.pos_ == "PRON" or not (inner.pos_ == "PROPN" or inner.ent_type_ in SPEAKER_ENTITIES)


def subject_of(verb: Token) -> Token | None:
    """The speaker a cue verb has in the parse (through conjoined and subordinate verbs)."""
    return _subject(verb)


def trim_clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Clause bounds without edge punctuation and a leading complementiser."""
    while start < end and (
        (doc[start].is_punct and not _is_quote(doc[start])) or doc[start].is_space or doc[start].dep_ in {"cc"}
    ):
        start += 1
    if start < end and doc[start].dep_ == "mark" and doc[start].lower_ in {"that", "whether", "if"}:
        start += 1
    while end > start and ((doc[end - 1].is_punct and not _is_quote(doc[end - 1])) or doc[end - 1].is_space):
        end -= 1
    return start, end


def _aside(doc: Doc, token: Token, end: int) -> bool:
    """A lone dash before a noun phrase ("... by the plan — a modest boost for ...");
    paired dashes enclose a parenthesis that stays in the content."""
    if token.text not in ASIDE_DASHES or token.i + 1 >= end or doc[token.i + 1].pos_ != "DET":
        return False
    return not any(other.text in ASIDE_DASHES for other in doc[token.i + 1 : end])


def _comment(token: Token, end: int) -> bool:
    """ ", which forced her to ..." closing the content: a non-restrictive relative clause on its
    last noun is the writer's gloss (one inside the content is part of what was said)."""
    return token.lower_ in {"which", "who"} and token.head.dep_ == "relcl" and token.head.right_edge.i >= end - 2


def _reports_something(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of saying with a clause ("added that ...", "urged him to ...") or a verb that
    reports its object ("condemned the attacks"); "knows some of the hostages" reports nothing."""
    lemma = verb.lemma_.lower()
    deps = {child.dep_ for child in verb.children}
    return (lemma in lexicon.verbs and bool(deps & CLAUSE_DEPS)) or (lemma in lexicon.object_verbs and "dobj" in deps)


def _second_report(token: Token) -> int | None:
    """The index of the "and"/"but" before a cue verb that starts a second report of the same
    speaker ("said he would order a review and warned against hackers"); None for any other token."""
    if not _reports_twice(token):
        return None
    before = token.doc[token.i - 1]
    while before.dep_ in {"advmod", "aux", "neg"} and before.i > 0:
        before = before.doc[before.i - 1]  # "and also said", "but has warned"
    return before.i if before.dep_ == "cc" and before.lower_ in {"and", "but"} else None


def cut_tail(doc: Doc, start: int, end: int) -> int:
    """Content stops at a semicolon, an aside dash, a comment clause (", citing ...", ", adding
    ..."), a non-restrictive relative clause (", which ...") and a conjoined cue verb ("... and
    warned ...") outside quotation marks."""
    quoted = False
    for token in doc[start:end]:
        if _is_quote(token):
            quoted = not quoted
        if quoted or token.i <= start + 2:
            continue
        if token.text == ";" or _aside(doc, token, end):
            return token.i
        conjunction = _second_report(token)
        if conjunction is not None and conjunction > start:
            while conjunction > start + 1 and doc[conjunction - 1].is_punct and not _is_quote(doc[conjunction - 1]):
                conjunction -= 1
            return conjunction
        after = doc[token.i + 1] if token.i + 1 < end else None
        if token.text == "," and after is not None and (after.lower_ in TAIL_WORDS or _comment(after, end)):
            return token.i
    return end


def _is_quote(token: Token) -> bool:
    return token.text in {'"', "\u201c", "\u201d", "''", "``", "\u201e"}


def _content_child(verb: Token, lexicon: Lexicon) -> Token | None:
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None and verb.lemma_ in XCOMP_VERBS:
        clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return clause


def _object_content(verb: Token) -> tuple[int, int] | None:
    """ "X called Y a Z", "X blamed Y for Z": the object and what follows it in the clause."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    right = [
        c
        for c in verb.rights
        if c.i >= obj.i and c.dep_ in OBJECT_TAIL_DEPS and (c.dep_ != "prep" or c.lower_ in OBJECT_PREPS)
    ]
    if verb.lemma_ == "call" and not any(c.dep_ in {"oprd", "xcomp"} or c.lower_ == "for" for c in right):
        return None  # "called an emergency meeting" is an act, "called it a fraud" a statement
    end = max([obj.right_edge.i, *(c.right_edge.i for c in right)]) + 1
    start, end = trim_clause(verb.doc, obj.left_edge.i, end)
    # A one-word object ("denied it", "praised him") names what was said about, not what was said.
    return (start, end) if end - start >= MIN_OBJECT_TOKENS else None


def _for_content(verb: Token) -> tuple[int, int] | None:
    """ "X called for C", "X pushed for C": what is called for."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
    if pobj is None:
        return None
    return trim_clause(verb.doc, pobj.left_edge.i, pobj.right_edge.i + 1)


def _after_introduction(clause: Token, start: int, end: int) -> tuple[int, int]:
    """'Yang shot back: "C," he argued': a clause before the cue whose own subject and verb
    end in a colon introduces what is said; the content starts after the colon."""
    doc = clause.doc
    colon = next((t.i for t in doc[clause.i + 1 : end] if t.text == ":"), None)
    if colon is None or not any(c.dep_ in SUBJECTS and c.i < clause.i for c in clause.children):
        return start, end
    return trim_clause(doc, colon + 1, end)


def _ends_sentence(verb: Token) -> bool:
    """The cue phrase closes its sentence (", X said." or ", X said on Tuesday.")."""
    rest = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(token.is_punct or token.is_space for token in rest)


def _can_speak(speaker: Token, verb: Token) -> bool:
    """Not an expletive ("it was said"), and in the cue's paragraph (a timestamp line above a
    story is not its speaker)."""
    if speaker.dep_ == "expl":
        return False
    low, high = sorted((speaker.i, verb.i))
    return not any("\n" in token.text_with_ws for token in speaker.doc[low:high])


def _addressee(verb: Token, clause: Token) -> Token:
    """Where the content starts: "urged him to resign", "asked the crowd to welcome the governor"
    report what the object is to do, so the object opens the content; else the clause itself."""
    if clause.dep_ != "xcomp":
        return clause
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    return obj if obj is not None else clause


def _from_verb(verb: Token, lexicon: Lexicon) -> Attribution | None:
    doc = verb.doc
    speaker = _subject(verb)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    child = _content_child(verb, lexicon)
    if not own_subject and child is None and verb.dep_ in {"conj", "ROOT"} and verb.lemma_ in lexicon.verbs:
        return _trailing(verb)
    if speaker is None or not _can_speak(speaker, verb):
        return None
    objects = _object_content(verb) if child is None and verb.lemma_ in lexicon.object_verbs else None
    if child is None and objects is None and verb.lemma_ in FOR_VERBS:
        objects = _for_content(verb)
    if child is not None:
        start, end = trim_clause(doc, _addressee(verb, child).left_edge.i, child.right_edge.i + 1)
        if child.i < verb.i:
            start, end = _after_introduction(child, start, end)
        kind = child.dep_
    elif objects is not None:
        start, end = objects
        kind = "object"
    elif (
        verb.dep_ in {"parataxis", "ccomp"}
        and verb.lemma_ in lexicon.verbs
        and verb.head.i != verb.i
        and verb.i > verb.head.i
    ):
        # "C, X said": the cue hangs off the clause it reports; the content is that clause up
        # to the cue's own phrase, or around it when the cue sits inside ("Too often, X said, C").
        head = verb.head
        start, end = trim_clause(doc, min(head.left_edge.i, verb.sent.start), verb.left_edge.i)
        if verb.right_edge.i < head.right_edge.i and end - start < 4:
            start, end = trim_clause(doc, head.left_edge.i, head.right_edge.i + 1)
        if head.dep_ not in {"ROOT", "ccomp"} or end - start < 4 or not _ends_sentence(verb):
            return None
        kind = "parataxis"
    else:
        return None
    end = cut_tail(doc, start, end)
    if end - start < 2 or "\n\n" in doc[start:end].text:
        return None
    return Attribution(verb, verb.text, speaker, start, end, kind)


# What a sentence-opening "in" phrase can name as the source of the sentence.
EVIDENCE_NOUNS = {"poll", "survey", "study", "report", "analysis", "estimate", "census", "audit"}
NOMINAL = {"PROPN", "NOUN", "ADJ", "DET", "PART", "ADP", "NUM"}


def _trailing(verb: Token) -> Attribution | None:
    """ "C, South Korea's defense minister, Shin Won-sik, told Bloomberg": a sentence-final
    cue whose speaker the parser folded into the content; the speaker is the name just before
    the cue and the nominal run of its apposition, the content everything before."""
    doc, sent = verb.doc, verb.sent
    last = verb.i - 1
    while last > sent.start and doc[last].is_punct:
        last -= 1
    head = doc[last]
    if head.pos_ not in {"PROPN", "NOUN"} or any(t.pos_ == "VERB" for t in doc[verb.i + 1 : sent.end]):
        return None
    first = head.i
    while first > sent.start and (doc[first - 1].pos_ in NOMINAL or doc[first - 1].text in {",", "-", "’s", "'s"}):
        if doc[first - 1].text == "," and doc[first - 2].pos_ not in NOMINAL - {"ADP"}:
            break
        first -= 1
    while first < head.i and doc[first].is_punct:
        first += 1
    if first == head.i and head.pos_ != "PROPN":
        return None
    start, end = trim_clause(doc, sent.start, first)
    if end - start < 4:
        return None
    return Attribution(verb, verb.text, head, start, end, "trailing")


def _from_clause_verb(verb: Token) -> Attribution | None:
    """ "Video shows that C", "the poll found that C": evidence and belief verbs count only
    with a that-clause and a subject that is not a pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if subject is None or subject.pos_ == "PRON" or clause is None:
        return None
    # Belief verbs need an explicit "that": "I think" parentheticals are not attributions.
    if verb.lemma_ in BELIEF_VERBS and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    start, end = trim_clause(verb.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if end - start < 3:
        return None
    return Attribution(verb, verb.text, subject, start, end, "clause")


def _conformity(pobj: Token) -> bool:
    """ "according to plan", "according to schedule": a bare singular noun says how something
    went, not who says so (a source has a name, an article or a plural: "according to officials")."""
    return pobj.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "amod", "compound", "prep"} for c in pobj.children)


def _according(token: Token, lexicon: Lexicon) -> Attribution | None:
    """ "C, according to X": the speaker is X, the content the clause the phrase modifies."""
    doc = token.doc
    phrase = next((p for p in lexicon.according if text_of(doc)[token.idx : token.idx + len(p)].lower() == p), None)
    if phrase is None:
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in (to or token).children if c.dep_ == "pobj"), None)
    if pobj is None or _conformity(pobj):
        return None
    sent = token.sent
    # The phrase reports its whole sentence, whichever side of it the phrase stands.
    before = trim_clause(doc, sent.start, token.i)
    after = trim_clause(doc, pobj.right_edge.i + 1, sent.end)
    start, end = max([before, after], key=lambda span: span[1] - span[0])
    if end - start < 3:
        return None
    return Attribution(token, phrase, pobj, start, end, "according")


def _in_source(token: Token, lexicon: Lexicon) -> Attribution | None:
    """ "In a CNN poll released Monday, Clinton led by 24 points": a sentence-opening "in"
    phrase naming a poll, survey or report attributes the rest of the sentence to it, unless a
    cue verb of its own reports the sentence ("In an interview, she said ...")."""
    doc, sent = token.doc, token.sent
    if token.i != sent.start or token.dep_ != "prep":
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    head = token.head
    lemma = head.lemma_.lower()
    if lemma in lexicon.verbs or lemma in lexicon.clause_verbs or head.pos_ not in {"VERB", "AUX"}:
        return None
    start, end = trim_clause(doc, token.right_edge.i + 1, sent.end)
    end = cut_tail(doc, start, end)
    if end - start < 3:
        return None
    return Attribution(token, token.text, pobj, start, end, "in-source")


def find_attributions(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """Attributions the parse shows, in text order."""
    found: list[Attribution] = []
    for token in doc:
        attribution: Attribution | None = None
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"} and (lemma in lexicon.verbs or lemma in lexicon.object_verbs):
            attribution = _from_verb(token, lexicon)
        elif token.pos_ == "VERB" and lemma in lexicon.clause_verbs:
            attribution = _from_clause_verb(token)
        elif token.pos_ == "VERB" and lemma in lexicon.learned and held(token, lexicon):
            attribution = _from_verb(token, _widened(lexicon))
            if attribution is not None and (
                attribution.kind not in LEARNED_RULES or attribution.end - attribution.start < MIN_LEARNED_TOKENS
            ):
                attribution = None  # "X said he plans to C" is no "C, X plans"; "decided to go": too little
        elif token.lower_ == "according":
            attribution = _according(token, lexicon)
        elif token.lower_ == "in":
            attribution = _in_source(token, lexicon)
        if attribution is not None and not _across_paragraphs(doc, attribution) and not negated(attribution.cue):
            found.append(attribution)
    return found


def held(cue: Token, lexicon: Lexicon) -> bool:
    """A learned cue (belief, intention, stance) the writer asserts of someone: not asked about
    ("whether he wants ...", "Do you support ...?"), not passive ("considered undemocratic"), not
    of a generic "you", and not inside what a cue reports ("Leavitt said Trump wanted
    ...", "he hopes Biden will support ..."): such nested reports stay in the outer quote."""
    if cue.sent.text.rstrip().endswith("?") or any(child.dep_ == "auxpass" for child in cue.children):
        return False  # "Do you support ...?", "elections considered undemocratic" (who considers?)
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        return False
    if any(child.dep_ == "nsubj" and child.lower_ == "you" for child in cue.children):
        return False  # "You may consider it a smartphone maker": anyone, no one in particular
    current = cue
    for _ in range(MAX_HELD_HOPS):
        if any(child.dep_ == "mark" and child.lower_ in {"whether", "if"} for child in current.children):
            return False
        if current.head.i == current.i:
            return True
        current = current.head
        lemma = current.lemma_.lower()
        if current.pos_ in {"VERB", "AUX"} and (lexicon.is_cue(lemma) or lemma in lexicon.learned):
            return False
    return True


@lru_cache(maxsize=2)
def _widened(lexicon: Lexicon) -> Lexicon:
    """The lexicon with the learned cues as verbs of a clause ("wants to C", "believes C"), and
    those of a stance as verbs of an object too ("supports the bill"; "declined the offer",
    "discussed plans" report nothing)."""
    stances = frozenset(lemma for lemma in lexicon.learned if lexicon.kinds.get(lemma) == "stance")
    return replace(lexicon, verbs=lexicon.verbs | lexicon.learned, object_verbs=lexicon.object_verbs | stances)


def negated(cue: Token) -> bool:
    """ "Kim did not elaborate on ...", "she never said ...": a negated cue reports that nothing
    was said, so it makes no quote."""
    return any(child.dep_ == "neg" for child in cue.children)


def _across_paragraphs(doc: Doc, attribution: Attribution) -> bool:
    """The parse tied a cue to content in another paragraph ('"A."<newline>"B," he added'):
    only a colon carries a cue over a paragraph break ('X continued:<newline>"..."')."""
    cue = attribution.cue.i
    if cue >= attribution.end:
        return "\n" in doc[attribution.end : cue].text
    if cue < attribution.start:
        between = doc[cue : attribution.start].text
        return "\n" in between and not between.rstrip().endswith(":")
    return False
