"""Event triggers of a sentence: which verbs and nouns report an event, and of what type.

A verb reads through its lexicon entry, chosen by the class of its object ("withdraw troops"
vs "withdraw diplomats"); a light verb takes its object noun's reading ("held talks"); a verb of
intent or a future turns a cooperative event into AGREE and a hostile one into THREATEN
("promised to continue military aid", "will boycott ... unless"); "threatened to", "refused to",
"demanded that" wrap the event they govern.

Some frames change a trigger's sense to no act: an object with an "as" complement is an
impression ("struck some Democrats as curious"); a yielding verb with a that-clause concedes a
point ("conceded that Americans could feel some pain"); a text as subject does no material act
("A statement ... released"); a warning that "it could have repercussions" assesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .events_actors import _np_tokens, agent_sector
from .events_lexicon import NO_EVENT, Lexicon, Reading, word_list
from .events_petrarch import load_verb_table

__all__ = ["Trigger", "directed_act", "find_triggers", "noun_lemma"]

THREAT_VERBS = word_list("threat_verbs")
REFUSAL_VERBS = word_list("refusal_verbs")
REQUEST_VERBS = word_list("request_verbs")
INTENT_ADJECTIVES = word_list("intent_adjectives")
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should"}
CONDITION_MARKS = {"unless"}
WRAPPERS = THREAT_VERBS | REFUSAL_VERBS | REQUEST_VERBS
# verbs whose "to" infinitive is an aim, not an act ("wants to", "hopes to"); "tried to" stays
AIM_VERBS = word_list("aim_verbs")
AIM_NOUNS = word_list("aim_nouns")
PERMISSION_VERBS = word_list("permission_verbs")
DIRECTIVE_VERBS = word_list("directive_verbs")
PERSON_OBJECTS = {"he", "him", "she", "her"}  # a person acted on: "fired him" dismisses
REQUIREMENT_VERBS = word_list("requirement_verbs")
OBJECT_VERBS = word_list("object_verbs")
SPEECH_VERBS = word_list("speech")
WAR_NOUNS = word_list("war_nouns")
DISCLOSURE_VERBS = word_list("disclosure_verbs")
DISCLOSURE_NOUNS = word_list("disclosure_nouns")
SCHEDULED = {"CONSULT"}  # event types a writer's future tells as scheduled, not as an intent
IDIOM_PARTICLES = {"back"}
SPORT_WORDS = word_list("sport_words")
QUESTION_VERBS = word_list("question_verbs")
CONTENT_NOUNS = word_list("content_nouns")
STANCE_VERBS = word_list("stance_verbs")
SETTING_FRAMES = {"into", "amid", "amidst"}  # "a year into the invasion", "amid talks of ..."
CASUALTY_VERBS = word_list("casualty_verbs")
PLEA_WORDS = word_list("plea_words")
REQUEST_NOUNS = word_list("request_nouns")
THREAT_NOUNS = word_list("threat_nouns")
FAILURE_VERBS = word_list("failure_verbs")
HAZARD_NOUNS = word_list("hazard_nouns")
NOMINALISATIONS = word_list("nominalisations")
PATIENT_PREPS = {"of", "on", "against", "into"}  # what a nominalised act is done to
RELATIVES = {"that", "which", "who"}
OWNER_LABELS = {"NORP", "GPE", "ORG", "PERSON"}  # names of who does an act ("an Israeli offensive")
VERBAL_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT"}  # acts done by saying, which only agents do
# acts whose intent is the act planned, neither a promise nor a threat ("would investigate", "intends to urge")
PLANNED_ACTS = {"REQUEST", "ACCUSE"}
SCORE = re.compile(r"\d{1,3}-\d{1,3}")  # a game's score ("beat Sweden 2-1")
IMPRESSION_VERBS = word_list("impression_verbs")
THING_PRONOUNS = {"it", "this", "that"}  # a warning's subject that names no one who could act


@dataclass
class Trigger:
    """One event found in a sentence, before its actors are read."""

    reading: Reading
    clause: Token  # the verb (or noun) whose arguments name the actors
    token: Token  # the trigger word
    text: str
    intent: bool = False  # an expressed intent (AGREE/THREATEN from "will", "promised to")
    embedded: Token | None = None  # the governed event's verb ("threatened to *ban*")
    request_by_speaker: bool = False  # "X said Y must ..." : X asks Y
    unsure: bool = False  # read from the field's dictionary only (PETRARCH2), not the project's lexicon
    consumed: set[int] = field(default_factory=set)


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _object_lemmas(verb: Token) -> list[str]:
    # a gerund's compound is its object ("the bill signing")
    lemmas: list[str] = [c.lemma_.lower() for c in verb.children if c.dep_ == "compound" and verb.tag_ == "VBG"]
    obj = _object(verb)
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        obj = verb.head  # "a statement released mid-afternoon": the noun a past participle modifies undergoes it
    if obj is not None:
        # the head noun decides first: "weapons inspectors" are inspectors
        lemmas += [obj.lemma_.lower()] + [t.lemma_.lower() for t in _np_tokens(obj)]
        lemmas += [c.lemma_.lower() for c in obj.conjuncts]  # "financial, material and logistical support"
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            heads = [p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"]  # "thousands of war crimes"
            lemmas += heads + [t.lemma_.lower() for t in prep.subtree]
    for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ != "according"):
        lemmas += [t.lemma_.lower() for t in prep.subtree]  # "according to" names a source
    return lemmas


def _object_class(token: Token, lexicon: Lexicon, *, noun: bool = False) -> str | None:
    if noun:
        lemmas = [t.lemma_.lower() for t in token.subtree if t != token]
    else:
        lemmas = _object_lemmas(token)
    return lexicon.object_class(lemmas)


def _known(lemma: str, lexicon: Lexicon) -> bool:
    return lemma in lexicon.verbs or lemma in lexicon.light_verbs or lemma in lexicon.intent_verbs or lemma in WRAPPERS


def _base_form(verb: Token, lexicon: Lexicon) -> str:
    """The verb's lemma; when the tagger's lemma is unknown, a regular base form of the word the
    lexicon knows ("staged" lemmatised "stag" is "stage")."""
    lemma = verb.lemma_.lower()
    if _known(lemma, lexicon):
        return lemma
    form = verb.lower_
    for suffix, ending in (("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("ied", "y")):
        if form.endswith(suffix) and _known(candidate := form[: len(form) - len(suffix)] + ending, lexicon):
            return candidate
    return lemma


def _verb_lemma(verb: Token, lexicon: Lexicon) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = _base_form(verb, lexicon)
    if particle and f"{lemma} {particle}" in lexicon.verbs:
        return f"{lemma} {particle}"
    return lemma


def _embedded_verb(head: Token) -> Token | None:
    """The verb ``head`` governs: "to X" (xcomp), "that X" (ccomp), "committed to X-ing"."""
    for child in head.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
        if child.dep_ == "advcl" and child.pos_ == "VERB" and _infinitive_after(child, head):
            return child  # "have sworn to fight", parsed as a purpose clause
        if child.dep_ == "prep" and child.lower_ in {"to", "for"}:
            pcomp = next((c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            if pcomp is not None:
                return pcomp
    return None


def directed_act(verb: Token) -> Token | None:
    """What a directive verb tells someone to do ("ordered Israel to halt"): its "to" infinitive
    after an object."""
    if verb.pos_ != "VERB" or not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and any(a.tag_ == "TO" for a in c.children)),
        None,
    )


def _infinitive_after(verb: Token, head: Token) -> bool:
    """``verb`` is an infinitive whose "to" stands right after ``head`` ("sworn to fight"): the
    complement of ``head``, even where the parser took it for a purpose clause."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i == head.i + 1 for c in verb.children)


