"""Extractor: claims of one annotated article (first version: none)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Extraction

__all__ = ["extract_claims"]


def extract_claims(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.claims``."""
