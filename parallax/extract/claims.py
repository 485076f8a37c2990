"""Extractor ``claims.rules.v1``: check-worthy statements with numbers, counts, shares and firsts.

One claim per value: a count or quantity ("at least 10,000 shipping containers"), a vague
quantity ("dozens of ballistic missiles"), a share ("more than a third of the world's
electronics": more than 33.3 percent), money with its currency ("around $8 billion": USD), a
range ("210 to 280 miles"), a length ("a 10-year agreement", "sentenced to 15 years") or a
record first ("the first world leader to confirm", "first visit in 24 years"). A year alone
is a date, not a value (it goes to ``time``). Each claim keeps its sentence (cut at the
paragraph) as text and span, the subject and predicate of the clause, the value read as a
hedged range, the sentence's time, and its claimant: the speaker of the quote it sits in,
else the source of "according to" or of a reporting verb on its line, else None (the article
itself). Modal and belief words mark it ``speculation`` or ``opinion``.

A percentage before its noun is that thing's rate ("an 84% tariff on U.S. goods": unit
"percent tariff on U.S. goods"), not a share of it. A number that leaves out its noun and verb in
a list ("61 stores in California, 36 in Florida") takes them from the counted value before it; a
number standing alone for a noun ("1,200 people were killed and 240 were taken hostage") takes
the unit of the sentence's first count. A share that stands alone as its clause's subject ("63% are
food insecure") names nothing by itself: it is of the whole a share before it in the sentence was of
("81.5% of the population in Gaza lives in poverty and 63% are ..."), or of the phrase its clause
fronts ("Among hospital executives, 75% began ..."), else its subject is empty. A pronoun subject is named only when sure, else left
empty (a wrong subject misleads more than a missing one): "he" or "she" is the named subject of
the clause that governs it ("Amina Ali told CNN that she ..."), or of the sentence before when no
other person stands between; "it" or "they" is its reporter ("The EU says it ..."), the subject of
the clause that governs it or opens its sentence, of its number and no person, or the one such
subject of the sentence before ("The court indicted Tamimi. It extended her remand ..."); "we",
"this" and the like stay empty.
The value is said of what it sizes when the parse shows one: the names beside a poll figure, all
of a coordination ("Cruz and Paul at 11%"); the noun a sum stands before ("a $43,000 Rolex
watch"); the noun a bare figure follows through "of" ("the majority of 218", "Beit Lahia, a city
of 90,000"), unless the subject has it ("Aliquippa has a population of 9,200") or it is where a
change started ("from a peak of 1.6 million"). What a record sets out is said of the things it
counts, and the record is their source ("Court documents list 533 stores": the stores, by the
documents); an "I" inside a direct quote is its named speaker. An infinitive after an object
that can act is that object's to do ("ordered Walmart to pay $88,000": Walmart), after a thing the subject's ("used his
van to run over 10 people").
A count that says when ("six laps later") or the base of a rate ("per 1,000 people") is no claim.
A subject drops an aside set off by commas ("Khairullah, an assistant principal at ...") but
keeps a name ("the treaty, New START"); a length of the object ("was given a 10-day sentence")
and a value in apposition to a predicate ("The birthrate was 6.77 ..., a fall from 7.52") are
said of the clause's subject.

Not claims (``claims_spans``): time adverbials ("two days later"), scores and tallies
("30-10", "134 to 63"), ranks and labels ("No. 1", "lap 48", "on day one"), ages, numbers in names ("5G",
"Apollo 17"), questions, and anything on a line of page furniture (``claims_layout``).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..nlp import entity_of
from ..records import Article, Claim, Extraction, Quote, from_dict
from ..store import Store
from .claims_layout import is_furniture, line_around
from .claims_spans import is_empty, value_spans
from .claims_values import Value, load_claims_lexicon, read_value
from .events_actors import agent_sector
from .quotes_cues import load_lexicon as load_quote_cues
from .quotes_marks import text_of
from .scope import article_section, counts_harm, named_as_place, political_mention, political_spans

__all__ = ["describe_value", "extract_claims", "find_claims", "stored_claims"]

# A clause without a subject of its own takes its controller's through these links ("announced
# plans to build three plants": the announcer builds).
CONTROLLED = {"advcl", "xcomp", "pcomp", "prep", "conj", "acl", "dobj"}
# What a noun phrase leaves out when it names a subject.
CLAUSES = frozenset({"relcl", "acl", "punct"})
APPOSED = CLAUSES | {"appos"}
LISTED = CLAUSES | {"conj", "cc", "appos"}  # a phrase without what is listed beside it
OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})  # a length of an object is said of the clause's subject
ELIDED = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})  # where a number stands as a noun
PERSON_PRONOUNS = frozenset({"he", "she"})
REPORTED_PRONOUNS = frozenset({"it", "they"})  # a reporter's ("X says it ..."), else the sentence before's subject
# Subjects that name nothing by themselves; one left unresolved is dropped (a wrong subject misleads).
PRONOUNS = PERSON_PRONOUNS | REPORTED_PRONOUNS | {"we", "i", "you", "this", "that", "these", "those", "one"}
PRONOUNS |= {"him", "her", "them", "us", "me"}  # an object that controls an infinitive ("urged them to ...")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
THING_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"})
FIGURE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
# An article where fewer sentences than this name a political actor is mostly about something else:
# its claims need one near them. Political articles of the news dev sets read 0.19 to 0.77, a rover,
# a car recall or a hurricane outlook 0.03 to 0.06 (a hand-read sample of 27, realtimeqa and basil).
POLITICAL_SHARE = 0.15
# quotes whose speaker claims what they hold (not what they want or back)
CLAIMING = frozenset({"speech", "belief", "evidence"})
DUMMY_IT_VERBS = frozenset({"be", "take", "seem", "appear", "remain"})  # "it is ...", "it will take ...": no referent


def extract_claims(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.claims``; runs after the quotes extractor, whose speakers become claimants.
    Claims are political (``scope``); the others are kept with ``scope`` "other", for
    cross-checking figures only. In an article about politics (at least ``POLITICAL_SHARE`` of
    its sentences name a political actor other than a state named as a place) every claim is; in
    one that mostly is not (a rover on Mars, a car recall, a storm), a claim is kept when its
    sentence or the one before names a political actor, or its value counts harm to people (the
    killed, wounded, held), or its claimant is a political actor; in an article its publisher
    files outside politics (``scope.article_section``: sport, business, science, ...) only its own
    sentence counts."""
    times = {(t.start, t.end): t.value for t in extraction.timexes if t.value}
    found = _find(doc, quotes=extraction.quotes, article_id=article.id, times=times)
    extraction.claims = [claim for _, claim in found]
    if not found:
        return
    named = sorted(political_spans(doc, extraction.mentions))
    political = [(start, end) for start, end in named if not named_as_place(doc, start, end)]
    sectioned = article_section(article) is not None
    if sectioned or _political_share(doc, political) < POLITICAL_SHARE:
        claimants = {m.actor for m in extraction.mentions if m.actor and political_mention(m)}
        reach = 0 if sectioned else 1
        for anchor, claim in found:
            if claim.claimant not in claimants and not _in_scope(doc, claim, anchor, political, reach):
                claim.scope = "other"


