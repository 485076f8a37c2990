"""Readers: files, directories and JSONL streams in, raw ``Article``s (or ``Rejected``) out.

A raw article has ``raw`` (decoded input), ``raw_kind`` ("text"/"html") and the input's
metadata; the ``clean`` stage fills in ``text``. Nothing here raises on bad input: each bad
input becomes a ``Rejected`` naming the input and the reason, and the batch goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from ..config import Options
from ..records import Article, Rejected
from .decode import EMPTY, decode_bytes
from .published import normalise_published

__all__ = ["article_id", "count_inputs", "read_bytes", "read_file", "read_inputs", "read_jsonl"]

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
JSONL_FIELDS = {"id", "url", "source", "title", "published", "text", "html"}
STRING_FIELDS = ("id", "url", "source", "title", "published")
_SURROGATE = re.compile("[\ud800-\udfff]")


def article_id(raw: str, *, url: str | None = None, source: str | None = None) -> str:
    """Hash of an input's content and where it was published: the same input always gets the
    same id, and the same text at two URLs (a syndicated story) is two publications."""
    normalised = "\n".join(line.strip() for line in raw.strip().splitlines())
    if url or source:
        normalised += f"\n\x00{url or ''}\x00{source or ''}"
    return hashlib.sha256(normalised.encode("utf8")).hexdigest()[:16]


def _kind(path: Path) -> str:
    """The reader for ``path`` by its suffix, looking through ``.gz``; unknown suffixes read as text."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return SUFFIXES.get(suffixes[-1], "text") if suffixes else "text"


def _wanted(path: Path) -> bool:
    """Files a directory contributes: known suffixes, gzipped or not."""
    name = path.name.lower().removesuffix(".gz")
    return any(name.endswith(suffix) for suffix in SUFFIXES)


