"""Who an act is between: whom a demand asks, and the parties of a meeting.

Two gates of the events extractor for acts shown as fact (``events.events_of_doc``):

- ``addressed(trigger)``: a demand whose recipient the roles did not read still names whom it
  asks (the object of the asking verb, whom it calls on, the subject of the act demanded), and
  that is no private party; "advised tourists to follow official updates" is a notice to the
  public, not a demand between actors.
- ``two_parties(trigger, roles)``: a meeting, talk or visit has two parties; one named alone
  ("visited St. Michael's Cathedral", "has discussed plans to deploy troops") is an outing or a
  deliberation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .events_actors import agent_sector, code_of
from .events_roles import Roles
from .events_scope import private_head
from .events_triggers import Trigger

__all__ = ["addressed", "two_parties"]

AGENT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}  # entities that can be asked to act
PLURAL_SUBJECTS = {"we", "they", "both"}  # subjects that name the parties of a meeting together


def addressed(trigger: Trigger) -> bool:
    """A demand whose recipient was not read still names whom it asks, and that is no private
    party: the object of the asking verb ("urged China to pressure Russia", "ordered the opposition
    newspaper La Prensa to suspend"), whom it calls on, or the subject of the act demanded
    ("demanding that President Mugabe abandon his policy", "calls from Democrats that he
    withdraw", "said the rebels must reach an agreement"). "Advised tourists to follow updates",
    "urged residents to stay safe": a notice to the public."""
    if trigger.reading.type != "REQUEST":
        return False
    token = trigger.token
    named = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    named += [p for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for p in c.children]
    acts = [trigger.embedded, trigger.clause if trigger.request_by_speaker else None]
    # "calls from Democrats that he withdraw", "reiterated its demand that Israel ease ..."
    heads = [token] + [c for c in token.children if c.dep_ == "dobj"]
    acts += [c for head in heads for c in head.children if c.dep_ in {"ccomp", "acl"}]
    named += [c for act in acts if act is not None for c in act.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(_agent(n) and not private_head(n) for n in named)


def _agent(token: Token) -> bool:
    """``token`` names someone who can be asked (a pronoun, a name, a kind of the agents
    dictionary: "troops", "government"), not the thing asked for ("ordered evacuations")."""
    if token.pos_ == "PRON":
        return True
    return token.ent_type_ in AGENT_LABELS or agent_sector(token) is not None


def two_parties(trigger: Trigger, roles: Roles) -> bool:
    """A meeting, talk or visit has two parties; one named alone ("Biden later visited St.
    Michael's Cathedral", "Trump has discussed plans to deploy troops", "at Thursday's Cabinet
    meeting") tells an outing or a deliberation, not a consultation between actors. A person and
    the state they act for count once ("Biden" and "the U.S."); an organisation of states is its
    members ("the Group of 20 Summit"); a subject that names several ("We discussed trade",
    "Trump and Putin met") has them, whoever the roles could read."""
    parties = set(roles.actors) | set(roles.recipients)
    if any(code_of(p).startswith("IGO") for p in parties) or _several(trigger.clause):
        return True
    states = {code for p in parties if p.startswith("person:") and (code := code_of(p)) != p}
    return len(parties - states) >= 2


def _several(clause: Token) -> bool:
    """The clause's subject names several: "we", "they", "both", "the two leaders", or a
    coordination ("Trump and Putin", however the parser hung its parts)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in PLURAL_SUBJECTS or any(c.lower_ in {"two", "both"} for c in subject.children):
        return True
    return any(t.dep_ == "conj" or (t.dep_ == "cc" and t.lower_ == "and") for t in subject.subtree)
