"""Extractor: the events of one annotated article, one ``Event`` per event mention.

    sentence ──► triggers (events_triggers) ──► roles (events_roles) ──► modality (events_modality)
             ──► date, place ──► Event with one EventMention

Runs last, after quotes (used to attribute reported events). Agreements get the commitments the
article states ("provides for mutual assistance in the event of aggression ...").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import timex
from ..actors import load_registry
from ..config import load_options
from ..records import Article, Event, EventMention, Extraction, Quote, Timex
from .claims_layout import is_furniture, line_around
from .events_actors import ActorMap, agent_sector, code_of, event_codes, group_names
from .events_lexicon import Reading, load_lexicon, word_list
from .events_modality import read_modality
from .events_parties import addressed, two_parties
from .events_roles import Roles, read_roles
from .events_scope import directed, mutual, political_actor, private_head
from .events_triggers import Trigger, directed_act, find_triggers

__all__ = ["events_of_doc", "extract_events"]

AGREEMENT_NOUNS = word_list("agreement_nouns")
COMMITMENT_VERBS = word_list("commitment_verbs")
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
HISTORY_DAYS = 365
STANCE_NOUNS = word_list("stance_nouns")
WAR_NOUNS = word_list("war_nouns")
SPEECH_ACTS = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "AGREE"}
ADDRESSED_ACTS = SPEECH_ACTS - {"AGREE"}  # an agreement's parties may all be actors ("A and B agreed")
ABILITY_AUX = {"can", "could"}
ADVICE_AUX = {"should", "ought", "must"}
ADVICE_CHAIN = {"xcomp", "conj", "pcomp", "pobj", "prep"}  # the phrase an advised verb governs
SETTING_WORDS = {"after", "before", "during", "since", "following", "amid", "when", "until", "while", "as"}
PAIR_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}  # events whose parties "the two leaders" refers to


def _anchor(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _date_of(clause: Token, sent: Span, timexes: list[Timex], anchor: date | None) -> tuple[str | None, str | None]:
    """Value and text of the date expression attached to ``clause`` (not "since ...")."""
    subtree = {t.i for t in clause.subtree}
    for ent in sent.ents:
        if ent.label_ != "DATE" or ent.root.i not in subtree:
            continue
        if ent.root.head.lower_ in {"since", "than", "until"}:
            continue
        if ent.root.dep_ == "nummod" and not (ent.root.head == clause and YEAR.fullmatch(ent.text)):
            continue  # a number, unless the year of the event noun itself ("a 2020 cease-fire")
        known = next((t for t in timexes if t.start <= ent.start_char < t.end), None)
        if known is not None:
            return known.value, known.text
        normalised = timex.normalise(ent.text, anchor=anchor)
        return (normalised[0] if normalised else None), ent.text
    return None, None


def _setting_date(clause: Token, sent: Span, timexes: list[Timex], anchor: date | None) -> str | None:
    """The date of the clause an undated event's clause hangs from ("founded in 1948 after the UN
    backed partition": 1948 sets the backing; "In 2019, Trump said Iran attacked ...": the saying
    is no earlier than the act told). An event noun takes the time phrase of the verb whose phrase
    holds it ("In 1929, 67 Jews were killed in the Hebron massacre, part of Palestinian riots")."""
    current = clause
    if clause.pos_ in {"NOUN", "PROPN"}:
        verb = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return None
        value = _time_phrase(verb, sent, timexes, anchor)
        if value:
            return value
        current = verb
    while current.dep_ in {"advcl", "conj", "ccomp"} and current.head != current:
        current = current.head
        value, _text = _date_of(current, sent, timexes, anchor)
        if value:
            return value
    return None


def _time_phrase(verb: Token, sent: Span, timexes: list[Timex], anchor: date | None) -> str | None:
    """The value of a date that is the verb's own time phrase ("In 1929, ...", "on Monday"), not
    one inside another of its phrases."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in {"in", "on", "during"}:
            head = head.head
        elif ent.root.dep_ not in {"npadvmod", "advmod"}:
            continue
        if head != verb:
            continue
        known = next((t for t in timexes if t.start <= ent.start_char < t.end), None)
        if known is not None:
            return known.value
        normalised = timex.normalise(ent.text, anchor=anchor)
        return normalised[0] if normalised else None
    return None


