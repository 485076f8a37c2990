"""Origin evidence: where an article, and a statement in it, really comes from.

Three kinds of evidence, read from the text rather than from timestamps:

- **Publisher**: the outlet behind a source name or URL, one name per outlet whatever the
  subdomain ("edition.cnn.com" and "money.cnn.com" are CNN; "Fox News" and "foxnews.com" one).
- **Article credits**: an agency dispatch republished under another outlet's name says so in its
  dateline ("DALLAS (AP) -", "OFER PRISON, West Bank, Jan 1 (Reuters) -"), its copyright line
  ("Copyright 2017 The Associated Press"), its byline ("By Reuters"), the agency's sign-off
  ("(Reporting by ...; Editing by ...)") or the folder its URL keeps the agency's dispatches in
  (nytimes.com/reuters/...). "The Associated Press contributed to this report" makes
  the agency a contributor: part of the article may be its dispatch. Caption credits
  ("... a satellite. (Reuters)") are photo credits, not article credits, and are not read.
- **Shared passages**: runs of the writer's own words two articles hold verbatim. Two outlets
  that run one wire story (the Independent and the Telegraph on one AFP dispatch, Fox and
  HuffPost on the same AP paragraphs) share them though neither copies the other and the
  dispatch itself is not in the corpus. A speaker's words (quotation marks, a quote the
  extractor found, an embedded post) and captions are no evidence: two reporters quoting one
  speaker at length, or printing one agency photo, share those.
- **Statement attributions**: the sentence of a quote or claim names where the article got it:
  another outlet ("CNN reported", "according to Reuters", "told The Associated Press", "seen by
  Reuters", "said on the ABC News program") or a
  document many outlets quote alike (a statement, a tweet, a press release).

Every name here comes from ``data/crosscheck-origins.yaml`` (hand-made, unverified), and is
used only to collapse sources into one, never to accuse a source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlparse

import yaml

from ..records import Article
from .values import QUOTED, is_caption

__all__ = [
    "Credit",
    "article_credits",
    "credited_picture",
    "publisher_key",
    "sentence_around",
    "shared_passages",
    "speaks_in_writing",
    "statement_attributions",
]

# a document many outlets quote alike: what they relay is one source, however many quote it
DOCUMENT = re.compile(
    r"\b(?:(?:in|issued|released) a (?:written |joint |brief |short |released )?statement|statement (?:said|read|added)"
    r"|(?:press|news) release|tweet(?:ed|s)?\b|on Twitter|on Facebook|on Instagram|on Telegram"
    r"|(?:Twitter|Facebook|Instagram|blog) post|(?:wrote|posted|said) (?:on|in) (?:a |his |her |their )?(?:post|blog|letter)"
    r"|in a (?:\S+ )?post\b|in a letter|in an interview|posted (?:a |an |on |to ))"
    # an embedded post: "— Elon Musk (@elonmusk) December 2, 2017"
    r"|\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}",
    re.I,
)

SENTENCE_END = re.compile(r"[.?!][\"\u201d\u2019']?\s+")
# titles and abbreviations whose full stop ends no sentence
ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Gov Sen Rep Gen Lt Col Capt Sgt St Jr Sr Inc Co Corp Ltd No Mt Ft Prof Rev Hon Pres Sept Jan Feb "
    "Aug Oct Nov Dec Ariz Calif Fla Ill Mass Tenn Tex Va Wash Wis".split()
)
DATELINE_CHARS = 80  # a dateline is the start of a line: "CAPE CANAVERAL, Fla., Feb 4 (Reuters) -"
DASH = r"[-\u2013\u2014]"


@dataclass(frozen=True)
class Credit:
    """An agency the article credits, how (dateline, copyright, byline, signoff, url, contributed), where."""

    agency: str
    how: str
    start: int
    end: int

    @property
    def whole(self) -> bool:
        """True when the credit makes the whole article the agency's dispatch."""
        return self.how != "contributed"


@dataclass(frozen=True)
class _Origins:
    agency_of: dict[str, str]  # credited name -> agency
    outlet_of_domain: dict[str, str]  # registrable domain -> outlet or agency
    outlet_of_name: dict[str, str]  # name as a source field or as cited in text -> outlet or agency
    signoffs: tuple[tuple[str, re.Pattern[str]], ...]
    url_paths: tuple[tuple[str, str], ...]  # (folder in a URL, agency)
    suffixes: frozenset[str]
    dateline: re.Pattern[str]
    copyright: re.Pattern[str]
    byline: re.Pattern[str]
    contributed: re.Pattern[str]
    cited: re.Pattern[str]
    credit_after: re.Pattern[str]
    speaking: frozenset[str]  # last words of a speaker that is a text or a body ("the statement", "the airline")


