"""Views: each builds one JSON-ready dict from the store, which the app renders as JSON (``/api/...``)
or as an HTML page. Every view reads the rows of the story or article it shows, never the whole
corpus (the story list reads the story index, read once per corpus run; see ``site.py``). The
actor page is in ``actors.py``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from ..actors.display import Names
from ..crosscheck.quality import publisher_of
from ..errors import NotFoundError
from ..extract.events_lexicon import load_lexicon
from ..records import Article, political_claim
from ..report import build_dossier
from ..store import Store
from ..stories.copies import COPY_CONTAINMENT
from .actors import actor_page
from .marks import anchor, mark
from .site import Site, StoryFilters, StoryIndex

__all__ = ["MODALITIES", "Site", "StoryFilters", "actor_page", "article_page", "search", "story_list", "story_page"]

MODALITIES = ("asserted", "reported", "denied", "hypothetical", "speculative", "planned", "historical", "habitual")
ANACHRONISM = "office"  # the conflict kind of a title its holder did not hold on the day


# ---------------------------------------------------------------------------- the story list
def story_list(site: Site, filters: StoryFilters) -> dict[str, Any]:
    """Stories newest first (undated last), filtered, one page of them with their counts."""
    index = site.stories()
    chosen = [s for s in index.stories if _in_range(s.get("date"), filters.since, filters.until)]
    keep = _matching(site, filters, index)
    if keep is not None:
        chosen = [s for s in chosen if s["id"] in keep]
    pages = max(1, -(-len(chosen) // site.page_size))
    page = min(max(filters.page, 1), pages)
    shown = chosen[(page - 1) * site.page_size : page * site.page_size]
    return {
        "stories": _story_rows(site.store, shown),
        "total": len(chosen),
        "page": page,
        "pages": pages,
        "filters": asdict(filters),
        "choices": {"publishers": index.publishers, "types": sorted(load_lexicon().types)},
    }


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not date:
        return False
    return (not since or date[: len(since)] >= since) and (not until or date[: len(until)] <= until)


def _matching(site: Site, filters: StoryFilters, index: StoryIndex) -> set[str] | None:
    """Ids of the stories every given filter keeps (None: no filter but the dates)."""
    story_of = index.story_of
    kept: list[set[str]] = []
    if filters.publisher:
        kept.append({story_of[a] for a in site.store.find_articles(source=filters.publisher) if a in story_of})
    if filters.actor:
        kept.append(_with_events(index, site.store, actors=[filters.actor]))
    if filters.type:
        kept.append(_with_events(index, site.store, type=filters.type))
    if filters.q:
        kept.append(_matching_query(site, filters.q, index))
    return set.intersection(*kept) if kept else None


def _matching_query(site: Site, query: str, index: StoryIndex) -> set[str]:
    """Stories whose title, an article's title or text, or an actor named ``query`` matches."""
    folded = query.casefold()
    found = {s["id"] for s in index.stories if folded in (s.get("title") or "").casefold()}
    found |= {index.story_of[a] for a in site.store.find_articles(contains=query) if a in index.story_of}
    return found | _with_events(index, site.store, actors=site.names.search(query, limit=5))


def _with_events(
    index: StoryIndex, store: Store, *, actors: list[str] | None = None, type: str | None = None
) -> set[str]:
    """Stories with an event of ``type``, or one where one of ``actors`` (or its country) takes part."""
    facets = index.event_facets(store)
    if type:
        return set(facets.by_type.get(type, ()))
    return set().union(*(facets.by_party.get(actor, set()) for actor in actors or []))


