"""Readers: files, directories and JSONL streams in, raw ``Article``s (or ``Rejected``) out.

A raw article has ``raw`` (decoded input), ``raw_kind`` ("text"/"html") and the input's
metadata; the ``clean`` stage fills in ``text``. Nothing here raises on bad input: each bad
input becomes a ``Rejected`` naming the input and the reason, and the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..config import Options
from ..records import Article, Rejected
from .decode import decode_bytes

__all__ = ["article_id", "read_file", "read_inputs", "read_jsonl"]

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
JSONL_FIELDS = {"id", "url", "source", "title", "published", "text", "html"}


def article_id(raw: str) -> str:
    """Content hash of an input: the same content always gets the same id."""
    normalised = "\n".join(line.strip() for line in raw.strip().splitlines())
    return hashlib.sha256(normalised.encode("utf8")).hexdigest()[:16]


def read_inputs(paths: Iterable[str], *, options: Options) -> Iterator[Article | Rejected]:
    """Every article of ``paths``: files, directories (recursively) and ``-`` (JSONL on stdin)."""
    for name in paths:
        if name == "-":
            yield from read_jsonl(sys.stdin, name="-", options=options)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            for file in files:
                yield from read_file(file, options=options)
        elif path.is_file():
            yield from read_file(path, options=options)
        else:
            yield Rejected(name, "no such file or directory")


def read_file(path: Path, *, options: Options) -> Iterator[Article | Rejected]:
    """The article(s) of one file; the kind comes from the suffix (unknown suffixes read as text)."""
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    if kind == "jsonl":
        try:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, name=str(path), options=options)
        except OSError as err:
            yield Rejected(str(path), f"cannot read: {err.strerror or err}")
        return
    try:
        size = path.stat().st_size
        if size > options.max_input_bytes:
            yield Rejected(
                str(path), f"file too large ({size / 1e6:.1f} MB > {options.max_input_bytes / 1e6:.1f} MB limit)"
            )
            return
        data = path.read_bytes()
    except OSError as err:
        yield Rejected(str(path), f"cannot read: {err.strerror or err}")
        return
    decoded = decode_bytes(data, html=kind == "html")
    if isinstance(decoded, str):
        yield Rejected(str(path), decoded)
        return
    text, flags = decoded
    yield _make_article(text, kind=kind, fields={}, path=str(path), flags=flags, input_id=path.stem)


def read_jsonl(stream: IO[Any], *, name: str, options: Options) -> Iterator[Article | Rejected]:
    """One article per line; a malformed line is rejected with its line number."""
    for number, line in enumerate(stream, start=1):
        where = f"{name}:{number}"
        if isinstance(line, bytes):
            if len(line) > options.max_input_bytes:
                yield Rejected(where, f"line too large ({len(line) / 1e6:.1f} MB)")
                continue
            decoded = decode_bytes(line, html=False)
            if isinstance(decoded, str):
                yield Rejected(where, decoded)
                continue
            line = decoded[0]
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(where, f"malformed JSON line: {err.msg} at column {err.colno}")
            continue
        if not isinstance(fields, dict):
            yield Rejected(where, "a JSONL line must be an object")
            continue
        yield _from_fields(fields, where=where)


def _from_fields(fields: dict[str, Any], *, where: str) -> Article | Rejected:
    html, text = fields.get("html"), fields.get("text")
    body, kind = (html, "html") if isinstance(html, str) and html.strip() else (text, "text")
    if not isinstance(body, str) or not body.strip():
        return Rejected(where, "no text or html")
    return _make_article(body, kind=kind, fields=fields, path=where, flags=[], input_id=None)


def _make_article(
    raw: str, *, kind: str, fields: dict[str, Any], path: str, flags: list[str], input_id: str | None
) -> Article:
    def field(key: str) -> str | None:
        value = fields.get(key)
        return str(value) if value not in (None, "") else None

    title = field("title")
    if kind == "text" and title is None and not fields:
        title = next((line.strip() for line in raw.splitlines() if line.strip()), None)
    return Article(
        id=article_id(raw),
        input_id=field("id") or input_id,
        url=field("url"),
        source=field("source"),
        title=title,
        published=field("published"),
        path=path,
        raw=raw,
        raw_kind=kind,
        extra={k: v for k, v in fields.items() if k not in JSONL_FIELDS},
        flags=list(flags),
    )
