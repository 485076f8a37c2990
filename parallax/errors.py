"""Errors raised by Parallax.

    ParallaxError                 base: every error names what failed and why
    ├── InputError                an input (file, line of JSONL) cannot be read as an article
    ├── ConfigError               a setting or option is invalid
    ├── StoreError                the database cannot be opened, migrated or written
    ├── NotFoundError             a story, article or actor asked for by id is not stored
    └── StageError                a pipeline stage failed on one article (carries stage and article id)

A rejected input inside a batch is not an exception but a value, ``records.Rejected``; these
errors are for what a caller has to handle.
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "NotFoundError", "ParallaxError", "StageError", "StoreError"]


class ParallaxError(Exception):
    """Base class of Parallax's errors."""


class InputError(ParallaxError):
    def __init__(self, input: str, reason: str) -> None:
        super().__init__(f"{input}: {reason}")
        self.input = input
        self.reason = reason


class ConfigError(ParallaxError):
    pass


class StoreError(ParallaxError):
    pass


class NotFoundError(ParallaxError):
    pass


class StageError(ParallaxError):
    def __init__(self, stage: str, article: str, reason: str) -> None:
        super().__init__(f"stage {stage} failed on article {article}: {reason}")
        self.stage = stage
        self.article = article
        self.reason = reason
