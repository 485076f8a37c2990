"""The typed records that flow through Parallax.

Every extracted item carries provenance: the id of its article and the ``start``/``end``
character offsets of its span in that article's *cleaned* text (``Article.text``).
Records are small frozen-free dataclasses so stages can fill them in; ``to_dict`` turns any
of them into plain JSON-ready data.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "Conflict",
    "Event",
    "EventMention",
    "Evidence",
    "Extraction",
    "Mention",
    "Office",
    "Quote",
    "Rejected",
    "Removal",
    "SourceProfile",
    "Story",
    "Timex",
    "from_dict",
    "political_claim",
    "to_dict",
]


@dataclass
class Removal:
    """A piece of the input that cleaning took out, with why (``kind``).

    ``start``/``end`` point into ``Article.input_text``, since the removed text is by
    definition not in the cleaned text.
    """

    # navigation, byline, teaser, advertisement, caption, bio, comment, share, stuffing, duplicate,
    # title, heading, footer, legal, consent
    kind: str
    start: int
    end: int
    text: str
    reason: str = ""


@dataclass
class Article:
    """One news article: its input fields, its cleaned text and what cleaning removed."""

    id: str  # content hash of the input
    text: str = ""  # cleaned main text; every span of every extracted item points into it
    input_id: str | None = None  # the id the input gave, if any
    url: str | None = None
    source: str | None = None  # publisher (site name or domain)
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_inferred: bool = False  # the date was inferred from the content
    language: str | None = None
    author: str | None = None
    path: str | None = None  # file the article was read from
    raw: str = ""  # the input text or HTML as read (after decoding)
    raw_kind: str = "text"  # "text" or "html"
    input_text: str = ""  # what the line cleaner read: ``raw`` for text, the extracted main text for HTML
    removals: list[Removal] = field(default_factory=list)  # spans point into ``input_text``
    # cleaned text -> input_text: runs of [clean_start, input_start, length]
    offsets: list[list[int]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # input fields Parallax does not use
    previous_version: str | None = None  # id of the earlier version of the same URL
    analysed: bool = True  # False when stored but not analysed (e.g. non-English)
    flags: list[str] = field(default_factory=list)  # e.g. "non-english", "encoding-repaired"


@dataclass
class Rejected:
    """An input that could not become an article: a value the batch reports and moves past."""

    input: str  # file path, "file:line", or "-:line"
    reason: str
    not_article: bool = False  # read fine but holds no article (empty, a consent page): skipped, not failed


@dataclass
class Office:
    """A dated tenure of an office: ``title`` of ``country`` (or ``organisation``)."""

    title: str  # normalised office, e.g. "foreign minister", "president"
    country: str | None = None  # ISO 3166 alpha-3
    organisation: str | None = None  # IGO actor id, e.g. "NATO"
    start: str | None = None  # ISO date
    end: str | None = None  # ISO date, None while in office
    source: str | None = None  # where the dates were checked; None: hand-made, unverified


@dataclass
class Actor:
    """A state, organisation or person that acts in the news."""

    id: str  # e.g. "RUS", "NATO", "person:vladimir-putin"
    name: str
    kind: str  # state, igo, organisation, person, group
    country: str | None = None  # ISO 3166 alpha-3 of a person or organisation
    sector: str | None = None  # GOV, MIL, MED, ... as in PLOVER/CAMEO
    aliases: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    description: str | None = None  # role and affiliation as the text gives them, for actors not in the registry


@dataclass
class Mention:
    """A span of the cleaned text that names or stands for an actor."""

    article: str
    start: int
    end: int
    text: str
    label: str  # PERSON, GPE, NORP, ORG, ROLE, PRON, ...
    actor: str | None = None  # Actor.id, None when not linked
    sector: str | None = None
    role: str | None = None  # office or role the text gives ("foreign minister")


@dataclass
class Timex:
    """A date expression of the cleaned text, normalised against the article's date."""

    article: str
    start: int
    end: int
    text: str
    value: str | None  # ISO date "2024-06-19", month "2024-06", year "2024" or interval "2024-06-10/2024-06-16"
    precision: str  # day, week, month, year, interval, unknown


@dataclass
class EventMention:
    """One place in one article that reports an event."""

    article: str
    start: int  # sentence span
    end: int
    text: str
    trigger: str = ""
    modality: str = "asserted"  # asserted, reported, denied, speculative, planned, habitual, historical
    reported_by: str | None = None  # actor id or name the report is attributed to
    date: str | None = None
    date_text: str | None = None  # the date expression as written, re-normalised when a better anchor is known
    location: str | None = None
    source: str | None = None  # publisher of the article, for num_sources


