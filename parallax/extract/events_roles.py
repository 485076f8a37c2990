"""Who did it, to whom, when and where: the arguments of an event trigger.

Subjects act and objects receive; in the passive the "by" phrase acts; a coordinated or
controlled verb borrows its head's subject ("Russia backed ... but vetoed", "threatened to
ban"); an event noun takes its possessor or "by" phrase as actor ("Putin's visit") and its "to",
"with", "for", "against" phrases as recipients; a noun in a "during"/"at" phrase takes the
clause's subject ("pledged ... during a meeting with Putin").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..nlp import entity_of
from .events_actors import ActorMap, agent_sector, code_of, phrase_actors, place_code
from .events_lexicon import word_list
from .events_scope import judgement
from .events_triggers import Trigger

__all__ = ["Roles", "read_roles"]

RECIPIENT_PREPS = {"to", "with", "against", "on", "for", "toward", "towards", "from", "into", "at", "upon", "over"}
NOUN_RECIPIENT_PREPS = RECIPIENT_PREPS | {"of"}
DIRECT_PREPS = {"to", "with", "against", "toward", "towards"}
FRAME_PREPS = {"during", "at", "in", "after", "following", "before", "amid", "amidst"}
JOINT_NOUNS = word_list("joint_nouns")
DOMESTIC_TYPES = {"PROTEST", "COERCE", "CONCEDE"}
PLACE_TARGET_TYPES = {"ASSAULT"}  # force used in a foreign place, no target named: used on the place
TARGET_PLACE_PREPS = {"in", "inside", "into", "across"}
INTENT_STATES = word_list("intent_states")
HOME_TYPES = {"PROTEST", "COERCE", "CONCEDE", "THREATEN", "REQUEST", "REJECT"}
SYMMETRIC_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# acts aimed at a person through their act or office ("called for his resignation", "a reward
# for his arrest", "ordered her detention")
OWNED_TYPES = {"REQUEST", "THREATEN", "COERCE", "SANCTION", "REJECT"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
EVENT_REFERENCES = word_list("event_references")
ADMISSIONS = word_list("admissions")
TRAVEL_VERBS = word_list("travel_verbs")
# event nouns whose "from" phrase names who acts ("criticism from Beijing", "aid from allies");
# not threats: "the missile threat from North Korea" is a danger assessed, not a threat made
SOURCE_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "AID", "ASSAULT"}
# acts private parties do as political actors (organised protesters and campaigners: "French
# farmers blocked roads", "landowners ... demand the return of property")
PRIVATE_TYPES = {"PROTEST", "REQUEST"}


@dataclass
class Roles:
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    location: str | None = None
    anchored: bool = False  # actors came from the text around the trigger, not a fallback


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, borrowed from the head of a conjunct, a control verb or a relative clause."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            return None
        subject = _child(current, "nsubj", "csubj")
        if subject is not None:
            relative = subject.lower_ in {"which", "that", "who"} and current.dep_ == "relcl"
            return current.head if relative else subject
        if current.dep_ in {"conj", "xcomp", "advcl", "acomp"} and current.head != current:
            current = current.head
            continue
        if current.dep_ == "acl" and current.head.dep_ in {"dobj", "pobj"} and current.tag_ == "VBG":
            current = current.head.head  # "issued a declaration demanding ...": the issuer
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "By supporting North Korea, Russia can ..."
            continue
        return None
    return None


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    found = []
    for prep in token.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in preps:
            found += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.dep_ == "dative" and prep.pos_ in {"PROPN", "NOUN", "PRON"}:
            found.append(prep)
    return found


def _location(token: Token) -> Token | None:
    for pobj in _prep_objects(token, {"in", "at"}):
        if pobj.ent_type_ in PLACE_LABELS:
            return pobj
    return None


def _place_text(pobj: Token) -> str:
    ent = entity_of(pobj)
    return ent.text if ent is not None else pobj.text


def _verb_roles(verb: Token, trigger: Trigger, amap: ActorMap) -> Roles:
    roles = Roles()
    private = trigger.reading.type in PRIVATE_TYPES
    passive = _child(verb, "nsubjpass", "auxpass") is not None
    if passive and verb.lemma_.lower() in INTENT_STATES and _child(verb, "agent") is None:
        passive = False  # "Vietnam is committed to opening": the subject intends
        roles.actors = phrase_actors(_child(verb, "nsubjpass"), amap, agents=True, private=private)
    if passive:
        agent = _child(verb, "agent")
        pobj = _child(agent, "pobj") if agent is not None else None
        roles.actors = phrase_actors(pobj, amap, agents=True, private=private)
        roles.recipients = phrase_actors(_child(verb, "nsubjpass"), amap)
    else:
        roles.actors = roles.actors or phrase_actors(_subject(verb), amap, agents=True, private=private)
        if not roles.actors and verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "Republicans investigating President Joe Biden": the noun the participle modifies acts
            roles.actors = phrase_actors(verb.head, amap, deep=False, agents=True, private=private)
        obj = _child(verb, "dobj")
        if obj is not None and obj.i not in trigger.consumed:
            roles.recipients = phrase_actors(obj, amap)
            if not roles.recipients and obj.lemma_.lower() in EVENT_REFERENCES:
                # "criticized the visit": the parties of the event referred to
                roles.recipients = list(amap.pair)
    if trigger.reading.type == "REQUEST" and trigger.embedded is not None:
        # "demanded that the US cancel ...": who is asked is the embedded subject
        roles.recipients += phrase_actors(_child(trigger.embedded, "nsubj"), amap)
    if trigger.reading.type == "REQUEST" and not roles.recipients and trigger.consumed:
        # "reiterated its demand that Israel ease ...": the subject of the clause the demand says
        said = _child(verb, "ccomp")
        if said is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in said.children):
            roles.recipients = phrase_actors(_child(said, "nsubj"), amap)
    if not roles.recipients:
        roles.recipients = _oblique_recipients(verb, trigger, amap)
    if not roles.recipients and judgement(trigger.reading.code):
        roles.recipients = [r for r in _judged(verb, amap, trigger.reading.type) if r not in roles.actors]
    if not roles.recipients and trigger.reading.type in OWNED_TYPES:
        roles.recipients = [r for r in _owners(verb, amap) if r not in roles.actors]
    if trigger.request_by_speaker:
        speaker = next((a for a in verb.ancestors if _child(a, "nsubj") is not None), None)
        roles.recipients = roles.actors
        roles.actors = phrase_actors(_child(speaker, "nsubj"), amap) if speaker is not None else []
    elif not roles.actors and roles.recipients and not passive:
        # a private party acting on a political one ("A Saudi businessman is suing the United
        # States"): one side is political, and the party's nationality codes it
        roles.actors = phrase_actors(_subject(verb), amap, agents=True, private=True)
    roles.anchored = bool(roles.actors)
    return roles


def _judged(verb: Token, amap: ActorMap, type_: str) -> list[str]:
    """Whom a judgement with no named object judges: the head of a relative clause ("Putin, who
    Trump praises"), a generic official criticised as its country ("criticized the judge"), the subject of what it alleges ("alleged that Whelan was caught"), or whom the
    verb a purpose clause hangs from addresses ("summoned Niger's ambassador to complain")."""
    obj = _child(verb, "dobj")
    if obj is not None and obj.lower_ in {"who", "whom", "that", "which"} and verb.dep_ == "relcl":
        return phrase_actors(verb.head, amap)
    if obj is not None and type_ == "ACCUSE" and agent_sector(obj) is not None:
        # "Trump has criticized the judge": a generic official is of the country it acts in (not
        # praise: "lauding the National Guard troops" is a leader's word for his own agents)
        return phrase_actors(obj, amap, agents=True)
    said = _child(verb, "ccomp")
    if said is not None:
        found = phrase_actors(_child(said, "nsubj", "nsubjpass"), amap)
        if found:
            return found
    if verb.dep_ in {"xcomp", "advcl"}:
        found = phrase_actors(_child(verb.head, "dobj"), amap)
        if found:
            return found
    # "complained about his unwillingness to stop the fighting": whose act is judged
    return _owners(verb, amap)


def _owners(verb: Token, amap: ActorMap) -> list[str]:
    """The person whose act or office the verb's object is ("complained about his unwillingness",
    "a reward for his arrest", "called for her resignation")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, RECIPIENT_PREPS | {"about"})
    objects += [p for o in list(objects) for p in _prep_objects(o, {"for"})]
    owners = [c for o in objects for c in o.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}]
    resolved = [amap.resolve_pronoun(owner) for owner in owners]
    return [r for r in resolved if r]


