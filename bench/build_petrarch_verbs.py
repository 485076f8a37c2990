"""Build ``parallax/data/events-petrarch-verbs.yaml`` from the PETRARCH2 CAMEO verb dictionary.

The verb dictionary of PETRARCH2 (``CAMEO.verbpatterns.150430.txt``, MIT, Open Event Data
Alliance) lists ~4,000 verbs in synonym blocks, each block and verb with a CAMEO code, and
~11,000 phrase patterns that choose another code by the words around the verb ("* HUMANITARIAN
AID [0333]"). This script turns it, mechanically, into the trigger table the event extractor
reads after its own lexicon: per verb lemma its default reading and its patterns, each CAMEO
code mapped to its PLOVER type and mode by the PLOVER manual's CAMEO to PLOVER table (draft 0.8,
2021). Codes PLOVER drops (01 statements, 02 appeals) and the null code ``---`` become "no event".

Run: ``.venv/bin/python -m bench.build_petrarch_verbs`` (reads ``../shared/resources/petrarch2``
and the mapping beside the PLOVER gold standard in ``../shared/eval/events``; says so and stops
when either is absent).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VERBS = SHARED / "resources" / "petrarch2" / "CAMEO.verbpatterns.150430.txt"
LICENSE = SHARED / "resources" / "petrarch2" / "LICENSE"
MAPPING = SHARED / "eval" / "events" / "CAMEO2PLOVER-2021.txt"
OUT = ROOT / "parallax" / "data" / "events-petrarch-verbs.yaml"

BLOCK = re.compile(r"^---\s+(\S+)\s*(?:\[([^\]]*)\])?")
CODE = re.compile(r"\[([^\]]*)\]")
MARKERS = {"*", "+", "$", "%", "^"}
# synonym sets of auxiliaries and copulas: they stand for tense, not for the event's words
SKIPPED_SETS = {"&auxverb1", "&auxverb2", "&auxverb3", "&tobeverb", "&preposit1"}
NONE = "NONE 000"

HEADER = """\
# Event trigger verbs from the PETRARCH2 CAMEO verb dictionary, read after events-lexicon.yaml.
#
# Built by bench/build_petrarch_verbs.py from CAMEO.verbpatterns.150430.txt of
# openeventdata/petrarch2 (commit 676801cd9cb2), each CAMEO code mapped to PLOVER by the
# CAMEO to PLOVER table of the PLOVER manual (draft 0.8, 17 September 2021). Do not edit by hand:
# rebuild. Codes PLOVER drops (01, 02) and the dictionary's null code "---" read "NONE 000".
#
# blocks: the dictionary's synonym blocks, each with its verbs (lemma, phrasal verbs "lemma
# particle" -> default reading, null when the verb alone is no event) and patterns
# "BEFORE * AFTER = READING"; a slot is a word, a prefix (a word not ending in "_" matches the
# words it begins, as in TABARI), or "&set" (synsets below). A pattern holds when its slots are
# found, BEFORE among the sentence's words before the verb, AFTER in the verb's own phrase after
# it; the pattern with the most slots decides, else the verb's default.
#
# Licence of the source dictionary (MIT):
"""


@dataclass
class Block:
    name: str
    verbs: dict[str, str | None] = field(default_factory=dict)  # lemma -> default reading
    patterns: list[str] = field(default_factory=list)  # "before * after = READING"


def read_mapping(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) from the PLOVER manual's table."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf8").splitlines():
        head, _, rest = line.partition(":")
        if not head.strip().isdigit() or not rest.strip():
            continue
        parts = [p.strip() for p in rest.split("#")[0].split(",")]
        mode = parts[1].replace(" ", "") if len(parts) > 1 else ""
        table.setdefault(head.strip(), (parts[0], mode))
    return table


def reading(code: str, mapping: dict[str, tuple[str, str]]) -> str:
    """ "TYPE[/mode] CODE" of a CAMEO code, the nearest listed ancestor code deciding."""
    code = code.split(":")[0].strip()
    if not code.isdigit():
        return NONE
    for size in range(len(code), 1, -1):
        found = mapping.get(code[:size])
        if found:
            type_, mode = found
            return f"{type_}/{mode} {code}" if mode else f"{type_} {code}"
    return NONE


def _word(token: str) -> str | None:
    token = token.strip("{}()")
    if not token or token in MARKERS:
        return None
    if token.startswith("&"):
        name = token.lower().rstrip("_")
        return None if name in SKIPPED_SETS else name
    return token.lower().replace("_", " ").strip() or None


def _slots(tokens: list[str]) -> list[str]:
    slots: list[str] = []
    for token in tokens:
        for part in re.split(r"(?<=[^_])_(?=[^_])", token) if not token.startswith("&") else [token]:
            word = _word(part)
            if word:
                slots.append(word)
    return slots


def read_pattern(line: str, mapping: dict[str, tuple[str, str]]) -> str | None:
    body = line[1:].split("#")[0]
    code = CODE.search(body)
    if code is None or "*" not in body:
        return None
    words = body[: code.start()].split()
    star = words.index("*") if "*" in words else -1
    if star < 0:
        return None
    before, after = _slots(words[:star]), _slots(words[star + 1 :])
    if not before and not after:
        return None
    return " ".join([*before, "*", *after, "=", reading(code.group(1), mapping)])


def _lemma(entry: str) -> str | None:
    """ "ABANDON", "+CLEAR_UP" -> "abandon", "clear up"; pre-compounds ("WIRE_+TAP") are skipped."""
    name = entry.split("{")[0].split("[")[0].split("#")[0].strip()
    if not name or name.startswith("-"):
        return None
    if "+" in name and not name.startswith("+"):
        return None
    return name.lstrip("+").lower().replace("_", " ").strip() or None


def read_dictionary(path: Path, mapping: dict[str, tuple[str, str]]) -> tuple[list[Block], dict[str, list[str]]]:
    blocks: list[Block] = []
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    block_code: str | None = None
    in_verbs = False
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs, current_set = True, None
            continue
        if not line or line.startswith("#"):
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.split()[0].lower().rstrip("_")
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(line[1:].split("#")[0].strip().lower().replace("_", " ").rstrip())
            continue
        if match := BLOCK.match(line):
            code = match.group(2)
            block_code = code.strip() if code and code.strip() not in {"", "---"} else None
            blocks.append(Block(match.group(1)))
            continue
        if not blocks:
            continue
        if line.startswith("- "):
            pattern = read_pattern(line, mapping)
            if pattern:
                blocks[-1].patterns.append(pattern)
            continue
        lemma = _lemma(line)
        if lemma is None:
            continue
        own = CODE.search(line.split("#")[0].split("{")[0])
        code = own.group(1).strip() if own else block_code
        blocks[-1].verbs.setdefault(lemma, reading(code, mapping) if code and code != "---" else None)
    return blocks, synsets


def _useful(block: Block) -> bool:
    """A block that can give an event: a verb's default or a pattern reads one."""
    return bool(block.verbs) and (
        any(v and v != NONE for v in block.verbs.values()) or any(not p.endswith(NONE) for p in block.patterns)
    )


