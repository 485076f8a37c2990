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

Not claims: time adverbials ("two days later"), scores and tallies ("30-10", "134 to 63"),
ranks and labels ("No. 1", "lap 48"), ages, numbers in names ("5G", "Apollo 17"), questions,
and anything on a line of page furniture (``claims_layout``).
"""

from __future__ import annotations

import hashlib
import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..records import Article, Claim, Extraction, Quote, from_dict
from ..store import Store
from .claims_layout import is_furniture
from .claims_values import Value, load_claims_lexicon, read_value
from .quotes_cues import load_lexicon as load_quote_cues
from .quotes_marks import text_of

__all__ = ["describe_value", "extract_claims", "find_claims", "stored_claims"]

NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")
# spaCy's small model gives these quantifiers no entity; they are counts all the same.
VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|scores)\b(?= of)", re.IGNORECASE)
# Nor fractions ("nearly a quarter of Americans" is a DATE to it).
FRACTION = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+)[- ])?(?:half|thirds?|quarters?|fifths?|tenths?)\b(?= of)", re.IGNORECASE
)
# "30-10", "a 13-3 record", "7-8-1": a score or a tally, not one quantity
SCORE = re.compile(r"^\d+(?:[-–]\d+)+$")
# Words that make a stretch of time a time adverbial ("two days later", "for the past two years")
# rather than a checkable length ("sentenced to 15 years", "a 10-year agreement").
TIME_ADVERBIAL = {"ago", "later", "earlier", "past", "last", "next", "coming", "recent", "previous", "into"}
# A clause without a subject of its own takes its controller's through these links ("announced
# plans to build three plants": the announcer builds).
CONTROLLED = {"advcl", "xcomp", "pcomp", "prep", "conj", "acl", "dobj"}
# What a noun phrase leaves out when it names a subject.
CLAUSES = frozenset({"relcl", "acl", "punct"})
APPOSED = CLAUSES | {"appos"}
ADVERBIAL_PREPS = {"in", "over", "during", "within", "after", "before", "since", "until", "throughout", "into"}


def extract_claims(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.claims``; runs after the quotes extractor, whose speakers become claimants."""
    times = {(t.start, t.end): t.value for t in extraction.timexes if t.value}
    extraction.claims = find_claims(doc, quotes=extraction.quotes, article_id=article.id, times=times)


def find_claims(
    doc: Doc,
    *,
    quotes: list[Quote] | None = None,
    article_id: str = "",
    times: dict[tuple[int, int], str] | None = None,
) -> list[Claim]:
    """Claims of ``doc`` in text order; ``times`` maps date spans to normalised values."""
    claims: list[Claim] = []
    furniture: dict[tuple[int, int], bool] = {}
    for span, kind in _value_spans(doc):
        value = read_value(span) if kind != "first" else None
        if kind != "first" and (value is None or _empty(value)):
            continue
        line = _line(span)
        if line not in furniture:
            furniture[line] = is_furniture(doc, *line)
        if furniture[line]:
            continue
        claim = _claim(doc, span, value, kind, quotes or [], article_id, times or {})
        if claim is not None:
            claims.append(claim)
    return _first_copies(claims)


def _empty(value: Value) -> bool:
    """ "more than one", "five times more": no quantity of anything to check; "5 Things" (a
    show), "Abir was 10", "Raisi, 63,": a title or an age."""
    multiplier = value.unit is not None and value.unit.lower() in {"time", "times"}
    return multiplier or (value.value == 1 and value.unit is None) or _title(value) or _age_of(value)


def _title(value: Value) -> bool:
    noun = value.head.doc[value.end - 1]
    if value.unit is None or value.unit == "percent" or not value.unit.endswith(noun.text):
        return False
    small = value.value is not None and value.value < 100
    return (
        small and noun.pos_ == "PROPN" and noun.ent_type_ != "NORP" and noun.text[:1].isupper() and noun.i > value.start
    )


def _age_of(value: Value) -> bool:
    """A bare number said of a person: "Raisi, 63,", "Abir was 10"."""
    if value.unit is not None or value.value is None or value.value >= 120:
        return False
    token = value.head
    if token.dep_ == "appos":
        return token.head.ent_type_ == "PERSON"
    subject = (
        next((c for c in token.head.children if c.dep_ == "nsubj"), None) if token.dep_ in {"attr", "acomp"} else None
    )
    named = subject is not None and any(t.ent_type_ == "PERSON" for t in [subject, *subject.children])
    return named or (subject is not None and subject.lower_ in {"he", "she"})


