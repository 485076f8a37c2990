"""Extractor: quotes of one annotated article (first version: none)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Extraction

__all__ = ["extract_quotes"]


def extract_quotes(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.quotes``."""
