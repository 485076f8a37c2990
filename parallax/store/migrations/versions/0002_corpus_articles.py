"""Which articles each corpus result cites: ``corpus_articles``, filled from the stored results.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from parallax.store.citations import cited_articles

    table = op.create_table(
        "corpus_articles",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("article", sa.String(32), primary_key=True),
    )
    op.create_index("ix_corpus_articles_article", "corpus_articles", ["kind", "article", "id"])
    corpus = sa.table("corpus", sa.column("kind"), sa.column("id"), sa.column("data", sa.JSON))
    rows = op.get_bind().execute(sa.select(corpus.c.kind, corpus.c.id, corpus.c.data))
    links = [
        {"kind": kind, "id": key, "article": article} for kind, key, data in rows for article in cited_articles(data)
    ]
    if links:
        op.bulk_insert(table, links)


def downgrade() -> None:
    op.drop_index("ix_corpus_articles_article", "corpus_articles")
    op.drop_table("corpus_articles")
