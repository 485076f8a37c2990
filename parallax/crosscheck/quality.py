"""Source quality: a profile per article and per publisher, each score with its reasons.

An article earns credit for specificity (named sources, quotes, numbers and dates per 100
words: what a reader can check) and loses it for what cleaning had to remove (boilerplate,
SEO stuffing, repeated paragraphs), stock filler phrases, speculation, conflicts it loses
against the other articles of its story, office anachronisms, and copying. The weights are
plain and stated in ``WEIGHTS``; every metric that moves the score becomes a reason.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from importlib import resources
from statistics import mean
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import yaml

from ..config import Options
from ..records import Article, Extraction, SourceProfile
from .metrics import conflict_positions
from .values import QUOTED

__all__ = ["WEIGHTS", "article_metrics", "profile_sources", "publisher_of", "score_article"]

if TYPE_CHECKING:
    from ..corpus import Corpus

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
NUMBER = re.compile(r"\b\d[\d,.]*\b")
DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    r"August|September|October|November|December|yesterday|today|last (?:week|month|year))\b"
)
DIRECT_QUOTE = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
NAMED_SOURCE = re.compile(
    r"\b(?!(?:He|She|It|They|We|I|You|This|That|Officials|Police)\s)"  # a pronoun names no source
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,?\s+(?:said|says|told|wrote|added|stated|hailed|criticized|criticised)\b"
    r"|\b(?:said|says|told|according to)\s+(?:the\s+)?[A-Z]"
)
# Checkable details are counted per 100 words over at least this many words: two details in a
# 30-word brief are not a denser report than forty in a 1,000-word one (the ranking must not
# reward short texts for being short).
MIN_RATE_WORDS = 250
WEIGHTS = {
    "base": 0.55,
    "specificity": 0.04,  # per unit of specificity per 100 words, up to +0.35
    "boilerplate_share": 0.2,
    "stuffing": 0.1,  # any SEO stuffing
    "repeated_paragraphs": 0.05,  # each, up to 0.15
    "filler_per_100": 0.12,  # up to 0.25
    "speculative_share": 0.25,
    "against_consensus": 0.05,  # each conflict lost
    "anachronisms": 0.1,  # each office anachronism
    "copying": 0.3,  # times the containment
}


# A few stock phrases are what any writer uses ("the carnage underscores worsening insecurity"):
# filler costs only at a rate content farms reach.
FILLER_FLOOR = 0.3  # filler phrases per 100 words below which nothing is counted against the text
MODALS = frozenset({"could", "might", "may"})
# a sentence that says whose view it reports is a report, not the writer's speculation
ATTRIBUTED = re.compile(
    r"\b(?:said|say|says|saying|told|tells?|according to|predict\w*|warn\w*|expects|believ\w*|argu\w*|wrote|"
    r"writ(?:es|ing)|claim\w*|added|suggest\w*|not(?:ed|es)|estimat\w*|forecast\w*|projected|speculat\w*|"
    r"insist\w*|contend\w*|acknowledg\w*|conced\w*|dismiss\w*|boast\w*|hop(?:e|es|ed|ing)|fear\w*|worr\w*|"
    r"think\w*|thought)\b"
)


@functools.cache
def _lexicon() -> dict[str, re.Pattern[str]]:
    """The lexicons as patterns. Speculation is matched in lower case only ("May 5" is a date)
    and a modal speculates only before "be" or "have" ("it could be", "may have fled"): "could
    lift a 737", "could barely stay in his seat", "the liftoff might of the shuttles" say what is
    possible or able, not what the writer guesses; "an unlikely challenge" describes."""
    text = resources.files("parallax").joinpath("data/crosscheck-quality.yaml").read_text(encoding="utf8")
    data: dict[str, list[str]] = yaml.safe_load(text)
    patterns = {
        name: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
        for name, words in data.items()
        if name != "speculation"
    }
    modals = [w for w in data["speculation"] if w in MODALS]
    others = [w for w in data["speculation"] if w not in MODALS]
    patterns["speculation"] = re.compile(
        r"(?<!\ban )(?<!\ba )\b(?:" + "|".join(map(re.escape, others)) + r")\b"
        r"|\b(?:" + "|".join(modals) + r")(?= (?:well |also |even |still |soon |eventually |not |never )?(?:be|have)\b)"
    )
    return patterns


# a speaker so written names no one: "he", "the terrorist group", "two unnamed senior US officials"
UNNAMED_START = frozenset(
    "the a an he she they it we i you his her their its this that these those some several many one two three "
    "four five no other another".split()
)


def _named(speaker: str) -> bool:
    """The speaker is a named source: a known actor, or a name as written ("Joseph Lombardo")."""
    if ":" in speaker or re.fullmatch(r"[A-Z][A-Z0-9-]+", speaker):
        return True
    return speaker[:1].isupper() and speaker.split()[0].lower() not in UNNAMED_START


def _own_words(text: str) -> str:
    """The writer's words: the text with what it quotes blanked out."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _speculative(sentence: str, lexicon: dict[str, re.Pattern[str]]) -> bool:
    """The writer speculates: a speculation marker in the sentence's own words, which attribute
    the view to no one ("analysts said it could fall" reports a view)."""
    own = _own_words(sentence)
    return bool(lexicon["speculation"].search(own)) and not ATTRIBUTED.search(own)


