"""Office titles: surface forms news uses ("Secretary of State", "defense chief") mapped to the
canonical titles of ``offices.csv``, title families ("leader") and who leads each state.

Data: ``parallax/data/titles.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["Titles", "load_titles"]


class Titles:
    """Title normalisation and families."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.general: dict[str, str] = dict(data.get("titles", {}))
        self.by_country: dict[str, dict[str, str]] = {k: dict(v) for k, v in data.get("country_titles", {}).items()}
        self.families: dict[str, list[str]] = {k: list(v) for k, v in data.get("families", {}).items()}
        self.leaders: dict[str, list[str]] = {k: list(v) for k, v in data.get("leader_titles", {}).items()}
        forms = set(self.general) | {f for table in self.by_country.values() for f in table}
        self.max_words = max(len(form.split()) for form in forms)
        self.forms = forms
        self.first_words = {form.split()[0] for form in forms}

    def canonical(self, surface: str, country: str | None = None) -> str | None:
        """Canonical title of a surface form ("Defense Secretary", "USA") -> "defence minister"."""
        key = " ".join(surface.lower().replace("-", " - ").split()).replace(" - ", "-")
        if country and key in self.by_country.get(country, {}):
            return self.by_country[country][key]
        for table in self.by_country.values():
            if key in table and country is None:
                return table[key]
        return self.general.get(key)

    def family(self, title: str, country: str | None) -> list[str]:
        """Canonical titles that ``title`` stands for; "leader" depends on the country."""
        if title == "leader":
            return self.leaders.get(country or "", self.leaders.get("default", []))
        return self.families.get(title, [title])

    def is_title(self, surface: str) -> bool:
        """True when ``surface`` (lower case) is a known title form."""
        return " ".join(surface.lower().split()) in self.forms


@lru_cache(maxsize=1)
def load_titles() -> Titles:
    """The shipped title table."""
    text = (resources.files("parallax") / "data" / "titles.yaml").read_text(encoding="utf8")
    return Titles(yaml.safe_load(text))
