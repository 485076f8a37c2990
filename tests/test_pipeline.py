"""End to end on the samples: ingest into a store, then the corpus stages' findings."""

from __future__ import annotations

from pathlib import Path

from parallax.config import Options
from parallax.pipeline import ingest
from parallax.store import Store


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
