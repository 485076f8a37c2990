"""The analyst's web app and JSON API over the store (FastAPI, server-rendered Jinja2 pages)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
