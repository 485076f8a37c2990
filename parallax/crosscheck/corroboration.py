"""Corroboration: the quotes, claims and events of a story aligned across its articles, each
with its supporting articles and the number of *independent* sources.

Independent sources are distinct publishers once copies are collapsed: a copy (or a copied
passage of a partial copy) counts as its earliest original's publisher. When every report of
an item goes back to one attribution (all say "KCNA reported", all quote state media), the
record names it: forty reprints of one agency dispatch are one source, however many publishers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..config import Options
from ..ids import IdMint
from ..records import Claim, Quote, Story
from ..stories.copies import COPY_CONTAINMENT
from .numbers import figures_overlap, same_figure
from .quality import publisher_of

__all__ = ["Independence", "corroborate", "group_similar"]

if TYPE_CHECKING:
    from ..corpus import Corpus

T = TypeVar("T", Quote, Claim)
WORD = re.compile(r"[a-z0-9][a-z0-9'-]+")
QUOTE_OVERLAP = 0.6  # share of the shorter quote's content words found in the other


class Independence:
    """Which publisher an item of an article really comes from, copies collapsed."""

    def __init__(self, corpus: Corpus) -> None:
        self.publisher = {a.id: publisher_of(a) or a.id for a in corpus.articles}
        self.copies = {c["copy"]: c for c in corpus.copies}

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

    def sources(self, members: Sequence[tuple[str, int | None]]) -> list[str]:
        return sorted({self.publisher.get(self.origin(a, s), a) for a, s in members})


def _content(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS}


def _same_quote(a: Quote, b: Quote) -> bool:
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return False
    wa, wb = _content(a.text), _content(b.text)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= QUOTE_OVERLAP


def _same_claim(a: Claim, b: Claim) -> bool:
    return same_figure(a, b) and figures_overlap(a, b)


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


def corroborate(corpus: Corpus, *, options: Options) -> None:
    """Corpus stage: fill ``corpus.corroboration`` with one record per aligned item."""
    independence = Independence(corpus)
    records: list[dict[str, Any]] = []
    for story in corpus.stories:
        extractions = [corpus.extractions[i] for i in story.articles if i in corpus.extractions]
        quotes = [q for e in extractions for q in e.quotes]
        claims = [c for e in extractions for c in e.claims if c.value is not None or c.low is not None]
        for quoted in group_similar(quotes, _same_quote):
            records.append(_record("quote", story, quoted, independence, [q.channel for q in quoted]))
        for claimed in group_similar(claims, _same_claim):
            record = _record("claim", story, claimed, independence, [c.claimant for c in claimed])
            # one record per claim id, so each claim of the group finds its support
            ids = sorted({c.id for c in claimed if c.id}) or [record["id"]]
            records.extend(dict(record, id=claim_id, members=ids) for claim_id in ids)
    story_of = {i: s.id for s in corpus.stories for i in s.articles}
    for event in corpus.events:
        members = [(m.article, m.start) for m in event.mentions]
        if members:
            attribution = _shared([m.reported_by for m in event.mentions])
            record = _summary(event.id, "event", story_of.get(members[0][0]), members, independence, attribution)
            record["text"] = f"{event.type} {', '.join(event.actors)} → {', '.join(event.recipients)}".strip(" →")
            records.append(record)
    mint = IdMint("support")  # the same quote twice in one story is two records
    for record in records:
        record["id"] = mint.claim(record["id"])
    corpus.corroboration = records


def _record(
    kind: str, story: Story, group: Sequence[Quote | Claim], independence: Independence, origins: list[str | None]
) -> dict[str, Any]:
    first = group[0]
    key = f"{kind}|{first.article}|{first.start}|{first.end}"
    item_id = getattr(first, "id", None) or f"{kind}-" + hashlib.sha1(key.encode()).hexdigest()[:12]
    record = _summary(item_id, kind, story.id, [(i.article, i.start) for i in group], independence, _shared(origins))
    record["text"] = first.text
    record["spans"] = [[i.article, i.start, i.end] for i in group]
    return record


def _shared(origins: Sequence[str | None]) -> str | None:
    """The one attribution every report gives, if they all give the same one."""
    distinct = set(origins)
    return next(iter(distinct)) if len(distinct) == 1 and None not in distinct else None


def _summary(
    item_id: str,
    kind: str,
    story: str | None,
    members: Sequence[tuple[str, int | None]],
    independence: Independence,
    attribution: str | None,
) -> dict[str, Any]:
    articles = sorted({a for a, _ in members})
    sources = independence.sources(members)
    record: dict[str, Any] = {
        "id": item_id,
        "kind": kind,
        "story": story,
        "articles": articles,
        "independent": len(sources),
        "sources": sources,
        "copies_collapsed": len(articles) - len({independence.origin(a, s) for a, s in members}),
    }
    if attribution and len(articles) > 1:
        record["attribution"] = attribution
        record["note"] = f"all {len(articles)} reports go back to {attribution}"
    return record
