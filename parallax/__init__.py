"""Parallax: news articles in, a verified, source-attributed account of what happened out.

from parallax import load_options, open_store, ingest
options = load_options(db="sqlite:///news.db")
summary = ingest(["articles/"], store=open_store(options.db), options=options)
"""

from __future__ import annotations

from .config import Options, load_options
from .errors import ConfigError, InputError, ParallaxError, StageError, StoreError
from .pipeline import IngestSummary, analyze, ingest, run_corpus
from .records import (
    Actor,
    Article,
    Claim,
    Conflict,
    Event,
    EventMention,
    Extraction,
    Mention,
    Quote,
    Rejected,
    Removal,
    SourceProfile,
    Story,
)
from .store import Store, open_store

__version__ = "0.1.0"

__all__ = [
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
    "Store",
    "StoreError",
    "Story",
    "analyze",
    "ingest",
    "load_options",
    "open_store",
    "run_corpus",
]