def _political_share(doc: Doc, political: list[tuple[int, int]]) -> float:
    """The share of ``doc``'s sentences that name a political actor (``political``: sorted spans)."""
    sentences = list(doc.sents)
    named = 0
    for sentence in sentences:
        at = bisect_left(political, (sentence.start_char, sentence.start_char))
        named += at < len(political) and political[at][0] < sentence.end_char
    return named / max(len(sentences), 1)


def _in_scope(doc: Doc, claim: Claim, anchor: Token, political: list[tuple[int, int]], reach: int) -> bool:
    """A claim near a political actor (``_names_politics``), or one whose value counts harm to
    people (``scope.counts_harm``: "killed 11,000 Palestinians", not "missed every game ... while
    dealing with a turf toe injury")."""
    if counts_harm(anchor):
        return True
    sentence = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if sentence is None:
        return _names_politics(claim.start, claim.end, political)
    start = claim.start
    if reach:
        first = sentence[0].sent.start
        for _ in range(reach):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        start = doc[first].idx
    return _names_politics(start, claim.end, political)


def _names_politics(start: int, end: int, political: list[tuple[int, int]]) -> bool:
    """Whether a political actor is named between ``start`` and ``end``: the claim's sentence, or
    it and the sentences before that ``_in_scope`` reaches ("Israel's military said ... . They
    were treating eight Israelis ...": the actor is one sentence back)."""
    at = bisect_left(political, (start, start))
    return at < len(political) and political[at][1] <= end


def find_claims(
    doc: Doc,
    *,
    quotes: list[Quote] | None = None,
    article_id: str = "",
    times: dict[tuple[int, int], str] | None = None,
) -> list[Claim]:
    """Claims of ``doc`` in text order; ``times`` maps date spans to normalised values."""
    return [claim for _, claim in _find(doc, quotes=quotes, article_id=article_id, times=times)]


def _find(
    doc: Doc,
    *,
    quotes: list[Quote] | None = None,
    article_id: str = "",
    times: dict[tuple[int, int], str] | None = None,
) -> list[tuple[Token, Claim]]:
    """Claims of ``doc`` in text order, each with the token its value attaches to the sentence by."""
    claims: list[tuple[Token, Claim]] = []
    furniture: dict[tuple[int, int], bool] = {}
    counted: dict[int, list[tuple[Span, Claim]]] = {}  # each sentence's counted values, in order
    wholes: dict[int, str] = {}  # each sentence's last named whole of a share
    for span, kind in value_spans(doc):
        value = read_value(span) if kind != "first" else None
        if kind != "first" and (value is None or is_empty(value)):
            continue
        line = _line(span)
        if line not in furniture:
            furniture[line] = is_furniture(doc, *line)
        if furniture[line]:
            continue
        counts = counted.setdefault(span.sent.start, [])
        gapped = None
        if value is not None and value.unit is None and counts:
            gapped = counts[-1] if _gapped(span, counts[-1][0]) else None
            if gapped is not None:
                value = replace(value, unit=gapped[1].unit)
            elif _elided(span):
                value = replace(
                    value, unit=counts[0][1].unit
                )  # the sentence's first count: "185 cases ..., up from 158"
        claim = _claim(doc, span, value, kind, quotes or [], article_id, times or {})
        if claim is None:
            continue
        if gapped is not None:  # the left-out verb's subject, unless it was the counted phrase itself
            earlier_span, earlier = gapped
            claim.subject = earlier.subject if earlier_span.text not in (earlier.subject or "") else earlier.unit
            claim.predicate = earlier.predicate
            claim.claimant = claim.claimant or earlier.claimant
        if value is not None and value.unit == "percent" and not value.rate:
            sentence, fronted = span.sent.start, _partitive(span)
            if _share_alone(span, claim):  # "81.5% of the population lives in poverty and 63% are ...": of it
                claim.subject = wholes.get(sentence) or fronted
            if value.whole is not None:
                wholes[sentence] = value.whole.text  # "70% of their back pay ..., the remaining 30%"
            elif claim.subject is not None and claim.subject == fronted:
                wholes[sentence] = claim.subject
        if value is not None and value.unit is not None and value.unit != "percent":
            counts.append((span, claim))
        claims.append((value.head if value is not None else span.root.head, claim))
    return _first_copies(claims)


SHARE_END = re.compile(r"\d ?(?:%|percent|per cent)\W*$", re.I)