def _long_before(value: str | None, anchor: date | None) -> bool:
    """The event's date lies more than a year before publication (historical background)."""
    if not value or anchor is None or not YEAR.match(value):
        return False
    parts = [int(p) for p in re.findall(r"\d+", value[:10])]
    year, month = parts[0], parts[1] if len(parts) > 1 and 1 <= parts[1] <= 12 else 12
    day = parts[2] if len(parts) > 2 and 1 <= parts[2] <= 28 else 28
    return (anchor - date(year, month, day)).days > HISTORY_DAYS


def _advised(trigger: Trigger) -> bool:
    """A demand, refusal or promise someone "should" make ("Trump should demand that Russia
    begin a ceasefire"): the writer's advice; "X said Y must Z" is X's demand (``request_by_speaker``).
    So is an act in the phrase the advice governs ("Trump must avoid backing into a reboot",
    "Trump should reverse this sequence and call for a ceasefire"), up to a clause with a
    subject of its own ("..., and Putin attacked"). An event noun is presupposed, not advised
    ("Israel must respond to Hamas's attack")."""
    if trigger.request_by_speaker or trigger.token.pos_ != "VERB":
        return False
    token = trigger.token
    for _ in range(6):
        if any(c.dep_ == "aux" and c.lower_ in ADVICE_AUX for c in token.children):
            return True
        if token.dep_ not in ADVICE_CHAIN or token.head == token:
            return False
        if token.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            return False
        token = token.head
    return False


def _own_words(trigger: Trigger, roles: Roles, reporter: str | None) -> bool:
    """A speech act (praise, demand, threat, offer ...) told by its own actor is the act itself;
    "X ruled Y must ...", the saying is the demand. A news outlet is no actor's voice: what it
    reports stays reported, even of its own country ("Sunak called ..., according to the BBC")."""
    if trigger.request_by_speaker:
        return True
    if trigger.reading.type not in SPEECH_ACTS or reporter is None or _news_outlet(reporter):
        return False
    if trigger.reading.mode == "treaty":
        return False  # concluding a deal is a material act: its own actor's account is a report
    return reporter in roles.actors or code_of(reporter) in {code_of(a) for a in roles.actors}


def _news_outlet(reporter: str) -> bool:
    """The reporter is a news organisation (sector MED of the registry: "according to the BBC",
    "KCNA reported"): it tells what others did, never its country's own act."""
    actor = load_registry().get(reporter)
    return actor is not None and actor.sector == "MED"


def _own_ability(trigger: Trigger, roles: Roles, reporter: str | None) -> bool:
    """An actor saying what it can or could do for another ("Russia could help North Korea")
    makes an offer: the offer is the event, not a speculation. An offer is made to someone (a
    recipient of another country); a claim of one's own power ("he can end the war") is no offer."""
    if reporter is None or trigger.token.pos_ != "VERB" or trigger.reading.type in SPEECH_ACTS:
        return False
    if not load_lexicon().info(trigger.reading.type).cooperative:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ABILITY_AUX for c in trigger.clause.children):
        return False
    own = {code_of(a) for a in roles.actors}
    if reporter not in roles.actors and code_of(reporter) not in own:
        return False
    return any(code_of(r) not in own for r in roles.recipients)


def _event_id(article: Article, sent: Span, token: Token) -> str:
    digest = hashlib.sha1(f"{article.id}:{sent.start_char}:{token.idx}".encode()).hexdigest()[:12]
    return f"mention-{digest}"