def noun_lemma(noun: Token, lexicon: Lexicon) -> str:
    """A noun's lemma; a hyphenated compound the lexicon knows written whole ("cease-fire",
    parsed "cease" "-" "fire", is "ceasefire")."""
    lemma = noun.lemma_.lower()
    i = noun.i
    if i >= 2 and noun.doc[i - 1].text == "-" and noun.doc[i - 2].head == noun:
        joined = noun.doc[i - 2].lower_ + lemma
        if joined in lexicon.nouns:
            return joined
    return lemma


def _context(token: Token) -> list[str]:
    """Lemmas of the sentence that may say a trigger's sense; "according to" names a source
    (lemma "accord"), not an agreement."""
    return [t.lemma_.lower() for t in token.sent if not (t.lower_ == "according" and t.nbor(1).lower_ == "to")]


def _noun_reading(noun: Token, lexicon: Lexicon) -> Reading | None:
    """An event noun's reading by its own phrase, else by the sentence ("the strike" among missiles)."""
    lemma = noun_lemma(noun, lexicon)
    choices = lexicon.nouns.get(lemma, {})
    object_class = _object_class(noun, lexicon, noun=True)
    if choices and object_class not in choices and "_" not in choices:
        object_class = lexicon.context_class(lemma, _context(noun), noun=True)
    return lexicon.noun(lemma, object_class)


