"""Role check: title + name mentions compared with the registry's dated tenures."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Extraction

__all__ = ["check_roles"]


def check_roles(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.findings`` with anachronisms (first version: none)."""
