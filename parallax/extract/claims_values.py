"""Values of claims: a number phrase read into value, range, hedge and unit.

"at least 10,000 shipping containers"  -> 10000, low 10000, hedge "at least", unit "shipping containers"
"as many as 4.8 million of the types of artillery shells" -> high 4.8e6, unit "artillery shells"
"dozens of ballistic missiles"         -> low 24, high 99, hedge "dozens of"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

__all__ = ["Value", "load_claims_lexicon", "read_value"]

NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


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


def _number(tokens: list[Token], lexicon: dict[str, Any]) -> float | None:
    """The number written by ``tokens`` ("4.8 million", "11,000", "six"), or None."""
    value: float | None = None
    for token in tokens:
        lower = token.lower_
        if NUMBER.match(lower):
            value = float(lower.replace(",", ""))
        elif lower in lexicon["scales"] and value is not None:
            value *= lexicon["scales"][lower]
        elif lower in lexicon["words"] and value is None:
            value = float(lexicon["words"][lower])
        elif lower in lexicon["scales"] and value is None:
            value = float(lexicon["scales"][lower])
    return value


def _hedge(span: Span, lexicon: dict[str, Any]) -> tuple[str | None, str | None, int]:
    """The hedge just before a number or at the start of its entity ("at least 10,000"):
    (phrase, side, first token index)."""
    doc = span.doc
    if span[0].pos_ == "DET":  # "over the past two decades" is a period, not a hedge
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


def _unit(head: Token, lexicon: dict[str, Any]) -> tuple[str | None, int]:
    """The counted noun: the head of the number, through "of" and "types of" hops; with its
    compounds ("shipping containers"). Returns (unit, last token index)."""
    noun = head
    for _ in range(4):
        pobj = next((c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
        if noun.lower_ in lexicon["unit_hops"] or noun.like_num or noun.lower_ in lexicon["vague"]:
            if pobj is None:
                break
            noun = pobj
            continue
        break
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.like_num:
        return None, head.i
    mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and not c.like_num and c.ent_type_ != "DATE"]
    first = min([noun.i, *[m.i for m in mods]])
    return noun.doc[first : noun.i + 1].text, noun.i


def read_value(span: Span) -> Value | None:
    """The value of a number entity or vague quantity ``span``, with hedge and unit."""
    lexicon = load_claims_lexicon()
    tokens = [t for t in span if t.lower_ not in {"-", "–"}]
    vague = " ".join(t.lower_ for t in tokens)
    hedge, side, first = _hedge(span, lexicon)
    value = _number(tokens, lexicon)
    low = high = value
    if vague in lexicon["vague"]:
        low, high = (float(x) for x in lexicon["vague"][vague])
        value, hedge = (
            None,
            hedge or vague + (" of" if span.end < len(span.doc) and span.doc[span.end].lower_ == "of" else ""),
        )
    elif value is None:
        return None
    elif side == "low":
        high = None
    elif side == "high":
        low = None
    head = span.root if span.root.dep_ not in {"nummod", "quantmod", "compound"} else span.root.head
    if head.i < span.end:  # "dozens of X": the number is its own head
        head = span.root
    unit, last = _unit(head, lexicon)
    if unit is not None and unit.lower() in lexicon["vague"]:  # "lent the company millions"
        unit = None
    return Value(first, max(span.end, last + 1), value, low, high, hedge, unit, head)
