"""Copies and stories: near-duplicate detection and grouping articles by real-world event."""

from __future__ import annotations

from .cluster import group_stories
from .copies import find_copies
from .dates import infer_dates

__all__ = ["find_copies", "group_stories", "infer_dates"]