def _oblique_recipients(verb: Token, trigger: Trigger, amap: ActorMap) -> list[str]:
    """Recipients from the objects and prepositional phrases of the verb, of the event it governs
    and of its event-noun object, the closest kind first ("to", "with", "against" before "for")."""
    holders = [verb] + ([trigger.embedded] if trigger.embedded is not None else [])
    holders += [verb.doc[i] for i in sorted(trigger.consumed)]
    for tier in DIRECT_PREPS, RECIPIENT_PREPS | {"of"}:
        found: list[str] = []
        for holder in holders:
            if holder is not verb and holder.pos_ == "VERB":
                found += phrase_actors(_child(holder, "dobj"), amap)
            found += phrase_actors(_child(holder, "dative", "iobj"), amap)
            preps = tier if holder.pos_ == "NOUN" else tier - {"of"}
            for pobj in _prep_objects(holder, preps):
                found += phrase_actors(pobj, amap)
        if found:
            return found
    return []


def _noun_roles(noun: Token, amap: ActorMap, type_: str) -> Roles:
    roles = Roles(actors=phrase_actors(noun, amap, deep=False))
    between = [party for pobj in _prep_objects(noun, {"between"}) for party in _between(pobj)]
    # "criticism from Beijing", "aid from Washington": the source acts; "withdrawal from Gaza" is a place
    sources = {"from"} if type_ in SOURCE_TYPES else set()
    for pobj in _prep_objects(noun, {"by"} | sources) + between:
        roles.actors += phrase_actors(pobj, amap, agents=True, private=type_ in PRIVATE_TYPES)
    for pobj in _prep_objects(noun, NOUN_RECIPIENT_PREPS - sources):
        roles.recipients += phrase_actors(pobj, amap)
    roles.anchored = bool(roles.actors)
    governor = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if not roles.actors and governor is not None and governor.lemma_.lower() in ADMISSIONS:
        # "Both countries have denied allegations of arms transfers": the deniers are the parties
        roles.actors = phrase_actors(_subject(governor), amap)
    frame = noun.head if noun.dep_ == "pobj" else None
    if not roles.actors and frame is not None and frame.lower_ in FRAME_PREPS and frame.head.pos_ == "VERB":
        roles.actors = phrase_actors(_subject(frame.head), amap)
        roles.anchored = bool(roles.actors)
    if not roles.actors and frame is not None and frame.lower_ == "for" and type_ == "CONSULT":
        travellers = _travellers(frame.head, roles.recipients, amap)
        if travellers:  # a meeting's participants all act
            roles.actors, roles.recipients = list(dict.fromkeys(travellers + roles.recipients)), []
        roles.anchored = bool(roles.actors)
    return roles


