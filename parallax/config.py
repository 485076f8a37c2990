"""Settings: the commented defaults file, overridden by the environment, then by the caller."""

from __future__ import annotations

import dataclasses
import json
import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .errors import ConfigError

__all__ = ["Options", "load_options"]


@dataclass(frozen=True)
class Options:
    """One options object shared by the library, the CLI and the benchmarks."""

    db: str = "sqlite:///parallax.db"
    spacy_model: str = "en_core_web_sm"
    batch_size: int = 32
    max_input_bytes: int = 10_000_000
    max_text_chars: int = 300_000
    min_text_chars: int = 40
    languages: list[str] = field(default_factory=lambda: ["en"])
    actor_files: list[str] = field(default_factory=list)
    unattributed_events: bool = False
    quotes_model: bool = True

    def replace(self, **changes: Any) -> Options:
        """A copy with ``changes``; ``None`` values are ignored (unset CLI flags)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return raw.lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, list):
            return json.loads(raw) if raw.startswith("[") else [p for p in raw.split(",") if p]
    except ValueError as err:
        raise ConfigError(f"PARALLAX_{name.upper()}={raw!r}: {err}") from err
    return raw


def load_options(**overrides: Any) -> Options:
    """Defaults file < ``PARALLAX_*`` environment < ``overrides`` (None means unset)."""
    text = resources.files("parallax").joinpath("defaults.toml").read_text(encoding="utf8")
    values = tomllib.loads(text)
    known = {f.name for f in dataclasses.fields(Options)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(f"defaults.toml: unknown settings {sorted(unknown)}")
    for name in known:
        raw = os.environ.get(f"PARALLAX_{name.upper()}")
        if raw is not None:
            values[name] = _coerce(name, raw, values.get(name, ""))
    return Options(**values).replace(**overrides)
