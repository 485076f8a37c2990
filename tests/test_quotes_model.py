"""The quotes span model: shipped, loaded once, optional, and judged by the parse."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from parallax.extract import quotes_model
from parallax.extract.quotes import find_quotes
from parallax.extract.quotes_model import load_model, model_attributions


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PARALLAX_QUOTES_MODEL", "false")
    load_model.cache_clear()
    yield
    load_model.cache_clear()


def test_weights_are_shipped_and_loaded_once() -> None:
    model = load_model()
    assert model is not None and model.pipe_names == ["tok2vec", "ner"]
    assert load_model() is model
    assert set(model.get_pipe("ner").labels) == {"CONTENT", "SOURCE", "CUE"}  # type: ignore[attr-defined]


def test_rules_work_without_the_model(nlp: Language, without_model: None) -> None:
    assert load_model() is None
    quotes = find_quotes(nlp("The minister said that the talks had failed."))
    assert [(q.speaker_text, q.text) for q in quotes] == [("The minister", "the talks had failed")]


def test_missing_weights_leave_the_rules(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes_model, "MODEL_DIR", "data/no-such-model")
    load_model.cache_clear()
    try:
        assert load_model() is None
        assert [q.text for q in find_quotes(nlp("The minister said that the talks had failed."))] == [
            "the talks had failed"
        ]
    finally:
        load_model.cache_clear()


def test_model_spans_never_overlap_their_source(nlp: Language) -> None:
    doc = nlp(
        "Republican leaders in the Senate are increasingly convinced that the bill will fail, "
        "and several of them privately believe the president has lost patience with the talks."
    )
    for found in model_attributions(doc):
        for other in (found.source, found.cue):
            if other is not None:
                assert other.end <= found.content.start or found.content.end <= other.start