def _line(span: Span) -> tuple[int, int]:
    """Character span of the paragraph (line) ``span`` sits in."""
    text = text_of(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return start, len(text) if end < 0 else end


def _first_copies(claims: list[Claim]) -> list[Claim]:
    """A sentence the page repeats (a recap, a pull quote) gives its claims once, where first met."""
    first_start: dict[str, int] = {}
    for claim in claims:
        first_start.setdefault(claim.text, claim.start)
    return [claim for claim in claims if first_start[claim.text] == claim.start]


def _value_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Spans that carry a checkable value: numbers, vague counts, shares, durations, firsts."""
    found: list[tuple[Span, str]] = []
    for ent in (e for e in doc.ents if not _is_question(e.sent)):
        if ent.label_ in NUMBER_LABELS and _checkworthy(ent):
            found.append((ent, "number"))
        elif ent.label_ == "DATE" and any(_time_unit(t) for t in ent):
            if any(t.like_num for t in ent) and not _is_age(ent) and not _is_adverbial(ent):
                found.append((ent, "duration"))
        elif ent.label_ == "ORDINAL" and ent.text.lower() == "first" and _is_record(ent):
            found.append((ent, "first"))
    found = _merge_ranges(found)
    for pattern in (VAGUE, FRACTION):
        for match in pattern.finditer(text_of(doc)):
            span = doc.char_span(match.start(), match.end())
            if (
                span is None
                or any(s.start <= span.start < s.end for s, _ in found)
                or _is_period(span)
                or _is_epithet(span)
            ):
                continue
            found.append((span, "number"))
    return sorted(found, key=lambda item: item[0].start)


def _after_number(doc: Doc, link: int) -> bool:
    """The word at ``link`` ("in", "of", "out of every") follows a number: "1 in 5", "20 of 71"."""
    start = link
    while start > 0 and doc[start - 1].lower_ in {"out", "of", "every"}:
        start -= 1
    return start > 0 and doc[start - 1].like_num


def _is_rank_or_day(ent: Span) -> bool:
    doc = ent.doc
    before = doc[max(ent.start - 2, 0) : ent.start].text.lower().replace(" ", "")
    rank = ent[0].lower_ in {"no.", "no"} or before.endswith(("no.", "number", "#"))
    return rank or (ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "DATE")


def _is_epithet(span: Span) -> bool:
    """ "half-naked": a fraction fused into an adjective."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_


def _in_score(ent: Span) -> bool:
    """A number of a score or tally the parser split ("starting 9-1": "9" alone)."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    before = doc[max(ent.start - 2, 0) : ent.start]
    return (len(after) == 2 and after[0].text in {"-", "–"} and after[1].is_digit and ent[-1].is_digit) or (
        len(before) == 2 and before[1].text in {"-", "–"} and before[0].is_digit and ent[0].is_digit
    )


def _is_question(sent: Span) -> bool:
    """A question claims nothing ("... added $6,400 a year more to the cost of Medicare?”")."""
    return sent.text.rstrip().rstrip("\"'”’)").endswith("?")


def _merge_ranges(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "210" + "to" + "280 miles", "between 6.0" + "and" + "6.9": one range, not two numbers."""
    found = sorted(found, key=lambda item: item[0].start)
    merged: list[tuple[Span, str]] = []
    for span, kind in found:
        if merged and kind == "number" and merged[-1][1] == "number" and _joins(merged[-1][0], span):
            doc = span.doc
            start = merged[-1][0].start - (1 if doc[merged[-1][0].start - 1].lower_ == "between" else 0)
            merged[-1] = (doc[start : span.end], kind)
        else:
            merged.append((span, kind))
    return [(span, kind) for span, kind in merged if not _tally_start(span) and not _conversion(span)]


def _conversion(span: Span) -> bool:
    """ "229 feet (70 meters)", "1,500 kilometers (930 miles)": the same value again in other
    units, in brackets right after it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(":
        return False
    measured = doc[span.start - 2]  # "feet" in "229 feet (70 meters)"; not "Romney" in "Romney (17 percent)"
    return measured.like_num or any(c.like_num and c.i < measured.i for c in measured.children)


def _tally_start(span: Span) -> bool:
    """ "won, 134 to 63": the first half of a tally whose second half is no entity of its own."""
    after = span.doc[span.end : span.end + 2]
    change = span.start > 0 and span.doc[span.start - 1].lower_ in {"from", "by"}
    return not change and len(after) == 2 and after[0].lower_ in {"to", "-", "–"} and after[1].like_num


def _joins(first: Span, second: Span) -> bool:
    between = first.doc[first.end : second.start]
    if len(between) != 1 or between[0].lower_ not in {"to", "-", "–", "and"}:
        return False
    opener = first.doc[first.start - 1].lower_ if first.start > 0 else ""
    if opener == "by" or (not second[0].like_num and second[0].is_alpha):
        return False  # "rose by $5 to around $90": a change and where it ended, not a range
    return between[0].lower_ != "and" or "between" in {opener, first[0].lower_}


def _is_period(span: Span) -> bool:
    """ "the first half of this year", "the latter half": a stretch of time, not a share."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.pos_ == "ADJ" or before.ent_type_ == "ORDINAL")


def _time_unit(token: Token) -> bool:
    """A unit of time as a noun ("six days", "a 10-year deal"), not an ordinal ("a second day")."""
    return token.lemma_ in load_claims_lexicon()["time_units"] and token.pos_ != "ADJ"


def _is_name_part(ent: Span) -> bool:
    """ "5G", "the 2016 Republican field", "the 2018 LS 500 sedan", "Apollo 17": a number in a name."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.start > ent.sent.start and ent[0].is_alpha and ent[0].text[:1].isupper() and ent[0].pos_ == "PROPN":
        return True  # "the Final Four", "Ocean's Eleven": a capitalised number word inside a name
    named = before is not None and before.pos_ == "PROPN" and before.ent_type_ != "DATE" and before.text[:1].isupper()
    if named and ent[0].text[:1].isdigit():  # a model or a mission ("LS 500", "Apollo 17"); counts are spelled
        return True
    glued = ent.end < len(doc) and not doc[ent.end - 1].whitespace_ and doc[ent.end].is_alpha
    if glued and doc[ent.end].text[:1].isupper():  # "5G", "F-16" written "16F"
        return True
    if before is not None and before.tag_ in {"NN", "NNP"} and ent.root.head.i == before.i:
        return True  # "lap 48", "Article 1": a number after a singular noun labels it; counts come before
    if _epithet_count(ent):
        return True
    return len(ent) == 1 and bool(YEAR.match(ent.text)) and ent.root.dep_ in {"nummod", "compound", "amod"}


def _epithet_count(ent: Span) -> bool:
    """ "the 193-member U.N. General Assembly", "the 15-nation Security Council": a count fused
    into the epithet of a name, not a claim of its own."""
    doc = ent.doc
    hyphen = ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not doc[ent.end - 1].whitespace_
    return hyphen and doc[ent.end + 1].head.pos_ == "PROPN"


def _is_adverbial(ent: Span) -> bool:
    """ "two days later", "for the past two years", "four months into his term": when something
    happened, not a length anyone claims. "the first visit in 24 years" stays: the length of a record."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in TIME_ADVERBIAL or any(t.lower_ in TIME_ADVERBIAL for t in ent) or ent.root.dep_ == "npadvmod":
        return True
    prep = ent.root.head if ent.root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ADVERBIAL_PREPS:
        return False
    return not any(c.lower_ == "first" for c in prep.head.children)


def _is_record(ent: Span) -> bool:
    """A first that is a record: "the first world leader to confirm", "the first-ever strategy",
    "the first visit in 24 years", "for the first time since 1923"; not "the first lady", "his
    first pass", "when he first announced"."""
    doc = ent.doc
    noun = ent.root.head if ent.root.dep_ == "amod" else ent.root
    if any(c.dep_ == "neg" for c in noun.head.children):
        return False  # "this wasn't the first time ...": no record claimed
    if "ever" in {t.lower_ for t in doc[max(ent.start - 1, 0) : ent.end + 3]}:
        return True
    following = doc[noun.i + 1 : noun.i + 3]
    if len(following) == 2 and following[0].lower_ == "to" and following[1].pos_ == "VERB":
        return True  # "the first world leader to confirm", however the parser attached the infinitive
    return any(
        c.dep_ == "relcl"
        or (c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children))
        or (c.dep_ == "prep" and c.lower_ == "since")
        or (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
        )
        for c in noun.children
        if c.i > ent.root.i
    )