def _share_alone(span: Span, claim: Claim) -> bool:
    """A share that is its clause's whole subject ("63% are food insecure"): the number alone
    names nothing; what it is a share of is left out."""
    subject = (claim.subject or "").strip()
    if not subject:
        return False
    if subject == span.text.strip():
        return True
    if " of " in f" {subject.lower()} ":
        return False  # "Formaldehyde solutions of less than 10%": a noun the share is said of
    return SHARE_END.search(subject) is not None  # "the remaining 30%", "Slightly more than half (52%"


def _partitive(span: Span) -> str | None:
    """What a share standing alone is part of, when its clause fronts it ("Among hospital chief
    financial officers, 75% began ...", "Of those polled, 40% ..."): the fronted phrase's object;
    else None (a wrong subject misleads more than a missing one)."""
    verb = _verb(span.root)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "among"} and child.i < span.start:
            whole = next((c for c in child.children if c.dep_ == "pobj"), None)
            if whole is not None:
                return _phrase(whole).text
    return None


def _elided(span: Span) -> bool:
    """ "1,200 people were killed and at least 240 were taken hostage", "45 hours one week and 35
    the next": a number standing alone for a noun phrase counts what the sentence counted before."""
    vague = load_claims_lexicon()["vague"]
    numbers = [t for t in span if t.like_num or t.lower_ in vague]  # "killed 11,000 Palestinians, wounded thousands"
    if not numbers or numbers[-1].dep_ not in ELIDED or numbers[-1].head.lower_ == "per":
        return False  # "per 100,000": the base of a rate
    return not any(c.pos_ in {"NOUN", "PROPN"} for c in numbers[-1].children)


def _gapped(span: Span, earlier: Span) -> bool:
    """ "61 stores in California, 36 in Florida", "24,000 customers had no power in Mississippi and
    39,000 in Alabama": a bare number after a comma or conjunction, followed by a preposition the
    earlier counted value's clause also used, leaves out that value's noun and verb."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is None or after is None or after.pos_ != "ADP":
        return False
    if before.text != "," and before.pos_ != "CCONJ" and before.lower_ != "while":
        return False
    return any(t.lower_ == after.lower_ for t in doc[earlier.end : span.start])


def _line(span: Span) -> tuple[int, int]:
    """Character span of the paragraph (line) ``span`` sits in."""
    return line_around(span.doc, span.start_char, span.end_char)


def _first_copies(claims: list[tuple[Token, Claim]]) -> list[tuple[Token, Claim]]:
    """A sentence the page repeats (a recap, a pull quote) gives its claims once, where first met."""
    first_start: dict[str, int] = {}
    for _, claim in claims:
        first_start.setdefault(claim.text, claim.start)
    return [(anchor, claim) for anchor, claim in claims if first_start[claim.text] == claim.start]


def _verb(token: Token) -> Token:
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _phrase(token: Token, *, skip: frozenset[str] = CLAUSES) -> Span:
    """``token``'s noun phrase without the clauses ``skip`` names; a conjunction whose conjunct
    the parser hung elsewhere and a relative adverb are no part of it ("where $250 million in
    damages and ...": "$250 million in damages")."""
    children = [c for c in token.children if c.dep_ not in skip and c.tag_ != "WRB"]
    if not any(c.dep_ == "conj" for c in children):
        children = [c for c in children if c.dep_ != "cc"]
    keep = [token, *[t for c in children for t in c.subtree]]
    keep = [t for t in keep if t.sent == token.sent]
    start, end = min(t.i for t in keep), max(t.i for t in keep) + 1
    for t in token.doc[start:end]:  # a phrase never runs across a paragraph break
        if "\n" in t.text_with_ws:
            if t.i < token.i:
                start = t.i + 1
            elif t.i + 1 < end:
                end = t.i + 1
                break
    return token.doc[start:end]


def _bare(phrase: Span) -> Span:
    """``phrase`` up to the first clause inside it ("tariffs on steel imports that take effect
    March 12": "tariffs on steel imports")."""
    inner = [t.i for t in phrase if t.i != phrase.root.i and t.dep_ in CLAUSES - {"punct"}]
    end = min([*[min(x.i for x in phrase.doc[i].subtree) for i in inner], phrase.end])
    return phrase.doc[phrase.start : end] if end > phrase.start else phrase


def _without_aside(noun: Token) -> Span:
    """The noun's phrase up to an apposition set off by a comma ("Khairullah, an assistant
    principal at ..."); a close apposition stays ("rivals Pakistan and India")."""
    phrase = _phrase(noun)
    doc = noun.doc
    asides = [
        c.left_edge.i - 1
        for c in noun.children
        if c.dep_ == "appos" and c.i > noun.i and not (c.pos_ == "PROPN" and noun.pos_ != "PROPN")
    ]  # "the treaty, New START": the name stays
    cut = [i for i in asides if i > phrase.start and doc[i].text == ","]
    return doc[phrase.start : min(cut)] if cut else phrase


def _holder(anchor: Token) -> str | None:
    """Who holds a value given beside a name: "Rubio with 18 percent", "Huckabee at 17 percent",
    "Romney (17 percent)", all the names of a coordination ("Cruz and Paul at 11 percent")."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ in {"with", "at"}:
        noun = anchor.head.head
        if noun.pos_ != "PROPN" and anchor.ent_type_ == "PERCENT":
            return _names_before(anchor.head)  # "showed Bush with 13%": the parser hung "with" on the verb
    elif anchor.dep_ == "appos":
        noun = anchor.head
    else:
        return None
    if noun.pos_ != "PROPN":
        return None
    names = [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < anchor.i)]
    if noun.dep_ == "conj" and noun.head.pos_ == "PROPN" and not _holds_own(noun.head):
        names.insert(0, noun.head)  # "Cruz and Paul at 11 percent": "at" on Paul, the share on both
    first, last = _name_span(names[0]), _name_span(names[-1])
    return noun.doc[first.start : last.end].text


def _name_span(noun: Token) -> Span:
    """The span of ``_name``: the noun with its name parts and modifiers."""
    parts = [c for c in noun.children if c.dep_ in {"compound", "amod", "det", "poss"}]
    keep = [noun, *[t for c in parts for t in c.subtree]]
    return noun.doc[min(t.i for t in keep) : max(t.i for t in keep) + 1]


def _holds_own(noun: Token) -> bool:
    """A name with its own figure beside it ("Bush with 13 percent", "Priority Mail (5.7%)")."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "at"} for c in noun.children) or any(
        c.dep_ == "appos" and any(t.like_num for t in c.subtree) for c in noun.children
    )


