"""Who an event's noun phrases stand for: actor ids from the linker, with a fallback table.

The linker (``token._.actor``) is trusted first; names it leaves unlinked ("Hungarian officials",
"Beirut", "U.N. Security Council") are looked up in ``parallax/data/events-actors.yaml`` and in
pycountry's country names. ``code_of`` turns any actor id into the country or organisation code
the exports use (ISO3, IGO...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache
from importlib import resources

import pycountry
import yaml
from spacy.tokens import Doc, Token

from ..actors import load_registry
from ..actors.matching import load_lexicon as linker_lexicon
from ..actors.names import normalise_name
from ..nlp import entity_of, text_of
from .events_lexicon import word_list
from .events_scope import POLITICAL_SECTORS, private_modifiers, titled

__all__ = [
    "ActorMap",
    "agent_sector",
    "code_of",
    "event_codes",
    "group_names",
    "name_code",
    "phrase_actors",
    "place_code",
    "stateless",
]

MAX_NAME_TOKENS = 7
ARTICLES = {"al-", "el-", "al ", "el "}  # Arabic articles that start lower-case names ("al-Qaeda")
# Dependencies that leave the noun phrase: their subtrees name other things.
CLAUSAL = {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "punct", "cc", "parataxis"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
STATE_PRONOUNS = {"it", "its"}
PRONOUNS = PERSON_PRONOUNS | STATE_PRONOUNS | {"they", "them", "their", "we", "our"}
OWNER_PRONOUNS = {"its", "their", "our"}  # a state's or group's own agents ("its forces")
OWN_FORCES = word_list("own_forces")
BACKER_PARTICIPLES = word_list("backer_participles")
PRONOUN_WINDOW = 120  # tokens looked back for what a pronoun stands for
DEEP_PREPS = {"of", "from", "in", "by", "with", "against", "to", "for", "on", "into", "throughout", "across"}
# event types whose unnamed-country party is usually the other party's compatriot
DOMESTIC_TYPES = {"PROTEST", "COERCE", "CONCEDE", "THREATEN", "REQUEST", "REJECT"}
GROUP_HEADS = word_list("group_heads")
# sectors acting at home: the place of their clause is their country ("police in Tehran")
HOME_SECTORS = {"GOV", "COP", "JUD", "LEG", "OPP", "PTY"}
PLACE_PREPS = {"in", "at"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
HONORIFICS = word_list("honorifics")
COMPANY_WORDS = word_list("company_words")
ORGAN_WORDS = word_list("organ_words")
STANCE_PREFIXES = {"pro", "anti"}
OWN_NAMES = {"GPE", "NORP", "PERSON", "LOC"}  # entities that name an actor or place of their own
NAME_LINKS = {"for", "of", "on", "to"}  # lower-case words inside an organisation's name
NAME_LINKS_LAST = {"in", "for"}  # ... and before a state that is its cause ("Justice in Palestine")
DOMINANCE = 2  # the article's country: named at least twice as often as any other


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=1)
def _actor_data() -> dict[str, dict[str, list[str]]]:
    """``events-actors.yaml``: code -> names, by section (countries, organisations, groups)."""
    return dict(yaml.safe_load(resources.files("parallax").joinpath("data", "events-actors.yaml").read_text("utf8")))


@lru_cache(maxsize=1)
def group_names() -> frozenset[str]:
    """One-word names of political and armed groups (``groups``), lower case, with the singular
    of a plural ("republican" for "Republicans")."""
    names = {str(name).lower() for aliases in _actor_data()["groups"].values() for name in aliases}
    single = {name for name in names if " " not in name}
    return frozenset(single | {name.removesuffix("s") for name in single if name.endswith("s")})


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names[_fold(value)] = country.alpha_3
    data = _actor_data()
    for section in ("countries", "organisations", "groups"):
        for code, aliases in data[section].items():
            for alias in aliases:
                names[_fold(str(alias))] = code
    for code, aliases in data["organisations"].items():
        own = _registry_organisation(str(aliases[0]))  # "IGOUNO" is the registry's "UN"
        for alias in aliases:
            names[_fold(str(alias))] = _registry_organisation(str(alias)) or own or code
    return names


def _registry_organisation(name: str) -> str | None:
    """The registry's id of the one organisation or IGO called ``name`` ("Security Council":
    UNSC), so that events name actors the registry and the export describe."""
    found = [a for a in load_registry().lookup(name) if a.kind in {"igo", "organisation"}]
    return found[0].id if len(found) == 1 else None


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    linking = yaml.safe_load(resources.files("parallax").joinpath("data", "linking.yaml").read_text("utf8"))
    return frozenset(_fold(state) for state in linking["us_states"]) - set(_table())  # "Georgia" is the country


def place_code(place: Token, amap: ActorMap) -> str | None:
    """The country of a place named with an event: its actor, or the USA for a US state
    ("were arrested in Massachusetts": by the authorities of the place)."""
    own = amap.of(place)
    if own:
        return own
    ent = entity_of(place)
    name = _fold(ent.text if ent is not None else place.text)
    return "USA" if name.removeprefix("the ") in _us_states() else None


@lru_cache(maxsize=4096)
def name_code(text: str) -> str | None:
    """Code of a country, demonym, capital, organisation or group name; None when unknown."""
    folded = _fold(text)
    if folded.lower().startswith("the "):
        folded = folded[4:]
    table = _table()
    found = table.get(folded)
    if found is None and folded.endswith("s"):
        found = table.get(folded[:-1])
    if found is None and folded.endswith("'s"):
        found = table.get(folded[:-2])
    return found


def code_of(actor_id: str) -> str:
    """Country or organisation code of an actor id (a person's country; ids already codes pass)."""
    registry = load_registry()
    code_fn = getattr(registry, "code_of", None)
    code = code_fn(actor_id) if code_fn else None
    if code:
        return str(code)
    country = registry.country_of(actor_id)
    if country:
        return country
    actor = registry.get(actor_id)
    if actor is not None:
        return name_code(actor.name) or actor_id
    return name_code(actor_id) or actor_id


def _is_code(code: str) -> bool:
    return not code.startswith("person:")


def event_codes(type_: str, actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """Country or organisation codes of an event's actors and recipients, item by item.

    A person whose country is unknown ("President Mugabe") takes the country of the other side
    when the event is domestic in kind (a demand, threat or protest at home); else keeps the id.
    """
    left = [code_of(a) for a in actors]
    right = [code_of(r) for r in recipients]
    known_left = [c for c in left if _is_code(c)]
    known_right = [c for c in right if _is_code(c)]
    if known_left:
        right = [c if _is_code(c) else known_left[0] for c in right]
    if known_right and type_ in DOMESTIC_TYPES:
        left = [c if _is_code(c) else known_right[0] for c in left]
    return left, right


def _in_personal_name(token: Token) -> bool:
    """``token`` continues a person's name ("David French") or follows an honorific ("Mr. French")."""
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "I":
        return True
    previous = token.nbor(-1) if token.i > 0 else None
    return previous is not None and previous.lower_.rstrip(".") in HONORIFICS


def _name_word(token: Token) -> bool:
    """A capitalised word inside a sentence that names no actor of its own ("Justice", "Peace")."""
    return (
        token.is_title
        and not token.is_sent_start
        and token.pos_ in {"PROPN", "NOUN"}
        and token.ent_type_ not in OWN_NAMES
    )


def _inside_named(token: Token) -> bool:
    """``token`` continues a named entity that a capitalised word other than an article began."""
    ent = entity_of(token) if token.ent_iob_ == "I" else None
    return ent is not None and any(t.is_title and t.pos_ != "DET" for t in ent if t.i < token.i)


def _state_code(actor: str | None) -> bool:
    """The actor is a state (an ISO 3166 code), not an organisation or a person."""
    return actor is not None and len(actor) == 3 and pycountry.countries.get(alpha_3=actor) is not None


@lru_cache(maxsize=1)
def _agent_heads() -> frozenset[str]:
    """Last words of the generic agent phrases ("ministry", "navy", "police")."""
    return frozenset(phrase.split()[-1] for phrase in _agents())


@lru_cache(maxsize=1)
def _agents() -> dict[str, str]:
    """Generic agent phrase -> CAMEO sector (``events-agents.yaml``, from PETRARCH2)."""
    text = resources.files("parallax").joinpath("data", "events-agents.yaml").read_text("utf8")
    data = yaml.safe_load(text)
    return {phrase: sector for sector, phrases in data["agents"].items() for phrase in phrases}


def agent_sector(head: Token) -> str | None:
    """The sector of a generic agent noun phrase ("riot police": COP, "lawmakers": LEG), else None."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    agents = _agents()
    words = [t for t in head.lefts if t.dep_ in {"compound", "amod"} and t.i == head.i - 1] + [head]
    for size in range(len(words), 0, -1):
        phrase = " ".join([t.lower_ for t in words[-size:-1]] + [head.lemma_.lower()])
        if phrase in agents:
            return agents[phrase]
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None:
        return agents.get(f"{head.lemma_.lower()} of {pobj.lemma_.lower()}") or agents.get(
            f"{head.lemma_.lower()} of the {pobj.lemma_.lower()}"
        )
    return None


class ActorMap:
    """Actor id of each token of a doc: the linker's, else the longest known name covering it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.by_token: dict[int, str] = {}
        self.pair: list[str] = []  # the two parties of the latest bilateral event
        self.pair_sides: tuple[list[str], list[str]] = ([], [])  # ... as its actors and recipients
        self.sectors: dict[str, str | None] = {}  # actor id -> sector its mentions give (title, role)
        self._link_names(doc)
        self.names = dict(self.by_token)  # what the name table alone says
        self._link_mentions(doc)
        self._split_headings(doc)
        self._unlink_company_names(doc)
        self._unlink_name_parts(doc)
        self._unlink_stances(doc)
        self._unlink_ethnic(doc)
        self._unlink_backers(doc)
        # a nationality or a city on a private party ("Japanese outfielder ..."): no actor acting
        self.private = private_modifiers(doc, self.by_token, self.sectors)

    def _split_headings(self, doc: Doc) -> None:
        """An entity run across a heading ("Historic Meeting ...\n\nOn June 19, Kim Jong-un"):
        only its part after the last line break names the actor."""
        registry = load_registry()
        for ent in doc.ents:
            breaks = [t.i for t in ent if "\n" in t.text]
            if not breaks:
                continue
            for token in doc[ent.start : breaks[-1] + 1]:
                if self.by_token.get(token.i) == self.by_token.get(ent.end - 1):
                    self.by_token.pop(token.i, None)
            tail = doc[breaks[-1] + 1 : ent.end]
            found = registry.lookup(tail.text) if len(tail) else []
            for token in tail:
                if found:
                    self.by_token[token.i] = found[0].id

    def _unlink_company_names(self, doc: Doc) -> None:
        """A state's name inside an organisation's name that is no organ of it ("China Tobacco",
        "China National Tobacco Corp.", "Air India") is not the state: the organisation's other
        words name no generic political agent (ministry, navy, police ...), or a company form."""
        heads = _agent_heads()
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 2:
                continue
            # a country's name, not a demonym ("Radical French farmers", mistagged ORG, stay French)
            states = [t for t in ent if t.pos_ == "PROPN" and _state_code(self.by_token.get(t.i))]
            others = [t for t in ent if t not in states and t.is_alpha and t.pos_ != "DET"]
            if not states or not others:
                continue
            words = {t.lower_.rstrip(".") for t in others}
            if words & COMPANY_WORDS or not words & (heads | ORGAN_WORDS):
                for token in states:
                    self._unlink(token.i)

    def _unlink_name_parts(self, doc: Doc) -> None:
        """A state's name closing a longer proper name the tagger left untagged ("Students for
        Justice in Palestine", "Coalition for Peace in Ukraine"): two capitalised words joined by
        lower-case words before it name an organisation whose cause the state is, not the state."""
        for start, end in self._runs():
            before = doc[max(0, start - 4) : start]
            if len(before) < 4 or before[-1].lower_ not in NAME_LINKS_LAST:
                continue
            w0, link, w1 = before[0], before[1], before[2]
            if link.lower_ in NAME_LINKS and _name_word(w0) and _name_word(w1):
                for i in range(start, end):
                    self._unlink(i)

    def _runs(self) -> list[tuple[int, int]]:
        """Token spans of consecutive tokens the table or linker maps to one state."""
        runs: list[tuple[int, int]] = []
        for i in sorted(self.by_token):
            if not _state_code(self.by_token[i]):
                continue
            if runs and runs[-1][1] == i and self.by_token.get(i - 1) == self.by_token[i]:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
        return runs

    def _unlink_stances(self, doc: Doc) -> None:
        """ "Pro-Palestinian demonstrators", "anti-American protesters", "pro-Russian separatists":
        the name after "pro-" or "anti-" is the side a stance is about, not who holds it."""
        for i in list(self.by_token):
            before = doc[max(0, i - 2) : i]
            if len(before) == 2 and before[1].text == "-" and before[0].lower_ in STANCE_PREFIXES:
                self._unlink(i)

    def _unlink_ethnic(self, doc: Doc) -> None:
        """ "Ethnic Albanians demonstrated in Serbia": an ethnic group, not the people of the state
        its name is the demonym of; the country of the place they act in, when the clause names one."""
        for i in list(self.by_token):
            if i > 0 and doc[i - 1].lower_ == "ethnic" and _state_code(self.by_token[i]):
                place = self.place_of(doc[i])
                if place is not None:
                    self.by_token[i] = place

    def _unlink_backers(self, doc: Doc) -> None:
        """ "Iran-backed militants", "Moscow-based group", "U.S.-trained forces": a name joined by a
        hyphen to a participle of backing, hosting or owning (``backer_participles``) says who
        stands behind the party, not who it is ("Hamas-run ministry", "U.S.-led coalition" stay)."""
        for i in sorted(self.by_token, reverse=True):
            after = doc[i + 1 : i + 3]
            if len(after) < 2 or after[0].text != "-" or after[0].whitespace_ or doc[i].whitespace_:
                continue
            if after[1].lower_ not in BACKER_PARTICIPLES:
                continue
            actor = self.by_token[i]
            j = i
            while j >= 0 and self.by_token.get(j) == actor:  # the whole name: "United States-backed"
                self._unlink(j)
                j -= 1

    def _unlink(self, i: int) -> None:
        """Token ``i`` names no actor: neither by the linker nor by the name table."""
        self.by_token.pop(i, None)
        self.names.pop(i, None)

    def _link_names(self, doc: Doc) -> None:
        # plain string slices, not Span objects: this runs over every capitalised token
        text = self.text
        starts = [int(x) for x in doc.to_array("IDX")]
        ends = [start + int(length) for start, length in zip(starts, doc.to_array("LENGTH"), strict=True)]
        i = 0
        while i < len(doc):
            if not text[starts[i] : starts[i] + 1].isupper() and text[starts[i] : starts[i] + 3] not in ARTICLES:
                i += 1
                continue
            if _in_personal_name(doc[i]):
                i += 1  # "David French", "Mr. Welsh": a surname, not a country
                continue
            if blocked := self._not_actor(text, starts, ends, i):
                i += blocked  # "Latin American": the linker's word for no actor, not "American"
                continue
            for size in range(min(MAX_NAME_TOKENS, len(doc) - i), 0, -1):
                code = name_code(text[starts[i] : ends[i + size - 1]])
                if code and not _state_code(code) and _inside_named(doc[i]):
                    code = None  # "Security Council" in "National Security Council": another body
                if code:
                    for j in range(i, i + size):
                        self.by_token[j] = code
                    i += size
                    break
            else:
                i += 1

    @staticmethod
    def _not_actor(text: str, starts: list[int], ends: list[int], i: int) -> int:
        """Tokens of a name the linker holds for no actor (``linking.yaml`` ``not_actors``) and
        the coder's table does not know whole ("Gaza Strip" is PSE there) that starts at token
        ``i``, else 0."""
        lexicon = linker_lexicon()
        if normalise_name(text[starts[i] : ends[i]]) not in lexicon.prefixes:
            return 0
        for size in range(min(MAX_NAME_TOKENS, len(starts) - i), 0, -1):
            name = text[starts[i] : ends[i + size - 1]]
            if normalise_name(name) in lexicon.not_actors:
                return 0 if name_code(name) else size
        return 0

    def _link_mentions(self, doc: Doc) -> None:
        """The linker's actors, read from ``doc._.mentions`` (token attributes are slow to read)."""
        mentions = doc._.mentions if Doc.has_extension("mentions") else None
        if mentions is None:
            if Token.has_extension("actor"):
                self.by_token.update({t.i: t._.actor for t in doc if t._.actor})
            return
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention.actor else None
            if span is not None and self._inside_longer_name(span.start, span.end, mention.actor):
                continue  # "Jerusalem" in "East Jerusalem": the longer name the table knows
            if span is not None:
                for i in range(span.start, span.end):
                    self.by_token[i] = mention.actor
                if mention.sector:
                    self.sectors[mention.actor] = self.sectors.get(mention.actor) or mention.sector
                elif mention.label == "PERSON" and titled(doc, span.start):
                    self.sectors[mention.actor] = self.sectors.get(mention.actor) or "GOV"  # "Rep. Jim Jordan"
                if mention.label == "PERSON":
                    self.names.pop(span.end - 1, None)  # "Jordan" for Jim Jordan: a surname, not a country

    def _inside_longer_name(self, start: int, end: int, actor: str) -> bool:
        """Tokens ``start:end``, which the linker takes for ``actor``, lie inside a longer name of
        the table that names another state or organisation ("East Jerusalem", "South Sudanese")."""
        code = self.names.get(start)
        if code is None or code == code_of(actor) or any(self.names.get(i) != code for i in range(start, end)):
            return False
        return self.names.get(start - 1) == code or self.names.get(end) == code

    def of(self, token: Token) -> str | None:
        return self.by_token.get(token.i)

    @cached_property
    def home(self) -> str | None:
        """The article's country: the state its actors name most, when clearly so."""
        counts: Counter[str] = Counter()
        previous = None
        for i in sorted(self.by_token):
            actor = self.by_token[i]
            if actor != previous or i - 1 not in self.by_token:
                code = code_of(actor)
                if len(code) == 3 and code.isupper():
                    counts[code] += 1
            previous = actor
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]):
            return None
        return ranked[0][0]

    def place_of(self, token: Token) -> str | None:
        """The country of the place of the clause ``token`` belongs to ("... in Tehran")."""
        clause = next((a for a in [token, *token.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None:
            return None
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS):
                code = code_of(self.by_token[pobj.i]) if pobj.i in self.by_token else None
                if code and len(code) == 3 and code.isupper():
                    return code
        return None

    def place_person(self, person: str, country: str) -> None:
        """Give a person the registry does not know, and the text gives no nationality, the
        country they act for (``doc._.new_actors``: the records the extraction stores)."""
        new = self.doc._.new_actors if Doc.has_extension("new_actors") else None
        for actor in new or []:
            if actor.id == person and actor.country is None:
                actor.country = country

    def unplaced(self, actor: str) -> bool:
        """``actor`` is a person of unknown country whom the text gives a political office or rank."""
        if not stateless(actor) or load_registry().get(actor) is not None:
            return False
        new = self.doc._.new_actors if Doc.has_extension("new_actors") else None
        if not any(a.id == actor and a.country is None for a in new or []):
            return False
        return self.sectors.get(actor) in POLITICAL_SECTORS

    def remember_pair(self, actors: Iterable[str], recipients: Iterable[str] = ()) -> None:
        """Keep the parties of a bilateral event for "the two leaders", "both countries", and
        which of them acted and received ("the visit": the visitor and the host)."""
        sides = list(dict.fromkeys(actors)), list(dict.fromkeys(recipients))
        distinct = list(dict.fromkeys(sides[0] + sides[1]))
        if len({code_of(a) for a in distinct}) >= 2:
            self.pair, self.pair_sides = distinct, sides

    def resolve_pronoun(self, token: Token) -> str | None:
        """The latest person actor before ``token`` in the doc (he, his, she, her)."""
        for i in range(token.i - 1, max(-1, token.i - PRONOUN_WINDOW), -1):
            actor = self.by_token.get(i)
            if actor and actor.startswith("person:"):
                return actor
        return None

    def resolve_state(self, token: Token) -> str | None:
        """What "it" stands for as an actor: the latest subject before ``token`` that is a state or
        an organisation ("China ... It has refused to condemn"), else None."""
        for i in range(token.i - 1, max(-1, token.i - PRONOUN_WINDOW), -1):
            actor = self.by_token.get(i)
            if actor and not actor.startswith("person:") and self.doc[i].dep_ in {"nsubj", "nsubjpass"}:
                return actor
        return None


def _np_tokens(head: Token, *, top: bool = True) -> list[Token]:
    """Tokens of the noun phrase of ``head`` without its clauses and prepositional phrases, at
    any depth ("Militants loyal to Iraq's ..." keeps "Militants loyal"); coordinated modifiers
    stay ("Hungarian and Romanian officials"), coordinated heads are the caller's."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in CLAUSAL or child.dep_ == "prep" or (top and child.dep_ == "conj"):
            continue
        tokens.extend(_np_tokens(child, top=False))
    return sorted(tokens, key=lambda t: t.i)


def _conjuncts(head: Token) -> list[Token]:
    return [head, *head.conjuncts] if head.dep_ != "conj" else [head]


def _group_reference(head: Token, amap: ActorMap) -> list[str]:
    """ "the two leaders", "both countries": the parties of the latest bilateral event."""
    if head.lemma_.lower() not in GROUP_HEADS or not amap.pair:
        return []
    words = {child.lower_ for child in head.children}
    return list(amap.pair) if words & {"two", "both"} else []


def stateless(actor: str) -> bool:
    """A person the registry knows no country for ("British Defence Secretary Tom King"):
    the phrase's other names say more."""
    return actor.startswith("person:") and len(code_of(actor)) != 3


def _reporting_subject(pronoun: Token, amap: ActorMap) -> list[str]:
    """ "Syria says it is willing": the subject of the clause that reports the pronoun's clause."""
    for ancestor in list(pronoun.ancestors)[1:]:
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj" and c != pronoun), None)
        if subject is not None and subject.lower_ not in PRONOUNS and pronoun not in subject.subtree:
            found = phrase_actors(subject, amap)
            if found:
                return found
    return []


def _pronoun_actors(pronoun: Token, amap: ActorMap) -> list[str]:
    """The reporting subject ("Syria says it is willing"), else the latest person or state."""
    found = _reporting_subject(pronoun, amap)
    if found:
        return found
    if pronoun.lower_ in PERSON_PRONOUNS:
        resolved = amap.resolve_pronoun(pronoun)
        return [resolved] if resolved else []
    if pronoun.lower_ in STATE_PRONOUNS:
        resolved = amap.resolve_state(pronoun)
        return [resolved] if resolved else []
    return []


def _head_actors(head: Token, amap: ActorMap, *, deep: bool, agents: bool = False, private: bool = True) -> list[str]:
    own = amap.of(head)
    if own and not stateless(own):
        return [own]
    if head.lower_ in PRONOUNS:
        return _pronoun_actors(head, amap)
    group = _group_reference(head, amap)
    if group:
        return group
    # an acting phrase: a nationality on a private party names no state acting ("Japanese outfielder")
    skip = amap.private if agents and not private else set()
    tokens = [t for t in _np_tokens(head) if t.i not in skip]
    found = [a for t in tokens if (a := amap.of(t)) and a != own]
    if own and not found:
        # the linker may have taken "British Defence Secretary Tom King" whole
        found = [a for t in tokens if (a := amap.names.get(t.i))]
    if own and not found:
        return [own]
    if any(not stateless(a) for a in found):
        # "Osama bin Laden's al-Qaeda network": the organisation, not a person of unknown country
        found = [a for a in found if not stateless(a)]
    if found or not deep:
        return list(dict.fromkeys(found))
    inner = _inner_actors(head, amap, depth=3)
    return inner or (_agent_actors(head, amap) if agents else [])


def _agent_actors(head: Token, amap: ActorMap) -> list[str]:
    """A generic agent ("police", "lawmakers", "the military") as its country: its possessor
    when a pronoun that the reporting clause's subject resolves ("Bosnian Serbs said their
    forces had completed ...", "CENTCOM said its forces destroyed ..."), else the
    place of its clause for agents acting at home, else the article's country; nothing when
    none is clear."""
    sector = agent_sector(head)
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if owner is not None and (sector is not None or head.lemma_.lower() in OWN_FORCES):
        found = _reporting_subject(owner, amap)
        if found:
            return found
    if sector is None:
        return []
    if any(c.dep_ in {"amod", "compound"} and _no_actor_name(c) for c in head.children):
        return []  # "Latin American politicians": a nationality no actor stands for, not the article's
    country = amap.place_of(head) if sector in HOME_SECTORS else None
    country = country or amap.home
    return [country] if country else []


def _no_actor_name(token: Token) -> bool:
    """``token`` lies in a name the linker holds for no actor ("Latin American", "Native
    American": ``linking.yaml`` ``not_actors``)."""
    ent = entity_of(token)
    name = ent.text if ent is not None else token.text
    return normalise_name(name) in linker_lexicon().not_actors


def _inner_actors(head: Token, amap: ActorMap, *, depth: int) -> list[str]:
    """Actors named in the prepositional phrases of ``head``, nearest first ("the mandate of
    the force in Lebanon")."""
    pobjs = [
        p for c in head.children if c.dep_ == "prep" and c.lower_ in DEEP_PREPS for p in c.children if p.dep_ == "pobj"
    ]
    for acl in (c for c in head.children if c.dep_ in {"acl", "amod"}):
        # "refugees fleeing the civil war in Liberia"
        pobjs += [p for c in acl.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        pobjs += [c for c in acl.children if c.dep_ == "dobj"]
    for pobj in pobjs:
        inner = [a for conjunct in _conjuncts(pobj) for a in _head_actors(conjunct, amap, deep=False)]
        if inner:
            return list(dict.fromkeys(inner))
    if depth > 1:
        for pobj in pobjs:
            inner = _inner_actors(pobj, amap, depth=depth - 1)
            if inner:
                return inner
    return []


def phrase_actors(
    head: Token | None, amap: ActorMap, *, deep: bool = True, agents: bool = False, private: bool = False
) -> list[str]:
    """Actor ids a noun phrase stands for, over its coordinated heads ("X and Y"); with
    ``agents``, a generic agent ("police") stands for its country (the phrase acts: objects
    that are agents are too often things, "military intelligence"), and a private party's
    nationality does not, unless ``private`` (the act is one private parties do: a protest)."""
    if head is None:
        return []
    found: list[str] = []
    for conjunct in _conjuncts(head):
        found += _head_actors(conjunct, amap, deep=deep, agents=agents, private=private)
    return list(dict.fromkeys(found))