def _story_rows(store: Store, stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The list's row of each story: dates, articles, publishers, independent sources, conflicts."""
    ids = [a for s in stories for a in s["articles"]]
    heads = {a.id: a for a in store.article_heads(ids)}
    copies = {c["copy"]: c for c in store.corpus_citing("copy", ids) if c["containment"] >= COPY_CONTAINMENT}
    story_of = {a: s["id"] for s in stories for a in s["articles"]}
    conflicts: dict[str, list[dict[str, Any]]] = {}
    for conflict in store.corpus_citing("conflict", ids):
        if not conflict["related"]:
            for story_id in {story_of[s["article"]] for s in conflict["sides"] if s["article"] in story_of}:
                conflicts.setdefault(story_id, []).append(conflict)
    rows = []
    for story in stories:
        members = [heads[a] for a in story["articles"] if a in heads]
        mine = conflicts.get(story["id"], [])
        dates = sorted(a.published[:10] for a in members if a.published)
        rows.append(
            {
                "id": story["id"],
                "title": story.get("title"),
                "date": story.get("date"),
                "storyline": story.get("storyline"),
                "articles": list(story["articles"]),
                "published": {"first": dates[0], "last": dates[-1]} if dates else None,
                "publishers": sorted({p for a in members if (p := publisher_of(a))}),
                "independent_sources": _independent(members, copies, heads),
                "conflicts": sum(c["kind"] != ANACHRONISM for c in mine),
                "anachronisms": sum(c["kind"] == ANACHRONISM for c in mine),
            }
        )
    return rows


def _independent(members: list[Article], copies: dict[str, Any], heads: dict[str, Article]) -> int:
    """Distinct publishers once copies count as their original's publisher."""
    origins = set()
    for article in members:
        seen = {article.id}
        while article.id in copies and copies[article.id]["original"] in heads:
            original = heads[copies[article.id]["original"]]
            if original.id in seen:
                break
            article = original
            seen.add(article.id)
        origins.add(publisher_of(article) or article.id)
    return len(origins)


# ---------------------------------------------------------------------------- the story page
def story_page(site: Site, story_id: str) -> dict[str, Any]:
    """One story: timeline, conflicts and anachronisms with their sides, quotes and claims with
    their independent sources, the sources' texts with cited spans, profiles, the storyline."""
    dossier = build_dossier(site.store, story_id)
    entry = dossier["story"]
    ids = [a["id"] for a in dossier["articles"]]
    names = site.names.for_articles(site.store, ids)
    texts = {a.id: a for a in site.store.articles_by_id(ids)}
    titles = {a: _short(texts[a]) for a in ids if a in texts}
    support = _support_index(site.store.corpus_citing("support", ids))
    events = [_event(e, names, support, titles) for e in dossier["events"]]
    conflicts = [
        _conflict(c, _titles(site.store, titles, dossier["conflicts"]), here=set(ids)) for c in dossier["conflicts"]
    ]
    quotes = [_quote(q, names, support, titles) for q in dossier["quotes"]]
    claims = [_claim(c, names, support, titles) for c in dossier["claims"]]
    marks = _story_marks(ids, events, conflicts, quotes, claims)
    return {
        "story": {k: entry.get(k) for k in ("id", "title", "date", "storyline", "articles")},
        "summary": _story_rows(site.store, [entry])[0],
        "events": events,
        "treaties": [e for e in events if e["type"] == "AGREE" and e["mode"] == "treaty"],
        "conflicts": [c for c in conflicts if not c["related"] and c["kind"] != ANACHRONISM],
        "anachronisms": [c for c in conflicts if c["kind"] == ANACHRONISM],
        "related_figures": [c for c in conflicts if c["related"] and c["kind"] != ANACHRONISM],
        "quotes": quotes,
        "claims": claims,
        "sources": [_source(a, texts[a["id"]], marks[a["id"]]) for a in dossier["articles"]],
        "publishers": _publisher_profiles(site.store, [texts[a] for a in ids if a in texts]),
        "copies": [
            dict(c, copy_title=titles.get(c["copy"]), original_title=titles.get(c["original"]))
            for c in dossier["copies"]
        ],
        "storyline": _storyline(site, entry, shown={c["id"] for c in conflicts}),
    }


def _short(article: Article) -> dict[str, Any]:
    """How a page names an article: its title and publisher, and a short label for running text."""
    title = article.title or article.input_id or article.id
    label = article.source or publisher_of(article) or (f"“{title[:50]}…”" if len(title) > 50 else f"“{title}”")
    return {
        "id": article.id,
        "title": title,
        "publisher": publisher_of(article),
        "input_id": article.input_id,
        "label": label,
    }


def _titles(store: Store, known: dict[str, Any], conflicts: list[dict[str, Any]]) -> dict[str, Any]:
    """``known`` plus the articles outside it that the sides of ``conflicts`` cite."""
    missing = sorted({s["article"] for c in conflicts for s in c["sides"]} - set(known))
    return known | {a.id: _short(a) for a in store.article_heads(missing)}


def _support_index(records: list[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    """Corroboration records by id, by member id and by cited span (article, start, end)."""
    index: dict[Any, dict[str, Any]] = {}
    for record in records:
        index[record["id"]] = record
        for member in record.get("members", []):
            index.setdefault(member, record)
        for article, start, end in record.get("spans", []):
            index.setdefault((article, start, end), record)
    return index


def _counts(record: dict[str, Any] | None, article: str) -> dict[str, int]:
    if record is None:
        return {"articles": 1, "independent_sources": 1}
    return {"articles": len(record["articles"]), "independent_sources": record["independent"]}


def _event(event: dict[str, Any], names: Names, support: dict[Any, Any], titles: dict[str, Any]) -> dict[str, Any]:
    mentions = [
        {
            "article": m["article"],
            "source": titles.get(m["article"]),
            "start": m["start"],
            "end": m["end"],
            "text": m["text"],
            "trigger": m.get("trigger"),
            "modality": m.get("modality") or "asserted",
            "reported_by": names.name(m.get("reported_by")) if m.get("reported_by") else None,
            "anchor": anchor(m["article"], m["start"]),
        }
        for m in event["mentions"]
        if m["article"] in titles
    ]
    record = support.get(event["id"])
    return {
        "id": event["id"],
        "type": event["type"],
        "mode": event.get("mode"),
        "date": event.get("date"),
        "location": event.get("location"),
        "actors": [names.ref(a) for a in event["actors"]],
        "recipients": [names.ref(a) for a in event["recipients"]],
        "commitments": event.get("commitments", []),
        "modalities": dict(Counter(m["modality"] for m in mentions)),
        "independent_sources": record["independent"] if record else len({m["article"] for m in mentions}),
        "mentions": mentions,
    }


def _conflict(conflict: dict[str, Any], titles: dict[str, Any], *, here: set[str] | None = None) -> dict[str, Any]:
    """A conflict with each side's source; ``here`` are the articles whose text the page shows."""
    sides = [
        dict(
            side,
            source=titles.get(side["article"]),
            anchor=anchor(side["article"], side["start"]),
            here=here is not None and side["article"] in here,
        )
        for side in conflict["sides"]
    ]
    explanation = conflict.get("explanation") or ""
    for title in titles.values():  # the explanation names articles by their input ids
        if title.get("input_id") and title["input_id"] in explanation:
            explanation = explanation.replace(title["input_id"], title["label"])
    return {k: conflict.get(k) for k in ("id", "kind", "related", "story")} | {
        "explanation": explanation,
        "sides": sides,
    }


# A speaker left as a pronoun names nobody; the page says so rather than print "He".
PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "one"})


def _speaker(quote: dict[str, Any], names: Names) -> dict[str, Any]:
    speaker = quote.get("speaker") or quote.get("speaker_text") or ""
    if speaker.casefold() in PRONOUNS:
        return {"id": None, "name": f"unresolved speaker ({speaker})"}
    return names.ref(speaker) if quote.get("speaker") else {"id": None, "name": speaker}


def _cited(item: dict[str, Any], titles: dict[str, Any]) -> dict[str, Any]:
    """Where a quote or claim stands: its article, the article's title, its span and the span's anchor."""
    return {
        "article": item["article"],
        "source": titles.get(item["article"]),
        "start": item["start"],
        "end": item["end"],
        "anchor": anchor(item["article"], item["start"]),
    }


def _quote(quote: dict[str, Any], names: Names, support: dict[Any, Any], titles: dict[str, Any]) -> dict[str, Any]:
    record = support.get((quote["article"], quote["start"], quote["end"]))
    return (
        {
            "speaker": _speaker(quote, names),
            "speaker_text": quote.get("speaker_text"),
            "text": quote.get("content") or quote["text"],
            "direct": quote.get("direct", True),
            "cue": quote.get("cue"),
            "channel": quote.get("channel"),
            "kind": quote.get("kind", "speech"),
        }
        | _cited(quote, titles)
        | _counts(record, quote["article"])
    )


def _claim(claim: dict[str, Any], names: Names, support: dict[Any, Any], titles: dict[str, Any]) -> dict[str, Any]:
    from ..extract.claims import describe_value
    from ..records import Claim, from_dict

    record = claim.get("support") or support.get(claim.get("id"))
    return (
        {
            "text": claim["text"],
            "value": describe_value(from_dict(Claim, claim)),
            "claimant": names.ref(claim.get("claimant"))
            if claim.get("claimant")
            else {"id": None, "name": "the article"},
            "status": claim.get("status", "claim"),
        }
        | _cited(claim, titles)
        | _counts(record, claim["article"])
    )


def _story_marks(
    ids: list[str], events: list[dict[str, Any]], conflicts: list[dict[str, Any]], quotes: list[Any], claims: list[Any]
) -> dict[str, list[dict[str, Any]]]:
    """The cited spans of each source text: event sentences, quotes, claims, conflict sides."""
    marks: dict[str, list[dict[str, Any]]] = {a: [] for a in ids}
    for event in events:
        for m in event["mentions"]:
            marks[m["article"]].append(mark("event", m["start"], m["end"], f"{event['type']} ({m['modality']})"))
    for q in quotes:
        marks[q["article"]].append(mark("quote", q["start"], q["end"], f"quote: {q['speaker']['name']}"))
    for c in claims:
        marks[c["article"]].append(mark("claim", c["start"], c["end"], f"claim: {c['value']}"))
    for c in conflicts:
        for side in c["sides"]:
            if side["article"] in marks:
                kind = "finding" if c["kind"] == ANACHRONISM else "conflict"
                marks[side["article"]].append(
                    mark(kind, side["start"], side["end"], f"{c['kind']}: {c['explanation']}")
                )
    return marks


def _source(row: dict[str, Any], article: Article, marks: list[dict[str, Any]]) -> dict[str, Any]:
    profile = row.get("profile")
    return {
        "id": article.id,
        "title": article.title,
        "publisher": publisher_of(article),
        "url": article.url,
        "published": row["published"],
        "published_inferred": row["published_inferred"],
        "profile": {"score": profile["score"], "reasons": profile["reasons"]} if profile else None,
        "text": article.text,
        "marks": marks,
    }


def _publisher_profiles(store: Store, articles: list[Article]) -> list[dict[str, Any]]:
    publishers = sorted({p for a in articles if (p := publisher_of(a))})
    return [
        {"publisher": p["subject"], "score": p["score"], "reasons": p["reasons"]}
        for p in store.corpus("profile", ids=[f"publisher:{name}" for name in publishers])
    ]


def _storyline(site: Site, entry: dict[str, Any], *, shown: set[str]) -> list[dict[str, Any]]:
    """The storyline's other stories, each with its conflicts and anachronisms (but those ``shown``)."""
    line = entry.get("storyline")
    if not line:
        return []
    store = site.store
    others = [s for s in site.stories().storylines.get(line, []) if s["id"] != entry["id"]]
    rows = []
    for story in sorted(others, key=lambda s: s.get("date") or ""):
        heads = {a.id: _short(a) for a in store.article_heads(story["articles"])}
        cited = [
            c
            for c in store.corpus_citing("conflict", story["articles"])
            if not c["related"] and c["id"] not in shown and any(side["article"] in heads for side in c["sides"])
        ]
        found = [_conflict(c, _titles(store, heads, cited)) for c in cited]
        rows.append(
            {
                "id": story["id"],
                "title": story.get("title"),
                "date": story.get("date"),
                "articles": len(story["articles"]),
                "conflicts": [c for c in found if c["kind"] != ANACHRONISM],
                "anachronisms": [c for c in found if c["kind"] == ANACHRONISM],
            }
        )
    return rows


# ---------------------------------------------------------------------------- the article page
def article_page(site: Site, article_id: str) -> dict[str, Any]:
    """One article: its cleaned text with every extracted item marked, what cleaning removed."""
    article = site.store.article(article_id)
    if article is None:
        raise NotFoundError(f"no article {article_id!r}")
    store = site.store
    names = site.names.for_articles(store, [article.id])
    inferred = store.corpus("date", ids=[article.id])
    story = store.corpus_citing("story", [article.id])
    profile = store.corpus("profile", ids=[f"article:{article.id}"])
    kinds = {
        kind: [data for _, data in store.items(kind, article=article.id)]
        for kind in ("mention", "timex", "event", "quote", "claim", "finding")
    }
    kinds["claim"] = [c for c in kinds["claim"] if political_claim(c)]
    cited = store.corpus_citing("conflict", [article.id])
    conflicts = [_conflict(c, _titles(store, {article.id: _short(article)}, cited), here={article.id}) for c in cited]
    return {
        "article": {
            "id": article.id,
            "input_id": article.input_id,
            "title": article.title,
            "publisher": publisher_of(article),
            "url": article.url,
            "author": article.author,
            "language": article.language,
            "flags": article.flags,
            "published": article.published or (inferred[0]["published"] if inferred else None),
            "published_inferred": not article.published and bool(inferred),
            "previous_version": article.previous_version,
            "story": {"id": story[0]["id"], "title": story[0].get("title")} if story else None,
            "profile": {"score": profile[0]["score"], "reasons": profile[0]["reasons"]} if profile else None,
        },
        "text": article.text,
        "marks": _article_marks(kinds, conflicts, article.id, names),
        "counts": {kind: len(found) for kind, found in kinds.items()},
        "events": [_event(e, names, {}, {article.id: _short(article)}) for e in kinds["event"]],
        "quotes": [_quote(q, names, {}, {article.id: _short(article)}) for q in kinds["quote"]],
        "claims": [_claim(c, names, {}, {article.id: _short(article)}) for c in kinds["claim"]],
        "actors": _article_actors(kinds["mention"], names),
        "conflicts": conflicts,
        "removals": [{"kind": r.kind, "reason": r.reason, "text": r.text} for r in article.removals],
    }


def _article_marks(
    kinds: dict[str, list[dict[str, Any]]], conflicts: list[dict[str, Any]], article: str, names: Names
) -> list[dict[str, Any]]:
    marks = [
        mark("mention", m["start"], m["end"], names.name(m.get("actor")) or m.get("label", ""))
        for m in kinds["mention"]
    ]
    marks += [mark("timex", t["start"], t["end"], t.get("value") or "") for t in kinds["timex"]]
    for event in kinds["event"]:
        for m in event["mentions"]:
            marks.append(mark("event", m["start"], m["end"], f"{event['type']} ({m.get('modality') or 'asserted'})"))
    marks += [
        mark("quote", q["start"], q["end"], f"quote: {names.name(q.get('speaker')) or '?'}") for q in kinds["quote"]
    ]
    marks += [mark("claim", c["start"], c["end"], f"claim ({c.get('status', 'claim')})") for c in kinds["claim"]]
    for finding in [*kinds["finding"], *conflicts]:
        for side in finding["sides"]:
            if side["article"] == article:
                marks.append(
                    mark(
                        "finding" if finding["kind"] == ANACHRONISM else "conflict",
                        side["start"],
                        side["end"],
                        finding["explanation"],
                    )
                )
    return marks


def _article_actors(mentions: list[dict[str, Any]], names: Names) -> list[dict[str, Any]]:
    counts = Counter(m["actor"] for m in mentions if m.get("actor"))
    return [names.ref(actor) | {"mentions": n} for actor, n in counts.most_common()]


# ---------------------------------------------------------------------------- search
def search(site: Site, query: str) -> dict[str, Any]:
    """Stories, articles and actors matching ``query``."""
    if not query.strip():
        return {"query": query, "stories": [], "articles": [], "actors": []}
    stories = story_list(site, StoryFilters(q=query))
    found = site.store.find_articles(contains=query)[:50]
    return {
        "query": query,
        "stories": stories["stories"],
        "total_stories": stories["total"],
        "articles": [_short(a) | {"published": a.published} for a in site.store.article_heads(found)],
        "actors": [site.names.ref(a) for a in site.names.search(query)],
    }