def article_metrics(article: Article, extraction: Extraction | None) -> dict[str, float]:
    """The raw quality metrics of one article (see module docstring)."""
    text = article.text
    words = max(1, len(WORD.findall(text)))
    per_100 = 100.0 / max(words, MIN_RATE_WORDS)
    removed = [r for r in article.removals if r.kind != "title"]
    input_chars = max(1, len(article.input_text or article.raw or text))
    sentences = [s for s in SENTENCE.findall(text) if len(s.split()) > 3]
    lexicon = _lexicon()
    quotes = len(DIRECT_QUOTE.findall(text))
    named = len(NAMED_SOURCE.findall(text))
    dates = len(DATE.findall(text))
    if extraction is not None:
        quotes = max(quotes, sum(1 for q in extraction.quotes if q.direct))
        named = max(named, len({q.speaker for q in extraction.quotes if q.speaker and _named(q.speaker)}))
        dates = max(dates, len(extraction.timexes))
    numbers = len(NUMBER.findall(text))
    return {
        "words": float(words),
        "details": float(named + quotes + numbers + dates),
        "boilerplate_share": round(sum(r.end - r.start for r in removed) / input_chars, 3),
        "stuffing": float(sum(1 for r in removed if r.kind == "stuffing")),
        "repeated_paragraphs": float(sum(1 for r in removed if r.kind == "duplicate")),
        "named_sources_per_100": round(named * per_100, 2),
        "quotes_per_100": round(quotes * per_100, 2),
        "numbers_per_100": round(numbers * per_100, 2),
        "dates_per_100": round(dates * per_100, 2),
        "specificity": round((named + quotes + numbers + dates) * per_100, 2),
        "speculative_share": round(sum(1 for s in sentences if _speculative(s, lexicon)) / max(1, len(sentences)), 3),
        "filler_per_100": _filler_rate(len(lexicon["filler"].findall(_own_words(text))) * 100.0 / words),
        "anachronisms": float(len([f for f in extraction.findings if f.kind == "office"]) if extraction else 0),
    }


def _filler_rate(rate: float) -> float:
    return round(rate, 2) if rate >= FILLER_FLOOR else 0.0


def score_article(metrics: dict[str, float], *, copied: str = "another article") -> tuple[float, list[str]]:
    """Score in [0, 1] and the reasons, from ``article_metrics`` plus conflict and copy metrics.
    ``copied``: what the copied share of the text is found in, as the copy reason names it."""
    w = WEIGHTS
    parts = [
        (min(0.35, w["specificity"] * metrics["specificity"]), _specificity_reason(metrics)),
        (
            -w["boilerplate_share"] * metrics["boilerplate_share"],
            f"{metrics['boilerplate_share']:.0%} of the page was boilerplate",
        ),
        (-w["stuffing"] * (metrics["stuffing"] > 0), f"{metrics['stuffing']:.0f} SEO stuffing insertions removed"),
        (
            -min(0.15, w["repeated_paragraphs"] * metrics["repeated_paragraphs"]),
            f"{metrics['repeated_paragraphs']:.0f} repeated paragraphs",
        ),
        (
            -min(0.25, w["filler_per_100"] * metrics["filler_per_100"]),
            f"{metrics['filler_per_100']:.1f} filler phrases per 100 words",
        ),
        (
            -w["speculative_share"] * metrics["speculative_share"],
            f"{metrics['speculative_share']:.0%} of sentences speculate in the writer's own words",
        ),
        (
            -w["against_consensus"] * metrics.get("against_consensus", 0),
            f"on the losing side of {metrics.get('against_consensus', 0):.0f} conflicts with other articles",
        ),
        (
            -w["anachronisms"] * metrics["anachronisms"],
            f"{metrics['anachronisms']:.0f} office anachronism{'' if metrics['anachronisms'] == 1 else 's'}",
        ),
        (
            -w["copying"] * metrics.get("copying", 0),
            f"{metrics.get('copying', 0):.0%} of its text is found in {copied}",
        ),
    ]
    score = max(0.0, min(1.0, w["base"] + sum(value for value, _ in parts)))
    reasons = [
        f"{'+' if value > 0 else '-'}{abs(value):.2f}: {reason}" for value, reason in parts if abs(value) >= 0.01
    ]
    return round(score, 3), sorted(reasons, key=lambda r: -float(r[1:5]))


