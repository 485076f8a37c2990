"""Extractor ``quotes.model.v1``: attributions a small span model finds where the rules find none.

The model (``parallax/data/quotes-model``, trained by ``scripts/train_quotes.py`` on PolNeAR
``train/``) is a spaCy ``ner`` on its own hash-embedding tok2vec that labels the CONTENT, SOURCE
and CUE spans of attributions, indirect ones included ("X said that ...", "according to X",
reported speech without quotation marks). It reads only the words, so it runs on a copy of the
tokens of the sentences that hold a lexicon cue (and the sentence after each); the main parse
then judges what it proposes:

- a content is kept only with a source in its sentences (or the subject of the verb that
  governs it); the speaker comes from the source's head through ``speaker_of`` (pronouns
  resolve as for the rules' quotes);
- a content is kept only with a cue the lexicon knows (PolNeAR also marks wants, plans and
  deeds, which read as no quote in the news); a negated cue ("did not elaborate on") makes none;
- a source or cue never lies inside the content (the model's spans do not overlap).

The weights load lazily, once; without them the rules work alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..config import load_options
from ..records import Quote
from .quotes_cues import cut_tail, held, load_lexicon, negated, subject_of
from .quotes_marks import text_of
from .quotes_speaker import Speaker, can_hold, first_person, names_someone, speaker_fields, speaker_of

__all__ = ["ModelAttribution", "is_model_source", "load_model", "model_attributions", "model_quotes"]

MODEL_DIR = "data/quotes-model"
# A content the model proposes needs at least this many word tokens to be a statement.
MIN_CONTENT_WORDS = 2
# How far up the parse the content's governing verb is looked for.
_SPANS_KEY = "parallax.quotes_model"
# How far up the parse the content's governing verb is looked for.
MAX_HOPS = 3


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


def _windows(doc: Doc) -> list[tuple[int, int]]:
    """Token runs worth the model's time: each sentence with a cue the lexicon knows (every
    proposal needs one) and the sentence after it (a content may run on), adjacent ones joined."""
    lexicon = load_lexicon()
    runs: list[tuple[int, int]] = []
    cued = False
    for sentence in doc.sents:
        keep = cued
        cued = any(
            t.lower_ == "according" or lexicon.is_cue(t.lemma_.lower()) or t.lemma_.lower() in lexicon.learned
            for t in sentence
        )
        if not (keep or cued):
            continue
        if runs and runs[-1][1] == sentence.start:
            runs[-1] = (runs[-1][0], sentence.end)
        else:
            runs.append((sentence.start, sentence.end))
    return runs


def _labelled(doc: Doc, nlp: Language) -> list[tuple[str, int, int]]:
    """(label, start token, end token) the model gives the words of ``doc``, read in the windows
    that can hold an attribution (the model is the costliest step of extraction)."""
    runs = _windows(doc)
    copies = [
        Doc(nlp.vocab, words=[t.text for t in doc[a:b]], spaces=[bool(t.whitespace_) for t in doc[a:b]])
        for a, b in runs
    ]
    return [
        (ent.label_, a + ent.start, a + ent.end)
        for (a, _), labelled in zip(runs, nlp.pipe(copies), strict=True)
        for ent in labelled.ents
    ]


def _nearest(spans: list[Span], content: Span) -> Span | None:
    """The span closest to the content, in tokens, within the content's sentences."""
    first, last = content[0].sent.start, content[-1].sent.end
    inside = [s for s in spans if first <= s.start and s.end <= last]
    if not inside:
        return None
    return min(inside, key=lambda s: s.start - content.end if s.start >= content.end else content.start - s.end)


def _spans(doc: Doc) -> dict[str, list[Span]] | None:
    """The model's spans of ``doc`` by label, computed once per doc; None without the model."""
    nlp = load_model()
    if nlp is None:
        return None
    cached = doc.user_data.get(_SPANS_KEY)
    if cached is None:
        cached = {"CONTENT": [], "SOURCE": [], "CUE": []}
        for label, start, end in _labelled(doc, nlp) if len(doc) else []:
            cached.setdefault(label, []).append(doc[start:end])
        doc.user_data[_SPANS_KEY] = cached
    return dict(cached)


def model_attributions(doc: Doc) -> list[ModelAttribution]:
    """Attributions the span model finds in ``doc``, in text order (none without weights)."""
    spans = _spans(doc)
    if spans is None:
        return []
    found = []
    for content in spans["CONTENT"]:
        if sum(t.is_alpha for t in content) < MIN_CONTENT_WORDS:
            continue
        found.append(ModelAttribution(content, _nearest(spans["SOURCE"], content), _nearest(spans["CUE"], content)))
    return found


def is_model_source(token: Token) -> bool | None:
    """Whether the model marks ``token`` as part of an attribution's source (None without it)."""
    spans = _spans(token.doc)
    if spans is None:
        return None
    return any(span.start <= token.i < span.end for span in spans["SOURCE"])


def _parse_source(content: Span, cue: Span | None) -> Span | None:
    """The subject of the verb that governs the content (the model's cue, else the content's
    head in the parse): "X warned that C" when the model marked C but not X."""
    verb = cue.root if cue is not None else content.root.head
    for _ in range(MAX_HOPS):
        if verb.pos_ in {"VERB", "AUX"} and not content.start <= verb.i < content.end:
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    subject = subject_of(verb)
    if subject is None or content.start <= subject.i < content.end or subject.dep_ == "expl":
        return None
    return content.doc[subject.i : subject.i + 1]