def _names_before(prep: Token) -> str | None:
    """The names just before ``prep`` back to the previous figure or word of another kind: "Bush"
    in "showed Bush with 13%", "Cruz and Paul" in "..., Cruz and Paul at 11%"."""
    if prep.i == 0 or prep.doc[prep.i - 1].dep_ == "pobj":
        return None  # "kept rates in Japan at 0.5%": a place of the clause, no holder
    names: list[str] = []
    current: list[Token] = []
    for token in reversed(prep.doc[prep.sent.start : prep.i]):
        if token.pos_ == "PROPN" and not token.like_num:
            current.insert(0, token)
            continue
        if current:
            names.insert(0, " ".join(t.text for t in current))
            current = []
        if token.pos_ != "CCONJ" or not names:
            break
    if current:
        names.insert(0, " ".join(t.text for t in current))
    return " and ".join(names) or None


def _name(noun: Token) -> str:
    """A noun with its name parts and modifiers, without what follows it ("al-Qudra", "Sen. Marco Rubio")."""
    parts = [c for c in noun.children if c.dep_ in {"compound", "amod", "det", "poss"}]
    parts += [c for c in noun.children if c.lower_ == "of" and noun.pos_ == "PROPN" and _names_only(c)]
    keep = [noun, *[t for c in parts for t in c.subtree]]
    return noun.doc[min(t.i for t in keep) : max(t.i for t in keep) + 1].text


def _names_only(prep: Token) -> bool:
    """ "of Homeland Security": a preposition that continues a proper name."""
    return all(t.pos_ in {"PROPN", "ADP", "DET", "CCONJ"} for t in prep.subtree)


