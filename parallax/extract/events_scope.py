"""Scope of political event data: who counts as a political actor.

The annotation's scope (and CAMEO's) is events between political actors: states and their
organs and officials, politicians and parties, courts, police, armed groups, IGOs, organised
protesters. Private parties (an athlete, a company, fans, investors, civilians, academics) are
not actors, and a nationality or a city written on them ("Japanese outfielder Masataka Yoshida",
"a Chinese company", "the Ottawa Senators") does not make their state act.

One gate for every extractor that shows an act as a fact (events now, claims later):

- ``private_head(head)``: the noun phrase headed by ``head`` names a private party: its head
  noun, or a title noun on a person's name, is a kind of the private sectors of the Phoenix
  agents dictionary (business, civilians, education, health, agriculture) or of sport
  (``parallax/data/events-scope.yaml``).
- ``private_modifiers(doc, linked)``: tokens linked to an actor that only modify a private head
  (the nationality adjective, the city of a team's name): their link names no actor acting.
- ``directed(code, trigger, recipients)``: a judgement (praise, criticism, accusation, lawsuit)
  names whom it judges, a demand whom it asks, and an investigation told by a noun whom it
  investigates; praise or blame of no one named ("lauding the troops", "he has blamed
  constraints", "supported the causes", "a House hearing") is an opinion or procedure, and a call
  or order no actor is asked to heed ("ordered evacuations of residents", "advised tourists to
  follow official updates", "the group calls for an Islamic state") an aim, a policy or a notice
  to the public, not an act between actors (the events extractor also takes a demand whose
  addressee is named but was read as no actor: "calls from Democrats that he withdraw").
- ``mutual(trigger)``: the actors judge each other ("blamed each other"), so a judgement needs no
  other recipient and an act addressed to its own actors is no misreading.
- ``political_actor(actor_id, sectors)``: a state, an IGO, an organisation, a person the
  registry knows a country for, or a person the text gives a political title or sector.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

import pycountry
import yaml
from spacy.tokens import Doc, Token

from ..actors import load_registry

__all__ = [
    "POLITICAL_SECTORS",
    "directed",
    "judgement",
    "mutual",
    "political_actor",
    "private_head",
    "private_modifiers",
    "titled",
]

# CAMEO sectors of political actors (as events-agents.yaml keeps them), and media acting politically
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "UAF", "PTY", "IGO"})
# verbal acts that judge someone (CAMEO codes): praise and endorsement, verbal defence (051, 052);
# criticism, accusation, rallying opposition, complaint, lawsuit, conviction (11x)
JUDGEMENTS = ("051", "052", "11")
REQUESTS = "10"  # demands, appeals, calls, orders: addressed to someone
INQUIRY = "09"  # investigations: a noun with no target named is procedure ("a House hearing")
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
TITLE_DEPS = {"compound", "appos", "amod"}
NAME_LABELS = {"PERSON", "ORG"}


@lru_cache(maxsize=1)
def _private() -> frozenset[str]:
    """Private kinds: lower-case phrases, last word a lemma ("company", "business leader", "fan")."""
    text = resources.files("parallax").joinpath("data", "events-scope.yaml").read_text("utf8")
    data = yaml.safe_load(text)
    phrases = {p for sector in data["private"].values() for p in sector} | set(data["sport"])
    return frozenset(phrases)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    text = resources.files("parallax").joinpath("data", "events-scope.yaml").read_text("utf8")
    return frozenset(yaml.safe_load(text)["titles"])


def titled(doc: Doc, start: int) -> bool:
    """A political title is written before the name starting at token ``start`` ("Rep. Jim
    Jordan", "Transportation Secretary Sean Duffy")."""
    titles = _titles()
    for token in reversed(doc[max(0, start - 3) : start]):
        word = token.lower_.rstrip(".")
        if word in titles:
            return True
        if not (token.is_title or token.is_punct) or token.is_sent_start:
            return False
    return False


def _kind_private(token: Token) -> bool:
    """``token`` is a common noun of a private kind, alone or with its compound ("business leader")."""
    if token.pos_ != "NOUN":
        return False
    private = _private()
    lemma = token.lemma_.lower()
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head == token:
        phrase = f"{before.lower_} {lemma}"
        if phrase in private:
            return True
    return lemma in private or token.lower_ in private


def private_head(head: Token) -> bool:
    """The noun phrase of ``head`` names a private party: a private kind of noun ("outfielder",
    "company", "fans"), or a name (person, team) titled by one ("Japanese outfielder Masataka
    Yoshida", "Yoshida, a Japanese outfielder")."""
    if _kind_private(head):
        return True
    if head.pos_ != "PROPN" or head.ent_type_ not in NAME_LABELS:
        return False
    return any(_kind_private(child) for child in head.children if child.dep_ in TITLE_DEPS)


def private_modifiers(doc: Doc, linked: Mapping[int, str], sectors: Mapping[str, str | None] | None = None) -> set[int]:
    """Tokens whose actor link only modifies a private party's head: the link is a nationality
    or a place written on a private party, not an actor of its own. A private party is a head of
    a private kind, or a person nobody knows as a political actor ("Syrian American Hamid Imam":
    the registry does not know him and the text gives him no political title)."""
    found: set[int] = set()
    for i in linked:
        token = doc[i]
        head = token.head
        while token.dep_ == "compound" and head.dep_ == "compound" and head.head != head and head.i in linked:
            head = head.head  # "New York Yankees": the whole name modifies the head
        if token.dep_ not in MODIFIER_DEPS or head == token or linked.get(head.i) == linked[i]:
            continue
        owner = linked.get(head.i)
        if owner is None and private_head(head):
            found.add(i)
        elif owner is not None and _nationality(linked[i]) and not political_actor(owner, sectors):
            found.add(i)
    return found


def _nationality(actor_id: str) -> bool:
    """The link names a state (a nationality, a country), not an organisation ("Hamas leader ...")."""
    return len(actor_id) == 3 and pycountry.countries.get(alpha_3=actor_id) is not None


def political_actor(actor_id: str, sectors: Mapping[str, str | None] | None = None) -> bool:
    """``actor_id`` is a political actor: not a person, or a person of the registry (its people
    are officials and politicians), or a person the text gives a political title or sector
    (``sectors``: actor id -> sector of its mentions)."""
    if not actor_id.startswith("person:") or load_registry().get(actor_id) is not None:
        return True
    sector = (sectors or {}).get(actor_id)
    return sector is not None and sector in POLITICAL_SECTORS


def judgement(code: str) -> bool:
    """The CAMEO code is a verbal judgement of someone (praise, criticism, accusation, lawsuit)."""
    return code.startswith(JUDGEMENTS)


def directed(code: str, trigger: Token, recipients: list[str]) -> bool:
    """A judgement (criticism, praise) names whom it judges, a demand whom it asks, and an
    investigation told by a noun ("a hearing", "the committee's investigation") whom it
    investigates; other acts need no recipient."""
    if recipients or mutual(trigger):
        return True
    if judgement(code) or code.startswith(REQUESTS):
        return False
    return not (code.startswith(INQUIRY) and trigger.pos_ in {"NOUN", "PROPN"})


def mutual(trigger: Token) -> bool:
    """ "blamed each other", "criticised one another": the actors judge each other."""
    for child in trigger.children:
        objects = [child] + [c for c in child.children if c.dep_ == "pobj"]
        for obj in objects:
            if obj.lower_ in {"other", "another"} and any(d.lower_ in {"each", "one"} for d in obj.children):
                return True
    return False
