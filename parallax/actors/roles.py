"""Role check: title + name mentions compared with the registry's dated tenures.

For every "Foreign Minister Yoshimasa Hayashi" the linker recorded (``doc._.actor_roles``), the
time the sentence speaks about is a date expression of the sentence (or of the two sentences
before it in the paragraph), else the article's date (published or inferred). A person who did
not hold the office then is an anachronism: a ``Conflict(kind="office")`` naming who did.
Also moves people the registry does not know (``doc._.new_actors``) into ``extraction.actors``.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import text_of
from ..records import Article, Conflict, Evidence, Extraction, Timex
from ..timex import find_timexes, infer_date
from .registry import Registry, load_registry, within
from .spans import RoleLink

__all__ = ["check_offices", "check_roles", "recheck_offices"]

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "interval": 3, "year": 4}
OPEN_ENDED = re.compile(r"(?i)\b(since|until|till|by|before|after|for)\s+(the\s+)?$")


@lru_cache(maxsize=1)
def _settings() -> tuple[re.Pattern[str], frozenset[str]]:
    text = (resources.files("parallax") / "data" / "linking.yaml").read_text(encoding="utf8")
    data = yaml.safe_load(text)
    markers = "|".join(re.escape(m) for m in data["past_markers"])
    return re.compile(rf"(?i)(?<!\w)(?:{markers})(?!\w)"), frozenset(data["complete_offices"])


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


def _article_interval(doc: Doc, article: Article) -> tuple[str, str] | None:
    """The article's date as an interval of ISO days (a month or year when only that is known)."""
    if article.published:
        day = article.published[:10]
        return day, day
    inferred = infer_date(text_of(doc))
    if inferred is None or inferred[1] == "year":
        return None  # a year in the title line is too weak to accuse anyone of an anachronism
    return _interval(*inferred)


def _interval(value: str, precision: str) -> tuple[str, str] | None:
    if "/" in value:
        first, last = value.split("/", 1)
        return first, last
    if precision == "day":
        return value, value
    if precision == "month":
        return value + "-01", value + "-31"
    if precision == "year":
        return value + "-01-01", value + "-12-31"
    return None


def _sentence_time(doc: Doc, link: RoleLink, timexes: list[Timex]) -> tuple[str, str] | str | None:
    """The interval a title mention's sentence speaks about; "past" for undated past; None: use the article's."""
    span = doc.char_span(link.start, link.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    past, _complete = _settings()
    if past.search(sent.text):
        return "past"
    window_start = sent.start_char
    previous = sent.start - 1
    for _ in range(2):  # up to two sentences before, in the same paragraph
        if previous < 0 or "\n" in text_of(doc)[doc[previous].idx : window_start]:
            break
        window_start = doc[previous].sent.start_char
        previous = doc[previous].sent.start - 1
    for start, end in ((sent.start_char, sent.end_char), (window_start, sent.start_char)):
        dated = [t for t in timexes if start <= t.start < end and t.value and not _open_ended(text_of(doc), t)]
        if dated:
            # the most specific date, then the nearest: "On Liberation Day ... rule ended in 1945"
            best = min(dated, key=lambda t: (PRECISION_RANK.get(t.precision, 9), abs(t.start - link.start)))
            return _interval(best.value or "", best.precision)
    return None


def _open_ended(text: str, timex: Timex) -> bool:
    """ "since 2000", "until 2019": the sentence speaks of a period, not of that date."""
    return bool(OPEN_ENDED.search(text[max(0, timex.start - 12) : timex.start]))


def check_offices(
    doc: Doc, article: Article, links: list[RoleLink], timexes: list[Timex], registry: Registry
) -> list[Conflict]:
    """Anachronisms among ``links`` (title + name mentions); callable again with a better
    ``article.published`` once the story gives an undated article its date."""
    findings = []
    article_time = _article_interval(doc, article)
    for link in links:
        if link.person is None or link.name_start is None or link.not_current:
            continue
        when = _sentence_time(doc, link, timexes)
        if when == "past":
            continue
        interval = when if isinstance(when, tuple) else article_time
        if interval is None:
            continue
        finding = _check(link, interval, article, registry)
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


def _check(link: RoleLink, interval: tuple[str, str], article: Article, registry: Registry) -> Conflict | None:
    country = _office_country(link, registry)
    person = link.person or ""
    if country is None:
        return None
    first, last = interval
    tenures = registry.offices_of(person, link.title, country)
    if any(within(office, first, last) for office in tenures):
        return None
    _past, complete = _settings()
    if not tenures and (link.title not in complete or (registry.get(person) is None and not link.country)):
        return None
    holders = [a.name for a in registry.holders(link.title, country=country, on=last)]
    if not holders and not tenures:
        return None
    return _finding(link, interval, tenures, holders, country, article, registry)


def _finding(
    link: RoleLink,
    interval: tuple[str, str],
    tenures: list,
    holders: list[str],
    country: str,
    article: Article,
    registry: Registry,
) -> Conflict:
    actor = registry.get(link.person or "")
    name = actor.name if actor else article.text[link.name_start : link.name_end]
    place = registry.by_id[country].name if country in registry.by_id else country
    when = interval[0] if interval[0] == interval[1] else f"{interval[0]}..{interval[1]}"
    held = "; ".join(f"{o.start or '?'} to {o.end or 'today'}" for o in tenures) or "never, in the registry"
    then = ", ".join(holders) if holders else "nobody the registry knows"
    explanation = (
        f"The text calls {name} {link.title} of {place} at {when}, but {name} held that office: {held}. "
        f"At {when} the {link.title} of {place} was {then}."
    )
    start = min(link.start, link.name_start or link.start)
    end = max(link.end, link.name_end or link.end)
    evidence = Evidence(article=article.id, start=start, end=end, text=article.text[start:end])
    digest = hashlib.sha1(f"{article.id}:{start}:{end}:office".encode()).hexdigest()[:16]
    return Conflict(id=f"office:{digest}", kind="office", explanation=explanation, sides=[evidence])


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