def _speaks(cue: Span, content: Span) -> bool:
    """A cue the lexicon knows, used as the lexicon says: a noun-phrase content only after an
    object cue ("denounced the invasion"); a verb of saying, evidence or belief reports a
    clause ("said that ...", "thinks Putin is ..."), not an object ("has added others", "finds
    the pond", "the outlook indicated the chance"). PolNeAR's wants, plans and deeds ("wants
    the court reformed", "ordered forces on alert") read as no quote in the news."""
    lexicon = load_lexicon()
    clause = content.root.pos_ in {"VERB", "AUX"} or content[0].lower_ in {"that", "to", "whether", "if"}
    for token in cue:
        lemma = token.lemma_.lower()
        if lemma in lexicon.learned and not lexicon.is_cue(lemma):
            # a cue annotators mark often ("wants to", "plans to", "believes"): of a clause, or of
            # a noun phrase for a stance ("supports the bill"); "offering buttons" reports nothing
            return clause or lexicon.kinds.get(lemma) == "stance"
        if token.lower_ == "according" or lemma in lexicon.object_verbs:
            return True
        if clause and (lemma in lexicon.verbs or lemma in lexicon.clause_verbs):
            return True
    return False


def _judged_right(content: Span, source: Span, cue: Span) -> bool:
    """What the parse and the lexicon say of a proposed attribution."""
    if all(t.is_punct for t in cue):
        return False  # "China: Beijing might ...": colon layouts are the rules' (a heading is no speaker)
    if _negated(cue) or not _speaks(cue, content) or cue[-1].lower_ == "about":
        return False  # "what senators are saying about the balloons": a topic, not what was said
    if any(child.dep_ == "auxpass" for child in cue.root.children):
        return False  # "Biden is expected to amplify ...": the subject is not who expects
    if content.root.dep_ in {"nsubj", "nsubjpass"} and content.root.head.i == cue.root.i:
        return False  # "..., said the paper": the cue's subject is its speaker, not its content
    lexicon = load_lexicon()
    if first_person(source.root) and lexicon.kind_of([t.lemma_.lower() for t in cue]) != "speech":
        return False  # "We hope that ...": the writer's own view, no one reported
    if _learned_only(cue) and not (
        names_someone(source.root) and can_hold(source.root) and held(cue.root, load_lexicon())
    ):
        return False  # "Russia's broader foreign policy stance, which seeks to ...": no one holds it
    return source.root.pos_ in {"NOUN", "PROPN", "PRON"}


def _learned_only(cue: Span) -> bool:
    """The cue is one of the learned cues (belief, intention, stance) and no verb of saying."""
    lexicon = load_lexicon()
    lemmas = [t.lemma_.lower() for t in cue]
    return any(lemma in lexicon.learned for lemma in lemmas) and not any(
        lexicon.is_cue(lemma) or lemma == "according" for lemma in lemmas
    )


def _negated(cue: Span | None) -> bool:
    return cue is not None and any(negated(token) for token in cue)


# Last words that leave a content unfinished ("... from escalating and pursue", "... to fail and").
DANGLING_DEPS = {"cc", "prep", "det", "aux", "mark", "poss", "amod", "compound", "nummod", "punct"}


def _completed(content: Span) -> Span:
    """A content the model stops inside a constituent ("seeking to prevent the conflict from
    escalating and pursue" + "the release of hostages") runs on to the end of the constituents
    it holds, within its sentence, and stops where the rules' contents stop (``cut_tail``)."""
    doc = content.doc
    last = content[-1]
    if not (
        last.dep_ in DANGLING_DEPS or content.end <= last.head.i < last.sent.end or last.right_edge.i >= content.end
    ):
        return content
    inside = [t for t in content if t.head.i == t.i or not content.start <= t.head.i < content.end]
    end = max(min(t.right_edge.i + 1, t.sent.end) for t in inside)
    end = cut_tail(doc, content.start, max(end, content.end))
    while end > content.end and (doc[end - 1].is_punct or doc[end - 1].is_space) and not _closing(doc[end - 1]):
        end -= 1
    return doc[content.start : max(end, content.end)]


def _closing(token: Token) -> bool:
    return token.text in {'"', "\u201d"}


def model_quotes(doc: Doc, speakers: list[Speaker], *, article_id: str = "") -> list[Quote]:
    """Quotes of the model's attributions that have a source and no negated cue."""
    quotes = []
    for found in model_attributions(doc):
        source = found.source or _parse_source(found.content, found.cue)
        if source is None or found.cue is None or not _judged_right(found.content, source, found.cue):
            continue
        speaker = speaker_of(source.root, previous=speakers)
        speakers.append(speaker)
        content = _completed(found.content)
        quotes.append(
            Quote(
                article=article_id,
                start=content.start_char,
                end=content.end_char,
                text=text_of(doc)[content.start_char : content.end_char],
                **speaker_fields(speaker),
                cue=found.cue.text,
                cue_start=found.cue.start_char,
                cue_end=found.cue.end_char,
                direct=False,
            )
        )
    return quotes
