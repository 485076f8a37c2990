"""Cross-checking: corroboration and independence, conflicts, source quality."""

from __future__ import annotations

from .conflicts import cross_check
from .corroboration import corroborate
from .quality import profile_sources

__all__ = ["corroborate", "cross_check", "profile_sources"]