def _plain(verb: Token, lexicon: Lexicon, *, field: bool = True) -> tuple[Reading, set[int]] | None:
    """A verb's own reading, or its light-verb object noun's; with the tokens it uses up.
    ``field``: read a verb the lexicon does not list by the field's dictionary (PETRARCH2)."""
    lemma = _verb_lemma(verb, lexicon)
    object_class = _object_class(verb, lexicon)
    choices = lexicon.verbs.get(lemma, {})
    obj = _object(verb)
    if obj is not None and (obj.ent_type_ == "PERSON" or obj.lower_ in PERSON_OBJECTS) and "personnel" in choices:
        object_class = "personnel"  # "fired Gallant", "he was fired by Netanyahu": a dismissal
    if any(c.dep_ in {"dative", "iobj"} and c.pos_ == "PRON" for c in verb.children) and "communication" in choices:
        object_class = "communication"  # "shoot her an email"
    if object_class and object_class in choices:
        if choices[object_class].type == NO_EVENT:
            return None
        used = {obj.i} if obj is not None and noun_lemma(obj, lexicon) in lexicon.nouns else set()
        return choices[object_class], used
    takes_noun = lemma in lexicon.light_verbs or lemma in lexicon.intent_verbs or (choices and "_" not in choices)
    if obj is not None and takes_noun and noun_lemma(obj, lexicon) not in lexicon.nouns:
        # "launched ten days of war games": the event is the "of" phrase
        inner = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children), None)
        obj = inner if inner is not None and noun_lemma(inner, lexicon) in lexicon.nouns else obj
    if obj is not None and takes_noun:
        noun = _noun_reading(obj, lexicon)
        if noun is not None:
            # "reiterated its demand that Israel ease ...": the clause belongs to the noun
            clauses = {c.i for c in obj.children if c.dep_ in {"acl", "ccomp", "relcl"}}
            return noun, {obj.i} | clauses
    if choices and "_" not in choices and object_class is None:
        # "Russian missiles hit Kyiv": the sense from the rest of the sentence
        object_class = lexicon.context_class(lemma, _context(verb), noun=False)
    reading = lexicon.verb(lemma, object_class)
    if reading is None and not choices and lemma not in lexicon.light_verbs and field:
        reading = _field_reading(verb)
    return (reading, set()) if reading else None


def _field_lemma(verb: Token) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle}" if particle and f"{lemma} {particle}" in load_verb_table() else lemma


def _field_reading(verb: Token) -> Reading | None:
    """The PETRARCH2 dictionary's reading of a verb the project's lexicon does not list."""
    return load_verb_table().read(verb, _field_lemma(verb))


def _as_intent(inner: Reading, lexicon: Lexicon, *, hostile: bool, lemma: str) -> Reading:
    if lemma in {"prepare", "prepared"} and inner.type == "ASSAULT":
        return Reading("MOBILIZE", inner.mode, "150")
    if lexicon.info(inner.type).cooperative and not hostile:
        return Reading("AGREE", inner.mode, "030")
    return Reading("THREATEN", inner.mode, "130")


def _disclosure(verb: Token) -> bool:
    """``verb`` speaks or informs ("comment", "say", "offer further information")."""
    if verb.lemma_.lower() in DISCLOSURE_VERBS | SPEECH_VERBS:
        return not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
        )  # "to discuss it with Iran": talks
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DISCLOSURE_NOUNS for c in verb.children)