def _is_age(ent: Span) -> bool:
    """ "her 14-year-old daughter", "a 70 year old man", "anyone 21 or older": an age."""
    following = ent.doc[ent.end : ent.end + 3]
    return any(t.lower_ in {"old", "older", "younger"} for t in [*ent, *following])


def _checkworthy(ent: Span) -> bool:
    """Not a bare small word-number ("the two leaders", "one of its few sources"), a score
    ("30-10"), part of a name ("5G", "the 2016 Republican field"), a rank ("No. 1") or a day
    ("June 6 and 7"), or the total of a ratio ("1 in 5", "20 of 71 laps": the first number holds it)."""
    doc = ent.doc
    if SCORE.match(ent.text.replace(" ", "")) or _is_name_part(ent) or _is_rank_or_day(ent) or _is_age(ent):
        return False
    if any(t.lower_ in load_claims_lexicon()["fractions"] for t in ent) and (_is_period(ent) or _is_epithet(ent)):
        return False
    if _in_score(ent):
        return False
    if ent.start >= 2 and doc[ent.start - 1].lower_ in {"in", "of", "every"} and _after_number(doc, ent.start - 1):
        return False
    if any(t.is_digit or any(ch.isdigit() for ch in t.text) for t in ent):
        return True
    lexicon = load_claims_lexicon()
    if any(t.lower_ in lexicon["fractions"] for t in ent) or ent.text.lower() in lexicon["vague"]:
        return True
    return (ent.start == 0 or doc[ent.start - 1].pos_ not in {"DET", "PRON"}) and ent.text.lower() not in {"one", "two"}