def _specificity_reason(metrics: dict[str, float]) -> str:
    per_100 = (
        f"{metrics['specificity']:.1f} checkable details per 100 words "
        f"(named sources {metrics['named_sources_per_100']:.1f}, quotes {metrics['quotes_per_100']:.1f}, "
        f"numbers {metrics['numbers_per_100']:.1f}, dates {metrics['dates_per_100']:.1f})"
    )
    words = metrics["words"]
    if words >= MIN_RATE_WORDS or "details" not in metrics:
        return per_100
    count = {
        k: round(metrics[f"{k}_per_100"] * MIN_RATE_WORDS / 100)
        for k in ("named_sources", "quotes", "numbers", "dates")
    }
    return (
        f"{metrics['details']:.0f} checkable details in a {words:.0f}-word text, scored as {MIN_RATE_WORDS} words "
        f"(named sources {count['named_sources']}, quotes {count['quotes']}, numbers {count['numbers']}, "
        f"dates {count['dates']})"
    )


def profile_sources(corpus: Corpus, *, options: Options) -> None:
    """Corpus stage: one profile per article, then one per publisher (its articles' mean)."""
    positions = conflict_positions(corpus.conflicts)
    copies: dict[str, dict[str, Any]] = {}
    for record in corpus.copies:  # the closest original, when credits added a second record
        if float(record["containment"]) > float(copies.get(record["copy"], {}).get("containment", 0)):
            copies[record["copy"]] = record
    shown = Counter(c.sides[0].article for c in corpus.conflicts if c.kind == "office" and c.sides)
    profiles = []
    for article in corpus.articles:
        metrics = article_metrics(article, corpus.extractions.get(article.id))
        metrics["anachronisms"] = float(shown.get(article.id, 0))  # a withdrawn finding costs nothing
        metrics["against_consensus"] = float(positions.get(article.id, 0))
        copy = copies.get(article.id)
        metrics["copying"] = float(copy["containment"]) if copy else 0.0
        score, reasons = score_article(metrics, copied=_copied(corpus, copy))
        profiles.append(
            SourceProfile(subject=article.id, kind="article", score=score, reasons=reasons, metrics=metrics)
        )
    corpus.profiles = profiles + _publishers(corpus.articles, profiles)


def _copied(corpus: Corpus, copy: dict[str, Any] | None) -> str:
    """What a copy's shared text is found in, as true of both readings: this article copied the
    other, or both ran one text ("an article of Reuters, whose credit it carries")."""
    original = corpus.article(copy["original"]) if copy else None
    if original is None:
        return "another article"
    credited = ", whose credit it carries" if copy and copy.get("reason") else ""
    return f"an article of {publisher_of(original) or 'another publisher'}{credited}"


def publisher_of(article: Article) -> str | None:
    """The publisher: the source the input names, else the domain of its URL."""
    if article.source:
        return article.source
    domain = urlparse(article.url).netloc if article.url else ""
    return domain.removeprefix("www.") or None


def _publishers(articles: list[Article], profiles: list[SourceProfile]) -> list[SourceProfile]:
    by_publisher: dict[str, list[SourceProfile]] = defaultdict(list)
    for article, profile in zip(articles, profiles, strict=True):
        name = publisher_of(article)
        if name:
            by_publisher[name].append(profile)
    result = []
    for publisher, own in by_publisher.items():
        keys = own[0].metrics.keys()
        metrics = {k: round(mean(p.metrics[k] for p in own), 3) for k in keys}
        metrics["articles"] = float(len(own))
        losses = sorted({r for p in own for r in p.reasons if r.startswith("-")})[:5]
        reasons = [f"mean of {len(own)} articles", *losses]
        score = round(mean(p.score for p in own), 3)
        result.append(SourceProfile(subject=publisher, kind="publisher", score=score, reasons=reasons, metrics=metrics))
    return result
