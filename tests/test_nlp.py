from __future__ import annotations

from parallax.nlp import load_nlp


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own() -> None:
    nlp = load_nlp("en_core_web_sm")
    doc = nlp(
        "He died in a hospital hours later.\n\nIsrael bombs home of Hamas political leader\n\n"
        "Israeli jets bombed the Gaza home of Hamas leader Ismail Haniyeh, the Israeli military said."
    )
    sentences = [sent.text.strip() for sent in doc.sents]
    assert "Israel bombs home of Hamas political leader" in sentences
    assert sentences[-1].startswith("Israeli jets bombed")


def test_a_single_line_break_does_not_split_a_sentence() -> None:
    doc = load_nlp("en_core_web_sm")("Israeli jets bombed the Gaza home\nof the Hamas leader on Monday.")
    assert len(list(doc.sents)) == 1
