"""Extractor: events of one annotated article (first version: none)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Extraction

__all__ = ["extract_events"]


def extract_events(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.events``."""
