"""The actor registry: shipped data files in ``parallax/data`` plus a user's own files.

Shipped: ``states.yaml`` (UN members and observers, Taiwan, Kosovo), ``igos.yaml``,
``organisations.yaml``, ``persons.yaml`` and ``offices.csv`` (dated tenures). Users add YAML or
CSV files of the same formats (``PARALLAX_ACTOR_FILES`` / ``Options.actor_files``); a later
entry with the same id replaces the earlier one, tenures are added. See docs/actors.md.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..records import Actor, Office
from .names import is_acronym, name_variants, normalise_name, surname_of
from .sources import ActorEntry, read_actor_file
from .titles import Titles, load_titles

__all__ = ["Registry", "load_registry", "normalise_name"]

SHIPPED = ("states.yaml", "igos.yaml", "organisations.yaml", "persons.yaml", "offices.csv")
# Which name wins when one key names several actors.
KIND_RANK = {"state": 0, "igo": 1, "organisation": 2, "person": 3, "group": 4}


class Registry:
    """Actors by id, by name key, by surname; office tenures; PLOVER codes."""

    def __init__(self, entries: list[ActorEntry], tenures: list[tuple[str, str, Office]] = ()) -> None:  # type: ignore[assignment]
        self.by_id: dict[str, Actor] = {}
        self.entries: dict[str, ActorEntry] = {}
        for entry in entries:
            self.entries[entry.actor.id] = entry
            self.by_id[entry.actor.id] = entry.actor
        for person, name, office in tenures:
            self._add_tenure(person, name, office)
        self.titles: Titles = load_titles()
        self._index()

    def _add_tenure(self, person: str, name: str, office: Office) -> None:
        actor = self.by_id.get(person)
        if actor is None:
            actor = Actor(id=person, name=name, kind="person", sector="GOV")
            self.entries[person] = ActorEntry(actor)
            self.by_id[person] = actor
        actor.offices.append(office)

    def _index(self) -> None:
        # name key -> [(actor id, name kind)]; kinds: name, alias, adjective, capital
        self.by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.acronyms: set[str] = set()
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self.by_first: dict[str, list[str]] = defaultdict(list)
        self.holders_of: dict[tuple[str, str], list[tuple[Office, str]]] = defaultdict(list)
        for entry in self.entries.values():
            actor = entry.actor
            for office in actor.offices:
                if office.country and self.entries.get(office.country, entry).actor.kind != "state":
                    office.organisation, office.country = office.country, None
                self.holders_of[(office.title, office.country or office.organisation or "")].append((office, actor.id))
            if actor.kind == "person" and actor.country is None:
                actor.country = self._home(actor)
            groups = [
                ("name", [actor.name]),
                ("alias", actor.aliases),
                ("adjective", entry.adjectives),
                ("capital", entry.capitals),
            ]
            for kind, names in groups:
                for name in names:
                    self._add_name(name, actor.id, kind)
            if actor.kind == "person":
                self._add_person_keys(actor)
        # every word prefix of every key, so n-gram matching stops as soon as no name can follow
        self.prefixes: set[str] = set()
        for key in self.by_key:
            words = key.split()
            self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
            self.by_key[key].sort(key=lambda item: KIND_RANK.get(self.by_id[item[0]].kind, 9))

    def _home(self, actor: Actor) -> str | None:
        states = [o for o in actor.offices if o.country]
        if states:
            return max(states, key=lambda o: o.start or "").country
        return self.entries[actor.id].nationality if not actor.offices else None

    def _add_name(self, name: str, actor_id: str, kind: str) -> None:
        for key in name_variants(name):
            if (actor_id, kind) not in self.by_key[key]:
                self.by_key[key].append((actor_id, kind))
            if is_acronym(name):
                self.acronyms.add(key)

    def _add_person_keys(self, actor: Actor) -> None:
        for name in [actor.name, *actor.aliases]:
            surname = surname_of(name, actor.country)
            if surname and actor.id not in self.by_surname[surname]:
                self.by_surname[surname].append(actor.id)
            first = normalise_name(name).split()
            if first and actor.id not in self.by_first[first[0]]:
                self.by_first[first[0]].append(actor.id)

    def add(self, entry: ActorEntry) -> None:
        """Add (or replace) one actor and re-index."""
        self.entries[entry.actor.id] = entry
        self.by_id[entry.actor.id] = entry.actor
        self._index()

    def get(self, actor_id: str) -> Actor | None:
        """The actor with id ``actor_id``, or None."""
        return self.by_id.get(actor_id)

    def lookup(self, name: str) -> list[Actor]:
        """Actors whose name, alias, adjective or capital is ``name`` (folded), states first."""
        ids = dict.fromkeys(i for i, _kind in self.by_key.get(normalise_name(name), []))
        return [self.by_id[i] for i in ids]

    def name_kind(self, key: str, actor_id: str) -> str | None:
        """How ``key`` names ``actor_id``: "name", "alias", "adjective" or "capital"."""
        return next((kind for i, kind in self.by_key.get(key, []) if i == actor_id), None)

    def country_of(self, actor_id: str) -> str | None:
        """ISO3 of a state itself, or of a person's or organisation's country.

        IGOs and their officials without a state (the UN Secretary-General) give None; use
        ``code_of`` for an event code.
        """
        actor = self.by_id.get(actor_id)
        if actor is None:
            return None
        return actor.id if actor.kind == "state" else actor.country

    def code_of(self, actor_id: str) -> str | None:
        """PLOVER/CAMEO actor code: ISO3 for states and their people, "IGO" for IGOs and their officials."""
        entry = self.entries.get(actor_id)
        if entry is None:
            return None
        actor = entry.actor
        if entry.code:
            return entry.code
        if actor.kind == "state":
            return actor.id
        if actor.kind == "person" and actor.offices:
            latest = max(actor.offices, key=lambda o: o.start or "")
            if latest.organisation:
                return self.code_of(latest.organisation)
        if actor.kind == "igo":
            return "IGO"
        return actor.country

    def holders(self, title: str, *, country: str | None, on: str) -> list[Actor]:
        """Who held office ``title`` (canonical or a family like "leader") of ``country`` on ISO date ``on``.

        ``country`` is an ISO3 code or an IGO id ("NATO", "UN").
        """
        found: list[Actor] = []
        for canonical in self.titles.family(title, country):
            for office, person in self.holders_of.get((canonical, country or ""), []):
                if within(office, on) and self.by_id[person] not in found:
                    found.append(self.by_id[person])
            if found and title == "leader":
                break  # leader titles are in order of precedence: the president before the premier
        return found

    def offices_of(self, actor_id: str, title: str, country: str | None) -> list[Office]:
        """The tenures of ``actor_id`` in office ``title`` (or its family) of ``country``."""
        actor = self.by_id.get(actor_id)
        if actor is None:
            return []
        titles = set(self.titles.family(title, country))
        return [
            o
            for o in actor.offices
            if o.title in titles and (country is None or country in (o.country, o.organisation))
        ]


def within(office: Office, on: str, until: str | None = None) -> bool:
    """True when the tenure overlaps the ISO date ``on`` (or the interval ``on``..``until``)."""
    last = until or on
    return (office.start or "0000") <= last[:10] and (office.end is None or on[:10] <= office.end)


def _read_all(extra_files: tuple[str, ...]) -> tuple[list[ActorEntry], list[tuple[str, str, Office]]]:
    entries: list[ActorEntry] = []
    tenures: list[tuple[str, str, Office]] = []
    data = resources.files("parallax") / "data"
    texts = [(name, data.joinpath(name).read_text(encoding="utf8")) for name in SHIPPED]
    for path in extra_files:
        try:
            texts.append((path, Path(path).read_text(encoding="utf8")))
        except OSError as err:
            raise ConfigError(f"{path}: cannot read actor file: {err}") from err
    for where, text in texts:
        more, held = read_actor_file(text, where=where)
        entries += more
        tenures += held
    return entries, tenures


@lru_cache(maxsize=8)
def load_registry(extra_files: tuple[str, ...] = ()) -> Registry:
    """The shipped registry plus ``extra_files`` (later entries replace earlier ones by id)."""
    entries, tenures = _read_all(extra_files)
    return Registry(entries, tenures)
