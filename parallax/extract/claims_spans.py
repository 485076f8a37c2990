"""Which spans of a text carry a check-worthy value (the first half of ``claims.rules.v1``).

Kept: numbers, money, percentages and quantities (spaCy's entities), vague counts ("dozens of")
and fractions ("a third of") the small model leaves without one, ranges ("210 to 280 miles"),
lengths of time that are claimed ("sentenced to 15 years", "a 10-year agreement") and record
firsts ("the first world leader to confirm"). Left out: time adverbials ("two days later"),
scores and tallies ("30-10", "134 to 63"), ranks and labels ("No. 1", "lap 48", "on day one"), ages, numbers
inside names ("5G", "Apollo 17", "the 193-member General Assembly"), conversions in brackets,
distances that locate a place ("40 miles north of the Arctic Circle"),
the totals of ratios ("1 in 5"), and questions.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .claims_values import VULGAR, Value, load_claims_lexicon
from .quotes_marks import text_of

__all__ = ["is_empty", "value_spans"]

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
ELAPSED = frozenset({"ago", "later"})
TIME_ADVERBIAL = {"ago", "later", "earlier", "past", "last", "next", "coming", "recent", "previous", "into"}
ADVERBIAL_PREPS = {"in", "over", "during", "within", "after", "before", "since", "until", "throughout", "into"}


def is_empty(value: Value) -> bool:
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


def value_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Spans that carry a checkable value: numbers, vague counts, shares, durations, firsts."""
    found: list[tuple[Span, str]] = []
    for ent in (e for e in doc.ents if not _is_question(e.sent) and _has_verb(e.sent)):
        if ent.label_ in NUMBER_LABELS and _checkworthy(ent):
            found.append((ent, "number"))
        elif ent.label_ == "DATE" and any(_time_unit(t) for t in ent):
            numbered = any(t.like_num or VULGAR.fullmatch(t.text) for t in ent) and not _numbered_time(ent)
            if numbered and not _is_age(ent) and not _is_adverbial(ent):
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


def _has_verb(sent: Span) -> bool:
    """A sentence without a verb states nothing ("Age: 52.", "52.", a label); a headline-style
    one does ("Twelve people and 70 wounded.")."""
    return any(t.pos_ in {"VERB", "AUX"} for t in sent)


def _merge_ranges(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "210" + "to" + "280 miles", "between 6.0" + "and" + "6.9", "30" + "or" + "40 people": one
    range, not two numbers."""
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
    if len(between) != 1 or between[0].lower_ not in {"to", "-", "–", "and", "or"}:
        return False
    opener = first.doc[first.start - 1].lower_ if first.start > 0 else ""
    if opener == "by" or (not second[0].like_num and second[0].is_alpha):
        return False  # "rose by $5 to around $90": a change and where it ended, not a range
    if between[0].lower_ == "or":  # "30 or 40 people"; not "3.4 million or 2.1%", "5.1 million pounds or 2,300 tons"
        bare = first[-1].like_num or first[-1].lower_ in load_claims_lexicon()["scales"]
        return bare and first.label_ == second.label_
    return between[0].lower_ != "and" or "between" in {opener, first[0].lower_}


def _is_period(span: Span) -> bool:
    """ "the first half of this year", "the latter half": a stretch of time, not a share."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.pos_ == "ADJ" or before.ent_type_ == "ORDINAL")


def _numbered_time(ent: Span) -> bool:
    """ "on day one", "in year two", "week 3 of the strike": a number after a singular unit of time
    labels that day or year (a count comes before its unit: "one day")."""
    numbers = [t for t in ent if t.like_num]
    return bool(numbers) and all(
        t.i > ent.start and t.doc[t.i - 1].tag_ == "NN" and _time_unit(t.doc[t.i - 1]) for t in numbers
    )


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


def _elapsed(ent: Span) -> bool:
    """ "six laps later", "three votes ago": a count that says when, not how many."""
    doc = ent.doc
    noun = ent.root.head if ent.root.dep_ == "nummod" else ent.root
    after = doc[noun.i + 1 : noun.i + 3]
    if noun.i + 1 < ent.end or not after or after[0].lower_ not in ELAPSED:
        return False
    return len(after) == 1 or after[1].is_punct  # "six laps later," but not "$1.7 million earlier this year"


def _locates(ent: Span) -> bool:
    """ "about 40 miles north of the Arctic Circle", "a community 50 miles southeast of New
    Orleans": a distance before a compass direction says where a place lies, not a claim."""
    head = ent.root.head
    return ent.root.dep_ == "npadvmod" and head.lower_ in load_claims_lexicon()["directions"]


def _checkworthy(ent: Span) -> bool:
    """Not a bare small word-number ("the two leaders", "one of its few sources"), a score
    ("30-10"), part of a name ("5G", "the 2016 Republican field"), a rank ("No. 1") or a day
    ("June 6 and 7"), or the total of a ratio ("1 in 5", "20 of 71 laps": the first number holds it)."""
    doc = ent.doc
    if SCORE.match(ent.text.replace(" ", "")) or _is_name_part(ent) or _is_rank_or_day(ent) or _is_age(ent):
        return False
    if any(t.lower_ in load_claims_lexicon()["fractions"] for t in ent) and (_is_period(ent) or _is_epithet(ent)):
        return False
    if _locates(ent):
        return False
    if _in_score(ent) or _elapsed(ent) or (ent.start > 0 and doc[ent.start - 1].lower_ == "per"):
        return False  # "per 1,000 people": the base of a rate, not a count
    if ent.start >= 2 and doc[ent.start - 1].lower_ in {"in", "of", "every"} and _after_number(doc, ent.start - 1):
        return False
    if any(t.is_digit or any(ch.isdigit() for ch in t.text) for t in ent):
        return True
    lexicon = load_claims_lexicon()
    if any(t.lower_ in lexicon["fractions"] for t in ent) or ent.text.lower() in lexicon["vague"]:
        return True
    return (ent.start == 0 or doc[ent.start - 1].pos_ not in {"DET", "PRON"}) and ent.text.lower() not in {"one", "two"}
