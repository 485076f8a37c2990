"""Bytes to text: binary detection, encoding detection and mojibake repair."""

from __future__ import annotations

import re

import charset_normalizer
import ftfy

__all__ = ["EMPTY", "decode_bytes"]

EMPTY = "empty file"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, *, html: bool) -> tuple[str, list[str]] | str:
    """``(text, flags)``, or a reason string when the bytes are not text.

    UTF-8 first (the web's default, whatever a page declares), then the declared charset of an
    HTML page, then detection; ftfy then repairs mojibake (UTF-8 read as Latin-1 and the like).
    """
    if not data.strip():
        return EMPTY
    if b"\x00" in data[:8192] and not _looks_utf16(data):
        return "binary file (NUL bytes), not text"
    flags: list[str] = []
    text = _decode(data, html=html, flags=flags)
    if text is None:
        return "undecodable: no text encoding fits the bytes"
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        return "binary file (control characters), not text"
    fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)  # quotes are the cleaner's job
    if fixed != text and ftfy.fix_encoding(text) != text:
        flags.append("encoding-repaired")
    if not fixed.strip():
        return EMPTY
    return fixed, flags


def _looks_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _decode(data: bytes, *, html: bool, flags: list[str]) -> str | None:
    if _looks_utf16(data):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                text = data.decode(declared.group(1).decode("ascii"))
                flags.append("declared-encoding")
                return text
            except (LookupError, UnicodeDecodeError):
                flags.append("mis-declared-encoding")
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        return None
    flags.append(f"detected-encoding:{best.encoding}")
    return data.decode(best.encoding, errors="replace")
