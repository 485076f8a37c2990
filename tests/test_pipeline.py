"""End to end on the samples: ingest into a store, then the corpus stages' findings."""

from __future__ import annotations

from pathlib import Path

from parallax.config import Options
from parallax.pipeline import ingest
from parallax.store import Store, open_store


def test_both_anachronisms_are_found_once_the_story_dates_the_articles(
    examples: Path, store: Store, options: Options
) -> None:
    ingest([str(examples)], store=store, options=options)
    conflicts = store.corpus("conflict")
    offices = sorted(c["sides"][0]["text"] for c in conflicts if c["kind"] == "office")
    assert offices == ["President Moon Jae-in", "its Foreign Minister, Yoshimasa Hayashi"]
    hayashi = next(c for c in conflicts if "Hayashi" in c["sides"][0]["text"])
    assert "Yoko Kamikawa" in hayashi["explanation"] and "2024-06-19" in hayashi["explanation"]
    contradictions = [c for c in conflicts if not c["related"]]
    # the three conflicts of the issue plus the two anachronisms, and nothing else
    assert sorted(c["kind"] for c in contradictions) == ["date", "date", "fact", "office", "office"]


WIRE = {
    "wire-arrival.txt": (
        "Putin arrives in Pyongyang\n\nPYONGYANG (Reuters) - Russian President Vladimir Putin arrived in Pyongyang "
        "early on Wednesday, June 19, 2024, for a summit with North Korean leader Kim Jong Un, state media said."
    ),
    "wire-pact.txt": (
        "Kim and Putin sign defence pact\n\nNorth Korean leader Kim Jong Un and Russian President Vladimir Putin "
        "signed a pact in Pyongyang on June 19, 2024 pledging mutual aid if either is attacked, KCNA said."
    ),
    "wire-rates.txt": (
        "Bank of Japan holds rates\n\nTOKYO - The Bank of Japan kept interest rates unchanged on Friday, "
        "June 14, 2024, and said it would trim its bond buying, Governor Kazuo Ueda told reporters."
    ),
}


def _stories(store: Store) -> set[tuple[str, frozenset[str], str | None, str | None]]:
    return {(s["id"], frozenset(s["articles"]), s.get("storyline"), s.get("date")) for s in store.corpus("story")}


def test_a_corpus_ingested_in_two_batches_has_the_stories_of_one_batch(
    examples: Path, tmp_path: Path, options: Options
) -> None:
    for name, text in WIRE.items():
        (tmp_path / name).write_text(text, encoding="utf8")
    samples = sorted(str(p) for p in examples.glob("*.txt"))
    wires = sorted(str(tmp_path / name) for name in WIRE)
    once = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    twice = open_store(f"sqlite:///{tmp_path / 'twice.db'}")
    try:
        ingest([*samples, *wires], store=once, options=options)
        ingest([samples[1], samples[3], wires[2]], store=twice, options=options)
        first = _stories(twice)
        ingest([*samples, *wires], store=twice, options=options)  # the rest; stored ones are skipped
        assert _stories(twice) == _stories(once)
        wire_ids = {a.input_id: a.id for a in once.articles() if a.input_id and a.input_id.startswith("wire-")}
        story_of = {a: s for s in once.corpus("story") for a in s["articles"]}
        assert story_of[wire_ids["wire-arrival"]]["id"] == story_of[wire_ids["wire-pact"]]["id"]
        assert len(story_of[wire_ids["wire-pact"]]["articles"]) > 2  # the wires joined the summit's reports
        rates = next(story for story in first if wire_ids["wire-rates"] in story[1])
        assert rates in _stories(twice)  # a story no new article joined keeps its id
    finally:
        once.close()
        twice.close()
