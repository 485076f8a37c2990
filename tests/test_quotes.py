"""Quotes: direct and indirect attributions of the sample articles, and odd quote marks."""

from __future__ import annotations

import pytest
from conftest import sample
from spacy.language import Language

from parallax.extract.quotes import find_quotes
from parallax.extract.quotes_marks import find_quote_spans
from parallax.records import Article, Extraction, Quote


def _find(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r}: {[q.text[:60] for q in quotes]}"
    return found[0]


def _is(quote: Quote, *names: str) -> bool:
    said = f"{quote.speaker} {quote.speaker_text}".lower()
    return any(name.lower() in said for name in names)


@pytest.fixture(scope="module")
def report(analysed: dict[str, tuple[Article, Extraction]]) -> list[Quote]:
    return sample(analysed, "001")[1].quotes


@pytest.fixture(scope="module")
def wire(analysed: dict[str, tuple[Article, Extraction]]) -> list[Quote]:
    return sample(analysed, "003")[1].quotes


def test_putin_direct_quotes(report: list[Quote]) -> None:
    for fragment in (
        "provides, among other things, for mutual assistance",
        "sanctions strangulation",
        "We categorically reject",
        "Russia is fighting the hegemonic",
    ):
        quote = _find(report, fragment)
        assert quote.direct and _is(quote, "putin"), quote


def test_experts_quoted_by_name(report: list[Quote]) -> None:
    assert _is(_find(report, "pay his respects"), "McFaul")
    assert _is(_find(report, "harbinger of an even stronger partnership"), "Lami Kim")


def test_state_media_and_state_department(report: list[Quote]) -> None:
    kim = _find(report, "full support and solidarity")
    assert kim.channel == "state media"
    state = _find(report, "dozens of ballistic missiles")
    assert _is(state, "state department") and state.cue == "said"


def test_interview_with_bloomberg(report: list[Quote]) -> None:
    shin = _find(report, "10,000 shipping containers")
    assert _is(shin, "Shin Won-sik") and shin.channel == "interview" and not shin.direct


def test_pronoun_resolved(report: list[Quote]) -> None:
    wrote = _find(report, "new trade and financial network")
    assert wrote.speaker_text == "He" and _is(wrote, "putin")


def test_wire_quotes(wire: list[Quote]) -> None:
    kim = _find(wire, "full support and solidarity")
    assert _is(kim, "kim")
    kcna = _find(wire, "invincibility and durability")
    assert kcna.channel == "state media"
    blinken = _find(wire, "out of desperation")
    assert _is(blinken, "blinken") and not blinken.direct
    criticism = next(q for q in wire if q.text == "the visit")
    assert _is(criticism, "blinken") and criticism.cue == "criticized"