def _nsubj(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause, or of the clause that controls it when it has none
    ("Despite imposing a 25% tariff ..., Trump ...")."""
    current = verb
    for _ in range(4):
        subject = _nsubj(current)
        if subject is not None:
            return subject
        if current.dep_ not in CONTROLLED or current.head.i == current.i:
            return None
        controller = _object_controller(current)
        if controller is not None:
            return controller
        current = current.head
    return None


def _object_controller(clause: Token) -> Token | None:
    """ "the board ordered the restaurant to pay $88,000": an infinitive after an object that can
    act (a name, a linked actor, an agent such as "lawmakers") is that object's to do; after a
    thing it says what for ("used his van to run over 10 people": the driver's)."""
    if clause.dep_ != "xcomp" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children):
        return None
    target = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    return target if target is not None and _can_act(target) else None


def _can_act(noun: Token) -> bool:
    """A person, organisation or state by name or link, an agent noun, or a personal pronoun."""
    if noun.pos_ == "PRON":
        return noun.lower_ in PRONOUNS
    linked = Token.has_extension("actor") and noun._.actor is not None
    return linked or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or agent_sector(noun) is not None


def _subject(verb: Token, anchor: Token) -> str | None:
    """The subject of the value's clause as written (a relative pronoun stands for its noun)."""
    if anchor.dep_ in {"nsubj", "nsubjpass"}:
        return _phrase(anchor).text
    subject = _clause_subject(verb)
    if subject is not None and subject.tag_ in {"WDT", "WP"}:
        # "..., which could hold ...", "which the U.N. says has forced ...": what the clause describes
        clause = next((t for t in [subject.head, *subject.head.ancestors] if t.dep_ == "relcl"), None)
        return _phrase(clause.head).text if clause is not None else None
    return _without_aside(subject).text if subject is not None else None  # "Khairullah, an assistant ...": Khairullah


def _about(anchor: Token, verb: Token) -> str | None:
    """What the value is said of: the name it stands beside, the noun it is in apposition to
    ("Gaza, an area of about 139 square miles"), the thing a change brings to or by the value
    ("bringing the total to more than 62.9 inches"; a margin, "carried his district by 6 percent",
    stays with the agent), else the subject of its clause."""
    holder = _holder(anchor)
    if holder is not None:
        return holder
    measured = _measured(anchor)
    if measured is not None:
        return measured
    if anchor.dep_ == "attr" and any(c.dep_ == "expl" for c in anchor.head.children):
        return _phrase(anchor).text  # "there were 97 billion pieces of data ...": what there is
    for token in [anchor, *anchor.ancestors]:
        if token.dep_ == "appos" and token.i != anchor.i and token.head.dep_ == "attr":
            return _subject(token.head.head, anchor)  # "The birthrate was 6.77 ..., a fall from 7.52": the birthrate
        if (token.dep_ == "appos" and token.i != anchor.i) or (token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"}):
            # "the city, located 20 miles from the border": what the participle describes
            return _phrase(token.head, skip=APPOSED).text
        if token.i == verb.i:
            break
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "to" and anchor.head.head.i == verb.i and _level(anchor):
        changed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if changed is not None:
            return _phrase(changed).text
    return _subject(verb, anchor)


def _measured(anchor: Token) -> str | None:
    """A bare figure after "of" is the size of the noun before it: "the majority of 218 he
    needed", "a population of 2.3 million", "a fine of $1 million" (not "the release of 200
    hostages", which counts the hostages, nor "dozens of", "a third of")."""
    if not anchor.like_num or anchor.dep_ != "pobj" or anchor.head.lower_ != "of":
        return None
    noun = anchor.head.head
    lexicon = load_claims_lexicon()
    skip = set(lexicon["unit_hops"]) | set(lexicon["vague"]) | set(lexicon["fractions"]) | set(lexicon["scales"])
    if noun.pos_ != "NOUN" or noun.like_num or noun.lower_ in skip or noun.lower_ in lexicon["currency_words"]:
        return None
    if any(c.lower_ == "of" for c in anchor.children) or _possessed(noun):
        return None  # "the closures of 500 of its stores" counts the stores; "Aliquippa has a population of 9,200"
    if any(t.pos_ == "DET" for t in anchor.subtree):
        return None  # "none of the $5.7 billion": a part of a sum named before
    if noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ in {"from", "to", "with"}):
        return None  # "The dividend is a stipend of $1,776", "fell from a peak of 1.6 million": the subject's
    if noun.dep_ == "pobj" and not any(c.dep_ in {"det", "poss"} for c in noun.children):
        return None  # "on top of $250 million": part of a preposition
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return _name(noun.head)  # "Beit Lahia, a city of 90,000": the city named
    return _name(noun)


def _possessed(noun: Token) -> bool:
    """ "Aliquippa has a population of 9,200": what the subject has is said of the subject."""
    return noun.dep_ == "dobj" and noun.head.lemma_ == "have"


def _level(anchor: Token) -> bool:
    """A value that is a level (a measure, money, a percentage: "to more than 62.9 inches", "to 25%"),
    which the object is brought to; a count of things ("extending protections to 1.3 million
    workers") is where the object goes, and is said of the clause's subject."""
    return anchor.ent_type_ in {"QUANTITY", "MONEY", "PERCENT"}


def _resolved(verb: Token, pronoun: str) -> str | None:
    """What a pronoun subject stands for when one is sure, else None: the person named before
    ("he raised ..."), the reporter ("The European Union says it has spent ..."), or the one
    subject of the sentence before of the pronoun's number ("The court indicted Tamimi. It
    extended her remand ...")."""
    if pronoun in PERSON_PRONOUNS:
        return _antecedent(verb, pronoun)
    if pronoun in REPORTED_PRONOUNS:
        return _reporter(verb, pronoun) or _governing(verb, pronoun) or _previous_subject(verb, pronoun)
    return None  # "we", "this": the speaker's side or a thing the reader must look back for


def _same_kind(noun: Token, pronoun: str) -> bool:
    """A noun "it" or "they" can stand for: no pronoun, no person's name for "it", the same number."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in FIGURE_LABELS:
        return False
    if pronoun == "it" and noun.pos_ == "PROPN" and noun.ent_type_ not in THING_LABELS:
        return False  # a person's name, or a name the tagger could not place ("Smith")
    return (noun.tag_ in PLURAL_TAGS) == (pronoun == "they")


def _governing(verb: Token, pronoun: str) -> str | None:
    """ "Israel bombed areas where it had told Palestinians to flee": the subject of the nearest
    clause that governs the pronoun's, or of a clause opening its sentence ("Since Russia launched
    its invasion, it has ..."), when of the pronoun's kind and number."""
    subject = _clause_subject(verb)
    if subject is None or subject.lower_ != pronoun or subject.head.lemma_ in DUMMY_IT_VERBS:
        return None  # "it remains unclear ...": no referent
    for ancestor in list(subject.ancestors)[1:]:
        if load_quote_cues().is_cue(ancestor.lemma_):
            return None  # "Smith said it will cost ...": a reported clause is ``_reporter``'s to read
        governing = _nsubj(ancestor)
        if governing is not None:
            return _without_aside(governing).text if _same_kind(governing, pronoun) else None
    opening = [c for c in subject.head.children if c.dep_ == "advcl" and c.i < subject.i]
    found = [s for c in opening if (s := _nsubj(c)) is not None]
    if len(found) == 1 and _same_kind(found[0], pronoun):
        return _without_aside(found[0]).text
    return None


def _previous_subject(verb: Token, pronoun: str) -> str | None:
    """ "It" or "they" opening a sentence: the subject of the sentence before when it has exactly
    one noun subject of the pronoun's number, none a person's name ("it"), and the pronoun's
    clause is no dummy ("it is ...", "it will take ...")."""
    subject = _clause_subject(verb)
    if subject is None or subject.lower_ != pronoun or subject.head.dep_ != "ROOT":
        return None
    if subject.head.lemma_ in DUMMY_IT_VERBS or subject.i != _first_word(subject.sent).i:
        return None
    sent = subject.sent
    if sent.start == 0:
        return None
    before = subject.doc[sent.start - 1].sent
    candidates = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and _same_kind(t, pronoun)]
    if len(candidates) != 1 or any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PRON" for t in before):
        return None
    return _without_aside(candidates[0]).text


def _first_word(sent: Span) -> Token:
    """The sentence's first word, past quotation marks, bullets and dashes."""
    return next((t for t in sent if t.is_alpha), sent[0])


def _antecedent(verb: Token, pronoun: str) -> str | None:
    """The person the subject pronoun of ``verb``'s clause (or a controlling clause) stands for,
    when one is sure (``_only_person``); None otherwise."""
    subject = _clause_subject(verb)
    return _only_person(subject) if subject is not None and subject.lower_ == pronoun else None