def _assessment(verb: Token, lexicon: Lexicon) -> bool:
    """What a warning says will happen names no act and no one who could act: its subject is a
    thing ("the incident would raise fears", "the economy could shrink"), not a name, a pronoun,
    a political agent or an event ("sanctions would follow")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in THING_PRONOUNS:
        return not _named_act(verb, lexicon) and _no_act(verb, lexicon)  # "warned that it could have repercussions"
    if subject is None or subject.pos_ != "NOUN" or agent_sector(subject) is not None:
        return False
    if _others_act(subject, lexicon) and _plain(verb, lexicon) is None and not _conditional(verb):
        return True  # "warned an Israeli offensive would mean more suffering", "Trump's plan would result in"
    if any(c.dep_ == "poss" for c in subject.children):
        return False  # "its forces would retaliate": someone's
    if _named_act(verb, lexicon):
        return _general(verb, subject, lexicon)
    return _no_act(verb, lexicon)


def _named_act(verb: Token, lexicon: Lexicon) -> bool:
    """The verb or its object has a reading of its own."""
    return _plain(verb, lexicon) is not None or _object_noun_reading(verb, lexicon) is not None


def _no_act(verb: Token, lexicon: Lexicon) -> bool:
    """``verb``'s clause, whose verb and object have no reading, names no act: it sets no
    condition, and no event noun or war stands in it ("could have global repercussions")."""
    if any(t.dep_ == "mark" and t.lower_ in CONDITION_MARKS | {"if"} for t in verb.subtree):
        # "the war might expand ... unless Hezbollah ...", "it would respond if Israel attacks": a threat
        return False
    clause = [t for t in verb.subtree if t.pos_ == "NOUN"]
    return not any(noun_lemma(t, lexicon) in lexicon.nouns or t.lemma_.lower() in WAR_NOUNS for t in clause)


def _assessed(verb: Token, lexicon: Lexicon) -> bool:
    """``verb`` tells what a warning assesses (``_assessment``), not an act of its own."""
    head = verb.head
    if head == verb or head.lemma_.lower() not in THREAT_VERBS or _embedded_verb(head) != verb:
        return False
    return _assessment(verb, lexicon)


def _general(verb: Token, subject: Token, lexicon: Lexicon) -> bool:
    """A claim in the simple present about a kind of thing ("illegal migration destroys
    countries from within"): a general assessment, not a threat of an act; a weapon or an
    event as the subject ("missiles will hit", "any attack means war") stays a threat."""
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if subject.ent_type_ or noun_lemma(subject, lexicon) in lexicon.nouns or subject.lemma_.lower() in WAR_NOUNS:
        return False
    return lexicon.object_class([subject.lemma_.lower()]) not in {"military", "hostile"}


def _clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause: its own, a conjunct's it shares, a relative pronoun's
    antecedent ("a wildfire that torched homes")."""
    current = verb
    for _ in range(3):
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            if subject.lower_ in RELATIVES and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ != "conj" or current.head == current:
            return None
        current = current.head
    return None


def _hazard_subject(verb: Token) -> bool:
    """A natural force or an accident does the act, forces it on people ("the quake forced
    thousands to flee") or undergoes it ("crews fought a wildfire"): no act between actors."""
    obj = _object(verb)
    if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in HAZARD_NOUNS:
        return True  # "crews fought a wildfire"
    current = verb
    for _ in range(2):
        subject = _clause_subject(current)
        if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in HAZARD_NOUNS:
            return True
        if current.dep_ not in {"xcomp", "ccomp"} or current.head == current:
            return False
        current = current.head
    return False


def _thing_subject(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's subject is a weapon or a thing of war, not an agent ("bombs slammed Gaza")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or agent_sector(subject) is not None:
        return False
    return lexicon.object_class([subject.lemma_.lower()]) == "military"


def _text_subject(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's subject is a text (a statement, a readout, a report): a text can say things but
    does no material act ("A statement from Netanyahu's office released mid-afternoon ..." parsed
    with the statement releasing)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or agent_sector(subject) is not None:
        return False
    return lexicon.object_class([subject.lemma_.lower()]) in {"communication", "information"}


def _perfect(verb: Token) -> bool:
    """ "should have fired him", "must have known": a past judged or inferred, no demand."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _criticised(verb: Token) -> bool:
    """A judgement with no one judged but a reason ("US criticized for supporting ..."): the
    subject is the one criticised, the critic is not named."""
    if any(c.dep_ in {"dobj", "dative", "nsubjpass", "auxpass", "agent"} for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _charge(verb: Token) -> set[int]:
    """The acts an accusation blames someone for ("called out Putin for continuing to kill
    civilians"): alleged by the accuser, done by the accused, not told as fact."""
    return {
        t.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pcomp"
        for t in p.subtree
        if t.pos_ == "VERB"
    }


def _copular(verb: Token) -> bool:
    """``verb`` says what something is ("warns Wagner rebellion is an attempt to seize power"):
    a state, not an act."""
    return verb.lemma_ == "be" and any(c.dep_ in {"attr", "acomp"} for c in verb.children)


def _undergone(verb: Token) -> bool:
    """A past participle heading a clause with no subject of its own ("Asked for his view ...,
    Trump said", "Trump said when asked about sanctions"): the main clause's subject undergoes
    the act, whose doer is not named."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"} for c in verb.children)


def _others_act(noun: Token, lexicon: Lexicon) -> bool:
    """A thing or an act whose owner is named on it ("an Israeli offensive", "Trump's plan"):
    what a warning says it would bring is an assessment of another's doing, not a threat."""
    return any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in OWNER_LABELS for c in noun.children)


def _warned_of_state(verb: Token, lexicon: Lexicon) -> bool:
    """ "Trump warns of 'transition cost'": a warning of a state of affairs, to no one, is no
    threat; a warning of an act ("of retaliation", "of strikes") or to someone stays."""
    if any(c.dep_ in {"dobj", "dative", "iobj", "ccomp", "xcomp"} for c in verb.children):
        return False
    objects = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"of", "about"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not objects:
        return False
    return not any(
        noun_lemma(p, lexicon) in lexicon.nouns
        or p.lemma_.lower() in WAR_NOUNS
        or lexicon.object_class([t.lemma_.lower() for t in p.subtree]) == "hostile"
        for p in objects
    )


def _refused_disclosure(verb: Token) -> bool:
    """``verb`` is what a refusal declines to tell ("declining to offer further information"):
    neither the refusal nor the telling is an event."""
    head = verb.head
    return head != verb and head.lemma_.lower() in REFUSAL_VERBS and _embedded_verb(head) == verb and _disclosure(verb)


def _conditional(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _wrapped(verb: Token, lexicon: Lexicon, lemma: str) -> Trigger | None:
    """ "threatened to X", "refused to X", "demanded that X", "promised to X", "is willing to X"."""
    inner_verb = _embedded_verb(verb)
    if inner_verb is None:
        return None
    inner = _plain(inner_verb, lexicon)
    deeper = _embedded_verb(inner_verb) if inner is None else None
    if deeper is not None and (inner := _plain(deeper, lexicon)) is not None:
        # "prepared to resume shelling": the event is two verbs down
        inner = (inner[0], inner[1] | {deeper.i})
    if inner is None:
        inner = _object_noun_reading(inner_verb, lexicon)
    used = {inner_verb.i} | (inner[1] if inner else set())
    text = f"{verb.text} ... {inner_verb.text}"
    # an intent's act read from the field's dictionary alone is as unsure as that reading
    act = deeper if deeper is not None else inner_verb
    unsure = inner is not None and not inner[1] - {act.i} and not _known(_verb_lemma(act, lexicon), lexicon)
    if lemma in THREAT_VERBS:
        reading = Reading("THREATEN", inner[0].mode if inner else None, "130")
    elif lemma in REFUSAL_VERBS:
        reading = Reading("REJECT", inner[0].mode if inner else None, "120")
    elif lemma in REQUEST_VERBS and lemma == "insist" and _indicative(inner_verb):
        return None  # "officials insist the hikes were not done for ...", "... would be": a claim, not a demand
    elif lemma in REQUEST_VERBS:
        reading = Reading("REQUEST", inner[0].mode if inner else None, "100")
    elif inner is not None and inner[0].type in PLANNED_ACTS:
        # "she intended to urge the Court to overturn ...": the demand planned, no threat
        return Trigger(inner[0], verb, verb, text, embedded=inner_verb, consumed=used, unsure=unsure)
    elif inner is not None:
        reading = _as_intent(inner[0], lexicon, hostile=_conditional(inner_verb), lemma=lemma)
        return Trigger(reading, verb, verb, text, intent=True, embedded=inner_verb, consumed=used, unsure=unsure)
    else:
        # "offered to hand over ... to Great Britain": a commitment whose act has no reading; a
        # plan of such an act ("plans to update the website") commits to no one: no event
        found = lexicon.verb(lemma, None)
        if found is None:
            return None
        reading = found
    return Trigger(reading, verb, verb, text, intent=True, embedded=inner_verb, consumed=used)


def _object_noun_reading(verb: Token, lexicon: Lexicon) -> tuple[Reading, set[int]] | None:
    """The act of an intent whose verb phrase the parser broke ("vowed to impose blanket tariffs",
    with "blanket" read as a verb): the first event noun that is a direct object under it."""
    for token in verb.subtree:
        if token.dep_ == "dobj" and token.pos_ == "NOUN" and (noun := _noun_reading(token, lexicon)) is not None:
            return noun, {token.i}
    return None


def _indicative(verb: Token) -> bool:
    """A clause that states (past, present, "would"/"will"), not a subjunctive demand ("that he resign")."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & OBLIGATION_AUX:
        return False  # "insisted that any aid must be paired with ...": a demand
    return verb.tag_ in {"VBD", "VBZ", "VBN"} or bool(aux & FUTURE_AUX)


def _failed_agreement(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """ "failed to reach agreement": a rejection; any other "failed to X" tells that X did not
    happen (X itself is no act: "fail" is an aim verb)."""
    inner_verb = _embedded_verb(verb)
    inner = _plain(inner_verb, lexicon) if inner_verb is not None else None
    if inner_verb is None or inner is None or inner[0].type != "AGREE":
        return None
    used = {inner_verb.i} | inner[1]
    reading = Reading("REJECT", inner[0].mode, "120")
    return Trigger(
        reading, verb, verb, f"{verb.text} ... {inner_verb.text}", intent=True, embedded=inner_verb, consumed=used
    )


def _stated(verb: Token) -> bool:
    """A future told through someone's words ("Iran said it will meet ...") is a stated intent;
    the writer's own "the leaders will meet on Friday" is the event itself, planned (a meeting
    or visit is scheduled; "Finland will give Tanzania a grant" is still an announced intent)."""
    if any(a.lemma_.lower() in SPEECH_VERBS for a in verb.ancestors) or verb.dep_ == "parataxis":
        return True
    # "The UN will provide food aid, the WFP said": the speech verb hangs from the event
    return any(
        c.dep_ in {"parataxis", "advcl", "ccomp", "conj"} and c.lemma_.lower() in SPEECH_VERBS for c in verb.children
    )


def _unknown_intent(verb: Token, lexicon: Lexicon, lemma: str) -> bool:
    """An intent whose act has no reading tells nothing: "ready to launch satellites", "agree
    that the app would degrade" (agreeing on a fact); "agreed to hand over ..." stays."""
    inner_verb = _embedded_verb(verb)
    if inner_verb is None or _plain(inner_verb, lexicon) is not None:
        return False
    if verb.pos_ == "ADJ":
        return True
    return lemma == "agree" and inner_verb.dep_ == "ccomp"


def _obligation(verb: Token) -> Trigger | None:
    """ "X said Y must Z": X asks Y, whatever Z is; "a warning that Y must Z" is an ultimatum."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & OBLIGATION_AUX or verb.dep_ not in {"ccomp", "parataxis"} or _perfect(verb):
        return None
    if verb.head.lemma_.lower() in THREAT_VERBS | THREAT_NOUNS:
        return Trigger(Reading("THREATEN", None, "139"), verb, verb, verb.text, request_by_speaker=True)
    return Trigger(Reading("REQUEST", None, "100"), verb, verb, verb.text, request_by_speaker=True)


def _aim(verb: Token) -> bool:
    """ "trying to dodge", "his willingness to criticize": an infinitive under a noun or a verb
    of aim or attempt is no act (an aim is not an event)."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True  # "funds appropriated for the United States to provide Ukraine": a purpose
    if verb.dep_ == "advcl" and verb.i < verb.head.i and not any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "To seize this momentum, Trump should pivot": a purpose told first is an aim
    head = verb.head
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head.lemma_ == "be" and subject is not None and subject.lemma_.lower() in AIM_NOUNS:
        return True  # "Israel's intent was to destroy ...": a stated aim
    if verb.dep_ in {"acl", "relcl"} or (verb.dep_ == "xcomp" and head.pos_ in {"NOUN", "PROPN"}):
        return True
    if _directed(verb):
        return True  # "encouraged Witkoff to offer to meet": directed, not done
    if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in REQUIREMENT_VERBS | PERMISSION_VERBS:
        return True  # "the treaty requires members to prohibit ...": a duty, not an act; "allow X to Y": a leave
    return verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in AIM_VERBS


def _directed(verb: Token) -> bool:
    """``verb`` is, or continues, the infinitive a directive verb asks of someone
    ("encouraged his envoy to offer to meet"): directed, not done."""
    current = verb
    while current.dep_ == "xcomp" and current.head != current:
        if current.head.lemma_.lower() in DIRECTIVE_VERBS:
            return True
        current = current.head
    return False


def _idiom(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A particle the lexicon does not know changes the verb ("end up", "shot back", "fired back")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "back"), None)
    if particle and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "Blinken shot back": a retort
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return (
        particle in IDIOM_PARTICLES
        and f"{verb.lemma_.lower()} {particle}" not in lexicon.verbs
        and lemma not in lexicon.light_verbs
    )


def _casualty_count(verb: Token) -> bool:
    """ "more than 1,200 Israelis have been killed": a toll with no named act or agent."""
    if verb.lemma_.lower() not in CASUALTY_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and any(t.like_num or t.pos_ == "NUM" for t in subject.subtree)


def _stance(verb: Token, lemma: str) -> bool:
    """ "Russia, which supports Assad": a standing stance in the simple present, not an act; and
    one held, told by "be" ("He was opposed to the war in Chechnya")."""
    if lemma not in STANCE_VERBS:
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        return True  # "was opposed to the war"
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children):
        return not any(c.dep_ == "agent" for c in verb.children)  # "was backed by Iran": an act
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _score(verb: Token) -> bool:
    """A game's score in the verb's phrase ("beat Sweden 2-1"): sport, not force."""
    for token in verb.subtree:
        if SCORE.fullmatch(token.text):
            return True
        if token.text in {"-", "–"} and 0 < token.i < len(token.doc) - 1:
            if all(n.is_digit and len(n.text) <= 3 for n in (token.nbor(-1), token.nbor(1))):
                return True  # not a span of years ("1991-1995")
    return False


def _asks_nothing(verb: Token, lemma: str) -> bool:
    """ "Zelenskyy asked an audience of leaders": a question, when nothing asked for is said (no
    "to" or "that" clause, no "for")."""
    if lemma not in QUESTION_VERBS or _embedded_verb(verb) is not None:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"for", "about"} for c in verb.children)


