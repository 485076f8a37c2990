"""Copies: near-duplicates and partial copies, robust to stuffing, linked to the earliest original."""

from __future__ import annotations

from pathlib import Path

from parallax.config import Options
from parallax.corpus import Corpus
from parallax.records import Article, Extraction
from parallax.stories.copies import align_passages, copy_pairs, find_copies, shingles

WIRE = (
    "North Korean leader Kim Jong Un pledged full support for Russia's war in Ukraine during a meeting "
    "with Russian President Vladimir Putin in Pyongyang on Wednesday.\n"
    "Putin, on his first visit to North Korea in 24 years, thanked Kim for his unwavering support against "
    "what he described as the hegemonic and imperialist policy of the United States and its allies.\n"
    "The two leaders signed a comprehensive strategic partnership treaty that includes a promise of mutual "
    "assistance if either country is attacked, state news agency KCNA reported.\n"
)
OTHER = (
    "A powerful earthquake struck off the coast of Sumatra on Monday, killing at least twelve people and "
    "damaging hundreds of homes, the national disaster agency said. Rescue teams reached the worst-hit "
    "villages by boat as aftershocks continued through the night and residents slept outdoors.\n"
)


def _article(article_id: str, text: str, published: str | None = None) -> Article:
    return Article(id=article_id, text=text, published=published)


def test_reprint_links_to_earliest_original() -> None:
    reprint = _article("c", "Breaking news from our desk.\n" + WIRE)
    pairs = copy_pairs([reprint, _article("b", WIRE, "2024-06-19"), _article("x", OTHER)])
    assert pairs == [
        {
            "copy": "c",
            "original": "b",
            "containment": pairs[0]["containment"],
            "kind": "copy",
            "passages": pairs[0]["passages"],
        }
    ]
    assert pairs[0]["containment"] > 0.9
    assert len(pairs[0]["passages"]) == 3


def test_chain_of_copies_points_to_the_first() -> None:
    articles = [
        _article("a", WIRE, "2024-06-19"),
        _article("b", WIRE + OTHER, "2024-06-20"),
        _article("c", WIRE, "2024-06-21"),
    ]
    by_copy = {p["copy"]: p["original"] for p in copy_pairs(articles)}
    assert by_copy["c"] == "a"
    assert "a" not in by_copy


def test_stuffing_does_not_hide_a_copy() -> None:
    stuffed = WIRE.replace(", ", ", Strengthening Ties ").replace(". ", ". Strengthening Ties ")
    pairs = copy_pairs([_article("a", WIRE, "2024-06-19"), _article("b", stuffed + "Strengthening Ties")])
    assert pairs and pairs[0]["copy"] == "b" and pairs[0]["kind"] == "copy"


def test_partial_copy_keeps_its_passages() -> None:
    partial = OTHER + OTHER.replace("Sumatra", "Java").replace("twelve", "nine") + WIRE.split("\n")[0] + "\n"
    pairs = copy_pairs([_article("a", WIRE, "2024-06-19"), _article("b", partial * 1)])
    assert len(pairs) == 1 and pairs[0]["kind"] == "partial"
    ((start, end),) = pairs[0]["passages"]
    assert partial[start:end].startswith("North Korean leader Kim Jong Un pledged")


def test_unrelated_articles_are_not_copies() -> None:
    assert copy_pairs([_article("a", WIRE), _article("b", OTHER)]) == []
    assert align_passages(OTHER, WIRE) == []


def test_repeated_phrases_are_not_shingles() -> None:
    stuffed = "Strengthening Ties North Korea Russia. " * 6 + "The summit ended with a treaty."
    assert len(shingles(stuffed)) < len(shingles("The summit ended with a treaty.")) + 3


def test_samples_have_no_copies(examples: Path, options: Options) -> None:
    from parallax.clean import clean_article
    from parallax.ingest import read_inputs

    articles = [clean_article(a, options=options) for a in read_inputs([str(examples)], options=options)]
    corpus = Corpus.of((a, Extraction(article=a.id)) for a in articles if isinstance(a, Article))
    find_copies(corpus, options=options)
    assert corpus.copies == []
