"""Tables (SQLAlchemy Core). Every change here goes with a migration in ``migrations/versions``."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, DateTime, Index, Integer, MetaData, String, Table, Text

__all__ = ["articles", "corpus", "corpus_articles", "items", "metadata"]

metadata = MetaData()

# One row per article version; ``id`` is the content hash.
articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("input_id", String),
    Column("url", Text, index=True),
    Column("source", String),
    Column("title", Text),
    Column("published", String(40)),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("language", String(16)),
    Column("author", Text),
    Column("path", Text),
    Column("raw_kind", String(8), nullable=False),
    Column("raw", Text, nullable=False),
    Column("input_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("removals", JSON, nullable=False),
    Column("offsets", JSON, nullable=False),
    Column("extra", JSON, nullable=False),
    Column("flags", JSON, nullable=False),
    Column("analysed", Boolean, nullable=False),
    Column("previous_version", String(32)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("seq", Integer, nullable=False),  # arrival order, for incremental corpus stages
)

# Per-article extracted items (mention, timex, event, quote, claim, finding, actor): span columns
# for provenance queries, the whole record as JSON.
items = Table(
    "items",
    metadata,
    Column("article", String(32), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Column("data", JSON, nullable=False),
    Index("ix_items_kind", "kind"),
)

# Results of the corpus stages (story, event, conflict, profile, copy, ...), replaced per kind
# in one transaction each time those stages run.
corpus = Table(
    "corpus",
    metadata,
    Column("kind", String(16), primary_key=True),
    Column("id", String(128), primary_key=True),
    Column("data", JSON, nullable=False),
)

# Which articles each corpus result cites (a story's members, an event's mentions, a conflict's
# sides, ...), so a page can ask for the results about some articles without reading them all.
corpus_articles = Table(
    "corpus_articles",
    metadata,
    Column("kind", String(16), primary_key=True),
    Column("id", String(128), primary_key=True),
    Column("article", String(32), primary_key=True),
    Index("ix_corpus_articles_article", "kind", "article", "id"),  # covering: a page asks by article
)
