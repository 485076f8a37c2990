"""Corpus record ids are unique by construction, whatever the extractions hold."""

from __future__ import annotations

from parallax.config import Options
from parallax.corpus import Corpus
from parallax.crosscheck import corroborate
from parallax.ids import IdMint
from parallax.records import Article, Event, EventMention, Extraction, Quote, Story
from parallax.stories.events import merge_events

SENTENCE = "Prosecutors accused Brian Nichols of the courthouse shooting."


def test_a_mint_never_gives_an_id_twice() -> None:
    mint = IdMint("event")
    first, second, other = mint("ACCUSE:a:0:accused"), mint("ACCUSE:a:0:accused"), mint("ACCUSE:a:9:accused")
    assert len({first, second, other}) == 3
    assert second == f"{first}-2"  # stable: the same input gives the same ids in the same order
    assert IdMint("event")("ACCUSE:a:0:accused") == first


def _mention() -> EventMention:
    return EventMention(article="a", start=0, end=len(SENTENCE), text=SENTENCE, trigger="accused")


def test_two_readings_of_one_trigger_are_two_events_with_two_ids(options: Options) -> None:
    # one trigger, two codings that do not merge (the parse gave two actor sets)
    readings = [
        Event(id="m1", type="ACCUSE", actors=["person:brian-nichols"], recipients=[], mentions=[_mention()]),
        Event(id="m1", type="ACCUSE", actors=["USA"], recipients=["RUS"], mentions=[_mention()]),
    ]
    corpus = Corpus.of([(Article(id="a", text=SENTENCE), Extraction(article="a", events=readings))])
    merge_events(corpus, options=options)
    ids = [event.id for event in corpus.events]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_the_same_quote_twice_in_a_story_gives_distinct_support_records(options: Options) -> None:
    text = '"We will respond," he said. Later: "We will respond," he said.'
    quote = Quote(article="a", start=1, end=17, text="We will respond,", speaker="X")
    other = Quote(article="a", start=1, end=17, text="We will respond,", speaker="Y")
    corpus = Corpus.of([(Article(id="a", text=text, source="S"), Extraction(article="a", quotes=[quote, other]))])
    corpus.stories = [Story(id="story-1", articles=["a"])]
    corroborate(corpus, options=options)
    ids = [record["id"] for record in corpus.corroboration]
    assert len(ids) == len(set(ids)) == 2