def test_headings_are_not_speakers(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    # "China: Beijing might view this alliance ..." is the writer's list, not China speaking.
    quotes = sample(analysed, "002")[1].quotes
    assert not [q for q in quotes if q.cue == ":"]


def test_offsets_point_into_text(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    for article, extraction in analysed.values():
        for quote in extraction.quotes:
            assert article.text[quote.start : quote.end] == quote.text
            if quote.speaker_start is not None:
                assert article.text[quote.speaker_start : quote.speaker_end] == quote.speaker_text


@pytest.mark.parametrize(
    "text",
    [
        'He said "this never closes. And then he left.',
        "“Curly open, never closed,” she said, ” and a stray close“ mark.",
        "'' Doubled apostrophes '' and `` backticks '' said the minister.",
        '"""',
        "«Guillemets» said Lavrov. \u201e Low open.",
        "",
    ],
)
def test_odd_quote_marks_never_raise(nlp: Language, text: str) -> None:
    doc = nlp(text)
    quotes = find_quotes(doc)
    for quote in quotes:
        assert doc.text[quote.start : quote.end] == quote.text


def test_multi_paragraph_quote() -> None:
    text = "“First paragraph of the quote.\n“Second paragraph,” he said."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert spans[0].inner(text).endswith("Second paragraph,")


def test_said_and_curly_quotes(nlp: Language) -> None:
    doc = nlp("“We will not back down,” the foreign minister said on Tuesday.")
    (quote,) = find_quotes(doc)
    assert quote.direct and quote.text == "We will not back down," and "foreign minister" in (quote.speaker_text or "")


def test_dash_and_colon_cues(nlp: Language) -> None:
    doc = nlp(
        "“He is not fit to be president.” ― Jane Smith\n\nPENCE: Well, look, the debate was a clear win for us.\n"
    )
    quotes = find_quotes(doc)
    signed = _find(quotes, "not fit to be president")
    assert signed.speaker_text == "Jane Smith" and signed.direct
    turn = _find(quotes, "clear win for us")
    assert turn.speaker_text == "PENCE" and turn.cue == ":"


def test_quoted_fragment_in_a_complement(nlp: Language) -> None:
    doc = nlp('Cruz labelled Trump a "pathological liar" during the rally.')
    (quote,) = find_quotes(doc)
    assert "pathological liar" in quote.text and quote.speaker_text == "Cruz"


def test_interrupted_quote_keeps_its_parts(nlp: Language) -> None:
    doc = nlp('"We will win," the minister said. "Nobody doubts it."')
    quote = _find(find_quotes(doc), "We will win")
    assert [doc.text[s:e] for s, e in quote.parts] == ["We will win,", "Nobody doubts it."]


def test_quote_resumes_after_a_longer_cue_sentence(nlp: Language) -> None:
    doc = nlp(
        "“This is in their heads. This is in their consciousness,” said Caddell, speaking of the "
        "polls. “It is one of the things worrying them.”\n\n“A new paragraph is a new quote,” he added."
    )
    quotes = find_quotes(doc)
    first = _find(quotes, "in their heads")
    assert [doc.text[s:e] for s, e in first.parts] == [
        "This is in their heads. This is in their consciousness,",
        "It is one of the things worrying them.",
    ]
    assert first.speaker_text == "Caddell"
    assert _find(quotes, "A new paragraph") is not first


def test_fragment_reported_by_a_cue_higher_up(nlp: Language) -> None:
    doc = nlp('Kasich predicted at the debate that Republicans will take "every state" if Sanders wins.')
    (quote,) = find_quotes(doc)
    assert quote.cue == "predicted" and quote.speaker_text == "Kasich"
    assert "Republicans will take" in quote.text and "Sanders wins" in quote.text


def test_fragment_keeps_what_it_is_said_of(nlp: Language) -> None:
    doc = nlp("Graham called both Trump and Democratic front-runner Hillary Clinton “crazy” on Sunday.")
    (quote,) = find_quotes(doc)
    assert quote.text.startswith("both Trump") and "crazy" in quote.text and quote.speaker_text == "Graham"


def test_aside_dash_ends_indirect_content(nlp: Language) -> None:
    doc = nlp("Sanders said he was encouraged by the plan — a modest boost for the president since 2009.")
    (quote,) = find_quotes(doc)
    assert quote.text == "he was encouraged by the plan"
    doc = nlp("Analysts said the top 1 percent -- those earning over $750,000 -- would pay more.")
    (quote,) = find_quotes(doc)
    assert quote.text.endswith("would pay more")


def test_quotation_is_not_cut_in_the_middle(nlp: Language) -> None:
    doc = nlp(
        'The petition accused the Trump campaign of "attempting to bully Mr. Nunberg into silence, '
        'although he has not disparaged Mr. Trump or any other entity." The campaign did not reply.'
    )
    quote = _find(find_quotes(doc), "attempting to bully")
    assert quote.text.startswith("the Trump campaign of")
    assert quote.text.rstrip('."').endswith("any other entity")
    assert quote.speaker_text == "The petition"


def test_colon_after_the_cue_opens_a_new_quote(nlp: Language) -> None:
    doc = nlp(
        "Trump will probably use the encounter to make some kind of news, Kall said: "
        '"I feel like he has got a surprise up his sleeve."'
    )
    quotes = find_quotes(doc)
    assert len(quotes) == 2
    assert {q.speaker_text for q in quotes} == {"Kall"}
    assert not _find(quotes, "surprise up his sleeve").parts


def test_quoted_words_inside_a_reported_clause(nlp: Language) -> None:
    doc = nlp("Trump says he is “gratified” by a Florida prosecutor’s decision to drop a battery charge against him.")
    (quote,) = find_quotes(doc)
    assert quote.text.startswith("he is “gratified”") and quote.text.endswith("against him")
    assert quote.speaker_text == "Trump" and quote.cue == "says"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator lamented that the bill had stalled in committee for a year.", "lamented"),
        ("Trump touted his plan to cut taxes for the middle class at the rally.", "touted"),
        ("“We will be back next year,” the coach quipped after the loss.", "quipped"),
    ],
)
def test_manner_of_speaking_cues(nlp: Language, text: str, cue: str) -> None:
    (quote,) = find_quotes(nlp(text))
    assert quote.cue == cue and quote.speaker_text


def test_headline_names_its_speaker_short(nlp: Language) -> None:
    doc = nlp(
        "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp\n\n"
        "Republican vice presidential nominee Mike Pence said Sunday that the tweet was a joke.\n\n"
        "Strengthening Ties: the two leaders met again in the capital on Monday."
    )
    quotes = find_quotes(doc)
    headline = _find(quotes, "Gennifer Flowers")
    assert headline.speaker_text == "Pence" and headline.cue == ":"
    assert not any("two leaders met" in q.text for q in quotes)


