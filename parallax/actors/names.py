"""Name keys: the folded form under which names, aliases and text spans are compared.

"Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" share the key "kim jong un"; "U.S." and "US"
share "us". Korean and Chinese names put the family name first, which decides the surname.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "FAMILY_NAME_FIRST",
    "collapse_initials",
    "is_acronym",
    "name_variants",
    "normalise_name",
    "slug",
    "surname_of",
]

# States whose people are named family name first in English-language news (Japanese names are
# given name first in most English copy since the 1990s, so JPN is not here).
FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM"})

_POSSESSIVE = re.compile(r"[’'`]s\b")
_NON_WORD = re.compile(r"[^\w]+")
_INITIALS = re.compile(r"\b\w(?: \w\b)+")


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Lower case, accents, dots, hyphens and punctuation folded: "Kim Jong-un" -> "kim jong un"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.lower()).replace(".", "")
    return collapse_initials(" ".join(_NON_WORD.sub(" ", text).split()))


def collapse_initials(key: str) -> str:
    """Runs of single letters join: "u s state department" -> "us state department" ("U. S.")."""
    return _INITIALS.sub(lambda m: m.group(0).replace(" ", ""), key) if " " in key else key


def slug(name: str) -> str:
    """ "António Guterres" -> "antonio-guterres" (the tail of a person id)."""
    return normalise_name(name).replace(" ", "-")


def is_acronym(name: str) -> bool:
    """True for "US", "U.N.", "DPRK": names that only match in capitals."""
    letters = name.replace(".", "").replace(" ", "")
    return len(letters) <= 6 and letters.isalpha() and letters.isupper()


def name_variants(name: str) -> set[str]:
    """The keys of ``name`` and its hyphen-joined form ("Kim Jong-un" also as "kim jongun")."""
    keys = {normalise_name(name)}
    if "-" in name:
        keys.add(normalise_name(re.sub(r"-(\w)", lambda m: m.group(1).lower(), name)))
    return {key for key in keys if key}


def surname_of(name: str, country: str | None) -> str:
    """Key of the family name: first word for Korean/Chinese names, else the last word."""
    words = normalise_name(name).split()
    if not words:
        return ""
    if country in FAMILY_NAME_FIRST and len(words) > 1:
        return words[0]
    tail = [w for w in words if w not in {"jr", "sr", "ii", "iii"}]
    return tail[-1] if tail else words[-1]