def _reporter(verb: Token, pronoun: str) -> str | None:
    """ "The European Union says it has spent ...", "Democrats say they ...": a reported clause's
    subject pronoun is the reporter, a noun of the same number that is no pronoun itself."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != pronoun or verb.dep_ != "ccomp" or verb.lemma_ in DUMMY_IT_VERBS:
        return None  # "it's a scam", "it will take eight weeks", "it has been established": no one's
    cue = verb.head
    reporter = _nsubj(cue)
    if reporter is None or reporter.pos_ not in {"NOUN", "PROPN"} or not load_quote_cues().is_cue(cue.lemma_):
        return None
    if not reporter.i < cue.i < subject.i:  # "..., it has risen 18 percent, Goldman estimates": an earlier noun's
        return None
    if pronoun == "it" and reporter.ent_type_ == "PERSON":
        return None
    plural = reporter.tag_ in {"NNS", "NNPS"}
    return _without_aside(reporter).text if plural == (pronoun == "they") else None


def _only_person(pronoun: Token) -> str | None:
    """ "Amina Ali told CNN that she was held ...": the named subject of the clause that governs
    the pronoun's; "Stephen Paddock ... . He left behind ...": the named subject of the sentence
    before, when the pronoun opens its own sentence and no other person stands between."""
    for ancestor in list(pronoun.ancestors)[1:]:
        subject = _nsubj(ancestor)
        if subject is not None:
            return _person_name(subject)
    sent = pronoun.sent
    if pronoun.head.dep_ != "ROOT" or sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    if any(e.label_ == "PERSON" for e in pronoun.doc.ents if before.end <= e.start < pronoun.i):
        return None
    subject = _nsubj(before.root)
    return _person_name(subject) if subject is not None else None


def _person_name(token: Token) -> str | None:
    """The person name ``token`` heads, when it is one the article introduced, or a name the actor
    linker tied to a person ("Trump" after "President Donald Trump", whatever the tagger made of it)."""
    ent = entity_of(token)
    if ent is not None and ent.label_ == "PERSON" and _introduced(ent):
        return ent.text
    linked = (
        token.pos_ in {"NOUN", "PROPN"}
        and Token.has_extension("actor")
        and str(token._.actor or "").startswith("person:")
    )
    return _name(token) if linked else None


def _introduced(name: Span) -> bool:
    """A full name, or a surname the article gave in full before ("Vladimir Putin ... Putin"):
    a lone word the tagger took for a person ("Twitter") is no antecedent."""
    if len(name) >= 2:
        return True
    return any(
        ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text == name.text
        for ent in name.doc.ents
        if ent.end <= name.start
    )


def _time(sent: Span, skip: tuple[int, int], times: dict[tuple[int, int], str]) -> str | None:
    """The sentence's date expression (normalised when the timex stage knew it), other than the value."""
    for ent in sent.ents:
        if ent.label_ == "DATE" and not (skip[0] <= ent.start < skip[1]) and not _is_duration(ent):
            return times.get((ent.start_char, ent.end_char)) or ent.text
    return None


def _is_duration(ent: Span) -> bool:
    return any(t.like_num for t in ent) and any(t.lemma_ in load_claims_lexicon()["time_units"] for t in ent)


def _status(verb: Token, quote: Quote | None) -> str:
    """speculation when a modal or hedge governs the value's clause; opinion for beliefs."""
    lexicon = load_claims_lexicon()
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "advmod", "auxpass", "neg"}} | {verb.lower_}
    words |= {verb.head.lemma_} if verb.dep_ in {"xcomp", "ccomp"} else set()
    if words & set(lexicon["speculation"]):
        return "speculation"
    if verb.lemma_ in lexicon["opinion"] or (quote is not None and (quote.cue or "").lower() in lexicon["opinion"]):
        return "opinion"
    return "claim"


DATELINE = re.compile(r"^(?:[A-Z][A-Z .,]+ )?[-–—−]\s*|^(?:and|or|but|whose)\s+|^[^\w\"“‘'$£€¥]+", re.IGNORECASE)


# a dateline the parser took for the subject: "KYIV, Aug 27 (Reuters)", "KUNDUZ, Afghanistan"
DATELINE_ONLY = re.compile(r"^[A-Z]{3,}[A-Z .'-]*,")
# a sentence that opens with a dateline: "KYIV, Aug 27 (Reuters) - Russia launched ..."
OPENS_WITH_DATELINE = re.compile(r"^([A-Z]{3,}[A-Z .'-]*),[^\n]{0,40}?\s[-–—−]\s")


def _tidy(subject: str | None, text: str) -> str | None:
    """The subject as it stands in the claim's own text: none from another line, no dateline
    ("WASHINGTON − Thousands of ...") or dash, conjunction or "whose" left at its start."""
    if subject is None:
        return None
    subject = subject.strip()
    if subject not in text or "\n" in subject or DATELINE_ONLY.match(subject):
        return None
    dateline = OPENS_WITH_DATELINE.match(text)
    if dateline is not None and subject == dateline.group(1):
        return None
    return DATELINE.sub("", subject) or None


def _counts(anchor: Token, value: Value | None) -> bool:
    """The value counts the noun it attaches to ("200 hostages"), rather than measuring something."""
    return (
        value is not None
        and value.unit is not None
        and value.unit != "percent"
        and not value.unit.isupper()
        and anchor.pos_ == "NOUN"
        and anchor.text in value.unit
    )


