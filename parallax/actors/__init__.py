"""Actors: the registry of states, organisations and office holders; mention linking; role checks."""

from __future__ import annotations

from .registry import Registry, load_registry

__all__ = ["Registry", "load_registry"]
