"""The public API is explicit and pinned."""

from __future__ import annotations

import parallax


def test_public_names_are_pinned() -> None:
    assert sorted(parallax.__all__) == sorted(
        [
            "Actor",
            "Article",
            "Claim",
            "ConfigError",
            "Conflict",
            "Event",
            "EventMention",
            "Extraction",
            "IngestSummary",
            "InputError",
            "Mention",
            "Options",
            "ParallaxError",
            "Quote",
            "Rejected",
            "Removal",
            "SourceProfile",
            "StageError",
            "Story",
            "Store",
            "StoreError",
            "analyze",
            "ingest",
            "load_options",
            "open_store",
            "run_corpus",
        ]
    )
    for name in parallax.__all__:
        assert hasattr(parallax, name)


def test_environment_overrides_defaults(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PARALLAX_DB", "sqlite:///elsewhere.db")
    monkeypatch.setenv("PARALLAX_BATCH_SIZE", "7")
    options = parallax.load_options()
    assert options.db == "sqlite:///elsewhere.db" and options.batch_size == 7
    assert parallax.load_options(db="sqlite://").db == "sqlite://"
