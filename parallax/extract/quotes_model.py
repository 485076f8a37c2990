"""Extractor ``quotes.model.v1``: attributions a small span model finds where the rules find none.

The model (``parallax/data/quotes-model``, trained by ``scripts/train_quotes.py`` on PolNeAR
``train/``) is a spaCy ``ner`` on its own hash-embedding tok2vec that labels the CONTENT, SOURCE
and CUE spans of attributions, indirect ones included ("X said that ...", "according to X",
reported speech without quotation marks). It reads only the words, so it runs on a copy of the
doc's tokens; the main parse then judges what it proposes:

- a content is kept only with a source in its sentences; the speaker comes from the source's
  head through ``speaker_of`` (pronouns resolve as for the rules' quotes);
- a negated cue ("did not elaborate on") makes no quote;
- a source or cue never lies inside the content (the model's spans do not overlap).

The weights load lazily, once; without them the rules work alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..config import load_options
from ..records import Quote
from .quotes_cues import negated
from .quotes_marks import text_of
from .quotes_speaker import Speaker, speaker_of

__all__ = ["ModelAttribution", "load_model", "model_attributions", "model_quotes"]

MODEL_DIR = "data/quotes-model"
# A content the model proposes needs at least this many word tokens to be a statement.
MIN_CONTENT_WORDS = 2


@lru_cache(maxsize=1)
def load_model() -> Language | None:
    """The shipped span model, loaded once; None when its weights are not installed or the
    ``quotes_model`` option (``PARALLAX_QUOTES_MODEL``) is off."""
    import spacy  # the model loads only when first needed

    if not load_options().quotes_model:
        return None
    path = Path(str(resources.files("parallax").joinpath(MODEL_DIR)))
    if not (path / "config.cfg").is_file():
        return None
    try:
        return spacy.load(path)
    except (OSError, ValueError):
        return None


@dataclass
class ModelAttribution:
    """Spans of the main doc the model labels as one attribution."""

    content: Span
    source: Span | None
    cue: Span | None


def _labelled(doc: Doc, nlp: Language) -> list[tuple[str, int, int]]:
    """(label, start token, end token) the model gives the words of ``doc``."""
    copy = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    return [(ent.label_, ent.start, ent.end) for ent in nlp(copy).ents]


def _nearest(spans: list[Span], content: Span) -> Span | None:
    """The span closest to the content, in tokens, within the content's sentences."""
    first, last = content[0].sent.start, content[-1].sent.end
    inside = [s for s in spans if first <= s.start and s.end <= last]
    if not inside:
        return None
    return min(inside, key=lambda s: s.start - content.end if s.start >= content.end else content.start - s.end)


def model_attributions(doc: Doc) -> list[ModelAttribution]:
    """Attributions the span model finds in ``doc``, in text order (none without weights)."""
    nlp = load_model()
    if nlp is None or len(doc) == 0:
        return []
    labelled = _labelled(doc, nlp)
    by_label: dict[str, list[Span]] = {"CONTENT": [], "SOURCE": [], "CUE": []}
    for label, start, end in labelled:
        by_label.setdefault(label, []).append(doc[start:end])
    found = []
    for content in by_label["CONTENT"]:
        if sum(t.is_alpha for t in content) < MIN_CONTENT_WORDS:
            continue
        found.append(
            ModelAttribution(content, _nearest(by_label["SOURCE"], content), _nearest(by_label["CUE"], content))
        )
    return found


def _negated(cue: Span | None) -> bool:
    return cue is not None and any(negated(token) for token in cue)


def model_quotes(doc: Doc, speakers: list[Speaker], *, article_id: str = "") -> list[Quote]:
    """Quotes of the model's attributions that have a source and no negated cue."""
    quotes = []
    for found in model_attributions(doc):
        if found.source is None or _negated(found.cue):
            continue
        speaker = speaker_of(found.source.root, previous=speakers)
        speakers.append(speaker)
        content = found.content
        quotes.append(
            Quote(
                article=article_id,
                start=content.start_char,
                end=content.end_char,
                text=text_of(doc)[content.start_char : content.end_char],
                speaker=speaker.label,
                speaker_text=speaker.span.text,
                speaker_start=speaker.span.start_char,
                speaker_end=speaker.span.end_char,
                cue=found.cue.text if found.cue is not None else None,
                cue_start=found.cue.start_char if found.cue is not None else None,
                cue_end=found.cue.end_char if found.cue is not None else None,
                direct=False,
            )
        )
    return quotes
