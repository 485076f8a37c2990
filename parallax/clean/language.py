"""Language identification of cleaned text, on a sample, cheap for the common case.

English is recognised by the share of its commonest function words
(``parallax/data/clean-language.yaml``); anything else goes to langdetect, seeded so results
are stable.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml
from langdetect import DetectorFactory, LangDetectException
from langdetect.detector_factory import PROFILES_DIRECTORY

__all__ = ["detect_language"]

SAMPLE_CHARS = 1500  # enough for a stable guess, cheap on long articles
_DETECTOR_CHARS = 600  # langdetect's cost grows with the text; a few sentences settle the language
_TRIALS = 3  # langdetect's default of 7 random trials costs more than it adds on clean text
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 4  # fewer words than this say nothing about the language by their function words
_NAMES_ONLY = 10
_FEW_WORDS = 60
_SURE_ON_FEW_WORDS = 0.995


@cache
def _english() -> tuple[frozenset[str], float]:
    data = yaml.safe_load(resources.files("parallax").joinpath("data/clean-language.yaml").read_text(encoding="utf8"))
    return frozenset(data["words"]), float(data["share_for_english"])


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, None when there is too little text to tell."""
    middle = max(0, len(text) // 2 - SAMPLE_CHARS // 2)
    sample = text[middle : middle + SAMPLE_CHARS]  # the middle: away from leftover headers and footers
    words = _WORD.findall(sample.lower())
    if sum(len(word) for word in words) < 20:
        return None
    function_words, share = _english()
    english = sum(word in function_words for word in words)
    if len(words) >= _MIN_WORDS and english >= share * len(words):
        return "en"
    if len(words) < _FEW_WORDS and english >= max(2, share / 2 * len(words)):
        return "en"  # a short text full of names still reads English by its "the", "in", "on"
    if len(words) < _NAMES_ONLY:
        return None  # a headline of names ("Kim Jong Un met Vladimir Putin") tells no language
    guess = _detect(sample[:_DETECTOR_CHARS])
    # on a sentence or two langdetect guesses wildly (one English sentence came out Tagalog):
    # there, only a sure guess counts, and an unsure one leaves the language unknown
    if guess is not None and len(words) < _FEW_WORDS and guess[1] < _SURE_ON_FEW_WORDS:
        return None
    return guess[0] if guess else None


@cache
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)  # the same text gets the same answer
    return factory


def _detect(sample: str) -> tuple[str, float] | None:
    """langdetect's best language and its probability."""
    detector = _factory().create()
    detector.n_trial = _TRIALS
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return str(best.lang), float(best.prob)
