"""Role check: title + name mentions compared with the registry's dated, sourced tenures.

For every "Foreign Minister Yoshimasa Hayashi" the linker recorded (``doc._.actor_roles``), the
times its clause speaks of (``clausetime``: its own dates, its tense, "then", "former"; always
the article's date too) are compared with who held the office. A title wrong at all of them, by
tenures that name their source, is an anachronism: a ``Conflict(kind="office")`` naming who held
the office and where that is written. Also moves people the registry does not know
(``doc._.new_actors``) into ``extraction.actors``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import text_of
from ..records import Article, Conflict, Evidence, Extraction, Office, Timex
from ..timex import find_timexes, infer_date
from .clausetime import clause_times, interval_of
from .registry import Registry, load_registry, within
from .spans import RoleLink

__all__ = ["check_offices", "check_roles", "recheck_offices"]

MARGIN_DAYS = 90  # transitions, acting terms, a president-elect: a title this near a tenure is not judged
PHOENIX_COMPILED = "2014-12-31"  # an open Phoenix role vouches for a tenure up to about here
Interval = tuple[str, str]


@dataclass(frozen=True)
class _Settings:
    past: re.Pattern[str]
    single_holder: frozenset[str]  # offices one person holds at a time
    not_current: frozenset[str]


@lru_cache(maxsize=1)
def _settings() -> _Settings:
    text = (resources.files("parallax") / "data" / "linking.yaml").read_text(encoding="utf8")
    data = yaml.safe_load(text)
    markers = "|".join(re.escape(m) for m in data["past_markers"])
    return _Settings(
        re.compile(rf"(?i)(?<!\w)(?:{markers})(?!\w)"),
        frozenset(data["complete_offices"]),
        frozenset(w.lower() for w in data["not_current"]),
    )


def check_roles(doc: Doc, article: Article, extraction: Extraction) -> None:
    """Fill ``extraction.findings`` with office anachronisms and ``extraction.actors`` with people
    the registry does not know. The registry is the one the doc's linker used."""
    known = {actor.id for actor in extraction.actors}
    extraction.actors += [actor for actor in (doc._.new_actors or []) if actor.id not in known]
    links: list[RoleLink] = list(doc._.actor_roles or [])
    if not links:
        return
    registry = _registry_of(doc)
    extraction.findings += check_offices(doc, article, links, extraction.timexes, registry)


def _registry_of(doc: Doc) -> Registry:
    """The registry the doc's linker used (shipped files plus the user's)."""
    return load_registry(tuple(doc.user_data.get("parallax_actor_files") or ()))


def _article_interval(doc: Doc, article: Article) -> Interval | None:
    """The article's date as an interval of ISO days (a month or year when only that is known)."""
    if article.published:
        day = article.published[:10]
        return day, day
    inferred = infer_date(text_of(doc))
    if inferred is None or inferred[1] == "year":
        return None  # a year in the title line is too weak to accuse anyone of an anachronism
    return interval_of(*inferred)


def check_offices(
    doc: Doc, article: Article, links: list[RoleLink], timexes: list[Timex], registry: Registry
) -> list[Conflict]:
    """Anachronisms among ``links`` (title + name mentions); callable again with a better
    ``article.published`` once the story gives an undated article its date.

    A title is reported only on positive knowledge: at every time its clause speaks of (the
    article's date among them) someone else held that single-holder office by a sourced tenure,
    the person held it by a sourced tenure at another time, at least ``MARGIN_DAYS`` away, and
    the article never calls the person a former or past holder (then "President Obama" is the
    courtesy title of a former president)."""
    article_time = _article_interval(doc, article)
    if article_time is None:
        return []
    settings = _settings()
    former = {link.person for link in links if link.not_current}
    findings = []
    for link in links:
        if link.person is None or link.name_start is None or link.not_current or link.person in former:
            continue
        times = clause_times(doc, link, timexes, article_time, past=settings.past, not_current=settings.not_current)
        if times is None:
            continue
        finding = _check(link, times, article, registry)
        if finding:
            findings.append(finding)
    return findings


