"""Values of claims: a number phrase read into value, range, hedge and unit.

"at least 10,000 shipping containers"  -> 10000, low 10000, hedge "at least", unit "shipping containers"
"as many as 4.8 million of the types of artillery shells" -> high 4.8e6, unit "artillery shells"
"dozens of ballistic missiles"         -> low 24, high 99, hedge "dozens of"
"more than a third of the world's electronics" -> 33.3, low 33.3, hedge "more than", unit "percent",
                                          of "the world's electronics"
"around $8 billion"                    -> 8e9, hedge "around", unit "USD"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

__all__ = ["Value", "load_claims_lexicon", "read_value"]

NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
VULGAR = re.compile(r"(\d*)([½⅓⅔¼¾⅕⅛])")  # "6½": a whole and a vulgar fraction in one token
SLASHED = re.compile(r"(\d+)/(\d+)")  # "1/2" after a whole number: "6 1/2 years"
RANGE_WORDS = {"to", "-", "–", "and", "or"}  # "30 or 40 people": an estimate between the two
PERCENT_WORDS = {"%", "percent"}  # "10% to 15%", "10 percent to 15 percent": each bound keeps its sign


@lru_cache(maxsize=1)
def load_claims_lexicon() -> dict[str, Any]:
    """The lexicon shipped in ``parallax/data/claims-lexicon.yaml``."""
    text = resources.files("parallax").joinpath("data/claims-lexicon.yaml").read_text(encoding="utf8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@dataclass
class Value:
    """A number phrase: tokens [start, end) of the doc, with what they say."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    hedge: str | None
    unit: str | None
    head: Token  # the token the phrase attaches to the sentence through
    whole: Span | None = None  # what a percentage is of ("44 percent of the Hispanic vote")
    rate: bool = False  # a percentage before its noun is that thing's rate ("a 25% tariff"), not a share of it


def _number(tokens: list[Token], lexicon: dict[str, Any]) -> float | None:
    """The number written by ``tokens`` ("4.8 million", "11,000", "six"), or None; a fraction
    alone is a percentage ("two-thirds" -> 66.7), before a scale a multiplier ("half a million")."""
    value: float | None = None
    fraction: float | None = None
    for token in tokens:
        lower = token.lower_
        if lower in lexicon["fractions"] and _is_fraction(token, value, lexicon):
            fraction = (value if value is not None else 1.0) / lexicon["fractions"][lower]
            value = None
        elif NUMBER.match(lower):
            value = float(lower.replace(",", ""))
        elif match := VULGAR.fullmatch(lower):  # "6½", or "½" after its whole: "3 ½ months"
            whole = float(match.group(1)) if match.group(1) else (value or 0.0)
            value = whole + unicodedata.numeric(match.group(2))
        elif (match := SLASHED.fullmatch(lower)) and value is not None and 0 < int(match[1]) < int(match[2]):
            value += int(match[1]) / int(match[2])  # "6 1/2": a whole and a fraction
        elif lower in lexicon["scales"] and (value is not None or fraction is not None):
            value = (value if value is not None else 1.0) * lexicon["scales"][lower]
        elif lower in lexicon["words"] and value is None and fraction is None and _counts_alone(token, lexicon):
            value = float(lexicon["words"][lower])
        elif lower in lexicon["words"] and value is not None and 20 <= value < 100 and value % 10 == 0:
            value += lexicon["words"][lower] if lexicon["words"][lower] < 10 else 0  # "ninety-six"
        elif lower in lexicon["scales"] and value is None:
            value = float(lexicon["scales"][lower])
    if fraction is not None:
        return round(fraction * 100, 1) if value is None else fraction * value
    return value


def _counts_alone(token: Token, lexicon: dict[str, Any]) -> bool:
    """ "a" and "an" are a number only before a scale, a fraction or a unit of time ("a dozen",
    "a third", "a year"); not in "a row", "a second day"."""
    if token.lower_ not in {"a", "an"}:
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    unit = following.lemma_ in lexicon["time_units"] and following.pos_ == "NOUN"
    after = token.doc[following.i + 1] if following.i + 1 < len(token.doc) else None
    share = following.lower_ in lexicon["fractions"] and (after is None or not after.is_alpha or after.lower_ == "of")
    return following.lower_ in lexicon["scales"] or share or unit  # not "a fifth day"


def _is_fraction(token: Token, before: float | None, lexicon: dict[str, Any]) -> bool:
    """ "a third", "two-thirds", "half": a fraction; "the eighth day", "a third term": an ordinal."""
    if token.lower_ in {"half", "halves", "quarter", "quarters"} or token.lower_.endswith("s"):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return before is not None and (following is None or following.lower_ == "of" or not following.is_alpha)