def test_poll_opening_a_sentence_is_its_source(nlp: Language) -> None:
    doc = nlp(
        "In a CNN national poll released Monday, Hillary Clinton held a 24-point lead over Barack Obama "
        "among black voters. In an interview, she said the race was close."
    )
    quotes = find_quotes(doc)
    poll = _find(quotes, "24-point lead")
    assert poll.speaker_text == "a CNN national poll" and poll.text.startswith("Hillary Clinton held")
    assert _find(quotes, "the race was close").cue == "said"
    assert len(quotes) == 2


def test_a_negated_cue_makes_no_quote(report: list[Quote], nlp: Language) -> None:
    # the sample article: "Kim did not elaborate on what his “full” support for Russia might look like."
    assert not [q for q in report if q.cue and q.cue.lower().startswith("elaborat")]
    doc = nlp("The minister never said that the talks had failed. The spokesman did not comment on the report.")
    assert find_quotes(doc) == []
    said = find_quotes(nlp("The minister said that the talks had not failed."))
    assert [q.text for q in said] == ["the talks had not failed"]


def test_a_quote_never_includes_its_own_attribution(report: list[Quote]) -> None:
    # the sample: “... from North Korea,” said Michael McFaul, former U.S. ambassador to Russia. “That is ...”
    mcfaul = _find(report, "pay his respects")
    assert mcfaul.content is not None and "said Michael McFaul" not in mcfaul.content
    assert mcfaul.content.startswith("I think the fact that Putin") and " … That is a giant reversal" in mcfaul.content
    assert "said Michael McFaul" in mcfaul.text  # the span, for provenance, still covers both pieces


def test_a_verb_that_is_no_cue_makes_no_quote(report: list[Quote], nlp: Language) -> None:
    # the sample: "Kim has ramped up rhetoric about a “new Cold War” and ... has called for ..."
    assert not [q for q in report if q.cue and q.cue.lower().startswith("ramp")]
    rated = find_quotes(nlp('The fact-checker rated 22 percent of his claims as "entirely true" last year.'))
    assert [q.speaker_text for q in rated] == ["The fact-checker"]


def test_descriptions_are_not_speakers(analysed: dict[str, tuple[Article, Extraction]]) -> None:
    # the sample: "Russia's broader foreign policy stance, which seeks to challenge ..." and
    # "The united front presented by Russia and North Korea may challenge ..."
    quotes = sample(analysed, "000")[1].quotes
    speakers = [(q.speaker_text or "").lower() for q in quotes]
    assert not [s for s in speakers if "stance" in s or "united front" in s]


def _said(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker_text, q.cue or "", q.text) for q in find_quotes(nlp(text))]


def test_second_report_of_the_same_speaker(nlp: Language) -> None:
    found = _said(nlp, "The minister said the talks were useful and added that more would follow.")
    assert ("The minister", "said", "the talks were useful") in found
    assert ("The minister", "added", "more would follow") in found


def test_a_named_subject_goes_on_with_its_own_acts(nlp: Language) -> None:
    # Walters knocked and told; all of it is what she said
    found = _said(nlp, "She said Walters had been knocking on doors and told a neighbour that someone had broken in.")
    assert [text for _, _, text in found] == [
        "Walters had been knocking on doors and told a neighbour that someone had broken in"
    ]


def test_a_trailing_cue_reports_the_whole_sentence(nlp: Language) -> None:
    found = _said(
        nlp,
        "The military referred to the deaths as a tragic incident and said it was reviewing them, Reuters reported.",
    )
    assert any(speaker == "Reuters" and "and said it was reviewing them" in text for speaker, _, text in found)
    assert not any(speaker == "Reuters" and text.startswith("it was reviewing") for speaker, _, text in found)


def test_object_content_leaves_out_where_it_was_said(nlp: Language) -> None:
    found = _said(
        nlp, "Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling released Thursday."
    )
    assert [text for _, _, text in found] == ["that argument"]


def test_the_addressee_opens_what_is_urged(nlp: Language) -> None:
    found = _said(nlp, "French President Emmanuel Macron urged Israel to make isolating Iran the goal.")
    assert [text for _, _, text in found] == ["Israel to make isolating Iran the goal"]


def test_according_to_plan_is_no_source(nlp: Language) -> None:
    plan = "If everything goes according to plan, the trip will mark Putin's eighth visit to the U.S."
    assert find_quotes(nlp(plan)) == []
    (police,) = find_quotes(nlp("The storm killed 12 people, according to police."))
    assert police.speaker_text == "police" and police.text == "The storm killed 12 people"


