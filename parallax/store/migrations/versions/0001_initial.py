"""Initial schema: articles, per-article items, corpus results.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("input_id", sa.String),
        sa.Column("url", sa.Text, index=True),
        sa.Column("source", sa.String),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("published_inferred", sa.Boolean, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("author", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("raw_kind", sa.String(8), nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("input_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("removals", sa.JSON, nullable=False),
        sa.Column("offsets", sa.JSON, nullable=False),
        sa.Column("extra", sa.JSON, nullable=False),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("analysed", sa.Boolean, nullable=False),
        sa.Column("previous_version", sa.String(32)),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "items",
        sa.Column("article", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_items_kind", "items", ["kind"])
    op.create_table(
        "corpus",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("corpus")
    op.drop_index("ix_items_kind", "items")
    op.drop_table("items")
    op.drop_table("articles")