def _between(pobj: Token) -> list[Token]:
    """The parties of "between X and Y"; when the parser hung Y inside a relative clause of X
    ("between Russia, which supports Assad, and Turkey"), the name of X's kind coordinated there."""
    if pobj.conjuncts or not pobj.ent_type_:
        return [pobj]
    inner = [t for t in pobj.subtree if t.dep_ == "conj" and t.ent_type_ == pobj.ent_type_ and t.i > pobj.i]
    return [pobj, *inner[-1:]]


def _travellers(verb: Token, partners: list[str], amap: ActorMap) -> list[str]:
    """ "U.S. and Russian negotiators return to Geneva for talks": those who come for a meeting
    take part in it, when it has two sides (their own, or a partner named: "for talks with")."""
    if verb.lemma_.lower() not in TRAVEL_VERBS:
        return []
    found = phrase_actors(_subject(verb), amap)
    parties = {code_of(a) for a in found + partners}
    return found if len(parties) > 1 else []


def _conditioned(clause: Token, trigger: Trigger, amap: ActorMap) -> list[str]:
    """ "threatened to stop talks if the United States goes ahead": who the condition names."""
    for holder in [clause] + ([trigger.embedded] if trigger.embedded is not None else []):
        for advcl in (c for c in holder.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in advcl.children):
                found = phrase_actors(_subject(advcl), amap)
                if found:
                    return found
    return []


def _agentless_passive(clause: Token) -> bool:
    return _child(clause, "nsubjpass", "auxpass") is not None and _child(clause, "agent") is None


def _struck_place(trigger: Trigger, roles: Roles, amap: ActorMap) -> list[str]:
    """The country of a foreign place force is used in or into, when no target is named
    ("Israel begins airstrikes inside Gaza": PSE); never the actors' own ("clashed in Jerusalem")."""
    own = {code_of(a) for a in roles.actors}
    if not own:
        return []
    objects = [c for c in trigger.clause.children if c.dep_ == "dobj"]  # "begins airstrikes inside Gaza"
    for token in dict.fromkeys([trigger.token, trigger.clause, *objects]):
        for pobj in _prep_objects(token, TARGET_PLACE_PREPS):
            places = [pobj, *pobj.conjuncts]
            codes = [place_code(p, amap) if p.ent_type_ in PLACE_LABELS else None for p in places]
            found = [c for c in dict.fromkeys(codes) if c and len(c) == 3 and c.isupper() and c not in own]
            if found:
                return found
    return []