def _verb(token: Token) -> Token:
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _phrase(token: Token, *, skip: frozenset[str] = CLAUSES) -> Span:
    keep = [token, *[t for c in token.children if c.dep_ not in skip for t in c.subtree]]
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


def _holder(anchor: Token) -> str | None:
    """Who holds a value given beside a name: "Rubio with 18 percent", "Huckabee at 17 percent",
    "Romney (17 percent)"."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ in {"with", "at"}:
        noun = anchor.head.head
    elif anchor.dep_ == "appos":
        noun = anchor.head
    else:
        return None
    return _name(noun) if noun.pos_ == "PROPN" else None


def _name(noun: Token) -> str:
    """A noun with its name parts and modifiers, without what follows it ("al-Qudra", "Sen. Marco Rubio")."""
    parts = [c for c in noun.children if c.dep_ in {"compound", "amod", "det", "poss"}]
    parts += [c for c in noun.children if c.lower_ == "of" and noun.pos_ == "PROPN" and _names_only(c)]
    keep = [noun, *[t for c in parts for t in c.subtree]]
    return noun.doc[min(t.i for t in keep) : max(t.i for t in keep) + 1].text


def _names_only(prep: Token) -> bool:
    """ "of Homeland Security": a preposition that continues a proper name."""
    return all(t.pos_ in {"PROPN", "ADP", "DET", "CCONJ"} for t in prep.subtree)


def _subject(verb: Token, anchor: Token) -> str | None:
    """The subject of the value's clause as written (a relative pronoun stands for its noun); a
    clause without one takes its controller's ("Despite imposing a 25% tariff ..., Trump ...")."""
    if anchor.dep_ in {"nsubj", "nsubjpass"}:
        return _phrase(anchor).text
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.tag_ in {"WDT", "WP"}:
            # "..., which could hold ...", "which the U.N. says has forced ...": what the clause describes
            clause = next((t for t in [current, *current.ancestors] if t.dep_ == "relcl"), None)
            return _phrase(clause.head).text if clause is not None else None
        if subject is not None:
            return _phrase(subject).text
        if current.dep_ not in CONTROLLED or current.head.i == current.i:
            break
        current = current.head
    return None