@cache
def _origins() -> _Origins:
    text = resources.files("parallax").joinpath("data/crosscheck-origins.yaml").read_text(encoding="utf8")
    data = yaml.safe_load(text)
    agency_of: dict[str, str] = {}
    domains: dict[str, str] = {}
    names: dict[str, str] = {}
    signoffs = []
    url_paths = []
    for agency, entry in data["agencies"].items():
        url_paths += [(path, agency) for path in entry.get("url_paths", [])]
        for credit in entry["credits"]:
            agency_of[credit] = agency
            names[credit] = agency
        names[agency] = agency
        domains.update({d: agency for d in entry.get("domains", [])})
        if entry.get("signoff"):
            signoffs.append((agency, re.compile(entry["signoff"])))
    for outlet, entry in data["outlets"].items():
        names.update({n: outlet for n in entry["names"]})
        names[outlet] = outlet
        domains.update({d: outlet for d in entry.get("domains", [])})
    credits = _alternation(agency_of)
    pictures = _alternation(dict.fromkeys([*agency_of, *data.get("picture_agencies", [])], ""))
    cited_names = _alternation(names)
    return _Origins(
        agency_of=agency_of,
        outlet_of_domain=domains,
        outlet_of_name=names,
        signoffs=tuple(signoffs),
        url_paths=tuple(url_paths),
        suffixes=frozenset(data["public_suffixes"]),
        # a dateline opens a line: place (and date), the agency in brackets, a dash
        dateline=re.compile(rf"^[^\n()]{{0,{DATELINE_CHARS}}}\(({credits})\)\s*{DASH}", re.M),
        copyright=re.compile(rf"(?:Copyright|\u00a9)\s*\d{{4}}\s+({credits})\b"),
        byline=re.compile(rf"^By\s+({credits})\s*$", re.M),
        contributed=re.compile(rf"\b({credits})\b[^.\n]{{0,80}}\bcontributed to this (?:report|story|article)"),
        cited=re.compile(
            rf"\b(?:according to|told|reported by|in an interview with|first reported by|(?:seen|reviewed|obtained) by"
            rf"|(?:said|speaking|appeared) on)\s+(?:a |an |the )?"
            rf"(?:report (?:by|from|in) )?({cited_names})\b"
            rf"|\b({cited_names})\s+(?:first |previously |also |earlier |has |had |was first to )?"
            rf"(?:reported|reports|reporting|broke the news)\b"
            rf"|\b(?:reports|reported)\s+({cited_names})\b"
        ),
        speaking=frozenset(data.get("speaking_texts", []) + data.get("speaking_bodies", [])),
        # a caption's bare credit after its last sentence: "... in Nice, France. Reuters"
        credit_after=re.compile(rf"[.!?][\"\u201d\u2019']?\s+(?:Photo:\s*|Picture:\s*)?(?:{pictures})(?:/\w+)?\s*$"),
    )


