"""Extractor ``quotes.rules.v1``: who said what, direct and indirect, with speaker and channel.

Passes over one annotated doc, each taking only what earlier ones left:

1. the parse gives attributions with a cue ("said", "told", "according to"), a speaker and a
   clause of content (``quotes_cues``); cues inside quotation marks are the quoted person's
   own reports and are skipped;
2. quotation marks (``quotes_marks``) next to a cue the parse did not link ('"...," said X')
   and quoted fragments inside a verb's complement ('called Trump a "liar"') add quotes;
3. a reported clause inside quotation marks becomes the whole direct quote, with the pieces
   its cue interrupts kept as ``parts``;
4. layout cues (``quotes_layout``: "“...” ― Name", "NAME: ...") and quotes that continue the
   previous speaker's quote close after it.

Speakers are noun phrases; pronouns resolve to the nearest fitting antecedent
(``quotes_speaker``) and the actor linker's ``token._.actor`` gives actor ids when present.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Article, Extraction, Quote, from_dict
from ..store import Store
from .quotes_cues import (
    Attribution,
    Lexicon,
    cut_tail,
    find_attributions,
    load_lexicon,
    negated,
    trim_clause,
)
from .quotes_layout import colon_quotes, dash_quotes
from .quotes_marks import MARK, QuoteSpan, find_quote_spans, text_of
from .quotes_model import is_model_source, model_quotes
from .quotes_speaker import Speaker, can_hold, first_person, names_someone, speaker_fields, speaker_of

__all__ = ["extract_quotes", "find_quotes", "stored_quotes"]

# A quote of fewer words with no cue is a scare quote or a title, not a statement.
MIN_UNCUED_WORDS = 6
# Longest cue phrase interrupting one quote ('"A," the former ambassador said. "B."'), chars.
MAX_INTERRUPTION = 300
# How far up the parse a quoted fragment looks for the verb that reports it.
MAX_FRAGMENT_HOPS = 4
FRAGMENT_DEPS = {"dobj", "ccomp", "xcomp", "oprd", "prep", "attr", "acomp"}
# Dependents before the fragment that name what it is said of.
FRAGMENT_OBJECTS = {"dobj", "oprd", "dep", "dative"}
REFLEXIVES = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
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
    marks = find_quote_spans(text_of(doc))
    for attribution in find_attributions(doc, lexicon):
        if not _inside_marks(attribution, marks) and _can_speak(attribution, lexicon):
            quotes.append(_quote(doc, attribution, speakers, lexicon, article_id))
    quotes.extend(_adjacent(doc, quotes, marks, speakers, lexicon, article_id))
    quotes = _merge_marks(doc, quotes, marks)
    quotes.extend(_new(dash_quotes(doc, marks, article_id) + colon_quotes(doc, article_id), quotes))
    quotes.extend(_uncued(doc, quotes, marks, speakers, lexicon, article_id))
    quotes.extend(_new(model_quotes(doc, speakers, article_id=article_id), quotes))
    quotes.sort(key=lambda q: (q.start, q.end))
    found = _dedupe([_close_quotation(doc, quote, marks) for quote in quotes])
    for quote in found:
        quote.content = _content(text_of(doc), quote)
        quote.kind = _kind(doc, quote, lexicon)
    return [quote for quote in found if not _reflexive_evidence(quote)]


def _reflexive_evidence(quote: Quote) -> bool:
    """ "Greenstein found himself stumped", "the cast found itself meeting Biden": a verb of
    evidence whose object is its own subject tells what happened to it, not what it shows."""
    words = quote.text.split(maxsplit=1)
    return quote.kind == "evidence" and bool(words) and words[0].lower() in REFLEXIVES


def _kind(doc: Doc, quote: Quote, lexicon: Lexicon) -> str:
    """What the quote reports (speech, belief, intention, ...), from the lemma of its cue's head
    ("shot back" is said, not a stance of "back"), or of a noun the cue holds ("shown support")."""
    if quote.cue_start is None or quote.cue_end is None:
        return "speech"
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if cue is None:
        return "speech"
    # a noun of the cue names what is reported over its light verb: "have shown support for" is a
    # stance, "expressed concern" a belief
    nouns = [t.lemma_.lower() for t in cue if t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.kinds]
    return lexicon.kind_of(nouns or [cue.root.lemma_.lower()])


def _can_speak(attribution: Attribution, lexicon: Lexicon) -> bool:
    """A verb that takes an object but is no verb of saying ("challenge", "defend", "welcome")
    reports speech only from a speaker named or a pronoun, or one the span model marks as a
    source ("the petition accused ..."): "Russia's broader foreign policy stance, which seeks to
    challenge the influence of ..." is no quote. The same holds for every learned cue (belief,
    intention, stance: "the stance, which seeks to ..."), whose speaker must moreover be able to
    hold a view (``can_hold``: not "Another Trump priority", not the writer's "we")."""
    speaker = attribution.speaker
    lemma = attribution.cue.lemma_.lower()
    learned = lemma in lexicon.learned and not lexicon.is_cue(lemma)  # "seeks to", "wants": no verb of saying
    if speaker is not None and first_person(speaker) and lexicon.kind_of([lemma]) != "speech":
        return False  # "We hope that ...", "I think ...": the writer's own view, no one reported
    if not learned and (attribution.kind != "object" or speaker is None or lemma in lexicon.verbs):
        return True
    if speaker is None or (learned and not can_hold(speaker)):
        return False  # "Another Trump priority, which seeks to ...": no one to hold a view
    if speaker.tag_ in {"WP", "WDT"}:
        return names_someone(speaker)  # the model marks "which", not what it stands for
    return names_someone(speaker) or is_model_source(speaker) is not False  # None: no model to ask


def _content(text: str, quote: Quote) -> str | None:
    """The quoted pieces joined, when a cue interrupts the quote: its own attribution ("said
    Michael McFaul, former U.S. ambassador") is never part of what was said."""
    if len(quote.parts) < 2:
        return None
    return " … ".join(text[start:end].strip() for start, end in quote.parts)


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
        **speaker_fields(speaker),
        cue=attribution.cue_text,
        cue_start=attribution.cue.idx,
        cue_end=attribution.cue.idx + len(attribution.cue_text),
        direct=False,
        channel=_channel(doc, attribution, speaker, lexicon),
    )