def _priced(span: Span, anchor: Token, value: Value | None) -> str | None:
    """The noun a sum of money stands before is what it prices or sizes: "a $43,000 Rolex watch",
    "the $1.2 trillion infrastructure bill" (the words from the sum to its noun, and the noun's
    phrases after it up to a clause: "a $5,587.75 vacation at the Martha's Vineyard Holistic
    Retreat")."""
    lexicon = load_claims_lexicon()
    currencies = {*lexicon["currency_symbols"].values(), *lexicon["currency_words"].values()}
    if value is None or value.unit not in currencies or not anchor.tag_.startswith("NN"):
        return None
    root = span.root
    if anchor.i < span.end or root.head.i != anchor.i or root.dep_ not in {"nummod", "compound", "amod", "nmod"}:
        return None
    if anchor.lower_ in lexicon["currency_words"] or anchor.lower_ in lexicon["unit_hops"] or anchor.dep_ == "npadvmod":
        return None  # "$1.1 billion worth of", "$200,000 brand new"
    if _possessed(anchor):
        return None  # "The United States had a $235 billion deficit": the holder's
    phrase = _bare(
        _phrase(anchor, skip=LISTED)
    )  # with what it is of or where: "a $5,587.75 vacation at the ... Retreat"
    words = anchor.doc[span.end : max(phrase.end, anchor.i + 1)]
    return words.text if words and not words[0].is_punct else None


def _first_time(time: Token) -> str | None:
    """Who or what "the first time" is a record of: the subject of the clause it introduces ("the
    first time in a century the process has taken more than one vote"), else of the copula it
    completes ("Trump's indictment would be the first time ...")."""
    clause = next((c for c in time.children if c.dep_ in {"relcl", "acl"}), None)
    subject = _nsubj(clause) if clause is not None else None
    if subject is None and time.dep_ == "attr":
        subject = _nsubj(time.head)
    if subject is None or subject.pos_ == "PRON":
        return None
    return _phrase(subject).text


def _claiming(quote: Quote, doc: Doc) -> bool:
    """Whether ``quote``'s speaker claims what it holds: said, believed or shown, not wanted,
    backed or agreed to ("Qatar agreed to pay $5 billion": a commitment, the article's claim)."""
    if quote.kind not in CLAIMING:
        return False
    return quote.direct or text_of(doc)[quote.start : quote.start + 3].lower() != "to "


def _open_question(verb: Token) -> bool:
    """ "whether the increase can be held to 1.5 degrees", "if 80 percent agree": asked, not claimed."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for t in [verb, *verb.ancestors] for c in t.children)


def _claimant(name: str | None) -> str | None:
    """A claimant that names someone: not a time stamp or a heading the attribution picked up
    ("UPDATE 2:52 p.m.", a subhead that runs into the next paragraph)."""
    return None if name is None or any(ch.isdigit() for ch in name) or "\n" in name.strip() else name.strip()


def _according_to(verb: Token) -> str | None:
    """ "According to al-Qudra, 1,500 staff ...": the source the clause is credited to."""
    for token in verb.sent:
        if token.lower_ == "according" and token.head.i in {verb.i, verb.head.i} | {t.i for t in verb.ancestors}:
            pobj = next((g for c in token.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _name(pobj)
    return None


def _reported_by(verb: Token, line: tuple[int, int]) -> str | None:
    """The named speaker of a reporting verb the value's clause hangs from, when the quotes
    extractor found no attribution: "X said (that) ... 5 ...", "... 5 ..., X said Tuesday"."""
    cues = load_quote_cues().verbs
    chain = [verb, *verb.ancestors]
    for lower, upper in pairwise(chain):
        if upper.lemma_ in cues and lower.dep_ in {"ccomp", "parataxis"}:
            return _speaker(upper, line)
    for token in chain:
        for child in token.children:
            if child.lemma_ in cues and child.dep_ in {"ccomp", "parataxis"} and child.i > verb.i:
                return _speaker(child, line)
    return None


def _speaker(cue: Token, line: tuple[int, int]) -> str | None:
    """The named subject of ``cue`` when both stand on the claim's line."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None) or _trailing_speaker(cue)
    if subject is None or not all(line[0] <= t.idx < line[1] for t in (cue, subject)):
        return None
    return _name(subject) if subject.pos_ in {"PROPN", "NOUN"} else None


def _trailing_speaker(cue: Token) -> Token | None:
    """ "..., the U.N. aid agency for Palestinian refugees said Tuesday.": a reporting verb after
    the clause it reports, whose subject the parser hung on a noun before the comma; the head of
    the phrase between the comma and the verb."""
    sent = cue.sent
    comma = next((t for t in reversed(cue.doc[sent.start : cue.i]) if t.text == ","), None)
    if comma is None or cue.i - comma.i < 2 or any(c.dep_ in {"ccomp", "dobj"} and c.i > cue.i for c in cue.children):
        return None
    stretch = cue.doc[comma.i + 1 : cue.i]
    heads = [t for t in stretch if not comma.i < t.head.i < cue.i]
    if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN"} or heads[0].ent_type_ in FIGURE_LABELS:
        return None
    return heads[0]


def _sentence(span: Span) -> tuple[int, int]:
    """Character span of the value's sentence, cut at paragraph breaks (a sentence the parser ran
    across a heading or a byline keeps only the value's line)."""
    sent = span.sent
    line_start, line_end = _line(span)
    start = max(sent.start_char, line_start)
    text = text_of(span.doc)[start : min(sent.end_char, line_end)]
    start += len(text) - len(text.lstrip())
    return start, start + len(text.strip())