def _asks_whether(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in verb.children)


def _question(verb: Token) -> bool:
    """ "asked if he would use ...": a question, not a request."""
    return any(c.dep_ in {"ccomp", "advcl", "xcomp"} and _asks_whether(c) for c in verb.children)


def _naming(verb: Token) -> bool:
    """ "calling it a Hamas stronghold", "called the order 'impossible'": naming, not asking."""
    for child in verb.children:
        if child.dep_ == "oprd" or (child.dep_ == "ccomp" and child.pos_ in {"NOUN", "PROPN"}):
            return True
        if child.dep_ == "prep" and child.lower_ == "into":
            return True  # "called into question the number": doubting, not asking
        if child.dep_ == "dobj" and any(a.dep_ == "amod" and a.i > child.i for a in child.children):
            return True  # an adjective after its noun is what the object is called
    return False


def _field_matters(verb: Token) -> bool:
    """Whether an unsure reading of ``verb`` (the field's dictionary) changes anything when unsure
    events are dropped: with "must" it is a demand by the speaker, not unsure; a threat's "if"
    clause belongs to the threat."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
        return True
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in verb.children
    )


def _impression(verb: Token, lemma: str) -> bool:
    """ "The timing struck some Democrats as curious": how a thing seems to someone (an object
    and an "as" complement), not a blow."""
    if lemma not in IMPRESSION_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _admission(verb: Token, reading: Reading) -> bool:
    """A concession of a point, not to a party: a yielding verb with a clause of what is granted
    ("Trump conceded that Americans could feel some pain", "accepted that the plan had failed"),
    or "concede" with neither object nor addressee nor issue ("Trump conceded": a contest lost;
    "conceded on prisoner swaps" stays)."""
    if reading.type != "CONCEDE":
        return False
    if any(c.dep_ == "ccomp" and _finite_clause(c) for c in verb.children):
        return True
    if verb.lemma_.lower() != "concede":
        return False
    return not any(
        c.dep_ in {"dobj", "nsubjpass", "dative"} or (c.dep_ == "prep" and c.lower_ in {"to", "on"})
        for c in verb.children
    )


def _finite_clause(verb: Token) -> bool:
    """A that-clause with a subject of its own and no "to" ("that Americans could feel", "accepted
    the plan had failed"; not "allow the candidate to run"), opened by "that" or right after the
    verb it completes."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or any(c.tag_ == "TO" for c in verb.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) or verb.left_edge.i == verb.head.i + 1


def _verb_trigger(verb: Token, lexicon: Lexicon, *, unsure: bool = True) -> Trigger | None:
    lemma = _verb_lemma(verb, lexicon)
    if _aim(verb) or _idiom(verb, lemma, lexicon) or _casualty_count(verb) or _stance(verb, lemma):
        return None
    if _impression(verb, lemma):
        return None
    if _undergone(verb):
        return None  # "Asked for his view, Trump said ...": Trump was asked
    if _assessed(verb, lexicon):
        return None  # "Trump warns illegal migration destroys countries": what is assessed, no act
    if lemma in REQUEST_VERBS and (_question(verb) or _naming(verb) or _asks_nothing(verb, lemma)):
        return None
    if any(c.lower_ in PLEA_WORDS for c in verb.children):
        return None  # "pleaded not guilty": a plea is court procedure
    passive = verb.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in verb.children)
    # a headline's "US 'committed to Israel's security'": the participle alone, no object
    passive = passive or (verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "dobj"} for c in verb.children))
    if lemma in lexicon.intent_verbs and passive and not _embedded_verb(verb):
        return None  # "is committed to Israel's security": a stance
    if any(t.lemma_.lower() in SPORT_WORDS for t in verb.sent) or _score(verb):
        return None  # "two days after beating the Soviet Union ... the gold medal match", "beat Sweden 2-1"
    if _asks_whether(verb) and verb.head.lemma_.lower() in QUESTION_VERBS:
        return None  # the act asked about
    if verb.dep_ in {"acl", "ccomp"} and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in CONTENT_NOUNS:
        return None  # "calls that he withdraw", "the prospect that China invades": no act told
    if not (
        lemma in lexicon.verbs
        or lemma in lexicon.intent_verbs
        or lemma in lexicon.light_verbs
        or lemma in WRAPPERS
        or _field_lemma(verb) in load_verb_table()
    ):
        if verb.pos_ != "ADJ":
            return _obligation(verb)
    if lemma in FAILURE_VERBS:
        return _failed_agreement(verb, lexicon)
    inner_verb = _embedded_verb(verb)
    if lemma == "insist" and inner_verb is not None and _indicative(inner_verb):
        return None  # "officials insist the hikes were not done ...", "... would be": a claim, not a demand
    if lemma in REFUSAL_VERBS and inner_verb is not None and _disclosure(inner_verb):
        return None  # "refused to answer questions": no rejection of anyone's demand or offer
    if lemma in THREAT_VERBS and inner_verb is not None and (_copular(inner_verb) or _assessment(inner_verb, lexicon)):
        return None  # "warned the incident would raise fears": a risk assessed, no threat
    if lemma in THREAT_VERBS and inner_verb is None and _warned_of_state(verb, lexicon):
        return None
    wrapper = lemma in THREAT_VERBS | REFUSAL_VERBS | REQUEST_VERBS or lemma in lexicon.intent_verbs
    if (lemma in lexicon.intent_verbs or verb.pos_ == "ADJ") and _unknown_intent(verb, lexicon, lemma):
        return None
    if (wrapper or (verb.pos_ == "ADJ" and lemma in INTENT_ADJECTIVES)) and (found := _wrapped(verb, lexicon, lemma)):
        return found
    if lemma in OBJECT_VERBS and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None  # "Hollande returned to Paris": travel, not a return of persons or property
    plain = _plain(verb, lexicon, field=unsure or _field_matters(verb))
    if plain is None:
        return _obligation(verb)
    reading, used = plain
    if _admission(verb, reading):
        return None  # "conceded that Americans could feel some pain": a point granted
    if _hazard_subject(verb):
        return None  # "a wildfire that ... forced over 10,000 people to evacuate": no one acted
    if reading.type == "ACCUSE" and _criticised(verb):
        return None  # "US criticized for supporting Israeli military": a headline's passive, critic unnamed
    if reading.type == "REQUEST" and _naming(verb):
        return None  # "Trump calls DC crime crackdown successful": naming, not asking
    if reading.type in VERBAL_TYPES and _thing_subject(verb, lexicon):
        return None  # "Israeli bombs slammed the Gaza Strip": a weapon says nothing
    if reading.type not in VERBAL_TYPES | {"THREATEN"} and _text_subject(verb, lexicon):
        return None  # "A statement ... released": a text does no material act
    text = verb.text if not used else f"{verb.text} {verb.doc[min(used)].text}"
    if reading.type in {"ACCUSE", "SUPPORT"}:
        used = used | _charge(verb)  # "thanked Iran for helping the U.S. avoid casualties": the object's act
    unsure = not (lemma in lexicon.verbs or lemma in lexicon.light_verbs or lemma in lexicon.intent_verbs)
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & OBLIGATION_AUX and _perfect(verb):
        return None  # "they should have fired him": a past judged, neither done nor asked
    if aux & OBLIGATION_AUX:
        return Trigger(
            Reading("REQUEST", reading.mode, "100"), verb, verb, text, request_by_speaker=True, consumed=used
        )
    if aux & FUTURE_AUX and reading.type in PLANNED_ACTS:
        return Trigger(reading, verb, verb, text, consumed=used, unsure=unsure)  # "said it would investigate": planned
    if aux & FUTURE_AUX and lemma not in lexicon.intent_verbs and (_stated(verb) or reading.type not in SCHEDULED):
        intent = _as_intent(reading, lexicon, hostile=_conditional(verb), lemma=lemma)
        if any(c.dep_ == "neg" for c in verb.children) and intent.type == "AGREE":
            intent = Reading("REJECT", reading.mode, "120")
        return Trigger(intent, verb, verb, text, intent=True, consumed=used, unsure=unsure)
    return Trigger(reading, verb, verb, text, consumed=used, unsure=unsure)