def _about(anchor: Token, verb: Token) -> str | None:
    """What the value is said of: the name it stands beside, the noun it is in apposition to
    ("Gaza, an area of about 139 square miles"), the thing a change brings to or by the value
    ("bringing the total to more than 62.9 inches"; a margin, "carried his district by 6 percent",
    stays with the agent), else the subject of its clause."""
    holder = _holder(anchor)
    if holder is not None:
        return holder
    if anchor.dep_ == "attr" and any(c.dep_ == "expl" for c in anchor.head.children):
        return _phrase(anchor).text  # "there were 97 billion pieces of data ...": what there is
    for token in [anchor, *anchor.ancestors]:
        if (token.dep_ == "appos" and token.i != anchor.i) or (token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"}):
            # "the city, located 20 miles from the border": what the participle describes
            return _phrase(token.head, skip=APPOSED).text
        if token.i == verb.i:
            break
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "to" and anchor.head.head.i == verb.i:
        changed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if changed is not None:
            return _phrase(changed).text
    return _subject(verb, anchor)


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


DATELINE = re.compile(r"^(?:[A-Z][A-Z .,]+ )?[-–—−]\s*|^(?:and|or|but)\s+|^[^\w\"“‘'$£€¥]+", re.IGNORECASE)


# a dateline the parser took for the subject: "KYIV, Aug 27 (Reuters)", "KUNDUZ, Afghanistan"
DATELINE_ONLY = re.compile(r"^[A-Z]{3,}[A-Z .'-]*,")


def _tidy(subject: str | None, text: str) -> str | None:
    """The subject as it stands in the claim's own text: none from another line, no dateline
    ("WASHINGTON − Thousands of ...") or dash and conjunction left at its start."""
    if subject is None:
        return None
    subject = subject.strip()
    if subject not in text or "\n" in subject or DATELINE_ONLY.match(subject):
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


def _open_question(verb: Token) -> bool:
    """ "whether the increase can be held to 1.5 degrees", "if 80 percent agree": asked, not claimed."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for t in [verb, *verb.ancestors] for c in t.children)


def _claimant(name: str | None) -> str | None:
    """A claimant that names someone: not a time stamp or a heading the attribution picked up
    ("UPDATE 2:52 p.m.")."""
    return None if name is None or any(ch.isdigit() for ch in name) else name


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
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or not all(line[0] <= t.idx < line[1] for t in (cue, subject)):
        return None
    return _name(subject) if subject.pos_ in {"PROPN", "NOUN"} else None


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
    quote = next((q for q in quotes if q.start <= where < q.end), None)
    if _open_question(verb):
        return None
    subject = _about(anchor, verb)
    if kind == "first" and anchor.pos_ in {"NOUN", "PROPN"}:
        subject = _phrase(anchor).text  # "the first world leader ..."
    elif kind == "duration" and span.root.dep_ in {"amod", "compound", "nummod"} and span.root.head.pos_ == "NOUN":
        subject = _phrase(span.root.head).text  # "a two-year grand jury investigation"
    elif subject is None and kind == "number" and _counts(anchor, value):
        subject = _phrase(anchor).text  # "the release of more than 200 hostages captured in ...": the hostages
    if value is not None and value.whole is not None and (subject is None or value.whole.text in subject):
        subject = value.whole.text  # "more than a third of the world's electronics": what the share is of
    start, end = _sentence(span)
    text = text_of(doc)[start:end]
    subject = _tidy(subject, text)
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
            quote.speaker if quote is not None else _according_to(verb) or _reported_by(verb, _line(span))
        ),
        status=_status(verb, quote),
    )
    claim.id = _claim_id(claim, text_of(doc)[span.start_char : span.end_char])
    return claim


def _unit(span: Span, value: Value | None, kind: str, subject: str | None) -> str | None:
    if value is None:
        return None
    if kind == "duration":  # "six days", "10-year": the time unit, not the thing that lasts
        units = load_claims_lexicon()["time_units"]
        return next((t.text for t in span if t.lemma_ in units), None)
    if value.unit == "percent" and value.whole is not None and value.whole.text != subject:
        return f"percent of {value.whole.text}"
    return value.unit


def _claim_id(claim: Claim, value_text: str) -> str:
    """Stable across runs: article, sentence span and the value as written."""
    key = f"{claim.article}:{claim.start}:{claim.end}:{value_text}"
    return hashlib.sha1(key.encode("utf8")).hexdigest()[:16]


def stored_claims(store: Store, *, article: str | None = None, status: str | None = None) -> list[Claim]:
    """Claims kept in ``store`` (of one article when given; of one status when given)."""
    claims = [from_dict(Claim, data) for _, data in store.items("claim", article=article)]
    return [claim for claim in claims if status is None or claim.status == status]


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