def _new(found: list[Quote], quotes: list[Quote]) -> list[Quote]:
    """Quotes of ``found`` whose content no quote of ``quotes`` already covers."""
    return [q for q in found if not any(o.start < q.end and q.start < o.end for o in quotes)]


def _inside_marks(attribution: Attribution, marks: list[QuoteSpan]) -> bool:
    """A cue inside quotation marks is the quoted speaker's own report, not the article's."""
    idx = attribution.cue.idx
    return any(mark.closed and mark.inner_start <= idx < mark.inner_end for mark in marks)


def _channel(doc: Doc, attribution: Attribution, speaker: Speaker | None, lexicon: Lexicon) -> str | None:
    """The channel the sentence names outside the content ("told Bloomberg", "state media")."""
    sent = attribution.cue.sent
    outside = (
        text_of(doc)[sent.start_char : doc[attribution.start].idx]
        + " "
        + text_of(doc)[doc[attribution.end - 1].idx : sent.end_char]
    )
    if speaker is not None:
        outside += " " + speaker.name
    lowered = " " + " ".join(outside.lower().split()) + " "
    for phrase, channel in lexicon.channels:
        if f" {phrase} " in lowered or f" {phrase}," in lowered or f" {phrase}." in lowered:
            return channel
    return None


def _merge_marks(doc: Doc, quotes: list[Quote], marks: list[QuoteSpan]) -> list[Quote]:
    """Direct quotes: a reported clause inside quotation marks becomes the whole quote, with
    the pieces a cue interrupts ('"A," he said. "B."') kept as ``parts``."""
    for quote in quotes:
        for mark in marks:
            overlap = min(quote.end, mark.inner_end) - max(quote.start, mark.inner_start)
            if overlap <= 0:
                continue
            if (quote.start >= mark.start and quote.end <= mark.end) or overlap >= 0.8 * (quote.end - quote.start):
                pieces = _run_on(doc, marks, mark, cue_at=quote.cue_start or -1)
                quote.start, quote.end = pieces[0].inner_start, pieces[-1].inner_end
                quote.text = text_of(doc)[quote.start : quote.end]
                quote.parts = [[m.inner_start, m.inner_end] for m in pieces] if len(pieces) > 1 else []
                quote.direct = True
                break
    return quotes


def _run_on(doc: Doc, marks: list[QuoteSpan], mark: QuoteSpan, *, cue_at: int) -> list[QuoteSpan]:
    """The quoted pieces of one quote that its cue interrupts, as long as the next marks follow
    in the same paragraph with nothing but the cue phrase between."""
    pieces = [mark]
    for after in (m for m in marks if m.start >= mark.end):
        last = pieces[-1]
        gap = text_of(doc)[last.end : after.start]
        if "\n" in gap or len(gap) > MAX_INTERRUPTION:
            break
        if gap.strip(" ,.;:") and not (
            last.end <= cue_at < after.start and _only_cue(doc, last.end, after.start, cue_at)
        ):
            break
        pieces.append(after)
    return pieces