def _alternation(names: dict[str, str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def publisher_key(source: str | None, url: str | None) -> str | None:
    """The outlet behind a source name or URL: a known outlet's name, else its registrable domain."""
    origins = _origins()
    if source and source.strip() in origins.outlet_of_name:
        return origins.outlet_of_name[source.strip()]
    host = source.strip().lower() if source and "." in source and " " not in source.strip() else ""
    if not host and url:
        host = urlparse(url).netloc.lower()
    if not host:
        return source.strip() if source else None
    host = host.split(":")[0].removeprefix("www.")
    if host in origins.outlet_of_domain:  # a listed subdomain (abcnews.go.com) is its own outlet
        return origins.outlet_of_domain[host]
    domain = _registrable(host, origins.suffixes)
    return origins.outlet_of_domain.get(domain, domain)


def _registrable(host: str, suffixes: frozenset[str]) -> str:
    """``edition.cnn.com`` -> ``cnn.com``; ``www.bbc.co.uk`` -> ``bbc.co.uk``."""
    labels = host.removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and ".".join(labels[-2:]) in suffixes else 2
    return ".".join(labels[-keep:])


def article_credits(article: Article) -> list[Credit]:
    """The agencies ``article`` credits, each with how and where (empty for an outlet's own report)."""
    origins = _origins()
    text = article.text
    found = []
    for how, pattern in (("dateline", origins.dateline), ("copyright", origins.copyright), ("byline", origins.byline)):
        found += [Credit(origins.agency_of[m.group(1)], how, m.start(1), m.end(1)) for m in pattern.finditer(text)]
    for agency, signoff in origins.signoffs:
        found += [Credit(agency, "signoff", m.start(), m.end()) for m in signoff.finditer(text)]
    for m in origins.contributed.finditer(text):
        found.append(Credit(origins.agency_of[m.group(1)], "contributed", m.start(1), m.end(1)))
    path = urlparse(article.url).path if article.url else ""
    found += [Credit(agency, "url", 0, 0) for folder, agency in origins.url_paths if folder in path]
    return found


def speaks_in_writing(speaker: str) -> bool:
    """A speaker written as a text or a body ("the statement", "the Nigerian government", "the
    airline"): what it says is a written text (a statement, a release) all outlets relay alike."""
    words = speaker.lower().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in _origins().speaking


def credited_picture(line: str) -> bool:
    """A line that ends with an agency's bare credit after its last sentence is a photo
    caption ("French police stand next to a truck ... in Nice, France. Reuters")."""
    return bool(_origins().credit_after.search(line))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``text[start:end]``, widened to whole sentences.

    A full stop after a title or an initial ("Mr. Gibbs", "U.S. officials") ends no sentence.
    """
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    for stop in SENTENCE_END.finditer(text, left, right):
        word = text[max(left, stop.start() - 12) : stop.start() + 1].split()[-1].lstrip('("\u201c')
        if word.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)+", word):
            continue
        if stop.end() <= start:
            left = stop.end()
        elif stop.start() >= end:
            return (left, stop.start() + len(stop.group().rstrip()))
    return (left, right)


def statement_attributions(sentence: str, *, quoted: tuple[int, int] | None = None) -> set[str]:
    """Outlets the sentence says it got its statement from ("report:CNN"), outside ``quoted``.

    ``quoted`` is the span of the quoted content inside ``sentence``: a name inside the quote
    is what the speaker said, not where the article got it.
    """
    outside = (
        sentence if quoted is None else sentence[: quoted[0]] + " " * (quoted[1] - quoted[0]) + sentence[quoted[1] :]
    )
    origins = _origins()
    found = set()
    for m in origins.cited.finditer(outside):
        name = m.group(1) or m.group(2) or m.group(3)
        found.add(f"report:{origins.outlet_of_name[name]}")
    if DOCUMENT.search(outside):
        found.add("document")
    return found


PASSAGE_GRAM = 8  # words (every word, in order) two texts must share to start a run
PASSAGE_GAP = 3  # words a run may skip (an edited word) and go on
PASSAGE_NARRATION = 15  # words of narration a run must hold to be a shared passage
WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
Span = tuple[int, int]


@dataclass(frozen=True)
class _Words:
    words: tuple[str, ...]
    spans: tuple[Span, ...]
    narration: tuple[bool, ...]  # the writer's word: outside quotes, captions and embedded posts

    def grams(self) -> set[tuple[str, ...]]:
        return {self.words[i : i + PASSAGE_GRAM] for i in range(len(self.words) - PASSAGE_GRAM + 1)}


def _words(text: str, speech: Sequence[Span] = ()) -> _Words:
    """The words of ``text``, each marked narration or not (``speech``: spans known to be quoted)."""
    said = [False] * (len(text) + 1)
    for line in re.finditer(r"[^\n]+", text):
        if is_caption(line.group(0)):
            said[line.start() : line.end()] = [True] * (line.end() - line.start())
            continue
        for match in QUOTED.finditer(line.group(0)):
            start, end = line.start() + match.start(), line.start() + match.end()
            said[start:end] = [True] * (end - start)
    for start, end in speech:
        said[start:end] = [True] * (end - start)
    found = list(WORD.finditer(text))
    return _Words(
        words=tuple(m.group(0).lower().replace("\u2019", "'") for m in found),
        spans=tuple(m.span() for m in found),
        narration=tuple(not said[m.start()] for m in found),
    )


def shared_passages(
    text_a: str, text_b: str, *, speech_a: Sequence[Span] = (), speech_b: Sequence[Span] = ()
) -> tuple[list[Span], list[Span]]:
    """Character spans of the passages ``text_a`` and ``text_b`` share verbatim, in each text.

    A passage is a run of shared words (runs of ``PASSAGE_GRAM`` words found in the other text,
    gaps up to ``PASSAGE_GAP`` words bridged) holding at least ``PASSAGE_NARRATION`` words of
    narration in both texts. ``speech_a``, ``speech_b``: spans of each text known to be quoted.
    """
    a, b = _words(text_a, speech_a), _words(text_b, speech_b)
    return _narrated(a, _runs(a, b.grams())), _narrated(b, _runs(b, a.grams()))


def _runs(own: _Words, other: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Word runs ``[first, last)`` of ``own`` covered by grams of ``other``, small gaps bridged."""
    covered = [False] * len(own.words)
    for i in range(len(own.words) - PASSAGE_GRAM + 1):
        if own.words[i : i + PASSAGE_GRAM] in other:
            covered[i : i + PASSAGE_GRAM] = [True] * PASSAGE_GRAM
    runs: list[tuple[int, int]] = []
    for i, hit in enumerate(covered):
        if hit and runs and i - runs[-1][1] <= PASSAGE_GAP:
            runs[-1] = (runs[-1][0], i + 1)
        elif hit:
            runs.append((i, i + 1))
    return runs


def _narrated(own: _Words, runs: list[tuple[int, int]]) -> list[Span]:
    """The runs holding at least ``PASSAGE_NARRATION`` words of narration, as character spans."""
    return [
        (own.spans[first][0], own.spans[last - 1][1])
        for first, last in runs
        if sum(own.narration[first:last]) >= PASSAGE_NARRATION
    ]
