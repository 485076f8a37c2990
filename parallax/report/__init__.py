"""The story dossier: one structure (``build_dossiers``), rendered as Markdown, HTML or JSON."""

from __future__ import annotations

from .dossier import build_dossier, build_dossiers, render

__all__ = ["build_dossier", "build_dossiers", "render"]
