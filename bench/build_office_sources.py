"""Give the tenures of ``parallax/data/offices.csv`` a source from the Phoenix actor dictionary.

``offices.csv`` was written from memory; a tenure that can accuse a text of an anachronism needs
a source (STYLE.md, habit 14). The PETRARCH2/Phoenix dictionary (MIT, Open Event Data) dates the
government roles of heads of state and government and ministers up to about 2015
(``VLADIMIR_PUTIN_ ... [RUSGOV 000507-080507]``). A tenure whose start and end both fall within
``TOLERANCE_DAYS`` of one such role of the same person in the same state (an open role, ``>000507``,
stands for "still in office when the dictionary was compiled": it vouches for an end after
``COMPILED``) gets ``source = phoenix:<ENTRY>[<CODE> <dates>]``; the roles used are written,
with their line numbers, to ``parallax/data/phoenix/roles.csv`` beside the licence. Sources that
are not Phoenix's (an address of a page read) are kept as they are.

Run: ``.venv/bin/python -m bench.build_office_sources`` (reads ``../shared/resources/petrarch2``;
says so and stops when it is absent).
"""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OFFICES = ROOT / "parallax" / "data" / "offices.csv"
VENDORED = ROOT / "parallax" / "data" / "phoenix"
PHOENIX = ROOT.parent / "shared" / "resources" / "petrarch2" / "Phoenix.Countries.actors.txt"
TOLERANCE_DAYS = 62  # Phoenix often dates a role to the first of a month
COMPILED = date(2014, 6, 1)  # an open Phoenix role says "in office" up to about here
ROLE = re.compile(r"^\s+\[([A-Z]{3})GOV([A-Z]*)\s+([<>]?)(\d{6})?(?:-(\d{6}))?\]")


@dataclass
class Role:
    entry: str
    code: str
    start: date | None
    end: date | None  # None: open (in office when compiled)
    line: int
    text: str


def _day(yymmdd: str | None) -> date | None:
    if not yymmdd:
        return None
    year = int(yymmdd[:2])
    try:
        return date(1900 + year if year > 30 else 2000 + year, int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return None


def fold(name: str) -> str:
    """Lower case, no accents, no punctuation: the key names are compared by."""
    text = unicodedata.normalize("NFKD", name.replace("_", " ")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", text.lower()).split())


def read_phoenix(path: Path) -> dict[str, list[Role]]:
    """Folded name (entry or synonym) -> the government roles of that entry."""
    by_name: dict[str, list[Role]] = {}
    names: list[str] = []
    entry = ""
    for number, line in enumerate(path.read_text(encoding="utf8", errors="replace").splitlines(), start=1):
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if not line[0].isspace():
            is_synonym = body.startswith("+")
            if not is_synonym:
                entry, names = body.strip(), []
            names.append(fold(body.lstrip("+")))
            continue
        m = ROLE.match(body)
        if m is None or not entry:
            continue
        if m[3] == "<":
            start, end = None, _day(m[4])
        else:
            start, end = _day(m[4]), _day(m[5])
        if start is None and end is None:
            continue
        role = Role(entry, m[1], start, end, number, body.strip())
        for name in dict.fromkeys(names):
            by_name.setdefault(name, []).append(role)
    return by_name


def _close(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= TOLERANCE_DAYS


def corroborating(roles: list[Role], country: str, start: str, end: str) -> Role | None:
    """The role that dates the tenure ``start``..``end`` (ISO; end empty while in office)."""
    first = date.fromisoformat(start)
    last = date.fromisoformat(end) if end else None
    for role in roles:
        if role.code != country or not _close(role.start, first):
            continue
        if role.end is None and (last is None or last >= COMPILED):
            return role
        if _close(role.end, last):
            return role
    return None


def build(phoenix: Path) -> tuple[str, list[Role], int]:
    """The new text of offices.csv, the roles it cites and how many tenures they source."""
    by_name = read_phoenix(phoenix)
    lines = OFFICES.read_text(encoding="utf8").splitlines()
    header_at = next(i for i, line in enumerate(lines) if line.startswith("name,"))
    header = next(csv.reader([lines[header_at]]))
    if "source" not in header:
        header.append("source")
    out = [*lines[:header_at], ",".join(header)]
    used: dict[int, Role] = {}
    sourced = 0
    for line in lines[header_at + 1 :]:
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        row = dict(zip(header, next(csv.reader([line])), strict=False))
        source = (row.get("source") or "").strip()
        if not source or source.startswith("phoenix:"):
            role = None
            if row.get("start"):
                role = corroborating(by_name.get(fold(row["name"]), []), row["country"], row["start"], row["end"])
            source = f"phoenix:{role.entry}{role.text[role.text.index('[') :]}" if role else ""
            if role:
                used[role.line] = role
        sourced += bool(source)
        row["source"] = source
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow([row.get(column, "") for column in header])
        out.append(buffer.getvalue())
    return "\n".join(out) + "\n", sorted(used.values(), key=lambda r: r.line), sourced


def write_roles(roles: list[Role]) -> None:
    VENDORED.mkdir(exist_ok=True)
    with (VENDORED / "roles.csv").open("w", encoding="utf8", newline="") as handle:
        handle.write(
            "# Government roles cited by parallax/data/offices.csv (column source), copied from\n"
            "# Phoenix.Countries.actors.txt of openeventdata/petrarch2 (commit 676801cd9cb2), MIT licence,\n"
            "# Copyright (c) 2014 Open Event Data: see LICENSE beside this file. line: line in that file.\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["entry", "role", "line"])
        for role in roles:
            writer.writerow([role.entry, role.text, role.line])


def main() -> int:
    if not PHOENIX.exists():
        print(f"{PHOENIX} is not present: offices.csv left as it is")
        return 0
    text, roles, sourced = build(PHOENIX)
    OFFICES.write_text(text, encoding="utf8")
    write_roles(roles)
    (VENDORED / "LICENSE").write_text((PHOENIX.parent / "LICENSE").read_text(encoding="utf8"), encoding="utf8")
    print(f"{sourced} tenures with a source; {len(roles)} Phoenix roles cited")
    return 0


if __name__ == "__main__":
    sys.exit(main())
