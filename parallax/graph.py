"""The actor graph: relations between actors by period, backed by events; treaties and commitments."""

from __future__ import annotations

__all__: list[str] = []