def _only_cue(doc: Doc, start: int, end: int, cue_at: int) -> bool:
    """No verb but the cue between two pieces ("he said, adding that ..." ends the quote)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} and t.idx != cue_at and t.dep_ != "relcl" for t in span)


def _cue_next_to(doc: Doc, mark: QuoteSpan, lexicon: Lexicon) -> Token | None:
    """A cue verb with a subject right after a quote ('"...," said X') or right before it
    ('X said: "..."'), when the parser did not tie the quote to it."""
    after = doc.char_span(mark.end, min(len(text_of(doc)), mark.end + 60), alignment_mode="contract")
    before = doc.char_span(max(0, mark.start - 60), mark.start, alignment_mode="contract")
    nearby = [*(list(after)[:4] if after is not None else []), *(list(before)[-3:] if before is not None else [])]
    for token in nearby:
        if token.pos_ == "VERB" and token.lemma_.lower() in lexicon.verbs:
            if any(c.dep_ == "nsubj" for c in token.children):
                return token
    return None


def _adjacent(
    doc: Doc, quotes: list[Quote], marks: list[QuoteSpan], speakers: list[Speaker], lexicon: Lexicon, article_id: str
) -> list[Quote]:
    """Quotes whose cue stands right next to them though the parse does not link the two."""
    found: list[Quote] = []
    for mark in marks:
        if any(q.start < mark.inner_end and mark.inner_start < q.end for q in quotes):
            continue
        content = doc.char_span(mark.inner_start, mark.inner_end, alignment_mode="expand")
        if content is None:
            continue
        cue = _cue_next_to(doc, mark, lexicon)
        attribution = None
        if cue is not None and not any(q.cue_start == cue.idx for q in quotes + found):
            subject = next(c for c in cue.children if c.dep_ == "nsubj")
            start, end = _around(content, cue)
            attribution = Attribution(cue, cue.text, subject, start, end, "adjacent")
        elif cue is None:
            attribution = _fragment(content, lexicon)
        if attribution is not None:
            found.append(_quote(doc, attribution, speakers, lexicon, article_id))
    return found


def _around(content: Span, cue: Token) -> tuple[int, int]:
    """The reported clause around quoted words its cue does not touch ('says he is "gratified"
    by the decision'): from after the cue to the end of the sentence; the quoted words alone
    when they follow the cue directly ('said, "..."')."""
    doc = content.doc
    if cue.i > content.start or not any(t.is_alpha for t in doc[cue.i + 1 : content.start]):
        return content.start, content.end
    start, end = trim_clause(doc, cue.i + 1, content.sent.end)
    end = cut_tail(doc, start, end)
    return (start, end) if end > content.end else (content.start, content.end)


def _fragment(content: Span, lexicon: Lexicon) -> Attribution | None:
    """ "Cruz called Trump a "pathological liar"": a quoted fragment inside the complement of
    a cue verb with a subject attributes that complement to the subject. Verbs that are not
    cues ("will take "every state"") are climbed over: their clause may be what a cue higher
    up reports ("predicted that Republicans will take "every state"")."""
    found: list[tuple[Token, Token, Token]] = []  # (verb, child on the path, subject)
    token = content.root
    for _ in range(MAX_FRAGMENT_HOPS):
        head = token.head
        if head.i == token.i:
            break
        if head.pos_ == "VERB" and head.i < content.start:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.i > head.i or token.dep_ not in FRAGMENT_DEPS:
                break
            found.append((head, token, subject))
            if lexicon.is_cue(head.lemma_):
                break
        token = head
    if not found:
        return None
    # the nearest cue verb, else the nearest verb when the fragment is what that verb says of
    # something ("rated 22% of claims as "entirely true""); a fragment inside another verb's
    # object ("has ramped up rhetoric about a "new Cold War"") says what someone did, not said
    cued = next((f for f in found if lexicon.is_cue(f[0].lemma_)), None)
    if cued is None and not _complement(content.root, found[0][1]):
        return None
    head, token, subject = cued or found[0]
    if negated(head):
        return None  # "did not elaborate on what his "full" support might look like"
    tail = [c for c in head.rights if c.i >= token.i and c.dep_ in FRAGMENT_DEPS]
    end = max([token.right_edge.i, *(c.right_edge.i for c in tail)]) + 1
    # what the verb says it of comes first: "called both Trump and Clinton "crazy""
    objects = [c for c in head.rights if c.i < token.i and c.dep_ in FRAGMENT_OBJECTS]
    start = min([token.left_edge.i, *(c.left_edge.i for c in objects)])
    # the fragment's sentence bounds what is said; the parse sometimes runs on past it
    end = cut_tail(content.doc, start, min(end, content.sent.end))
    while end > start and content.doc[end - 1].is_punct and content.doc[end - 1].text not in {'"', "”"}:
        end -= 1
    return Attribution(head, head.text, subject, start, end, "fragment")


def _complement(root: Token, child: Token) -> bool:
    """The quoted fragment (its ``root``) hangs off the verb itself or through one preposition."""
    return child.i == root.i or (child.pos_ == "ADP" and root.head.i == child.i)


def _uncued(
    doc: Doc, quotes: list[Quote], marks: list[QuoteSpan], speakers: list[Speaker], lexicon: Lexicon, article_id: str
) -> list[Quote]:
    """Quotes in marks that no cue reached: continuations of the previous direct quote, or
    quotes after a colon cue."""
    found: list[Quote] = []
    for mark in marks:
        if any(q.start <= mark.inner_start < q.end or mark.inner_start <= q.start < mark.inner_end for q in quotes):
            continue
        if len(text_of(doc)[mark.inner_start : mark.inner_end].split()) < MIN_UNCUED_WORDS:
            continue
        previous = _previous_direct(quotes + found, mark)
        if previous is None:
            continue
        if _resumes(doc, previous, mark):
            previous.parts = [*(previous.parts or [[previous.start, previous.end]]), [mark.inner_start, mark.inner_end]]
            previous.end = mark.inner_end
            previous.text = text_of(doc)[previous.start : previous.end]
            continue
        found.append(
            Quote(
                article=article_id,
                start=mark.inner_start,
                end=mark.inner_end,
                text=text_of(doc)[mark.inner_start : mark.inner_end],
                speaker=previous.speaker,
                speaker_text=previous.speaker_text,
                speaker_start=previous.speaker_start,
                speaker_end=previous.speaker_end,
                cue=previous.cue,
                cue_start=previous.cue_start,
                cue_end=previous.cue_end,
                direct=True,
                channel=previous.channel,
            )
        )
    return found


def _resumes(doc: Doc, previous: Quote, mark: QuoteSpan) -> bool:
    """'"A," said X. "B."': the quote resumes right after the sentence that names its speaker
    (in the next paragraph too, when B has no cue of its own), so B is the same statement as A
    (one quote, two parts)."""
    if not previous.direct or previous.cue_start is None or not previous.end <= previous.cue_start < mark.start:
        return False
    between = text_of(doc)[previous.end : mark.start].rstrip()
    return "\n" not in between and between.endswith((".", "!", "?")) and mark.start - previous.end <= MAX_INTERRUPTION


def _previous_direct(quotes: list[Quote], mark: QuoteSpan) -> Quote | None:
    before = [q for q in quotes if q.end <= mark.start and q.speaker]
    if not before:
        return None
    previous = max(before, key=lambda q: q.end)
    if mark.start - previous.end > CONTINUATION_GAP:
        return None
    return previous


def _close_quotation(doc: Doc, quote: Quote, marks: list[QuoteSpan]) -> Quote:
    """A quotation is never cut in the middle: content the parse ends inside quotation marks
    ('accused the campaign of "attempting to bully him' + ', although ..."') runs on to the
    closing mark."""
    for mark in marks:
        if mark.closed and quote.start <= mark.start and mark.inner_start < quote.end < mark.inner_end:
            if mark.inner_end - quote.end > MAX_INTERRUPTION or "\n" in text_of(doc)[quote.end : mark.inner_end]:
                break
            quote.end = mark.end
            quote.text = text_of(doc)[quote.start : quote.end]
            if quote.parts:
                quote.parts[-1][1] = max(quote.parts[-1][1], mark.inner_end)
            break
    return quote


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop a quote whose content lies inside another's with the same speaker, and a report
    in someone's words inside another report ("X said that Y claimed C"): C reaches the
    reader through X, whose quote holds it; Y's own quoted words stay quotes of Y."""
    kept: list[Quote] = []
    for quote in quotes:
        if any(
            other is not quote
            and other.start <= quote.start
            and quote.end <= other.end
            and (other.start, other.end) != (quote.start, quote.end)
            and (other.speaker == quote.speaker or not (quote.direct or other.direct or _quoted(quote)))
            for other in quotes
        ):
            continue
        if any((k.start, k.end, k.speaker) == (quote.start, quote.end, quote.speaker) for k in kept):
            continue
        kept.append(quote)
    return kept


def _quoted(quote: Quote) -> bool:
    """The quote's content carries quotation marks (a fragment in the speaker's own words)."""
    return MARK.search(quote.text) is not None


def quote_span(doc: Doc, quote: Quote) -> Span | None:
    """The doc span of a quote's content (None when it does not align to tokens)."""
    return doc.char_span(quote.start, quote.end, alignment_mode="expand")


def stored_quotes(store: Store, *, article: str | None = None, speaker: str | None = None) -> list[Quote]:
    """Quotes kept in ``store`` (of one article when given; whose speaker id, name or text
    contains ``speaker`` when given, case-insensitively)."""
    quotes = [from_dict(Quote, data) for _, data in store.items("quote", article=article)]
    if speaker:
        wanted = speaker.lower()
        quotes = [q for q in quotes if wanted in f"{q.speaker} {q.speaker_text}".lower()]
    return quotes
