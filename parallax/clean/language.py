"""Language identification of cleaned text (langdetect, seeded so results are stable)."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect

__all__ = ["detect_language"]

DetectorFactory.seed = 0
SAMPLE_CHARS = 2000  # enough for a stable guess, cheap on long articles


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    try:
        return str(detect(sample))
    except LangDetectException:
        return None
