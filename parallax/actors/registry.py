"""The actor registry: shipped YAML files in ``parallax/data`` plus a user's own files."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..records import Actor, Office

__all__ = ["Registry", "load_registry", "normalise_name"]

SHIPPED = ("actors-seed.yaml",)


def normalise_name(name: str) -> str:
    """Lower case, accents, hyphens and punctuation folded: "Kim Jong-un" == "kim jong un"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’'`]s\b", "", text.lower())
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


class Registry:
    """Actors by id and by normalised name."""

    def __init__(self, actors: list[Actor]) -> None:
        self.by_id: dict[str, Actor] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        self.by_id[actor.id] = actor
        for name in [actor.name, *actor.aliases]:
            key = normalise_name(name)
            if key and actor.id not in self.by_name[key]:
                self.by_name[key].append(actor.id)

    def get(self, actor_id: str) -> Actor | None:
        return self.by_id.get(actor_id)

    def lookup(self, name: str) -> list[Actor]:
        """Actors whose name or alias is ``name`` (normalised)."""
        return [self.by_id[i] for i in self.by_name.get(normalise_name(name), [])]

    def country_of(self, actor_id: str) -> str | None:
        """ISO3 code of a state, or of a person's or organisation's country."""
        actor = self.by_id.get(actor_id)
        if actor is None:
            return None
        return actor.id if actor.kind == "state" else actor.country

    def holders(self, title: str, *, country: str | None, on: str) -> list[Actor]:
        """Who held office ``title`` of ``country`` on ISO date ``on``."""
        found = []
        for actor in self.by_id.values():
            for office in actor.offices:
                if office.title == title and office.country == country and _within(office, on):
                    found.append(actor)
        return found


def _within(office: Office, on: str) -> bool:
    return (office.start or "0000") <= on and (office.end is None or on <= office.end)


def _actor(entry: dict[str, Any], *, where: str) -> Actor:
    try:
        offices = [Office(**o) for o in entry.get("offices", [])]
        aliases = list(entry.get("aliases", [])) + list(entry.get("adjectives", [])) + list(entry.get("capitals", []))
        return Actor(
            id=entry["id"],
            name=entry["name"],
            kind=entry["kind"],
            country=entry.get("country"),
            sector=entry.get("sector"),
            aliases=aliases,
            offices=offices,
        )
    except (KeyError, TypeError) as err:
        raise ConfigError(f"{where}: bad actor entry {entry!r}: {err}") from err


def _read(text: str, *, where: str) -> list[Actor]:
    data = yaml.safe_load(text) or []
    if not isinstance(data, list):
        raise ConfigError(f"{where}: an actor file is a YAML list of actors")
    return [_actor(entry, where=where) for entry in data]


@lru_cache(maxsize=8)
def load_registry(extra_files: tuple[str, ...] = ()) -> Registry:
    """The shipped registry plus ``extra_files`` (later files add actors or override by id)."""
    actors: list[Actor] = []
    data = resources.files("parallax") / "data"
    for name in SHIPPED:
        actors += _read(data.joinpath(name).read_text(encoding="utf8"), where=name)
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf8")
        except OSError as err:
            raise ConfigError(f"{path}: cannot read actor file: {err}") from err
        actors += _read(text, where=path)
    return Registry(actors)
