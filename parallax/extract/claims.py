"""Extractor ``claims.rules.v1``: check-worthy statements with numbers, dates, counts and firsts.

One claim per value: a count or quantity ("at least 10,000 shipping containers"), a vague
quantity ("dozens of ballistic missiles"), a duration ("six days", "a 10-year agreement"), a
dated thing ("a 2018 military agreement ... collapsed") or a first ("first visit in 24
years"). Each claim keeps its sentence as text and span, the subject and predicate of the
clause, the value read as a hedged range, the sentence's time, and its claimant: the speaker
of the quote it sits in, else None (the article itself). Modal and belief words mark it
``speculation`` or ``opinion``.
"""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Doc, Span, Token

from ..records import Article, Claim, Extraction, Quote, from_dict
from ..store import Store
from .claims_values import Value, load_claims_lexicon, read_value
from .quotes_marks import text_of

__all__ = ["describe_value", "extract_claims", "find_claims", "stored_claims"]

NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")
# spaCy's small model gives these quantifiers no entity; they are counts all the same.
VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|scores)\b(?= of)", re.IGNORECASE)


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
    for span, kind in _value_spans(doc):
        value = read_value(span) if kind != "first" else None
        if kind != "first" and value is None:
            continue
        claim = _claim(doc, span, value, kind, quotes or [], article_id, times or {})
        if claim is not None:
            claims.append(claim)
    return claims


def _value_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Spans that carry a checkable value: numbers, vague counts, durations, years, firsts."""
    found: list[tuple[Span, str]] = []
    for ent in doc.ents:
        if ent.label_ in NUMBER_LABELS and _checkworthy(ent):
            found.append((ent, "number"))
        elif ent.label_ == "DATE" and any(t.lemma_ in load_claims_lexicon()["time_units"] for t in ent):
            if any(t.like_num for t in ent) and not _is_age(ent):
                found.append((ent, "duration"))
        elif (
            ent.label_ == "DATE"
            and len(ent) == 1
            and YEAR.match(ent.text)
            and ent.root.dep_ in {"nummod", "compound", "amod"}
        ):
            found.append((ent, "year"))
        elif ent.label_ == "ORDINAL" and ent.text.lower() == "first" and not _idiom(ent):
            found.append((ent, "first"))
    for match in VAGUE.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and not any(s.start <= span.start < s.end for s, _ in found):
            found.append((span, "number"))
    return sorted(found, key=lambda item: item[0].start)


def _is_age(ent: Span) -> bool:
    """ "her 14-year-old daughter", "a 70 year old man": an age, not a duration."""
    following = ent.doc[ent.end : ent.end + 2]
    return any(t.lower_ == "old" for t in [*ent, *following])


def _idiom(ent: Span) -> bool:
    """ "in the first place", "at first": no first of anything."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return after == "place" or before == "at" or after in {",", "."}


def _checkworthy(ent: Span) -> bool:
    """Not a bare small word-number ("the two leaders", "one of its few sources")."""
    if any(t.is_digit or any(ch.isdigit() for ch in t.text) for t in ent):
        return True
    return (
        ent.start > 0 and ent.doc[ent.start - 1].pos_ not in {"DET", "PRON"} and ent.text.lower() not in {"one", "two"}
    )


def _verb(token: Token) -> Token:
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _phrase(token: Token) -> Span:
    keep = [token, *[t for c in token.children if c.dep_ not in {"relcl", "acl", "punct"} for t in c.subtree]]
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


def _subject(verb: Token, anchor: Token) -> str | None:
    """The subject of the value's clause as written (a relative pronoun stands for its noun)."""
    if anchor.dep_ in {"nsubj", "nsubjpass"}:
        return _phrase(anchor).text
    for candidate in (verb, verb.head):
        subject = next((c for c in candidate.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.tag_ in {"WDT", "WP"} and candidate.dep_ == "relcl":
            subject = candidate.head  # "..., which could hold ...": what the clause describes
        if subject is not None:
            return _phrase(subject).text
    return None


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
    subject = _subject(verb, anchor)
    if kind in {"year", "first"} and anchor.pos_ in {"NOUN", "PROPN"}:
        subject = _phrase(anchor).text
    text = sent.text.strip()
    claim = Claim(
        article=article_id,
        start=sent.start_char,
        end=sent.start_char + len(sent.text.rstrip()),
        text=text,
        subject=subject,
        predicate=verb.lemma_ if verb.pos_ in {"VERB", "AUX"} else None,
        value=value.value if value is not None and kind != "year" else None,
        low=value.low if value is not None and kind != "year" else None,
        high=value.high if value is not None and kind != "year" else None,
        hedge=value.hedge if value is not None else ("first" if kind == "first" else None),
        unit=_unit(span, value, kind) if kind != "year" else None,
        time=_time(sent, (span.start, span.end), times),
        claimant=quote.speaker if quote is not None else None,
        status=_status(verb, quote),
    )
    claim.id = _claim_id(claim, text_of(doc)[span.start_char : span.end_char])
    return claim


def _unit(span: Span, value: Value | None, kind: str) -> str | None:
    if value is None:
        return None
    if kind == "duration":  # "six days", "10-year": the time unit, not the thing that lasts
        units = load_claims_lexicon()["time_units"]
        return next((t.text for t in span if t.lemma_ in units), None)
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