def _named_agent(clause: Token) -> bool:
    """The clause names who acted as a group (a noun phrase, not a pronoun or a passive without
    "by"). A person's name the registry does not know is no group: nothing says their country
    ("Trump threatened tariffs on Canada" with "Trump" unlinked is no Canadian threat)."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    subject = _subject(clause)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.like_num:
        return False
    if subject.ent_type_ == "PERSON":
        return False
    # a bare singular common noun is a name the tagger missed ("Trump threatened ..."), not a group
    return not (subject.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in subject.children))


def read_roles(trigger: Trigger, amap: ActorMap) -> Roles:
    """Actors, recipients and place of ``trigger``."""
    clause = trigger.clause
    roles = (
        _verb_roles(clause, trigger, amap)
        if clause.pos_ in {"VERB", "ADJ", "AUX"}
        else _noun_roles(clause, amap, trigger.reading.type)
    )
    if not roles.actors and trigger.token.lemma_.lower() in JOINT_NOUNS:
        # "the signing", "the summit": the parties of the latest bilateral event; "the visit": its
        # visitor and its host, as that event had them
        visitors, hosts = amap.pair_sides
        if trigger.reading.mode == "visit" and visitors and hosts:
            roles.actors, roles.recipients = list(visitors), list(hosts)
        else:
            roles.actors = list(amap.pair)
    place = _location(clause) or (_location(trigger.embedded) if trigger.embedded is not None else None)
    if place is not None:
        roles.location = _place_text(place)
        code = place_code(place, amap)
        if not roles.recipients and code and trigger.reading.type in DOMESTIC_TYPES:
            roles.recipients = [code]
        if not roles.actors and code and trigger.reading.type == "PROTEST":
            roles.actors = [code]  # protesters are taken to be locals
        if not roles.actors and code and trigger.reading.type == "COERCE" and _agentless_passive(clause):
            roles.actors = [code]  # "were arrested in Massachusetts": by the authorities of the place
    if not roles.actors and roles.recipients and trigger.reading.type in HOME_TYPES and _named_agent(clause):
        # "Islamic fundamentalists demanded the resignation of Algerian President ...": a party
        # the registry does not know, acting at home, is the recipient's compatriot
        home = code_of(roles.recipients[0])
        roles.actors = [home] if len(home) == 3 and home.isupper() else []
    if not roles.recipients and trigger.reading.type == "THREATEN":
        roles.recipients = _conditioned(clause, trigger, amap)
    if not roles.recipients and trigger.reading.type in PLACE_TARGET_TYPES:
        roles.recipients = _struck_place(trigger, roles, amap)
    roles.actors = list(dict.fromkeys(roles.actors))
    roles.recipients = list(dict.fromkeys(roles.recipients))
    if trigger.reading.type in SYMMETRIC_TYPES or not roles.recipients:
        roles.recipients = [r for r in roles.recipients if r not in roles.actors]
    if trigger.reading.type in SYMMETRIC_TYPES:
        # "Blinken and Wang Yi discussed U.S. efforts": a party's own country is no partner of it
        own = {code_of(a) for a in roles.actors}
        roles.recipients = [r for r in roles.recipients if code_of(r) not in own]
    if not roles.recipients and roles.actors and trigger.reading.type in DOMESTIC_TYPES:
        # protests, repression and concessions without a named target are aimed at home
        roles.recipients = [code_of(roles.actors[0])]
    if trigger.reading.mode == "treaty" and not trigger.request_by_speaker:
        # the parties of a deal act together; not those a speaker says must make one (who are asked)
        roles.actors, roles.recipients = list(dict.fromkeys(roles.actors + roles.recipients)), []
    _place_officials(trigger, roles, amap)
    return roles


def _place_officials(trigger: Trigger, roles: Roles, amap: ActorMap) -> None:
    """An official of unknown country ("President Abdelaziz Bouteflika", "General Michel Aoun")
    in an act done at home (a demand, threat, refusal, protest, repression, concession) acts
    for the one country the other side belongs to, when that country is the article's and the
    sentence names it only through its people, places and organs ("the Zambian people", "in
    Algiers", "An Argentine judge"), never as a state acted on ("urged the United States")."""
    if trigger.reading.type not in HOME_TYPES:
        return
    for side, other in ((roles.actors, roles.recipients), (roles.recipients, roles.actors)):
        people = [a for a in side if amap.unplaced(a)]
        codes = {code_of(a) for a in other}
        if not people or len(codes) != 1:
            continue
        country = codes.pop()
        if country == amap.home and not _state_acted_on(trigger, country, amap):
            for person in people:
                amap.place_person(person, country)


def _state_acted_on(trigger: Trigger, country: str, amap: ActorMap) -> bool:
    """The sentence names ``country`` as a party itself: a subject, an object, the object of a
    directed preposition ("to", "with", "against", "on"), not a modifier or a place."""
    for token in trigger.token.sent:
        if amap.of(token) != country or token.dep_ in {"compound", "amod", "poss", "nmod"}:
            continue
        if token.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "appos", "conj", "ROOT"}:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in DIRECT_PREPS | {"on", "upon", "by", "from", "of"}:
            return True
    return False