def build(blocks: list[Block], synsets: dict[str, list[str]], licence: str) -> str:
    kept = [b for b in blocks if _useful(b)]
    used = {w for b in kept for p in b.patterns for w in p.split(" = ")[0].split() if w.startswith("&")}
    data = {
        "synsets": {name: sorted(set(words)) for name, words in sorted(synsets.items()) if name in used},
        "blocks": [{"name": b.name, "verbs": b.verbs, "patterns": b.patterns} for b in kept],
    }
    notice = "".join(f"#   {line}".rstrip() + "\n" for line in licence.splitlines())
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    return HEADER + notice + "\n" + body


def main() -> None:
    for path in (VERBS, LICENSE, MAPPING):
        if not path.is_file():
            sys.exit(f"{path} not found")
    mapping = read_mapping(MAPPING)
    blocks, synsets = read_dictionary(VERBS, mapping)
    OUT.write_text(build(blocks, synsets, LICENSE.read_text(encoding="utf8")), encoding="utf8")
    verbs = {lemma for b in blocks if _useful(b) for lemma in b.verbs}
    patterns = sum(len(b.patterns) for b in blocks if _useful(b))
    sys.stdout.write(f"{OUT.relative_to(ROOT)}: {len(verbs)} verbs, {patterns} patterns\n")


if __name__ == "__main__":
    main()
