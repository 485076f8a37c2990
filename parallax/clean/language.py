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
    if len(words) >= 10 and sum(word in function_words for word in words) >= share * len(words):
        return "en"
    return _detect(sample[:_DETECTOR_CHARS])


@cache
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)  # the same text gets the same answer
    return factory


def _detect(sample: str) -> str | None:
    detector = _factory().create()
    detector.n_trial = _TRIALS
    detector.append(sample)
    try:
        return str(detector.detect())
    except LangDetectException:
        return None