def _hedge(span: Span, lexicon: dict[str, Any]) -> tuple[str | None, str | None, int]:
    """The hedge just before a number or at the start of its entity ("at least 10,000"):
    (phrase, side, first token index)."""
    doc = span.doc
    if span[0].lower_ in {"the", "this", "that", "these", "those"}:  # "over the past two decades": a period
        return None, None, span.start
    for side in ("low", "high", "about"):
        for phrase in sorted(lexicon["hedges"][side], key=len, reverse=True):
            words = phrase.split()
            if [t.lower_ for t in span[: len(words)]] == words and len(span) > len(words):
                return phrase, side, span.start
            first = span.start - len(words)
            if first >= 0 and [t.lower_ for t in doc[first : span.start]] == words:
                return phrase, side, first
    return None, None, span.start


def _unit(head: Token, lexicon: dict[str, Any], after: int) -> tuple[str | None, int]:
    """The counted noun: the head of the number, through "of" and "types of" hops; with its
    compounds after the number (``after``: "shipping containers"). Returns (unit, last token index)."""
    noun = head
    for _ in range(4):
        pobj = next((c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
        if noun.lower_ in lexicon["unit_hops"] or noun.like_num or noun.lower_ in lexicon["vague"]:
            if pobj is None:
                break
            noun = pobj
            continue
        break
    if noun.pos_ == "PROPN" and noun.ent_type_ != "NORP":
        noun = _common_noun_after(head) or noun  # "4,300 Wal-Mart and Sam's Club stores": a name taken for the noun
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.like_num or not any(ch.isalpha() for ch in noun.text):
        return None, head.i
    mods = [
        c
        for c in noun.lefts
        if c.dep_ in {"compound", "amod"} and not c.like_num and c.ent_type_ != "DATE" and c.i >= after
    ]
    first = min([noun.i, *[t.i for m in mods for t in m.subtree if t.i >= after and t.is_alpha]])
    last = noun.i
    doc = noun.doc
    while last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_:
        if doc[last + 1].whitespace_ or not doc[last + 2].is_alpha:
            break
        last += 2  # "18 co-defendants": the tagger split the word at its hyphen
    return doc[first : last + 1].text, last


def _common_noun_after(head: Token) -> Token | None:
    """The first common noun after a number, across the names, hyphens and brackets between."""
    for token in head.doc[head.i + 1 : head.i + 10]:
        if token.sent != head.sent or token.pos_ in {"VERB", "AUX", "PRON"} or token.text in {",", ";", ":"}:
            return None
        if token.pos_ == "NOUN" and not token.like_num:
            return token
    return None


def _number_root(span: Span) -> Token:
    """The token the number hangs from the sentence by: the span's root, or its number when the
    span starts with an article that attaches elsewhere ("an estimated 4 million recipients": "million")."""
    numbers = [t for t in span if t.like_num and not span.start <= t.head.i < span.end]
    return numbers[0] if span.root.dep_ == "det" and numbers else span.root


def _whole(token: Token) -> Span | None:
    """What a percentage or fraction is of: the object of its "of" ("the world's electronics"),
    with the phrases that say which ("the population in Gaza", "people surveyed in Lebanon")."""
    pobj = next((c for p in token.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    cut = {"relcl", "punct", "appos", "cc", "conj"}
    keep = [pobj, *[t for c in pobj.children if c.dep_ not in cut and _qualifies(c) for t in c.subtree]]
    whole = pobj.doc[min(t.i for t in keep) : max(t.i for t in keep) + 1]
    opened = [t.i for t in whole if t.text == "("]
    if opened and not any(t.text == ")" for t in whole):  # "... Efficiency (DOGE": no half a bracket
        whole = pobj.doc[whole.start : max(opened[-1], pobj.i + 1)]
    return whole


def _qualifies(child: Token) -> bool:
    """A phrase after the whole that says which whole: where ("the population in Gaza"), of what,
    or a participle ("400 people surveyed in Lebanon"); not a time ("... in 2021") or a clause."""
    if child.dep_ == "acl":
        return child.tag_ == "VBN"
    if child.dep_ == "prep":
        return not any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"} for t in child.subtree)
    return True


def _noun_phrase(noun: Token, sign: Token) -> Span:
    """ "half the population of Gaza": the noun a fraction stands before, with what follows the fraction."""
    keep = [
        noun,
        *[t for c in noun.children if c.dep_ not in {"relcl", "acl", "punct"} and c.i > sign.i for t in c.subtree],
    ]
    return noun.doc[min(t.i for t in keep) : max(t.i for t in keep) + 1]


def _currency(span: Span, head: Token, lexicon: dict[str, Any]) -> str | None:
    """The ISO code of the money ``span`` counts: a symbol in it or just before it, or its noun."""
    doc = span.doc
    before = doc[span.start - 1 : span.start] if span.start > 0 else doc[0:0]
    for token in [*before, *span]:
        prefix = doc[token.i - 1].lower_ + token.lower_ if token.i > 0 and not doc[token.i - 1].whitespace_ else ""
        code = lexicon["currency_symbols"].get(prefix) or lexicon["currency_symbols"].get(token.lower_)
        if code:
            return str(code)
    word = lexicon["currency_words"].get(head.lower_) if head.pos_ == "NOUN" else None
    return str(word) if word else None


def _share_sign(span: Span, lexicon: dict[str, Any]) -> Token | None:
    """The fraction word of a share ("a third of"), not of a multiplier ("half a million")."""
    sign = next((t for t in reversed(span) if t.lower_ in lexicon["fractions"]), None)
    if sign is None or any(t.lower_ in lexicon["scales"] for t in span if t.i > sign.i):
        return None
    return sign


def _shares_noun(sign: Token) -> bool:
    """ "half the population", "a third more": the fraction stands before what it divides."""
    following = sign.doc[sign.i + 1] if sign.i + 1 < len(sign.doc) else None
    return following is not None and following.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}


def _percent_sign(span: Span, lexicon: dict[str, Any]) -> Token | None:
    """The "percent", "%" or "per cent" of ``span`` or just after it."""
    doc = span.doc
    for token in doc[span.start : min(span.end + 2, len(doc))]:
        if token.lower_ in lexicon["percent"] and (token.lower_ != "cent" or doc[token.i - 1].lower_ == "per"):
            return token if token.lower_ != "per" else None
    return None


def _ratio(span: Span) -> Token | None:
    """The denominator of "1 in 5", "two out of every three" just after ``span``."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : span.end + 4]]
    skip = 1 if words[:1] == ["in"] else 3 if words[:3] == ["out", "of", "every"] else 0
    if not skip or span.end + skip >= len(doc):
        return None
    token = doc[span.end + skip]
    written = NUMBER.match(token.text) or token.lower_ in load_claims_lexicon()["words"]
    return token if written and token.ent_type_ != "DATE" else None


def _partitive_total(span: Span) -> Token | None:
    """The total of "N of M X" or "N out of M X" just after ``span``."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : span.end + 2]]
    skip = 1 if words[:1] == ["of"] else 2 if words == ["out", "of"] else 0
    if not skip or span.end + skip >= len(doc):
        return None
    token = doc[span.end + skip]
    return token if token.like_num and token.ent_type_ != "DATE" else None


def _ratio_value(first: int, value: float, ratio: Token, side: str | None, hedge: str | None, head: Token) -> Value:
    """ "1 in 5 registered voters": 20 percent of registered voters."""
    noun = ratio.head if ratio.dep_ == "nummod" else ratio
    whole = noun.doc[min(t.i for t in noun.subtree if t.i > ratio.i) : noun.i + 1] if noun.i > ratio.i else None
    share = round(value * 100 / (_number([ratio], load_claims_lexicon()) or 1.0), 1)
    low, high = (None if side == "high" else share), (None if side == "low" else share)
    return Value(first, max(noun.i, ratio.i) + 1, share, low, high, hedge, "percent", head, whole)


def _range(span: Span, lexicon: dict[str, Any]) -> tuple[float, float] | None:
    """The bounds of a range written in ``span`` ("210 to 280", "80,000 - 100,000", "between 6.0
    and 6.9", "$1 billion to $3 billion", "1.5 to 2 million": the scale of the second applies to
    the first when the first has none)."""
    tokens = list(span)
    for k, token in enumerate(tokens[1:-1], start=1):
        before = tokens[k - 1]
        signed = before.lower_ in PERCENT_WORDS and not _after_change(span)
        if token.lower_ not in RANGE_WORDS or (
            not before.like_num and before.lower_ not in lexicon["scales"] and not signed
        ):
            continue
        if token.lower_ == "and" and tokens[0].lower_ != "between":
            return None
        first, second = tokens[:k], tokens[k + 1 :]
        if not any(t.like_num for t in second[:2]):  # "two-thirds" is one fraction
            return None
        low, high = _number(first, lexicon), _number(second, lexicon)
        if low is None or high is None:
            return None
        scale = next((lexicon["scales"][t.lower_] for t in second if t.lower_ in lexicon["scales"]), None)
        if scale is not None and not any(t.lower_ in lexicon["scales"] for t in first):
            low *= scale
        return (low, high) if low <= high else None
    return None


def _after_change(span: Span) -> bool:
    """ "rose 0.2% to 3.1%", "fell by 5% to 7%": a change and the level it reached, not a range."""
    opener = span.doc[span.start - 1] if span.start > 0 else None
    return opener is not None and (opener.pos_ in {"VERB", "AUX"} or opener.lower_ in {"by", "from"})


def _changes(span: Span) -> bool:
    """ "from 48,000 to 71,000" after a verb: a change from one value to another."""
    doc = span.doc
    opener = span[0] if span[0].lower_ == "from" else doc[span.start - 1] if span.start > 0 else None
    return opener is not None and opener.lower_ == "from" and opener.head.pos_ == "VERB"


def read_value(span: Span) -> Value | None:
    """The value of a number entity or vague quantity ``span``, with hedge and unit."""
    lexicon = load_claims_lexicon()
    tokens = [t for t in span if t.lower_ not in {"-", "–"}]
    vague = " ".join(t.lower_ for t in tokens)
    hedge, side, first = _hedge(span, lexicon)
    value = _number(tokens, lexicon)
    low = high = value
    bounds = _range(span, lexicon)
    if bounds is not None:  # "210 to 280 miles", "between $1 billion to $3 billion"
        value, (low, high), side = None, bounds, None
    if vague in lexicon["vague"]:
        low, high = (float(x) for x in lexicon["vague"][vague])
        value, hedge = (
            None,
            hedge or vague + (" of" if span.end < len(span.doc) and span.doc[span.end].lower_ == "of" else ""),
        )
    elif (value is None and bounds is None) or any(t.lower_ in lexicon["indefinite"] for t in tokens):
        return None  # "a few miles", "several weeks": no number to check
    elif side == "low":
        high = None
    elif side == "high":
        low = None
    root = _number_root(span)
    head = root if root.dep_ not in {"nummod", "quantmod", "compound"} else root.head
    if root.like_num and root.dep_ == "npadvmod" and root.head.dep_ == "amod" and root.head.head.pos_ == "NOUN":
        head = root.head.head  # "4.3 million more workers": the workers, past the comparative
    if head.i < span.end:  # "dozens of X": the number is its own head
        head = span.root
    ratio = _ratio(span)
    if ratio is not None and value is not None and value < (_number([ratio], lexicon) or 0.0):
        return _ratio_value(first, value, ratio, side, hedge, head)
    sign = _share_sign(span, lexicon) or _percent_sign(span, lexicon)
    if sign is not None:
        before_noun = sign.head.i == head.i and head.pos_ == "NOUN" and _whole(sign) is None
        whole = _whole(sign) or (_noun_phrase(head, sign) if before_noun else _whole(head))
        # "half the population": a share of it; "a 25% tariff", "35 percent tax rate": its rate
        rate = before_noun and sign.lower_ not in lexicon["fractions"]
        if whole is not None and whole.root.pos_ == "PRON":
            return None  # "half of them": a share of something the sentence does not name
        if whole is None and sign.lower_ in lexicon["fractions"] and not _shares_noun(sign):
            return None  # "break you in half": no share of anything
        end = whole.end if whole is not None else span.end
        return Value(first, max(span.end, end), value, low, high, hedge, "percent", head, whole, rate)
    digits = [t.i for t in span if t.like_num or t.lower_ in lexicon["scales"] or t.lower_ in lexicon["words"]]
    total = _partitive_total(span)
    if total is not None:  # "five out of 10 incoming missiles", "20 of 71 laps": five of the missiles
        head = total.head if total.dep_ == "nummod" else head
    unit, last = _unit(head, lexicon, max(digits, default=span.end - 1) + 1)
    if unit is not None and unit.lower() in lexicon["vague"]:  # "lent the company millions"
        unit = None
    currency = _currency(span, head, lexicon)
    if currency is not None:  # "$563 million for 75 judges": the money's unit, not what it buys
        unit = currency
    if bounds is not None and unit is None and _changes(span):
        value = low = high = bounds[1]  # "rose from 48,000 to 71,000": where the change ended
    elif bounds is not None and unit is None:
        return None  # "won, 134 to 63", "between 6.0 and 6.9": a tally, or a range of nothing named
    return Value(first, max(span.end, last + 1), value, low, high, hedge, unit, head)
