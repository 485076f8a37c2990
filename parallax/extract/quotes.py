"""Extractor ``quotes.rules.v1``: who said what, direct and indirect, with speaker and channel.

Two passes over one annotated doc:

1. the parse gives attributions with a cue ("said", "told", "according to"), a speaker and a
   clause of content (``quotes_cues``);
2. quotation marks give direct quotes (``quotes_marks``); a quote inside a reported clause
   makes that attribution mixed, a clause inside a quote takes the whole quote as content,
   and a quote with no cue of its own takes the speaker of a colon cue before it or of the
   quote it continues.

Speakers are noun phrases; pronouns resolve to the nearest fitting antecedent
(``quotes_speaker``) and the actor linker's ``token._.actor`` gives actor ids when present.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..records import Article, Extraction, Quote
from .quotes_cues import Attribution, Lexicon, find_attributions, load_lexicon
from .quotes_marks import QuoteSpan, find_quote_spans
from .quotes_speaker import Speaker, speaker_of

__all__ = ["extract_quotes", "find_quotes"]

# A quote of fewer words with no cue is a scare quote or a title, not a statement.
MIN_UNCUED_WORDS = 6
# A quote with no cue continues the previous speaker's quote this close after it (chars).
CONTINUATION_GAP = 400


def extract_quotes(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.quotes`` with the attributions of ``doc`` (never raises on odd text)."""
    extraction.quotes = find_quotes(doc, article_id=article.id)


def find_quotes(doc: Doc, *, article_id: str = "") -> list[Quote]:
    """Direct and indirect quotes of ``doc``, in text order."""
    lexicon = load_lexicon()
    speakers: list[Speaker] = []
    quotes: list[Quote] = []
    for attribution in find_attributions(doc, lexicon):
        quotes.append(_quote(doc, attribution, speakers, lexicon, article_id))
    marks = find_quote_spans(doc.text)
    quotes = _merge_marks(doc, quotes, marks)
    quotes.extend(_uncued(doc, quotes, marks, speakers, lexicon, article_id))
    quotes.sort(key=lambda q: (q.start, q.end))
    return _dedupe(quotes)


def _quote(doc: Doc, attribution: Attribution, speakers: list[Speaker], lexicon: Lexicon, article_id: str) -> Quote:
    content = doc[attribution.start : attribution.end]
    speaker = speaker_of(attribution.speaker, previous=speakers) if attribution.speaker is not None else None
    if speaker is not None:
        speakers.append(speaker)
    return Quote(
        article=article_id,
        start=content.start_char,
        end=content.end_char,
        text=content.text,
        speaker=speaker.label if speaker else None,
        speaker_text=speaker.span.text if speaker else None,
        speaker_start=speaker.span.start_char if speaker else None,
        speaker_end=speaker.span.end_char if speaker else None,
        cue=attribution.cue_text,
        direct=False,
        channel=_channel(doc, attribution, speaker, lexicon),
    )


def _channel(doc: Doc, attribution: Attribution, speaker: Speaker | None, lexicon: Lexicon) -> str | None:
    """The channel the sentence names outside the content ("told Bloomberg", "state media")."""
    sent = attribution.cue.sent
    outside = doc.text[sent.start_char : doc[attribution.start].idx] + " " + doc.text[doc[attribution.end - 1].idx : sent.end_char]
    if speaker is not None:
        outside += " " + speaker.name
    lowered = " " + " ".join(outside.lower().split()) + " "
    for phrase, channel in lexicon.channels:
        if f" {phrase} " in lowered or f" {phrase}," in lowered or f" {phrase}." in lowered:
            return channel
    return None


def _merge_marks(doc: Doc, quotes: list[Quote], marks: list[QuoteSpan]) -> list[Quote]:
    """Direct quotes: a reported clause inside quotation marks becomes the whole quote."""
    for quote in quotes:
        for mark in marks:
            overlap = min(quote.end, mark.inner_end) - max(quote.start, mark.inner_start)
            if overlap <= 0:
                continue
            if quote.start >= mark.start and quote.end <= mark.end or overlap >= 0.8 * (quote.end - quote.start):
                quote.start, quote.end = mark.inner_start, mark.inner_end
                quote.text = doc.text[quote.start : quote.end]
                quote.direct = True
                break
    return quotes


def _uncued(
    doc: Doc, quotes: list[Quote], marks: list[QuoteSpan], speakers: list[Speaker], lexicon: Lexicon, article_id: str
) -> list[Quote]:
    """Quotes in marks that no cue reached: continuations of the previous direct quote, or
    quotes after a colon cue."""
    found: list[Quote] = []
    for mark in marks:
        if any(q.start <= mark.inner_start < q.end or mark.inner_start <= q.start < mark.inner_end for q in quotes):
            continue
        if len(doc.text[mark.inner_start : mark.inner_end].split()) < MIN_UNCUED_WORDS:
            continue
        previous = _previous_direct(quotes + found, mark)
        if previous is None:
            continue
        found.append(
            Quote(
                article=article_id,
                start=mark.inner_start,
                end=mark.inner_end,
                text=doc.text[mark.inner_start : mark.inner_end],
                speaker=previous.speaker,
                speaker_text=previous.speaker_text,
                speaker_start=previous.speaker_start,
                speaker_end=previous.speaker_end,
                cue=previous.cue,
                direct=True,
                channel=previous.channel,
            )
        )
    return found


def _previous_direct(quotes: list[Quote], mark: QuoteSpan) -> Quote | None:
    before = [q for q in quotes if q.end <= mark.start and q.speaker]
    if not before:
        return None
    previous = max(before, key=lambda q: q.end)
    if mark.start - previous.end > CONTINUATION_GAP:
        return None
    return previous


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop a quote whose content lies inside another's with the same speaker and cue."""
    kept: list[Quote] = []
    for quote in quotes:
        if any(
            other is not quote
            and other.start <= quote.start
            and quote.end <= other.end
            and (other.start, other.end) != (quote.start, quote.end)
            and other.speaker == quote.speaker
            for other in quotes
        ):
            continue
        if any((k.start, k.end, k.speaker) == (quote.start, quote.end, quote.speaker) for k in kept):
            continue
        kept.append(quote)
    return kept


def quote_span(doc: Doc, quote: Quote) -> Span | None:
    """The doc span of a quote's content (None when it does not align to tokens)."""
    return doc.char_span(quote.start, quote.end, alignment_mode="expand")