def _office_country(link: RoleLink, registry: Registry) -> str | None:
    if link.country:
        return link.country
    offices = registry.offices_of(link.person or "", link.title, None)
    if offices:
        return offices[-1].country or offices[-1].organisation
    return registry.country_of(link.person or "")


def _check(link: RoleLink, times: list[Interval], article: Article, registry: Registry) -> Conflict | None:
    country = _office_country(link, registry)
    person = link.person or ""
    if country is None or link.title not in _settings().single_holder:
        return None
    tenures = registry.offices_of(person, link.title, country)
    if not any(office.source for office in tenures):
        return None  # a title the registry never saw them hold: a parse slip is likelier
    if any(_near(office, first, last) for office in tenures for first, last in times):
        return None
    holders = [_sourced_holders(registry, link.title, country, interval, person) for interval in times]
    if not all(holders):
        return None
    return _finding(link, times[0], tenures, holders[0], country, article, registry)


def _shift(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return day


def _near(office: Office, first: str, last: str) -> bool:
    """The tenure overlaps ``first``..``last`` widened by ``MARGIN_DAYS`` on both sides."""
    return within(office, _shift(first, -MARGIN_DAYS), _shift(last, MARGIN_DAYS))


def vouched_end(office: Office) -> str:
    """The last day the tenure's source vouches for (an open Phoenix role: its compilation)."""
    end = office.end or "9999-12-31"
    if office.source and office.source.startswith("phoenix:") and " >" in office.source:
        return min(end, PHOENIX_COMPILED)
    return end


def _sourced_holders(
    registry: Registry, title: str, country: str, interval: Interval, person: str
) -> list[tuple[str, Office]]:
    """Others who held ``title`` of ``country`` through all of ``interval`` by a sourced tenure."""
    first, last = interval
    found = []
    for canonical in registry.titles.family(title, country):
        for office, holder in registry.holders_of.get((canonical, country), []):
            if holder == person or not office.source or office.title.startswith("acting"):
                continue
            if (office.start or "9999") <= first[:10] and last[:10] <= vouched_end(office):
                found.append((registry.by_id[holder].name, office))
    return found


def _finding(
    link: RoleLink,
    interval: Interval,
    tenures: list[Office],
    holders: list[tuple[str, Office]],
    country: str,
    article: Article,
    registry: Registry,
) -> Conflict:
    actor = registry.get(link.person or "")
    name = actor.name if actor else article.text[link.name_start : link.name_end]
    place = registry.by_id[country].name if country in registry.by_id else country
    when = interval[0] if interval[0] == interval[1] else f"{interval[0]}..{interval[1]}"
    held = "; ".join(f"{o.start or '?'} to {o.end or 'today'}" + _cite(o) for o in tenures)
    then = ", ".join(holder + _cite(office) for holder, office in holders)
    explanation = (
        f"The text calls {name} {link.title} of {place} at {when}, but {name} held that office: {held}. "
        f"At {when} the {link.title} of {place} was {then}."
    )
    start = min(link.start, link.name_start or link.start)
    end = max(link.end, link.name_end or link.end)
    evidence = Evidence(article=article.id, start=start, end=end, text=article.text[start:end])
    digest = hashlib.sha1(f"{article.id}:{start}:{end}:office".encode()).hexdigest()[:16]
    return Conflict(id=f"office:{digest}", kind="office", explanation=explanation, sides=[evidence])


def _cite(office: Office) -> str:
    return f" (source: {office.source})" if office.source else " (hand-made, unverified)"


def recheck_offices(article: Article, extraction: Extraction, *, nlp: Language) -> None:
    """Redo the role check of an article whose date became known later (a story gave an undated
    article ``article.published``): replaces its office findings. Parses the article again."""
    doc = nlp.make_doc(article.text)
    doc._.article_id, doc._.published = article.id, article.published
    doc = nlp(doc)
    registry = _registry_of(doc)
    timexes = find_timexes(doc)
    others = [f for f in extraction.findings if f.kind != "office"]
    extraction.findings = others + check_offices(doc, article, list(doc._.actor_roles or []), timexes, registry)