def test_a_speaker_has_no_bullet_or_line_break(nlp: Language) -> None:
    (bullet,) = find_quotes(nlp("∎ President Joe Biden said the deal was a win for workers."))
    assert bullet.speaker_text == "President Joe Biden"


def test_each_quote_says_what_kind_it_is(nlp: Language) -> None:
    quotes = find_quotes(
        nlp(
            "The minister said that the talks had failed. "
            "Senator Smith wants to cut the defence budget by a tenth. "
            "The governor believes that the state will recover by spring."
        )
    )
    kinds = {q.text: q.kind for q in quotes}
    assert kinds.get("the talks had failed") == "speech", kinds
    assert _find(quotes, "cut the defence budget").kind == "intention"
    assert _is(_find(quotes, "cut the defence budget"), "Smith")
    assert _find(quotes, "the state will recover").kind == "belief"


def test_a_learned_cue_needs_a_clause_unless_it_states_a_stance(nlp: Language) -> None:
    quotes = find_quotes(
        nlp(
            "The mayor supports the new housing bill. "
            "The Cuban government declined the offer of American doctors. "
            "Indianapolis saw a total solar eclipse in 1205."
        )
    )
    assert _find(quotes, "the new housing bill").kind == "stance"
    assert not [q for q in quotes if "offer" in q.text or "eclipse" in q.text]


def test_kinds_and_learned_cues_come_from_data() -> None:
    from parallax.extract.quotes_cues import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.kind_of(["say"]) == "speech" and lexicon.kind_of(["want"]) == "intention"
    assert {"want", "believe", "support", "hope"} <= lexicon.learned
    assert "see" not in lexicon.learned and "have" not in lexicon.learned


def test_a_learned_cue_is_asserted_of_someone(nlp: Language) -> None:
    quotes = find_quotes(
        nlp(
            "Trump refused to answer questions about whether he wants Ukraine to win the war. "
            "Do you support the new housing bill? "
            "You may consider it a smartphone manufacturer. "
            "Leavitt said Trump wanted her to tell reporters that he would be gracious."
        )
    )
    assert [q.kind for q in quotes] == ["speech"], [(q.kind, q.text) for q in quotes]


def test_a_view_is_held_by_someone_who_can_hold_it(nlp: Language) -> None:
    quotes = find_quotes(
        nlp(
            "Another Trump priority, which was blocked by four federal courts, seeks to end automatic "
            "citizenship for children born in the country. "
            "We hope that the ceasefire will hold through the winter. "
            "Officials in Ukraine worry that the aid may slow when the new president takes office."
        )
    )
    assert not [q for q in quotes if "citizenship" in q.text or "ceasefire" in q.text], [
        (q.speaker_text, q.text) for q in quotes
    ]
    assert _is(_find(quotes, "the aid may slow"), "Officials")


def test_the_writers_we_is_never_resolved_to_a_name(nlp: Language) -> None:
    quotes = find_quotes(nlp('Kim Hjelmgaard reported from Kyiv. We said "the talks will go on for weeks."'))
    assert all(q.speaker is None or "Hjelmgaard" not in q.speaker for q in quotes), [q.speaker for q in quotes]


def test_the_kind_of_a_light_verb_cue_is_its_noun(nlp: Language) -> None:
    quotes = find_quotes(
        nlp("Though many residents have expressed disapproval, some have shown support for the president's decision.")
    )
    assert _find(quotes, "the president's decision").kind == "stance"


def test_a_colon_introduction_is_not_content(nlp: Language) -> None:
    quotes = find_quotes(nlp('Yang shot back: "I am not going anywhere, and neither is my campaign," he argued.'))
    quote = _find(quotes, "not going anywhere")
    assert "shot back" not in quote.text


def test_a_model_content_runs_to_the_end_of_its_constituent(nlp: Language) -> None:
    from parallax.extract.quotes_model import _completed

    doc = nlp(
        "Blinken went on to Egypt, seeking to prevent the conflict from escalating and pursue the release of hostages."
    )
    start = next(t.i for t in doc if t.text == "to" and t.head.lemma_ == "prevent")
    pursue = next(t.i for t in doc if t.text == "pursue")
    assert _completed(doc[start : pursue + 1]).text.endswith("pursue the release of hostages")


def test_finding_oneself_somewhere_shows_nothing(nlp: Language) -> None:
    quotes = find_quotes(
        nlp(
            "Days after the attack, Rabbi Micah Greenstein found himself uncharacteristically stumped on what to say. "
            "A survey of 4,900 smokers found that most of them had bought cigarettes in the previous month."
        )
    )
    assert not [q for q in quotes if "stumped" in q.text], [q.text for q in quotes]
    assert _find(quotes, "bought cigarettes").kind == "evidence"
