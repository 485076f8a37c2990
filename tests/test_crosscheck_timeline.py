"""Stories of one storyline dated apart: a conflict only when nothing else explains the gap."""

from __future__ import annotations

from parallax.corpus import Corpus
from parallax.crosscheck.timeline import date_conflicts
from parallax.records import Article, Extraction, Story

MEETING = "Kim Jong Un and Vladimir Putin met in Pyongyang on {day}, signing a partnership pact."


def _corpus(second_text: str, second_published: str, second_date: str = "2024-08-15") -> Corpus:
    corpus = Corpus.of(
        (Article(id=i, text=t, published=p, source=f"outlet-{i}"), Extraction(article=i))
        for i, t, p in (
            ("a", MEETING.format(day="June 19, 2024"), "2024-06-19"),
            ("b", second_text, second_published),
        )
    )
    corpus.stories = [
        Story(id="s1", articles=["a"], storyline="line", date="2024-06-19"),
        Story(id="s2", articles=["b"], storyline="line", date=second_date),
    ]
    return corpus


def test_reports_written_together_that_date_one_meeting_apart_conflict() -> None:
    corpus = _corpus(MEETING.format(day="June 14, 2024"), "2024-06-20", "2024-06-14")
    (conflict,) = date_conflicts(corpus.stories, corpus)
    assert not conflict.related and "2024-06-14" in conflict.explanation


def test_a_date_after_publication_is_a_schedule_not_a_side() -> None:
    """A report of June 20 that dates the meeting to August 15 speaks of a plan (or is misdated):
    it is not the day of the event, so it contradicts nothing."""
    corpus = _corpus(MEETING.format(day="August 15, 2024"), "2024-06-20")
    assert date_conflicts(corpus.stories, corpus) == []


def test_reports_written_apart_tell_two_events_of_the_storyline() -> None:
    corpus = _corpus(MEETING.format(day="August 15, 2024"), "2024-08-16")
    (conflict,) = date_conflicts(corpus.stories, corpus)
    assert conflict.related


def test_a_caption_date_is_never_a_side() -> None:
    caption = "Kim Jong Un and Vladimir Putin in Pyongyang on August 15, 2024, in this photo released by KCNA.\n"
    corpus = _corpus(caption + MEETING.format(day="Wednesday"), "2024-06-20")
    assert date_conflicts(corpus.stories, corpus) == []


def test_a_date_inferred_from_the_content_says_nothing_of_when_it_was_written() -> None:
    corpus = _corpus(MEETING.format(day="August 15, 2024"), "2024-08-16")
    corpus.articles[1].published_inferred = True  # dated by its own (wrong) event date
    (conflict,) = date_conflicts(corpus.stories, corpus)
    assert not conflict.related