def _files(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many inputs ``paths`` hold (files, and lines of JSONL files), None when unknown (stdin)."""
    total = 0
    for name in paths:
        path = Path(name)
        if name == "-":
            return None
        files = _files(path) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            if _kind(file) != "jsonl":
                total += 1
                continue
            try:
                with _open(file) as stream:
                    total += sum(1 for line in stream if line.strip())
            except (OSError, EOFError, zlib.error):
                total += 1
        if not path.exists():
            total += 1  # read_inputs rejects it: one input still
    return total


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def read_inputs(paths: Iterable[str], *, options: Options) -> Iterator[Article | Rejected]:
    """Every article of ``paths``: files, directories (recursively) and ``-`` (JSONL on stdin)."""
    for name in paths:
        if name == "-":
            yield from read_jsonl(sys.stdin.buffer, name="-", options=options)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _files(path):
                yield from read_file(file, options=options)
        elif path.is_file():
            yield from read_file(path, options=options)
        else:
            yield Rejected(name, "no such file or directory")


def read_file(path: Path, *, options: Options) -> Iterator[Article | Rejected]:
    """The article(s) of one file; the kind comes from the suffix (unknown suffixes read as text)."""
    kind = _kind(path)
    if kind == "jsonl":
        try:
            with _open(path) as stream:
                yield from read_jsonl(stream, name=str(path), options=options)
        except (OSError, EOFError, zlib.error) as err:
            yield Rejected(str(path), f"cannot read: {getattr(err, 'strerror', None) or err}")
        return
    try:
        size = path.stat().st_size
        if size > options.max_input_bytes:
            yield Rejected(
                str(path), f"file too large ({size / 1e6:.1f} MB > {options.max_input_bytes / 1e6:.1f} MB limit)"
            )
            return
        with _open(path) as stream:
            data = stream.read(options.max_input_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        yield Rejected(str(path), f"cannot read: {getattr(err, 'strerror', None) or err}")
        return
    if len(data) > options.max_input_bytes:
        yield Rejected(str(path), f"file too large (over {options.max_input_bytes / 1e6:.1f} MB uncompressed)")
        return
    stem = path.name.split(".")[0] if path.suffix.lower() == ".gz" else path.stem
    yield _guarded(_read_named_bytes, data, where=str(path), kind=kind, input_id=stem)


def read_bytes(data: bytes, *, name: str, kind: str | None = None, input_id: str | None = None) -> Article | Rejected:
    """One article from the bytes of a text or HTML document (``kind`` "text" or "html"; None:
    HTML when it starts with markup). ``name`` says where the bytes came from in messages."""
    if kind is None:
        kind = "html" if data.lstrip()[:1] == b"<" else "text"
    decoded = decode_bytes(data, html=kind == "html")
    if isinstance(decoded, str):
        return Rejected(name, decoded, not_article=decoded == EMPTY)
    text, flags = decoded
    return _make_article(text, kind=kind, fields={}, path=name, flags=flags, input_id=input_id)


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
        yield _guarded(_from_fields, _without_surrogates(fields), where=where)


def _guarded(read: Callable[..., Article | Rejected], value: Any, *, where: str, **kwargs: Any) -> Article | Rejected:
    """``read(value, where=where, **kwargs)``: a bug met on one input rejects that input, not the batch."""
    try:
        return read(value, where=where, **kwargs)
    except Exception as err:  # the reader's own bug, reported with the input it met
        return Rejected(where, f"internal error while reading: {type(err).__name__}: {err}")


def _read_named_bytes(data: bytes, *, where: str, kind: str, input_id: str) -> Article | Rejected:
    return read_bytes(data, name=where, kind=kind, input_id=input_id)


def _without_surrogates(value: Any) -> Any:
    """JSON may escape lone UTF-16 surrogates ("\\ud800") that no encoding can store: each
    becomes U+FFFD, the replacement character, in every string of the line."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


def _from_fields(fields: dict[str, Any], *, where: str) -> Article | Rejected:
    flags: list[str] = []
    html, text = _body(fields.get("html")), _body(fields.get("text"))
    body, kind = (html, "html") if html else (text, "text")
    if not body:
        wrong = [k for k in ("text", "html") if fields.get(k) not in (None, "", []) and not isinstance(fields[k], str)]
        if wrong:
            return Rejected(where, f"field {wrong[0]!r} is {type(fields[wrong[0]]).__name__}, not text")
        return Rejected(where, "no text or html", not_article=True)
    values = {key: _string(fields.get(key), key, flags) for key in STRING_FIELDS}
    return _make_article(body, kind=kind, fields=values | _extra(fields), path=where, flags=flags, input_id=None)


def _body(value: Any) -> str | None:
    """A text or html field: a string, or a list of strings (paragraphs) joined by blank lines."""
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        value = "\n\n".join(value)
    return value if isinstance(value, str) and value.strip() else None


def _string(value: Any, key: str, flags: list[str]) -> str | None:
    """A metadata field as text: strings and numbers as they are, a list of them joined; anything
    else (objects, nested lists) is left out with a flag rather than stored as a Python repr."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | list):
        flags.append(f"ignored-field:{key}")
        return None
    if isinstance(value, list):
        if not all(isinstance(part, str | int | float) and not isinstance(part, bool) for part in value):
            flags.append(f"ignored-field:{key}")
            return None
        return ", ".join(str(part) for part in value if str(part).strip()) or None
    text = str(value).strip()
    return text or None


def _extra(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k not in JSONL_FIELDS}


def _make_article(
    raw: str, *, kind: str, fields: dict[str, Any], path: str, flags: list[str], input_id: str | None
) -> Article:
    def field(key: str) -> str | None:
        value = fields.get(key)
        return str(value) if value not in (None, "") else None

    title = field("title")
    if kind == "text" and title is None and not fields:
        title = next((line.strip() for line in raw.splitlines() if line.strip()), None)
    published = normalise_published(field("published"))
    if field("published") and published is None:
        flags.append("unreadable-published")
    return Article(
        id=article_id(raw, url=field("url"), source=field("source")),
        input_id=field("id") or input_id,
        url=field("url"),
        source=field("source"),
        title=title,
        published=published,
        path=path,
        raw=raw,
        raw_kind=kind,
        extra={k: v for k, v in fields.items() if k not in JSONL_FIELDS},
        flags=list(flags),
    )
