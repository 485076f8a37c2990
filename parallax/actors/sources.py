"""Reading actor files: YAML lists of actors and CSV tables of dated office tenures.

A YAML entry is a mapping with ``id``, ``kind``, ``name`` and optional ``aliases``,
``adjectives``, ``capitals``, ``country``, ``nationality``, ``sector``, ``code``, ``offices``;
a CSV file has the columns ``name,country,title,start,end,note`` (``country`` is an ISO3 code or
an IGO id; an optional ``id`` column names the person, an optional ``source`` says where the
dates were checked: a tenure without one never reports an anachronism on its own). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import ConfigError
from ..records import Actor, Office
from .names import slug

# The C loader reads the shipped files about ten times faster when libyaml is present.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["ActorEntry", "read_actor_file", "read_offices_csv", "read_yaml_actors"]


@dataclass
class ActorEntry:
    """An actor as read, with the name kinds the linker tells apart."""

    actor: Actor
    adjectives: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    code: str | None = None
    nationality: str | None = None
    parent: str | None = None
    notable: bool = False  # listed in an actor file (not only a tenure line): may be named by surname alone


def _entry(data: dict[str, Any], *, where: str) -> ActorEntry:
    try:
        name = str(data["name"])
        kind = str(data.get("kind", "person"))
        actor_id = str(data.get("id") or ("person:" + slug(name) if kind == "person" else ""))
        if not actor_id:
            raise KeyError("id")
        offices = [Office(**o) for o in data.get("offices", []) or []]
        sector = data.get("sector") or ("GOV" if kind == "person" else None)
        actor = Actor(
            id=actor_id,
            name=name,
            kind=kind,
            country=data.get("country"),
            sector=sector,
            aliases=[str(a) for a in data.get("aliases", []) or []],
            offices=offices,
            description=data.get("description"),
        )
    except (KeyError, TypeError) as err:
        raise ConfigError(f"{where}: bad actor entry {data!r}: {err}") from err
    return ActorEntry(
        actor,
        adjectives=[str(a) for a in data.get("adjectives", []) or []],
        capitals=[str(c) for c in data.get("capitals", []) or []],
        code=data.get("code"),
        nationality=data.get("nationality"),
        notable=True,
        parent=data.get("parent"),
    )


def read_yaml_actors(text: str, *, where: str) -> list[ActorEntry]:
    """Actors of a YAML actor file (a list of mappings)."""
    try:
        data = yaml.load(text, Loader=_LOADER) or []
    except yaml.YAMLError as err:
        raise ConfigError(f"{where}: not valid YAML: {err}") from err
    if not isinstance(data, list):
        raise ConfigError(f"{where}: an actor file is a YAML list of actors")
    return [_entry(item, where=where) for item in data]


def read_offices_csv(text: str, *, where: str) -> list[tuple[str, str, Office]]:
    """``(person id, name, office)`` for every tenure line of an offices CSV file."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    tenures = []
    for number, row in enumerate(csv.DictReader(lines), start=2):
        try:
            name, country, title = row["name"].strip(), row["country"].strip(), row["title"].strip()
        except (KeyError, AttributeError) as err:
            raise ConfigError(f"{where}:{number}: offices need name,country,title,start,end") from err
        person = (row.get("id") or "").strip() or "person:" + slug(name)
        # ``country`` may name an IGO ("UN"); the registry moves it to ``organisation``.
        office = Office(
            title=title,
            country=country,
            start=(row.get("start") or "").strip() or None,
            end=(row.get("end") or "").strip() or None,
            source=(row.get("source") or "").strip() or None,
        )
        tenures.append((person, name, office))
    return tenures


def read_actor_file(text: str, *, where: str) -> tuple[list[ActorEntry], list[tuple[str, str, Office]]]:
    """Actors and tenures of one file, by its extension (``.csv`` holds tenures)."""
    if where.lower().endswith(".csv"):
        return [], read_offices_csv(text, where=where)
    return read_yaml_actors(text, where=where), []