def _mention_span(sent: Span, token: Token, text: str) -> tuple[int, int]:
    """The sentence around ``token``, without a heading the parser ran into it (blank line).
    ``text`` is the doc's text (``Doc.text`` is rebuilt on every access)."""
    start = text.rfind("\n\n", sent.start_char, token.idx)
    start = sent.start_char if start < 0 else start + 2
    end = text.find("\n\n", token.idx, sent.end_char)
    end = sent.end_char if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _event(
    trigger: Trigger,
    roles: Roles,
    sent: Span,
    *,
    article: Article,
    amap: ActorMap,
    quotes: list[Quote],
    timexes: list[Timex],
) -> Event:
    anchor = _anchor(article.published)
    years = [int(y) for y in YEAR.findall(article.published or "")]
    modality = read_modality(
        trigger.clause, trigger.token, amap=amap, quotes=quotes, anchor_year=years[0] if years else None
    )
    if modality.modality in {"asserted", "reported"} and _advised(trigger):
        modality.modality = "hypothetical"  # "Trump should demand that Russia ...": advice, not an act
    if trigger.request_by_speaker and modality.reported_by is None and modality.modality == "asserted":
        # "Instead, Trump should impose more sanctions": no one said it but the writer: advice
        modality.modality = "hypothetical"
    if trigger.intent and modality.modality == "planned":
        modality.modality = "reported" if modality.reported_by else "asserted"
    value, text = _date_of(trigger.clause, sent, timexes, anchor)
    setting = value or _setting_date(trigger.clause, sent, timexes, anchor)
    if modality.modality in {"asserted", "reported", "planned"} and _long_before(setting, anchor):
        modality.modality = "historical"
    if modality.modality == "reported" and _own_words(trigger, roles, modality.reported_by):
        modality.modality = "asserted"
    if modality.modality == "speculative" and _own_ability(trigger, roles, modality.reported_by):
        # "Putin said Russia could help North Korea": an offer, told by its actor
        trigger.reading = Reading("AGREE", trigger.reading.mode, "030")
        modality.modality = "asserted"
    start, end = _mention_span(sent, trigger.token, amap.text)
    mention = EventMention(
        article=article.id,
        start=start,
        end=end,
        text=amap.text[start:end],
        trigger=trigger.text,
        modality=modality.modality,
        reported_by=modality.reported_by,
        date=value,
        date_text=text,
        location=roles.location,
        source=article.source,
    )
    return Event(
        id=_event_id(article, sent, trigger.token),
        type=trigger.reading.type,
        mode=trigger.reading.mode,
        cameo=trigger.reading.root,
        actors=roles.actors,
        recipients=roles.recipients,
        date=value,
        location=roles.location,
        mentions=[mention],
    )


def events_of_doc(
    doc: Doc,
    article: Article,
    *,
    quotes: Sequence[Quote] = (),
    timexes: Sequence[Timex] = (),
    anchored_only: bool = True,
) -> list[Event]:
    """Every event mention of ``doc``, sentence by sentence, governing events first.

    ``anchored_only`` drops mentions that name no actor (who did it): an event shown as a fact
    names who did it; and mentions read from the field's verb dictionary alone (unsure). Off for
    gold-standard scoring, where the type alone counts.
    """
    lexicon = load_lexicon()
    amap = ActorMap(doc)
    events: list[Event] = []
    furniture: dict[tuple[int, int], bool] = {}
    for sent in doc.sents:
        triggers = find_triggers(sent, lexicon, unsure=not anchored_only)
        threats = {t.clause.i for t in triggers if t.reading.type == "THREATEN"}
        threats |= {t.embedded.i for t in triggers if t.reading.type == "THREATEN" and t.embedded is not None}
        nouns = {t.token.i: t.reading.type for t in triggers if t.token.pos_ != "VERB"}
        demanded = _demanded_acts(triggers)
        for trigger in triggers:
            if _part_of_other(trigger, threats, nouns) or (anchored_only and trigger.unsure):
                continue
            if anchored_only and _in_furniture(doc, trigger.token.idx, furniture):
                continue
            if trigger.token.i in demanded:
                continue
            if trigger.token.pos_ in {"NOUN", "PROPN"} and amap.of(trigger.token):
                continue  # part of a name ("Asia-Pacific Economic Cooperation")
            if _standing(trigger, amap):
                continue
            roles = read_roles(trigger, amap)
            trigger.reading = _one_sided(trigger.reading, roles)
            if anchored_only and (_self_addressed(trigger, roles) or _public_appeal(trigger, roles, amap)):
                continue
            if anchored_only and not (
                _political(trigger, roles, amap)
                and (directed(trigger.reading.code, trigger.token, roles.recipients) or addressed(trigger))
                and (trigger.reading.type != "CONSULT" or two_parties(trigger, roles))
            ):
                continue
            if (
                trigger.token.pos_ != "VERB"
                and trigger.token.lemma_.lower() in lexicon.weak_nouns
                and not roles.anchored
            ):
                continue
            event = _event(trigger, roles, sent, article=article, amap=amap, quotes=list(quotes), timexes=list(timexes))
            if roles.anchored and event.type in PAIR_TYPES:
                amap.remember_pair(event.actors, event.recipients)
            events.append(event)
    treaties = [e for e in events if e.type == "AGREE" and e.mode == "treaty"]
    commitments = find_commitments(doc) if treaties else []
    for event in treaties:
        event.commitments = list(commitments)
    return events


