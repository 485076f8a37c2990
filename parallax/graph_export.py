"""Event exports analysts already use: PLOVER/POLECAT-style JSON records and a GDELT 2.0-style CSV.

Formats: docs/events.md. Both read merged events (``corpus.events`` or the stored "event" items)
and the articles they were reported in.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from .errors import ParallaxError
from .extract.events_actors import event_codes
from .extract.events_lexicon import load_lexicon
from .graph import COUNTED
from .records import Article, Event, from_dict, to_dict

__all__ = ["GDELT_COLUMNS", "export_events", "gdelt_csv", "load_events", "plover_records"]

GDELT_COLUMNS = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_FullName",
    "DATEADDED",
    "SOURCEURL",
    "PloverType",
    "PloverMode",
    "Modality",
]


def _modality(event: Event) -> str:
    """The event's strongest modality: asserted or reported when any mention is."""
    kinds = [m.modality for m in event.mentions]
    for kind in ("asserted", "reported", "planned", "speculative", "habitual", "historical", "denied"):
        if kind in kinds:
            return kind
    return "asserted"


def _source(event: Event, articles: dict[str, Article]) -> dict[str, Any]:
    first = event.mentions[0] if event.mentions else None
    article = articles.get(first.article) if first else None
    return {
        "article": first.article if first else None,
        "url": article.url if article else None,
        "publisher": (article.source if article else None) or (first.source if first else None),
        "published": article.published if article else None,
        "text": first.text if first else "",
        "trigger": first.trigger if first else "",
    }


def plover_records(events: Iterable[Event], articles: Iterable[Article] = ()) -> list[dict[str, Any]]:
    """One PLOVER/POLECAT-style record per event (all modalities; ``modality`` says which)."""
    by_id = {a.id: a for a in articles}
    lexicon = load_lexicon()
    records = []
    for event in events:
        actors, recipients = event_codes(event.type, event.actors, event.recipients)
        source = _source(event, by_id)
        records.append(
            {
                "id": event.id,
                "event": event.type,
                "mode": event.mode or "",
                "context": "",
                "cameo": event.cameo,
                "quad_class": lexicon.info(event.type).quad,
                "goldstein": lexicon.info(event.type).goldstein,
                "date": event.date,
                "location": event.location,
                "source": [{"actorText": a, "code": c} for a, c in zip(event.actors, actors, strict=True)],
                "target": [{"actorText": r, "code": c} for r, c in zip(event.recipients, recipients, strict=True)],
                "eventText": source["trigger"],
                "text": source["text"],
                "modality": _modality(event),
                "commitments": event.commitments,
                "num_mentions": event.num_mentions,
                "num_articles": event.num_articles,
                "num_sources": event.num_sources,
                "mentions": [
                    {
                        "article": m.article,
                        "start": m.start,
                        "end": m.end,
                        "modality": m.modality,
                        "reported_by": m.reported_by,
                    }
                    for m in event.mentions
                ],
                "publication": source["publisher"],
                "url": source["url"],
                "language": "en",
                "version": "PLOVER 2021 (Parallax)",
            }
        )
    return records


def _day(date: str | None) -> tuple[str, str, str]:
    digits = (date or "").replace("-", "")
    return (digits[:8] if len(digits) >= 8 else ""), digits[:6], digits[:4]


def _row(number: int, event: Event, articles: dict[str, Article]) -> list[Any]:
    lexicon = load_lexicon()
    actors, recipients = event_codes(event.type, event.actors, event.recipients)
    info = lexicon.info(event.type)
    day, month, year = _day(event.date)
    source = _source(event, articles)
    root = event.cameo or ""
    actor1, actor2 = (actors[:1] or [""])[0], (recipients[:1] or [""])[0]
    return [
        number,
        day,
        month,
        year,
        actor1,
        event.actors[0] if event.actors else "",
        actor1 if len(actor1) == 3 else "",
        actor2,
        event.recipients[0] if event.recipients else "",
        actor2 if len(actor2) == 3 else "",
        1,
        root + "0" if root else "",
        root + "0" if root else "",
        root,
        info.quad,
        info.goldstein,
        event.num_mentions,
        event.num_sources,
        event.num_articles,
        event.location or "",
        _day(source["published"])[0],
        source["url"] or source["article"] or "",
        event.type,
        event.mode or "",
        _modality(event),
    ]


def gdelt_csv(
    events: Iterable[Event], articles: Iterable[Article] = (), *, modalities: frozenset[str] = COUNTED
) -> str:
    """GDELT 2.0-style events table (tab-separated, with a header), counted events only."""
    by_id = {a.id: a for a in articles}
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_COLUMNS)
    chosen = [e for e in events if any(m.modality in modalities for m in e.mentions)]
    for number, event in enumerate(sorted(chosen, key=lambda e: (e.date or "9999", e.id)), start=1):
        writer.writerow(_row(number, event, by_id))
    return out.getvalue()


def load_events(stored: list[dict[str, Any]]) -> list[Event]:
    """Events from their stored form (``store.corpus("event")``)."""
    return [from_dict(Event, data) for data in stored]


def export_events(stored: list[dict[str, Any]], articles: Iterable[Article] = (), *, format: str) -> str:
    """Stored events as ``plover`` (JSON lines), ``gdelt`` (tab-separated) or ``json`` (records)."""
    events = load_events(stored)
    if format == "plover":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(events, articles))
    if format == "gdelt":
        return gdelt_csv(events, articles)
    if format == "json":
        return json.dumps([to_dict(e) for e in events], indent=2, ensure_ascii=False)
    raise ParallaxError(f"unknown events format {format!r} (plover, gdelt or json)")