def _claim(
    doc: Doc,
    span: Span,
    value: Value | None,
    kind: str,
    quotes: list[Quote],
    article_id: str,
    times: dict[tuple[int, int], str],
) -> Claim | None:
    sent = span.sent
    anchor = value.head if value is not None else span.root.head
    verb = _verb(anchor)
    where = span.start_char
    quote = next((q for q in quotes if q.start <= where < q.end and _claiming(q, doc)), None)
    if _open_question(verb):
        return None
    subject = _about(anchor, verb)
    if kind == "first" and anchor.lemma_ == "time":
        subject = _first_time(anchor)  # "the first time the World Cup will be played ...": the World Cup
    elif kind == "first" and anchor.pos_ in {"NOUN", "PROPN"}:
        subject = _phrase(anchor).text  # "the first world leader ..."
    elif kind == "duration" and span.root.dep_ in {"amod", "compound", "nummod"} and span.root.head.pos_ == "NOUN":
        if subject is None or not _object_of(span.root.head, verb):  # "Tarasov was given a 10-day sentence": Tarasov's
            subject = _phrase(span.root.head).text  # "a two-year grand jury investigation"
    elif (
        kind == "number"
        and span.text not in (subject or "")
        and (subject is None or anchor.dep_ not in OBJECTS)  # "Goldman expects to take a $5 billion hit": Goldman's
        and (priced := _priced(span, anchor, value)) is not None
    ):
        subject = priced  # "a $43,000 Rolex watch": the watch's price, not the buyer's
    elif subject is None and kind == "number" and _counts(anchor, value):
        subject = _phrase(anchor).text  # "the release of more than 200 hostages captured in ...": the hostages
    if value is not None and value.whole is not None and value.rate:
        if subject is None or value.whole.text in subject:  # "A 10% baseline tariff ... went into effect"
            subject = _bare(value.whole).text
    elif value is not None and value.whole is not None and (subject is None or value.whole.text in subject):
        subject = value.whole.text  # "more than a third of the world's electronics": what the share is of
    source = _record(anchor, verb)
    if source is not None:
        subject = _bare(_phrase(anchor, skip=LISTED)).text  # "Court documents list 533 stores": the stores
    start, end = _sentence(span)
    text = text_of(doc)[start:end]
    subject = _tidy(subject, text)
    if subject is not None and subject.lower() == "i" and quote is not None:
        subject = _quoted_speaker(quote)  # '"I have spent $2 billion on the border," Abbott said': Abbott
    elif subject is not None and subject.lower() in PRONOUNS:
        subject = _resolved(verb, subject.lower())
    claim = Claim(
        article=article_id,
        start=start,
        end=end,
        text=text,
        subject=subject,
        predicate=verb.lemma_ if verb.pos_ in {"VERB", "AUX"} else None,
        value=value.value if value is not None else None,
        low=value.low if value is not None else None,
        high=value.high if value is not None else None,
        hedge=value.hedge if value is not None else ("first" if kind == "first" else None),
        unit=_unit(span, value, kind, subject),
        time=_time(sent, (span.start, span.end), times),
        claimant=_claimant(
            quote.speaker
            if quote is not None
            else _according_to(verb)
            or _reported_by(verb, _line(span))
            or (_name(source) if source is not None else None)
        ),
        status=_status(verb, quote),
    )
    claim.id = _claim_id(claim, text_of(doc)[span.start_char : span.end_char])
    return claim


def _record(anchor: Token, verb: Token) -> Token | None:
    """The record a counted object comes from, when the object of a verb of evidence is what the
    value counts and its subject is a record, not an actor ("Previous images showed up to 90
    trucks", "Court documents list 533 stores"): the value is said of the things counted, and
    the record is its source. A subject that can act found or listed things itself ("Police
    found 90 bodies")."""
    if anchor.dep_ != "dobj" or anchor.head.i != verb.i or verb.lemma_ not in load_claims_lexicon()["evidence_verbs"]:
        return None
    source = _nsubj(verb)
    if source is None or source.pos_ not in {"NOUN", "PROPN"} or source.ent_type_ or _can_act(source):
        return None
    return source


def _quoted_speaker(quote: Quote) -> str | None:
    """The speaker of a direct quote as the text names them, for an "I" inside it; None when
    the attribution is a pronoun too ("I raised $5 million," he said)."""
    name = (quote.speaker_text or "").strip()
    if not quote.direct or not name or name.lower() in PRONOUNS or "\n" in name:
        return None
    return name


def _object_of(noun: Token, verb: Token) -> bool:
    """``noun`` is an object of ``verb``, direct or through a preposition when the verb has no
    direct object ("agreed to a 40-day truce"; not "sentenced him to a 10-year term")."""
    if noun.dep_ in OBJECTS:
        return True
    direct = any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    return not direct and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def _unit(span: Span, value: Value | None, kind: str, subject: str | None) -> str | None:
    if value is None:
        return None
    if kind == "duration":  # "six days", "10-year": the time unit, not the thing that lasts
        units = load_claims_lexicon()["time_units"]
        return next((t.text for t in span if t.lemma_ in units), None)
    rated = _bare(value.whole).text if value.whole is not None and value.rate else None
    if value.unit == "percent" and rated is not None and rated != subject:
        return f"percent {rated}"  # "Qualcomm reported a 96 percent drop in operating income"
    if value.unit == "percent" and value.whole is not None and not value.rate and value.whole.text != subject:
        return f"percent of {value.whole.text}"
    return value.unit


def _claim_id(claim: Claim, value_text: str) -> str:
    """Stable across runs: article, sentence span and the value as written."""
    key = f"{claim.article}:{claim.start}:{claim.end}:{value_text}"
    return hashlib.sha1(key.encode("utf8")).hexdigest()[:16]


def stored_claims(
    store: Store, *, article: str | None = None, status: str | None = None, scope: str | None = "political"
) -> list[Claim]:
    """Claims kept in ``store`` (of one article, status or scope when given; political by default)."""
    claims = [from_dict(Claim, data) for _, data in store.items("claim", article=article)]
    return [c for c in claims if (status is None or c.status == status) and (scope is None or c.scope == scope)]


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def describe_value(claim: Claim) -> str:
    """The value as a reader says it: "at least 10,000 shipping containers", "dozens of
    (24-99) ballistic missiles", "first"."""
    if claim.value is not None:
        amount = _number(claim.value)
    elif claim.low is not None or claim.high is not None:
        amount = "-".join(_number(x) for x in (claim.low, claim.high) if x is not None)
        amount = f"({amount})"
    else:
        amount = ""
    words = [claim.hedge or "", amount, claim.unit or ""]
    return " ".join(word for word in words if word)
