"""Cross-checking: corroboration and independence, conflicts, source quality."""

from __future__ import annotations

from .conflicts import cross_check
from .quality import profile_sources

__all__ = ["cross_check", "profile_sources"]
