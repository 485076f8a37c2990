"""Corroboration: the quotes, claims and events of a story aligned across its articles, each
with its supporting articles and the number of *independent* sources.

Two reports are one source when the evidence says one comes from the other or both from one
origin (``origin.py`` reads that evidence):

- a copy, or a copied passage of a partial copy, counts as its original;
- an article that carries an agency's dateline, copyright line, byline or sign-off ("DALLAS
  (AP) -") is that agency's dispatch, whoever publishes it; "AP contributed to this report"
  makes the agency a possible origin of each of its statements;
- a statement the article says it got from another outlet ("CNN reported", "according to
  Reuters", "told The Associated Press") counts as that outlet;
- a statement relayed from one document (the same tweet, statement, press release of the same
  speaker; a quote from a body or a text: "the airline said", "the statement said", "Lauten
  wrote") is one source, however many outlets quote it;
- two articles that share a passage of narration verbatim (``origin.shared_passages``) run one
  text, a wire story or a release, though neither copies the other and the text itself is not
  in the corpus: what both report is one source;
- claims and events every report attributes to one claimant ("Valls said") are one source.

Independent sources are the groups of reports left once every such link is joined. Copy
direction comes from the evidence before timestamps: a copy record whose "original" credits the
"copy"'s own agency (a Daily Mail republication with a "(Reuters)" dateline, stamped before the
Reuters original) is read the other way round.

Grouping says less when unsure: two quotes are one quote only when the same speaker is named
for both and they share a verbatim run of the words the speaker said (inside quotation marks:
the writer's words around a partial or indirect quote are no evidence); two figures are one claim only when value,
unit and the words around the figure agree, and captions and a private person's quoted figures
corroborate nothing; an event counts the sources of its mentions that state it alike, with one
modality (mentions merged into one event but worded apart count as one source).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..actors.display import display_name
from ..actors.registry import load_registry
from ..config import Options
from ..ids import IdMint
from ..records import Article, Claim, EventMention, Quote, Story
from ..stories.copies import COPY_CONTAINMENT
from .numbers import claim_range
from .origin import (
    article_credits,
    credited_picture,
    publisher_key,
    sentence_around,
    shared_passages,
    speaks_in_writing,
    statement_attributions,
)
from .values import QUOTED as QUOTED_TEXT
from .values import is_caption

__all__ = ["Independence", "Member", "corroborate", "group_similar", "same_claim", "same_mention", "same_quote"]

if TYPE_CHECKING:
    from ..corpus import Corpus

T = TypeVar("T")
QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]{3,}[\"\u201d]")
TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")
QUOTE_RUN = 6  # words two quotes must share verbatim, in order, to be one quote
QUOTE_RUN_UNNAMED = 12  # ... when a speaker is missing on one side
RUN_CONTENT = 2  # content words such a run must hold ("it is what it is" is no evidence)
CLAIM_WINDOW = 8  # words either side of a figure compared between two claims
CLAIM_SHARED = 3  # content words the windows around two figures must share
MENTION_SHARED = 5  # content words two event sentences must share ...
MENTION_OVERLAP = 0.5  # ... and this share of the shorter sentence's content words
# quoted from one text or broadcast that others quote alike
DOCUMENT_CHANNELS = {"statement", "social media", "state media", "interview", "television"}
PERSON_REFERENCE = re.compile(r"(?:he|she|him|her|mr|mrs|ms|dr)\b", re.I)  # how a text names a person
WRITTEN_CUES = {"wrote", "writes", "write", "posted", "posts", "tweeted", "tweets", "tweet"}  # a written text
ATTRIBUTED = "said:"  # origin key of a claim or event the article attributes to someone
REWORDED_RUN = 10  # words two reports' own sentences (quotes aside) share verbatim: one was reworded from the other
NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    20: "twenty",
    100: "hundred",
    1000: "thousand",
}


@dataclass
class Member:
    """One report of an item: where it is, and what the sentence says it relays."""

    article: str
    start: int | None
    end: int | None = None
    cites: set[str] = field(default_factory=set)  # extra origin keys: "report:CNN", "document"
    narrative: list[str] = field(default_factory=list)  # words of the report's own sentence, quotes blanked


class Independence:
    """Which source a report of an article really comes from, copies and credits collapsed."""

    def __init__(self, corpus: Corpus) -> None:
        self.articles = {a.id: a for a in corpus.articles}
        self.publisher = {a.id: publisher_key(a.source, a.url) or a.id for a in corpus.articles}
        self.wire: dict[str, str] = {}
        self.contributors: dict[str, set[str]] = {}
        for article in corpus.articles:
            credits = article_credits(article)
            whole = [c.agency for c in credits if c.whole]
            if whole:
                self.wire[article.id] = whole[0]
            self.contributors[article.id] = {c.agency for c in credits if not c.whole}
        self.reversed: list[dict[str, Any]] = []
        self.oriented = [self._oriented(copy) for copy in corpus.copies]  # corpus.copies, credits believed
        self.copies = {copy["copy"]: copy for copy in self.oriented}
        self._one_text: dict[tuple[str, str], bool] = {}
        self.speech: dict[str, list[tuple[int, int]]] = {}  # per article, the spans of its direct quotes
        for extraction in corpus.extractions.values():
            for quote in extraction.quotes:
                if quote.direct:
                    self.speech.setdefault(quote.article, []).append((quote.start, quote.end))

    def _oriented(self, copy: dict[str, Any]) -> dict[str, Any]:
        """The copy record, reversed when the "original" credits the "copy"'s own publisher."""
        original, copied = copy["original"], copy["copy"]
        credited = self.wire.get(original)
        if credited and credited == self.publisher.get(copied) and self.wire.get(copied) in (None, credited):
            flipped = dict(copy, copy=original, original=copied, passages=[])
            flipped["reason"] = f"{self.publisher.get(original)} carries a {credited} credit"
            self.reversed.append(flipped)
            return flipped
        return copy

    def origin(self, article: str, start: int | None = None) -> str:
        """The article an item at ``start`` of ``article`` was copied from (itself if original)."""
        seen = {article}
        while article in self.copies:
            copy = self.copies[article]
            copied = copy["containment"] >= COPY_CONTAINMENT or (
                start is not None and any(s <= start < e for s, e in copy.get("passages", []))
            )
            if not copied or copy["original"] in seen:
                break
            article = copy["original"]
            seen.add(article)
        return article

    def keys(self, member: Member) -> set[str]:
        """Every origin the report may come from: its publisher, credited agencies, cited sources."""
        source = self.origin(member.article, member.start)
        keys = {f"report:{self.publisher.get(source, source)}"}
        if source in self.wire:
            keys.add(f"report:{self.wire[source]}")
        keys |= {f"report:{agency}" for agency in self.contributors.get(source, set())}
        return keys | member.cites

    def groups(self, members: Sequence[Member]) -> list[list[Member]]:
        """The members joined wherever they share an origin: one list per independent source."""
        parent = list(range(len(members)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        owner: dict[str, int] = {}
        for index, member in enumerate(members):
            for key in self.keys(member):
                if key in owner:
                    parent[find(index)] = find(owner[key])
                else:
                    owner[key] = index
            for other in range(index):
                if find(other) == find(index):
                    continue
                if reworded(members[other].narrative, member.narrative) or self.one_text(members[other], member):
                    parent[find(index)] = find(other)
        joined: dict[int, list[Member]] = {}
        for index, member in enumerate(members):
            joined.setdefault(find(index), []).append(member)
        return list(joined.values())

    def one_text(self, a: Member, b: Member) -> bool:
        """The reports' articles share a passage of narration verbatim: both run one text (a wire
        story, a release), though neither copies the other, and what both report is its."""
        if not a.article or not b.article or a.article == b.article:
            return False
        key = (a.article, b.article) if a.article < b.article else (b.article, a.article)
        if key not in self._one_text:
            first, second = (self.articles.get(k) for k in key)
            passages = (
                shared_passages(
                    first.text, second.text, speech_a=self.speech.get(key[0], ()), speech_b=self.speech.get(key[1], ())
                )
                if first and second
                else ([], [])
            )
            self._one_text[key] = bool(passages[0] and passages[1])
        return self._one_text[key]

    def label(self, group: Sequence[Member]) -> str:
        """A name for one independent source: the origin its reports share, else its publishers."""
        publishers = sorted({self.publisher.get(self.origin(m.article, m.start), m.article) for m in group})
        if len(publishers) == 1:
            return publishers[0]
        shared = sorted(set.intersection(*(self.keys(m) for m in group)) - {"document"})
        if shared:
            return _origin_name(shared[0])
        return " + ".join(publishers)

    def sources(self, members: Sequence[Member]) -> list[str]:
        return sorted(self.label(g) for g in self.groups(members))


def _origin_name(key: str) -> str:
    """The origin an origin key names, as a reader sees it ("said:person:manuel-valls" -> "Manuel Valls")."""
    if key.startswith(ATTRIBUTED):
        return display_name(key.removeprefix(ATTRIBUTED))
    return key.split(":", 1)[-1]


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower().replace("\u2019", "'"))


def _content(tokens: Iterable[str]) -> set[str]:
    return {w for w in tokens if w not in ENGLISH_STOP_WORDS and len(w) > 1}


def _longest_run(a: list[str], b: list[str]) -> list[str]:
    """The longest run of words found, in order, in both."""
    best: tuple[int, int] = (0, 0)
    previous = [0] * (len(b) + 1)
    for i, word in enumerate(a, start=1):
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if word == other:
                current[j] = previous[j - 1] + 1
                if current[j] > best[0]:
                    best = (current[j], i)
        previous = current
    return a[best[1] - best[0] : best[1]]


def reworded(a: list[str], b: list[str]) -> bool:
    """Two reports' own words share a long verbatim run: one is a rewording of the other or of a
    common dispatch ("He accused Obama of carrying out a confusing policy on the civil war in Libya")."""
    if not a or not b:
        return False
    run = _longest_run(a, b)
    return len(run) >= REWORDED_RUN and len(_content(run)) >= RUN_CONTENT + 1


def said_words(quote: Quote, text: str | None = None) -> list[str]:
    """The words the speaker said: those of the quote the article prints between quotation marks.

    ``text`` is the article's text, read around the quote (British single quotes, a quote that
    runs on over paragraphs); without it, the marks inside the quote's own text. A direct quote
    no mark touches (a block quote, an embedded post) is said throughout; an indirect one is the
    writer's report, said only where it quotes ("called the case “very unfair”").
    """
    if text is None:
        text, offset = quote.text, 0
    else:
        offset = quote.start
    left = text.rfind("\n", 0, offset) + 1
    right = text.find("\n", offset + len(quote.text))
    region = text[left : right if right >= 0 else len(text)]
    inside = [False] * (len(region) + 1)
    for match in QUOTED_TEXT.finditer(region):
        inside[match.start() : match.end()] = [True] * (match.end() - match.start())
    start = offset - left
    tokens = [(m.start() + start, m.group(0)) for m in TOKEN.finditer(quote.text.lower().replace("\u2019", "'"))]
    said = [word for at, word in tokens if at < len(region) and inside[at]]
    if not said and quote.direct and not any(inside[start : start + len(quote.text)]):
        return [word for _, word in tokens]
    return said


def same_quote(a: Quote, b: Quote, texts: Mapping[str, str] = MappingProxyType({})) -> bool:
    """One quote: the same named speaker and a verbatim run of the words said in common (the
    writer's words around a partial quote are no evidence: two reports that "Trump called the
    case against former national security adviser Michael Flynn unfair" and "defended his former
    national security adviser, Michael Flynn" share six words, none said by Trump). ``texts``:
    the articles' texts by id, where the quotation marks are read."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return False
    needed = QUOTE_RUN if a.speaker and b.speaker else QUOTE_RUN_UNNAMED
    run = _longest_run(said_words(a, texts.get(a.article)), said_words(b, texts.get(b.article)))
    return len(run) >= needed and len(_content(run)) >= RUN_CONTENT


def _point(claim: Claim) -> float | None:
    ranged = claim_range(claim)
    if claim.value is not None:
        return claim.value
    return claim.low if claim.low is not None else (ranged[1] if ranged else None)


def _figure(claim: Claim) -> str:
    """The figure a claim states, as a reader tells two claims of one sentence apart: "at least 84 people"."""
    value = _point(claim)
    return " ".join(x for x in (claim.hedge, f"{value:g}" if value is not None else None, claim.unit) if x)


def _window(claim: Claim) -> set[str]:
    """Content words near the claim's figure in its sentence (the whole sentence when not found)."""
    tokens = _tokens(claim.text)
    value = _point(claim)
    marks = {f"{value:g}", f"{value:,.0f}".replace(",", "")} if value is not None else set()
    if value is not None and value in NUMBER_WORDS:
        marks.add(NUMBER_WORDS[int(value)])
    at = next((i for i, t in enumerate(tokens) if t in marks), None)
    if at is None:
        return set()  # the figure is not found as written: nothing to compare it by
    near = tokens[max(0, at - CLAIM_WINDOW) : at + CLAIM_WINDOW + 1]
    return _content(t for t in near if not t.isdigit())


def same_claim(a: Claim, b: Claim) -> bool:
    """One claim: the same unit, the same figure (hedges aside) and the same words around it."""
    unit_a, unit_b = (a.unit or "").lower().rstrip("s"), (b.unit or "").lower().rstrip("s")
    if not unit_a or unit_a != unit_b:
        return False
    va, vb = _point(a), _point(b)
    if va is None or vb is None or abs(va - vb) > 1e-9 * max(abs(va), abs(vb), 1.0):
        return False
    return len(_window(a) & _window(b)) >= CLAIM_SHARED


def same_mention(a: EventMention, b: EventMention) -> bool:
    """Two event mentions state it alike: with one modality (an event one sentence asserts and
    another reports of someone, denies or guesses at is not stated alike) and sentences that
    share most of their content words."""
    if a.modality != b.modality:
        return False
    wa, wb = _content(_tokens(a.text)), _content(_tokens(b.text))
    shared = len(wa & wb)
    return shared >= MENTION_SHARED and shared / max(1, min(len(wa), len(wb))) >= MENTION_OVERLAP


def group_similar(items: Sequence[T], same: Callable[[T, T], bool]) -> list[list[T]]:
    """Items grouped with the first group whose first item is ``same`` (order kept)."""
    groups: list[list[T]] = []
    for item in items:
        home = next((g for g in groups if same(g[0], item)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return groups


def _member(article: Article | None, span: tuple[int, int], *, documents: Sequence[tuple[int, int]] = ()) -> Member:
    """A report at ``span`` of ``article``: what its sentence says it relays, and its own words.

    Words inside quotation marks are the speaker's: a name there is not where the article got
    the statement, and shared quoted words are no sign of copying. ``documents``: spans of the
    article quoted from a document (a quote whose cue names a statement, a post, an interview).
    """
    start, end = span
    if article is None:
        return Member("", start, end)
    left, right = sentence_around(article.text, start, end)
    outside = QUOTED.sub(lambda m: " " * len(m.group(0)), article.text[left:right])
    cites = statement_attributions(outside)
    if any(s < right and left < e for s, e in documents):
        cites.add("document")
    return Member(article.id, start, end, cites, _tokens(outside))


def _shared_documents(members: list[Member]) -> list[Member]:
    """One report of a group relaying a document makes the group's reports one source: the
    others quote the same words without saying where they got them."""
    if any("document" in m.cites for m in members):
        for member in members:
            member.cites.add("document")
    return members


def _shared_citations(members: list[Member]) -> list[Member]:
    """The same words of the same speaker, said once: where one report says it got them (a
    document, another outlet's interview or programme) is where the others got them too."""
    cited = set().union(*(m.cites for m in members)) if members else set()
    for member in members:
        member.cites |= cited
    return members


def _documents(corpus: Corpus) -> dict[str, list[tuple[int, int]]]:
    """Per article, the spans of quotes taken from a document (statement, post, interview)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for extraction in corpus.extractions.values():
        for quote in extraction.quotes:
            if quote.channel in DOCUMENT_CHANNELS:
                spans.setdefault(quote.article, []).append((quote.start, quote.end))
    return spans


def _names(actor_ids: list[str]) -> str:
    return ", ".join(display_name(a) for a in actor_ids)


def corroborate(corpus: Corpus, *, options: Options) -> None:
    """Corpus stage: fill ``corpus.corroboration`` with one record per aligned item."""
    independence = Independence(corpus)
    documents = _documents(corpus)
    private = _private_persons(corpus)
    bodies = _bodies(corpus, options)
    records: list[dict[str, Any]] = []
    for story in corpus.stories:
        extractions = [corpus.extractions[i] for i in story.articles if i in corpus.extractions]
        quotes = [q for e in extractions for q in e.quotes if not _in_caption(corpus, q)]
        claims = [
            c
            for e in extractions
            for c in e.claims
            if (c.value is not None or c.low is not None)
            and c.scope == "political"
            and not _in_caption(corpus, c)
            and not _private(c, e.quotes, private)
        ]
        texts = {a: article.text for a in story.articles if (article := corpus.article(a)) is not None}
        for quoted in group_similar(quotes, functools.partial(same_quote, texts=texts)):
            members = [_report(corpus, q, documents) for q in quoted]
            if any(_written(q, bodies) for q in quoted):
                members[0].cites.add("document")  # shared with the group below
            records.append(_record("quote", story, quoted, _shared_citations(members), independence))
        for claimed in group_similar(claims, same_claim):
            members = _shared_documents([_report(corpus, c, documents) for c in claimed])
            record = _record("claim", story, claimed, members, independence)
            # the figure the claims share: two figures of one sentence are two records of one text
            record["figure"] = _figure(claimed[0])
            # one record per claim id, so each claim of the group finds its support
            ids = sorted({c.id for c in claimed if c.id}) or [record["id"]]
            records.extend(dict(record, id=claim_id, members=ids) for claim_id in ids)
    story_of = corpus.story_index()
    records += [
        _event_record(corpus, event, independence, story_of, documents) for event in corpus.events if event.mentions
    ]
    mint = IdMint("support")  # the same quote twice in one story is two records
    for record in records:
        record["id"] = mint.claim(record["id"])
    corpus.corroboration = records
    # the credits' direction replaces the timestamps' for everything after: the stored copy
    # records and the source profiles (a Reuters original is not the copy of its republication)
    corpus.copies = independence.oriented


def _in_caption(corpus: Corpus, item: Quote | Claim | EventMention) -> bool:
    """A caption's words are the picture's, not a report of the story (an embedded post is a
    document the outlets quote: it stays)."""
    article = corpus.article(item.article)
    if article is None:
        return False
    left = article.text.rfind("\n", 0, item.start) + 1
    right = article.text.find("\n", item.start)
    line = article.text[left : right if right >= 0 else len(article.text)]
    return is_caption(line, posts=False) or credited_picture(line)


def _bodies(corpus: Corpus, options: Options) -> set[str]:
    """Ids of the actors that are not people (states, organisations): they speak in statements.
    An id the text calls "he", "she" or "Mr. ..." is a person, whatever it was linked to
    ("Bloomberg" the mayor is not Bloomberg the agency)."""
    registry = load_registry(tuple(options.actor_files))
    found = {a.id for a in registry.by_id.values() if a.kind != "person"}
    found |= {a.id for e in corpus.extractions.values() for a in e.actors if a.kind != "person"}
    people = {
        q.speaker
        for e in corpus.extractions.values()
        for q in e.quotes
        if q.speaker and PERSON_REFERENCE.match(q.speaker_text or "")
    }
    return found - people


def _written(quote: Quote, bodies: set[str]) -> bool:
    """The quote relays a written text: its channel is a document, its cue writing ("Lauten
    wrote"), or its speaker a body or a text ("the airline said", "the statement said", "North
    Korea said")."""
    speaker = quote.speaker or ""
    return (
        quote.channel in DOCUMENT_CHANNELS
        or (quote.cue or "").lower() in WRITTEN_CUES
        or speaker in bodies
        or speaks_in_writing(speaker)
    )


def _private_persons(corpus: Corpus) -> set[str]:
    """People the articles give no role (no office, affiliation, sector or country): a relative,
    a witness, someone's post. What they say is theirs to report, not a news fact an outlet
    vouches for."""
    roles: dict[str, bool] = {}
    for extraction in corpus.extractions.values():
        for actor in extraction.actors:
            if actor.kind == "person":
                known = bool(actor.description or actor.offices or actor.sector or actor.country)
                roles[actor.id] = roles.get(actor.id, False) or known
    return {actor for actor, known in roles.items() if not known}


def _private(claim: Claim, quotes: Sequence[Quote], private: set[str]) -> bool:
    """A figure inside the quoted words of a private person corroborates no news fact: "Haley
    Copeland wrote: 'By now many of you have heard about the 80 people that have died in
    Nice'" is no second source for the death toll."""
    return any(q.direct and q.start < claim.end and claim.start < q.end for q in quotes if q.speaker in private)


def _report(corpus: Corpus, item: Quote | Claim | EventMention, documents: dict[str, list[tuple[int, int]]]) -> Member:
    """A report of ``item``; a claim or an event the article attributes to someone ("Valls said",
    "according to police") comes from them: reports sharing that attribution are one source."""
    member = _member(corpus.article(item.article), (item.start, item.end), documents=documents.get(item.article, []))
    attributed = item.claimant if isinstance(item, Claim) else getattr(item, "reported_by", None)
    if attributed:
        member.cites.add(f"{ATTRIBUTED}{attributed}")
    return member


def _record(
    kind: str, story: Story, group: Sequence[Quote | Claim], members: list[Member], independence: Independence
) -> dict[str, Any]:
    first = group[0]
    key = f"{kind}|{first.article}|{first.start}|{first.end}"
    item_id = getattr(first, "id", None) or f"{kind}-" + hashlib.sha1(key.encode()).hexdigest()[:12]
    origins = [i.channel if isinstance(i, Quote) else i.claimant for i in group]
    record = _summary(item_id, kind, story.id, members, independence, _shared(origins))
    record["text"] = first.text
    record["spans"] = [[i.article, i.start, i.end] for i in group]
    return record


def _event_record(
    corpus: Corpus,
    event: Any,
    independence: Independence,
    story_of: dict[str, str],
    documents: dict[str, list[tuple[int, int]]],
) -> dict[str, Any]:
    """Support of a merged event: the sources of its best group of mentions stated alike."""
    aligned = max(
        group_similar(event.mentions, same_mention),
        key=lambda g: len(independence.groups([Member(m.article, m.start) for m in g])),
    )
    mentions = aligned
    members = _shared_documents([_report(corpus, m, documents) for m in mentions])
    attribution = _shared([m.reported_by for m in event.mentions])
    record = _summary(event.id, "event", story_of.get(event.mentions[0].article), members, independence, attribution)
    record["articles"] = sorted({m.article for m in event.mentions})
    record["spans"] = [[m.article, m.start, m.end] for m in mentions]
    # what a reader sees: names, not ids ("SUPPORT Vladimir Putin, Russia → North Korea")
    actors, recipients = map(_names, (event.actors, event.recipients))
    record["text"] = f"{event.type} {actors} → {recipients}".strip(" →")
    if len(mentions) < len(event.mentions) or len({m.article for m in mentions}) < len(record["articles"]):
        record["note"] = "only mentions stated alike are counted; the other articles word the event apart"
    return record


def _shared(origins: Sequence[str | None]) -> str | None:
    """The one attribution every report gives, if they all give the same one."""
    distinct = set(origins)
    return next(iter(distinct)) if len(distinct) == 1 and None not in distinct else None


def _summary(
    item_id: str,
    kind: str,
    story: str | None,
    members: Sequence[Member],
    independence: Independence,
    attribution: str | None,
) -> dict[str, Any]:
    articles = sorted({m.article for m in members})
    groups = independence.groups(members)
    publishers = sorted(
        {independence.publisher.get(independence.origin(m.article, m.start), m.article) for m in members}
    )
    record: dict[str, Any] = {
        "id": item_id,
        "kind": kind,
        "story": story,
        "articles": articles,
        "independent": len(groups),
        "sources": sorted(independence.label(g) for g in groups),
        "publishers": publishers,
        "copies_collapsed": len(articles) - len({independence.origin(m.article, m.start) for m in members}),
    }
    if attribution and len(articles) > 1:
        record["attribution"] = attribution
        record["note"] = f"all {len(articles)} reports go back to {attribution}"
    if len(groups) < len(publishers):
        record["collapsed"] = _collapsed(groups, independence)
    return record


def _collapsed(groups: list[list[Member]], independence: Independence) -> list[str]:
    """Why publishers were counted as one source, one line per joined group."""
    lines = []
    for group in groups:
        publishers = sorted({independence.publisher.get(m.article, m.article) for m in group})
        if len(publishers) < 2:
            continue
        shared = set.intersection(*(independence.keys(m) for m in group))
        reasons = [f"all relay {k.split(':', 1)[-1]}" for k in sorted(shared) if k.startswith("report:")]
        reasons += [f"all attribute it to {_origin_name(k)}" for k in sorted(shared) if k.startswith(ATTRIBUTED)]
        if "document" in shared:
            reasons.append("all quote one statement, post or interview")
        if any(independence.one_text(x, y) for x in group for y in group):
            reasons.append("their articles run passages of one text verbatim (a wire story, a release)")
        lines.append(f"{' and '.join(publishers)}: " + ("; ".join(reasons) or "reworded from one text"))
    return lines