def _in_furniture(doc: Doc, at: int, seen: dict[tuple[int, int], bool]) -> bool:
    """The line holding character ``at`` is a heading, a link's text, a caption or a label
    (``is_furniture``; a line that ends as a sentence does is a statement even without a finite
    verb): "Biden hosts high-stakes NATO Summit", "Lawmakers face one last hurdle to end
    shutdown: Flying to DC". A heading compresses what the body tells in full sentences; its
    present tense and dropped words are no statement of an act, and the body's sentence is the
    event's evidence. The line, not the sentence: the parser runs a heading into the next."""
    line = line_around(doc, at, at)
    if line not in seen:
        seen[line] = is_furniture(doc, *line, verbless=False)
    return seen[line]


def _demanded_acts(triggers: list[Trigger]) -> set[int]:
    """Trigger tokens inside the act a request asks for ("warning that Israel must take steps to
    allow more aid ... or face restrictions on military aid"): the demand is the event, the acts
    it asks for are not told as done. An event noun nested in another event's phrase ("called for
    an investigation into the attack") or in a time setting ("until Hamas releases the hostages it
    took during its Oct. 7 attack") keeps its own standing (a presupposed event)."""
    heads = {t.embedded.i for t in triggers if t.reading.type == "REQUEST" and t.embedded is not None}
    # "ordered Israel to halt its assault": what a directive verb orders
    heads |= {
        e.i for t in triggers if t.reading.type == "REQUEST" and t.embedded is None and (e := directed_act(t.token))
    }
    heads |= {t.clause.i for t in triggers if t.request_by_speaker}
    if not heads:
        return set()
    tokens = {t.token.i for t in triggers}
    inside: set[int] = set()
    for trigger in triggers:
        if trigger.intent or trigger.request_by_speaker:
            continue
        for ancestor in ([trigger.token] if trigger.token.i in heads else []) + list(trigger.token.ancestors):
            if ancestor.i in heads:
                inside.add(trigger.token.i)
                break
            if ancestor.i in tokens and ancestor.pos_ != "VERB":
                break  # inside another event noun's phrase
            if _setting(ancestor):
                break
    return inside


def _setting(token: Token) -> bool:
    """A time setting: "after/during/since ..." or a clause marked "when/until/after ..."."""
    if token.dep_ == "prep" and token.lower_ in SETTING_WORDS:
        return True
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_WORDS for c in token.children)


def _standing(trigger: Trigger, amap: ActorMap) -> bool:
    """A noun naming a stance ("America's staunch support of Ukraine"), a document ("the WHO
    treaty requires ...") or what something is (a copula's attribute) is a state of affairs, not
    an act: a stance is told by a verb
    ("voiced support"), an agreement made by its parties ("a deal between X and Y", "signed")."""
    token = trigger.token
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.lemma_.lower() in STANCE_NOUNS:
        return True
    if (token.dep_ == "attr" and token.head.lemma_ == "be") or _apposed(token):
        return True  # "New START is the last remaining arms deal", "New START, a treaty between ...": what a thing is
    if token.lemma_.lower() in WAR_NOUNS:
        return not any(t.ent_type_ == "DATE" for t in token.subtree)  # the name of a war, not an act
    if token.lemma_.lower() not in AGREEMENT_NOUNS:
        return False
    partners = any(c.dep_ == "prep" and c.lower_ in {"between", "with"} for c in token.children)
    owner = any(c.dep_ in {"compound", "poss"} and amap.of(c) for c in token.children)
    return owner and not partners  # "the WHO treaty", "China's pact": a document named by its owner


def _apposed(token: Token) -> bool:
    """The noun's phrase stands in apposition to a name before it ("left New START, a treaty
    between Washington and Moscow"), however the parser hung it: it says what the name is."""
    if token.dep_ == "appos":
        return True
    start = token.left_edge.i
    if start < 2 or token.doc[start - 1].text != ",":
        return False
    name = token.doc[start - 2]
    if name.pos_ != "PROPN":
        return False
    while name.dep_ in {"compound", "flat"} and name.head != name:
        name = name.head
    return token.head == name or (token.head == name.head and token.dep_ == name.dep_)


