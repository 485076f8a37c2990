"""What the actor linker finds in one doc, before it becomes ``Mention`` records."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Actor
from .matching import NameMatch
from .rolenouns import TitleSpan

__all__ = ["Linking", "PersonSpan", "RoleLink"]


@dataclass
class RoleLink:
    """A title the text gives a person: the evidence of the role check (character offsets)."""

    start: int  # title span, qualifier included ("South Korea's defense minister")
    end: int
    title: str  # canonical title
    country: str | None  # ISO3 or IGO id the title qualifies; None when the text does not say
    person: str | None
    name_start: int | None = None  # the person's name, when written next to the title
    name_end: int | None = None
    not_current: bool = False  # "former", "then", "acting"...
    text: str = ""


@dataclass
class PersonSpan:
    """Tokens ``start``..``end`` name the person ``actor``."""

    start: int
    end: int
    actor: str
    label: str = "PERSON"


@dataclass
class Linking:
    """Token spans the linker found in one doc."""

    names: list[NameMatch] = field(default_factory=list)
    people: list[PersonSpan] = field(default_factory=list)
    roles: list[tuple[TitleSpan, list[str]]] = field(default_factory=list)
    links: list[RoleLink] = field(default_factory=list)
    new_actors: dict[str, Actor] = field(default_factory=dict)