@dataclass
class Event:
    """Who did what to whom, when and where: one real-world event, however many mentions."""

    id: str
    type: str  # PLOVER event type, e.g. "AGREE"
    mode: str | None = None  # PLOVER mode, e.g. "treaty", "visit"
    cameo: str | None = None  # CAMEO root code, e.g. "057"
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    commitments: list[str] = field(default_factory=list)  # stated commitments of an agreement
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def num_mentions(self) -> int:
        return len(self.mentions)

    @property
    def num_articles(self) -> int:
        return len({m.article for m in self.mentions})

    @property
    def num_sources(self) -> int:
        return len({m.source or m.article for m in self.mentions})


@dataclass
class Quote:
    """Who said what: a direct or indirect attribution."""

    article: str
    start: int  # content span
    end: int
    text: str
    speaker: str | None = None  # actor id when linked, else the speaker's name
    speaker_text: str | None = None  # as written (may be a pronoun)
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # "said", "according to", ...
    direct: bool = True
    channel: str | None = None  # state media, interview, newspaper article, ...
    cue_start: int | None = None  # span of the cue in the cleaned text
    cue_end: int | None = None
    parts: list[list[int]] = field(
        default_factory=list
    )  # [start, end] of each quoted piece when a cue interrupts the quote
    # what was said, without the attribution that interrupts it ('"A," he said. "B."' -> "A, … B.");
    # None when that is ``text`` itself
    content: str | None = None
    # what the attribution reports, from its cue: speech (said, denied, according to), belief
    # (believes, thinks), intention (wants, plans), perception (saw), evidence (the poll shows)
    kind: str = "speech"


@dataclass
class Claim:
    """A checkable statement with a number, quantity or date, and who claims it."""

    article: str
    start: int
    end: int
    text: str
    subject: str | None = None
    predicate: str | None = None
    value: float | None = None
    low: float | None = None  # hedged range
    high: float | None = None
    hedge: str | None = None  # "at least", "as many as", "over", ...
    unit: str | None = None
    time: str | None = None
    claimant: str | None = None  # actor id or name; None means the article itself
    status: str = "claim"  # claim, opinion, speculation
    id: str | None = None  # stable hash of article, span and value, for corroboration across articles
    # "political", or "other": outside what Parallax reports (a rocket's thrust in a launch story);
    # kept for cross-checking figures between outlets, left out of listings and corroboration
    scope: str = "political"


@dataclass
class Evidence:
    """A span of an article cited as evidence."""

    article: str
    start: int
    end: int
    text: str


@dataclass
class Conflict:
    """A contradiction or anachronism, with both sides' evidence."""

    id: str
    kind: str  # date, number, office, fact
    explanation: str
    sides: list[Evidence] = field(default_factory=list)
    related: bool = False  # True: related figures that do not contradict
    story: str | None = None


@dataclass
class Story:
    """Articles about one real-world event; ``storyline`` links related stories."""

    id: str
    articles: list[str] = field(default_factory=list)
    storyline: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass
class SourceProfile:
    """Quality profile of an article or a publisher; the score always comes with reasons."""

    subject: str  # article id or publisher name
    kind: str  # "article" or "publisher"
    score: float
    reasons: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)


@dataclass
class Extraction:
    """What the per-article stages found in one article."""

    article: str
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # one event per mention, merged by the corpus stages
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Conflict] = field(default_factory=list)  # per-article findings (anachronisms)
    actors: list[Actor] = field(default_factory=list)  # actors met in the text but not in the registry


def political_claim(data: dict[str, Any]) -> bool:
    """Whether a stored claim (``Claim`` as a dict) is one Parallax shows: ``scope`` political."""
    return data.get("scope", "political") == "political"


def to_dict(record: Any) -> Any:
    """Plain JSON-ready data for a record (or a list of them)."""
    if isinstance(record, list):
        return [to_dict(item) for item in record]
    data = dataclasses.asdict(record)
    if isinstance(record, Event):
        data.update(
            num_mentions=record.num_mentions,
            num_articles=record.num_articles,
            num_sources=record.num_sources,
        )
    return data


_NESTED: dict[tuple[type, str], type] = {
    (Article, "removals"): Removal,
    (Actor, "offices"): Office,
    (Event, "mentions"): EventMention,
    (Conflict, "sides"): Evidence,
}


def from_dict(cls: type[Any], data: dict[str, Any]) -> Any:
    """The record of type ``cls`` that ``to_dict`` turned into ``data`` (extra keys ignored)."""
    names = {f.name for f in dataclasses.fields(cls)}
    values = {key: value for key, value in data.items() if key in names}
    for (owner, name), item_cls in _NESTED.items():
        if owner is cls and name in values:
            values[name] = [from_dict(item_cls, item) if isinstance(item, dict) else item for item in values[name]]
    return cls(**values)