def _one_sided(reading: Reading, roles: Roles) -> Reading:
    """Military cooperation of one side alone (its own exercises, drills) is a show of force:
    MOBILIZE, as the annotation conventions and CAMEO 15 have it; two sides' exercises stay
    COOPERATE ("French and Egyptian warships launched war games")."""
    if reading.type != "COOPERATE" or reading.mode != "military":
        return reading
    parties = {code_of(a) for a in roles.actors + roles.recipients}
    return reading if len(parties) > 1 else Reading("MOBILIZE", "troops", "152")


def _self_addressed(trigger: Trigger, roles: Roles) -> bool:
    """A speech act (a demand, a threat, praise, blame, a refusal) is addressed to
    another party: one whose addressee is read as its own actor ("the State Department ...,
    urging them to reconsider their plans", "Biden's actions have been lauded by his skeptics",
    "an attack he blamed on Putin") tells of an appeal to the public or a party the roles
    misread, not an act between actors; it is dropped. An addressee that is the actor among
    others is struck from the recipients ("Israel was quick to criticize the agreement"). A
    state's code is no misreading: a group and the government it acts on at home both carry it."""
    if trigger.reading.type not in ADDRESSED_ACTS or not roles.recipients:
        return False
    others = [r for r in roles.recipients if r not in roles.actors or _state(r)]
    if others:
        roles.recipients = others
        return False
    return not mutual(trigger.token)