def _request_noun(noun: Token) -> bool:
    """ "calls for a cease-fire", "calls from Democrats that he withdraw", "a push for X to press
    Y": a request when the noun says what is asked (a "for" phrase or a content clause); a phone
    call or a push of another kind is none."""
    if noun.lemma_.lower() not in REQUEST_NOUNS:
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ in {"acl", "ccomp"} and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))
        for c in noun.children
    )  # an infinitive without a subject is an aim ("a push to deport")


def _names_patient(noun: Token) -> bool:
    """The noun's phrase names what the act is done to ("bombardment of Gaza", "raids into Gaza")."""
    return any(
        c.dep_ == "prep" and c.lower_ in PATIENT_PREPS and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children
    )


def find_triggers(sent: Span, lexicon: Lexicon, *, unsure: bool = True) -> list[Trigger]:
    """Every event trigger of ``sent``, governing events first. Without ``unsure``, a verb's own
    reading by the field's dictionary alone (an unsure trigger) is read only where it changes
    another trigger (the field's readings cost a sixth of the analysis)."""
    triggers: list[Trigger] = []
    consumed: set[int] = set()
    for token in sent:
        if token.i in consumed or _refused_disclosure(token):
            continue
        if token.pos_ == "VERB" or (token.pos_ == "ADJ" and token.lemma_.lower() in INTENT_ADJECTIVES):
            found = _verb_trigger(token, lexicon, unsure=unsure)
            if found is not None:
                triggers.append(found)
                consumed |= found.consumed
    triggers = [t for t in triggers if t.token.i not in consumed]
    for token in sent:
        if token.pos_ == "NOUN" and token.i not in consumed and _request_noun(token):
            triggers.append(Trigger(Reading("REQUEST", None, "100"), token, token, token.text))
            continue
        if token.pos_ in {"NOUN", "PROPN"} and token.i not in consumed and noun_lemma(token, lexicon) in lexicon.nouns:
            if token.dep_ == "pobj" and token.head.lower_ in SETTING_FRAMES:
                continue  # a setting, not an event told
            if token.lemma_.lower() in NOMINALISATIONS and not _names_patient(token):
                continue  # "the persistent Israeli bombardment": a campaign named, no act told
            reading = _noun_reading(token, lexicon)
            if reading is not None:
                whole = noun_lemma(token, lexicon) != token.lemma_.lower()  # "cease-fire"
                text = token.doc[token.i - 2 : token.i + 1].text if whole else token.text
                triggers.append(Trigger(reading, token, token, text))
    triggers.sort(key=lambda t: (len(list(t.clause.ancestors)), t.token.pos_ != "VERB", t.token.i))
    return triggers
