"""The extract stage: records out of an annotated ``Doc`` (events, quotes, claims, findings)."""

from __future__ import annotations

from .stage import extract

__all__ = ["extract"]
