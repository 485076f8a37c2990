"""Build ``parallax/data/events-agents.yaml`` from the Phoenix agents dictionary of PETRARCH2.

The agents dictionary (``Phoenix.agents.txt``, MIT, Open Event Data Alliance) lists generic
agents ("police", "lawmaker", "riot police", "soldier") with their CAMEO sector codes (COP, LEG,
MIL ...). The event extractor reads the agents of political sectors as actors whose country comes
from the context (the phrase, the clause's place, the article). This script keeps those sectors'
phrases, mechanically: substitution sets expanded, irregular plurals dropped (spaCy lemmas are
matched), organisation-first codes (``IGO~``) left out.

Run: ``.venv/bin/python -m bench.build_petrarch_agents`` (reads ``../shared/resources/petrarch2``;
says so and stops when it is absent).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "resources" / "petrarch2"
AGENTS = SOURCE / "Phoenix.agents.txt"
LICENSE = SOURCE / "LICENSE"
OUT = ROOT / "parallax" / "data" / "events-agents.yaml"
SCOPE_OUT = ROOT / "parallax" / "data" / "events-scope.yaml"

# CAMEO sectors of political actors (the annotation's scope): government, military, police,
# judiciary, legislature, opposition and protesters, rebels, intelligence, armed groups, parties
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "UAF", "PTY")
# CAMEO sectors of private parties, out of the annotation's scope as actors: business,
# civilians, education (academics, experts), health, agriculture
PRIVATE_SECTORS = ("BUS", "CVL", "EDU", "HLH", "AGR")
ENTRY = re.compile(r"^([^#\[{]+?)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]")
SUBSTITUTION = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")

HEADER = """\
# Generic political agents for parallax.extract.events_actors: phrase -> CAMEO sector.
#
# Built by bench/build_petrarch_agents.py from Phoenix.agents.txt of openeventdata/petrarch2
# (commit 676801cd9cb2), sectors {sectors} only. Do not edit by hand: rebuild.
# An agent names no country: the event extractor takes it from the phrase ("Iranian police"),
# the clause's place ("police in Tehran") or the article, and keeps it out when none is clear.
#
# Licence of the source dictionary (MIT):
"""


SCOPE_HEADER = """\
# Private parties for parallax.extract.events_scope: head noun phrase -> CAMEO sector.
#
# Section ``private`` is built by bench/build_petrarch_agents.py from Phoenix.agents.txt of
# openeventdata/petrarch2 (commit 676801cd9cb2), sectors {sectors} only. Do not edit by hand:
# rebuild. Section ``sport`` is hand-made (unverified): kinds of athletes, teams and fans, which
# the Phoenix dictionary lists only as ATHLETE. A nationality or a city on such a head ("Japanese
# outfielder") names no state acting. Section ``titles`` is hand-made (unverified): titles written
# before a person's name that make the person a political actor ("Rep. Jim Jordan").
#
# Licence of the source dictionary (MIT):
"""
SPORT = [
    "athlete", "player", "outfielder", "infielder", "pitcher", "catcher", "batter", "quarterback", "footballer",
    "goalkeeper", "striker", "midfielder", "coach", "skater", "skier", "swimmer", "sprinter", "golfer", "boxer",
    "wrestler", "gymnast", "cyclist", "tennis player", "olympian", "team", "club", "squad", "franchise", "fan",
    "spectator", "rookie",
]  # fmt: skip
# Hand-made (unverified): titles written before a name that make its bearer a political actor
# ("Rep. Jim Jordan", "Transportation Secretary Sean Duffy").
TITLES = [
    "rep", "sen", "gov", "lt", "representative", "senator", "congressman", "congresswoman", "governor", "mayor",
    "minister", "secretary", "president", "vice", "premier", "chancellor", "ambassador", "envoy", "speaker",
    "lawmaker", "legislator", "spokesman", "spokeswoman", "spokesperson", "commissioner", "general", "gen",
    "admiral", "adm", "colonel", "col", "commander", "judge", "justice", "prosecutor", "attorney",
]  # fmt: skip


def read_agents(path: Path, sectors: tuple[str, ...] = SECTORS) -> dict[str, list[str]]:
    """Sector -> phrases (lower case, words separated by blanks)."""
    substitutions: dict[str, list[str]] = {}
    found: dict[str, set[str]] = {sector: set() for sector in sectors}
    for line in path.read_text(encoding="latin-1").splitlines():
        if match := SUBSTITUTION.match(line):
            substitutions[match.group(1)] = [w.strip() for w in match.group(2).split(",")]
            continue
        match = ENTRY.match(line)
        if match is None:
            continue
        sector = next((s for s in sectors if match.group(2).startswith(s)), None)
        if sector is None:
            continue
        for phrase in _expand(match.group(1).strip(), substitutions):
            found[sector].add(phrase)
    return {sector: sorted(phrases) for sector, phrases in found.items() if phrases}


def _expand(entry: str, substitutions: dict[str, list[str]]) -> list[str]:
    marks = re.findall(r"!([A-Z]+)!", entry)
    if not marks:
        return [_phrase(entry)]
    name = marks[0]
    return [p for word in substitutions.get(name, []) for p in _expand(entry.replace(f"!{name}!", word), substitutions)]


def _phrase(entry: str) -> str:
    return " ".join(entry.lower().replace("_", " ").split())


def main() -> None:
    for path in (AGENTS, LICENSE):
        if not path.is_file():
            sys.exit(f"{path} not found")
    agents = read_agents(AGENTS)
    notice = "".join(f"#   {line}".rstrip() + "\n" for line in LICENSE.read_text(encoding="utf8").splitlines())
    body = yaml.safe_dump({"agents": agents}, sort_keys=False, allow_unicode=True, width=120)
    OUT.write_text(HEADER.format(sectors=", ".join(SECTORS)) + notice + "\n" + body, encoding="utf8")
    total = sum(len(p) for p in agents.values())
    sys.stdout.write(f"{OUT.relative_to(ROOT)}: {total} phrases in {len(agents)} sectors\n")
    private = read_agents(AGENTS, PRIVATE_SECTORS)
    scope = {"private": private, "sport": SPORT, "titles": TITLES}
    body = yaml.safe_dump(scope, sort_keys=False, allow_unicode=True, width=120)
    SCOPE_OUT.write_text(
        SCOPE_HEADER.format(sectors=", ".join(PRIVATE_SECTORS)) + notice + "\n" + body, encoding="utf8"
    )
    total = sum(len(p) for p in private.values())
    sys.stdout.write(f"{SCOPE_OUT.relative_to(ROOT)}: {total} phrases in {len(private)} sectors\n")


if __name__ == "__main__":
    main()