def _public_appeal(trigger: Trigger, roles: Roles, amap: ActorMap) -> bool:
    """A demand or warning addressed to the people of the actor's own country ("the agency urges
    Americans overseas to exercise caution", "warned Americans not to travel to Israel", "Moscow's
    mayor asked Moscow residents to stay home", "Palestinians were warned to evacuate") is a
    notice to the public, not an act between actors: the addressee is a nationality in the plural
    or a private kind of people (residents, citizens, travellers: ``events_scope.private_head``)
    of the actor's country."""
    if trigger.reading.type not in {"REQUEST", "THREATEN"} or trigger.token.pos_ != "VERB":
        return False
    addressee = next((c for c in trigger.token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if addressee is None or not _people(addressee):
        return False
    people = {code_of(actor) for t in addressee.subtree if (actor := amap.of(t))}
    return bool(people) and people <= {code_of(a) for a in roles.actors}


def _people(noun: Token) -> bool:
    """A plural noun naming people as such: a nationality ("Americans", "Palestinians", not a
    party's members: "House Republicans") or a private kind of people ("residents", "U.S.
    citizens")."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lower_ in group_names():
        return False
    return noun.ent_type_ == "NORP" or private_head(noun)


def _state(actor: str) -> bool:
    """The actor id is a state's code ("TUR"): a group and the government it acts on at home are
    both coded by their state ("the PKK demanded that the Turkish government ...")."""
    return len(actor) == 3 and actor.isupper() and code_of(actor) == actor


def _political(trigger: Trigger, roles: Roles, amap: ActorMap) -> bool:
    """The event names who acted, and that actor is a political actor (``events_scope``): a
    state, an organ, a group of known country, a person of the registry or whom the text gives a
    political sector, or a person the text gives a national office or rank ("President Abdelaziz
    Bouteflika", "Lt. Gen. Prosper Avril": PETRARCH2's agent phrases). A person nobody knows as a
    political actor ("she called Walters", "he organised missions to help refugees", an
    economist) is out of scope."""
    actors, _recipients = event_codes(trigger.reading.type, roles.actors, roles.recipients)
    if any(
        not code.startswith("person:") and political_actor(actor, amap.sectors)
        for actor, code in zip(roles.actors, actors, strict=True)
    ):
        return True
    sent = trigger.token.sent
    return any(_titled(actor, sent, amap) for actor in roles.actors if actor.startswith("person:"))


TITLE_SECTORS = {"GOV", "MIL"}  # offices of government and military ranks
OWNER_LABELS = {"ORG", "GPE", "NORP", "FAC"}  # entities an office may be of ("Broadcom chief executive")
OWNER_DEPS = {"compound", "poss", "nmod"}
LOCAL_OFFICES = word_list("local_offices")
FORMER_WORDS = word_list("former_words")


def _titled(actor: str, sent: Span, amap: ActorMap) -> bool:
    """A title of national office or military rank belongs to the person's name phrase in
    ``sent``: before the name ("President Abdelaziz Bouteflika", "Lt. Gen. Prosper Avril") or in
    apposition ("Bouteflika, the president", "The Federal Minister for Interior Aftab Sherpao"):
    a noun of the PETRARCH2 agents dictionary's government or military sectors, not a local
    office ("Mayor"), not one held before ("former President")."""
    names = [t for t in sent if amap.of(t) == actor]
    for head in (t for t in names if t.head not in names or t.head == t):
        first = min(t.i for t in names if head in [t, *t.ancestors])
        words = [t for t in head.subtree if t.i < first and t.dep_ != "punct"]
        # a title the linker took into the name ("President Abdelaziz Bouteflika"), not a name's own word ("King")
        words += [t for t in names if t.i < head.i and t.ent_type_ != "PERSON" and head in t.ancestors]
        words += [c for c in head.children if c.dep_ == "appos"]
        words += [head.head] if head.dep_ == "appos" else []
        if any(t.lower_.rstrip(".") in FORMER_WORDS for t in words):
            continue
        owners = [c for c in head.children if c.dep_ in OWNER_DEPS and c.ent_type_ in OWNER_LABELS and c not in names]
        if not all(_state_or_organ(owner, amap) for owner in owners):
            continue  # "Massachusetts Institute of Technology President Sally Kornbluth"
        if any(_national_title(t, amap) for t in words):
            return True
    return False


def _national_title(token: Token, amap: ActorMap) -> bool:
    """``token`` is a title of government or military office, and when it says of what ("president
    of the Jewish Federations"), that is a state."""
    if agent_sector(token) not in TITLE_SECTORS or token.lemma_.lower() in LOCAL_OFFICES:
        return False
    owners = [
        p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
    ]
    owners += [c for c in token.children if c.dep_ in OWNER_DEPS and c.ent_type_ in OWNER_LABELS]
    return all(_state_or_organ(owner, amap) for owner in owners)


def _state_or_organ(owner: Token, amap: ActorMap) -> bool:
    """What an office is of ("president of Algeria", "Interior Ministry spokesman") is a state or
    one of its organs, not a company or a club ("Broadcom chief executive")."""
    actor = amap.of(owner)
    if actor and len(code_of(actor)) == 3 and code_of(actor).isupper():
        return True
    return agent_sector(owner) is not None


def _part_of_other(trigger: Trigger, threats: set[int], nouns: dict[int, str]) -> bool:
    """A threat's condition ("... if Ukraine attacks Crimea") belongs to the threat; a verb whose
    subject is an event noun of its own type ("Israel's strike killed 12") tells that event."""
    clause = trigger.clause
    if clause.dep_ == "advcl" and clause.head.i in threats:
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children):
            return True
    # ... and so does a clause hanging from such a verb ("The Pentagon's attack on Iran's nuclear
    # facility employed its most powerful bomb as well as Tomahawk missiles fired from submarines")
    for _ in range(3):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and nouns.get(subject.i) == trigger.reading.type:
            return True
        if clause.dep_ not in {"advcl", "acl", "conj"} or clause.head == clause:
            return False
        clause = clause.head
    return False


def _commitment(verb: Token) -> str | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    end = obj.right_edge.i
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > obj.i:
            end = max(end, child.right_edge.i)
    text = verb.doc[obj.left_edge.i : end + 1].text
    return text.strip(" \"“”'‘’,.") or None


def find_commitments(doc: Doc) -> list[str]:
    """What agreements are said to provide: objects of "provides for", "includes", "outlines"
    whose subject is an agreement noun."""
    found: list[str] = []
    for token in doc:
        if token.lemma_.lower() not in COMMITMENT_VERBS or token.pos_ != "VERB":
            continue
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"which", "that"} and token.dep_ == "relcl":
            subject = token.head
        if subject is None or subject.lemma_.lower() not in AGREEMENT_NOUNS:
            continue
        text = _commitment(token)
        if text and text not in found:
            found.append(text)
    return found


def extract_events(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.events``: one Event per event mention, actors as linker actor ids."""
    extraction.events = events_of_doc(
        doc,
        article,
        quotes=extraction.quotes,
        timexes=extraction.timexes,
        anchored_only=not _keep_unattributed(),
    )


@lru_cache(maxsize=1)
def _keep_unattributed() -> bool:
    """The ``unattributed_events`` option (``PARALLAX_UNATTRIBUTED_EVENTS``)."""
    return load_options().unattributed_events
