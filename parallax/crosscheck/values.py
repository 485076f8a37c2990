"""Values stated in an article's own voice, and where two articles of a story state one fact differently.

A statement is a value in a sentence, outside quotation marks, captions and embedded posts, and not
what a conditional verb supposes ("would have paid 26.1 percent"): a number with what it counts
("59 people", "$1.2 billion", "35 percent"; an increment, "an additional $21 million", is its own
unit), a year in a date context ("in 1948", "since 2000") with its relation (a start, an end, a
bound, or one end of a span "from 1996 to 2004" together with the other end; "dating back to 1903"
is a start), a date ("Oct. 3,
2017", "before June 21"), a weekday ("on Tuesday"; "late Tuesday" is at the edge of the day) or an
office before a person's name ("Defense Secretary James Mattis"; a former one, "former Texas Rep. Beto
O'Rourke", is compared only with former ones). Two statements in different
articles of a story are about one fact when their values are of one kind and unit (for a title: one
person, and offices of one group, that a person cannot hold together) and the words around them,
within their sentences, share enough content words; the words closest to each value (not a
reporting verb) must be around the other, or, when those of one value only are ("closing price on
Nov. 2" and "trading at on Oct. 2" around "premium over the price"), or for a weekday, the sentences
must share much. They
conflict only when, besides, their values cannot both be true after hedges ("about", "at least"),
rounding and time zones, neither article states the other's value for that fact (an article that
states both is counting two things; for a person's office it contradicts itself), each is the
other's closest match, and no clock time scopes one figure alone. With the parse (``slots``), two
values that fill one slot of one predicate are of one fact though the words next to them differ,
and need fewer shared words. Values are compared only
between articles whose publication dates are known and within a month of each other (weekdays: within a
few days, the same week): without the dates nothing tells one event's reports from two events of a kind.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

import yaml
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .slots import Slot, same_slot

__all__ = [
    "Disagreement",
    "SlotOf",
    "Statement",
    "compatible",
    "min_weight",
    "rarity",
    "read_statements",
    "same_fact",
    "story_disagreements",
]

MONTHS = [name.lower() for name in calendar.month_name[1:]]
MONTH_NUMBER = {
    **{m: i + 1 for i, m in enumerate(MONTHS)},
    **{m[:3] + ".": i + 1 for i, m in enumerate(MONTHS)},
    "sept.": 9,
}
MONTH = r"(?:" + "|".join(sorted((re.escape(m.capitalize()) for m in MONTH_NUMBER), key=len, reverse=True)) + r")"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WINDOW = 12  # words either side of a value, within its sentence, that make its context
# How much two contexts must share (summed rarity of shared words, in nats) to be one fact, by kind;
# a weekday needs more: news repeats "said Tuesday" about every step of a story.
MIN_WEIGHT = {"number": 7.0, "year": 7.0, "date": 7.0, "weekday": 7.0, "title": 3.0}
MIN_WEIGHT_NAMED = 1.5
MIN_WEIGHT_SLOTTED = 3.0  # two values in one slot of one predicate (the parse): the predicate is shared
# a weekday whose closest words differ ("closed the conference on Saturday", "ripped the roof off a hotel
# Saturday") is one fact only when the sentences share this much, and only between two publishers (one
# outlet's next report on other days tells the next step: "lost contact" Wednesday, "regained" Friday)
MIN_WEIGHT_UNANCHORED_DAY = 8.0  # a title before a first name and surname: the person is what it is of
MIN_WEIGHT_HALF = 9.0  # the closest words of one value only are around the other: the sentences must share much
MAX_STATED_DAYS = 30  # values are compared only between reports published within a month (figures change,
# offices change hands, a storyline's later event has its own dates)
MAX_WEEKDAY_DAYS = 6  # a weekday is compared only between articles published within the same week
NEAR = 3  # words either side of a value that say what it is of
# reporting verbs (stemmed) say when something was said, not what the value is of: "confirmed on
# Wednesday" (a loss of contact) and "confirmed on Friday" (contact regained) are two sayings
REPORTING = frozenset({"confir", "announ", "stated", "report", "added", "noted", "disclo", "reveal", "declar", "told"})
STEM = 6  # context words are compared by their first letters: "endorsed" and "endorsement" agree

NUMBER = re.compile(
    r"(?<![\w.,/$£€#-])(?P<currency>[$£€]\s?)?(?P<digits>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s(?P<scale>million|billion|trillion)\b)?(?![\w-]|[.,]\d)"
    r"(?:\s?(?P<percent>%|percent\b|per cent\b))?"
)
SCALES = {None: 1.0, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NEXT_WORDS = re.compile(r"\s([A-Za-z][a-z]+)(?:\s([A-Za-z][a-z]+))?")
COUNTED_IRREGULAR = {"people", "children", "men", "women", "feet", "police", "personnel", "staff", "troops"}
NOT_COUNTED = {
    "was",
    "has",
    "its",
    "does",
    "this",
    "his",
    "is",
    "as",
    "us",
    "yes",
    "always",
    "perhaps",
    "times",
    "others",
    "ones",
    "whereas",
    "sometimes",
    "towards",
    "afterwards",
    "besides",
}
LOWER_BOUND = re.compile(r"\b(?:at least|more than|over|upwards of|in excess of|exceeding|above)\s$", re.I)
UPPER_BOUND = re.compile(r"\b(?:up to|as many as|as much as|fewer than|less than|under|below|at most)\s$", re.I)
ABOUT = re.compile(
    r"\b(?:about|around|roughly|approximately|some|an estimated|estimated|close to|nearly|almost)\s$", re.I
)
INCREMENT = re.compile(r"\b(?:additional|another|further|extra)\s$", re.I)
APPROXIMATE = 0.2  # "about 60" agrees with 48 to 72
# how a year or a date relates to what it dates, by the word before it: "since 2000" is a start, "until
# 2018" an end, "by 2020" a deadline; only values of one relation are one fact ("unveiled in 2011",
# "delayed until 2018"; "damaged before June 21", "said June 16")
YEAR_RELATION = {
    "since": "start",
    "from": "start",
    "until": "end",
    "through": "end",
    "to": "end",
    "by": "by",
    "before": "before",
    "after": "after",
}
ORIGIN_TO = re.compile(r"\b(?:back|dat(?:es|ed|ing)|traces?d?|tracing)\s$", re.I)  # "dates back to", "dating to"
DATE_RELATION = {w: r for w, r in YEAR_RELATION.items() if w not in {"from", "to"}}  # "moved from March 10"
YEAR = re.compile(
    r"\b(?P<before>in|since|until|by|from|before|after|during|through|of|to|between|and|around|early|late|"
    + MONTH
    + r")\s(?P<year>(?:18|19|20)\d\d)\b(?![-–/]\d|['’]s)"
)
DATE = re.compile(
    r"\b(?:(?P<month>" + MONTH + r")\s(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?"
    r"|(?P<day2>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?\s(?:of\s)?(?P<month2>" + MONTH + r"))"
    r"(?:,?\s(?P<year>(?:19|20)\d\d))?(?![\w:])"
)
HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b(?!-)")  # not "the would-be nominee"
NEW_CLAUSE = re.compile(
    r"\b(?:if|when|that|which|who|whom|was|were|is|are|had|has|after|before|because|since|until|while)\b"
)
CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b", re.I)
EDGE_BEFORE = re.compile(r"\b(?:early|late)\s(?:on\s)?$", re.I)
EDGE_AFTER = re.compile(r"\s(?:night|evening|overnight)\b", re.I)
RANGE_START = re.compile(r"\s?(?:to|until|till|through|and)\s((?:18|19|20)\d\d)\b")
RANGE_END = re.compile(r"\b(?:from|between)\s((?:18|19|20)\d\d)\s(?:to|until|till|through|and)\s$")
WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(WEEKDAYS) + r")\b(?!,?\s" + MONTH + r"\s\d)")
FORMER = frozenset({"former", "ex", "onetime", "one-time"})  # before a title: an office held before
NAME_TOKEN = r"[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
NOT_NAME = (
    set(WEEKDAYS)
    | {m.capitalize() for m in MONTHS}
    | {"The", "And", "But", "On", "In", "At", "House", "Senate", "White", "Administration", "Of", "For"}
)
# A caption names a picture the way captions and credits do ("In this 1984 photograph", "a file photo",
# "Photo: AP", "(Getty Images)", a gallery's "13/30 ..."), not as body text does ("disclosed photos of his
# signature", "her latest photo shoot", "satellite images showed", "its public image")
PICTURE = r"(?:photos?|photographs?|images?|pictures?)"
CAPTION = re.compile(
    r"\b(?:this|these|the above|above|file|handout|undated|ap|afp|reuters|getty|epa)\s(?:\d{4}\s)?" + PICTURE + r"\b"
    r"|\b" + PICTURE + r"\s?(?::|/|\)|by\b|courtesy\b)|[(\[]" + PICTURE + r"\b|^\s*" + PICTURE + r"\s*$"
    r"|\bphotographed\b|\bpictured\b|getty|©|\bcredit|\(file\)|"
    r"\(AFP\)|\(AP\)|\bvideo:|\bwatch:|\bcaption\b|\((?:Reuters|EPA|Xinhua|AP Photo)[^)]*\)\s*$"
    r"|(?-i:[.!?]\s*\([A-Z][^()]{1,60}\)\s*$)",  # a credit after the last sentence: "... quasars. (University of Oklahoma)"
    re.I,
)  # a paragraph that names a picture as captions do (outside its quotations) is a caption
# a gallery's numbered item ("13/30 Large Magellanic Cloud ..."), unless it is an embedded post's thread ("1/2 ...")
GALLERY = re.compile(r"^\s*\d{1,3}/\d{1,3}\s")
POST = re.compile(r"pic\.twitter\.com|\(@\w{1,15}\)")  # an embedded post: "— Elon Musk (@elonmusk) February 5, 2018"
# double quotes; then single ones (British style: "Trump said he was 'very happy'"), opening before a capital
# or a digit after a space or a colon (not an apostrophe: "the players' union", "Trump's"); an unclosed one
# runs to the end of its paragraph
QUOTED = re.compile(
    r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)"
    r"|(?:^|(?<=[\s:,(]))['‘](?=[A-Z0-9])[^\n]*?(?:['’](?=[\s,.;:!?)]|$)|$)",
    re.M,
)
SENTENCE_END = re.compile(
    r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])"
)  # the last: paragraphs glued by a crawler ("earlier this week.The satellite")
ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|No|vs|Jan|Feb|Aug|Sept|"
    r"Oct|Nov|Dec|Inc|Co|Corp|Ltd|Adm|Capt|Maj|Prof|Rev|Ft|Mt|a\.m|p\.m|[A-Z]\.[A-Z]))\.$"
)
WORD = re.compile(r"[a-z][a-z'-]+")
TOKEN = re.compile(r"\S*\w\S*")  # a word with what sticks to it; a lone dash or comma is no word
SPACED = re.compile(r"\S+")
CONTEXT_STOPWORDS = (
    ENGLISH_STOP_WORDS
    | {m for m in MONTHS}
    | {d.lower() for d in WEEKDAYS}
    | {
        "said",
        "says",
        "told",
        "according",
        "year",
        "years",
        "week",
        "percent",
        "million",
        "billion",
        "trillion",
        "mr",
        "mrs",
        "ms",
        "also",
        "just",
        "like",
    }
)


@dataclass(frozen=True)
class Statement:
    """One value stated in an article: ``kind``, what it is of (``unit``) and its value or range."""

    kind: str  # number, year, date, weekday, title
    unit: str  # number: what is counted; title: the office's group; else ""
    value: Any  # number: (low, high); year: int; date: (month, day, year or 0); weekday: 0-6; title: office
    start: int  # the value's span in the article text
    end: int
    sentence: tuple[int, int]
    context: frozenset[str]  # stemmed content words around the value, its own words left out
    near: frozenset[str]  # the closest of them: what the value is of ("founded SpaceX in", "shares fell")
    person: tuple[str, str] = ("", "")  # title: (first name or "", surname)
    edge: bool = False  # weekday: at an edge of the day ("late Tuesday", "Tuesday night"): another zone's next
    moment: frozenset[str] = frozenset()  # clock times its sentence names ("at 9:34 a.m."): the value is of then
    said: str = field(default="", compare=False)  # its sentence's text, for the parse (``slots``)


# ---------------------------------------------------------------- the titles' lexicon
@dataclass(frozen=True)
class _Titles:
    pattern: re.Pattern[str]
    office: dict[str, str]  # written form -> office
    group: dict[str, int]  # office -> group index
    not_current: frozenset[str]


@functools.cache
def _titles() -> _Titles:
    text = resources.files("parallax").joinpath("data/crosscheck-titles.yaml").read_text(encoding="utf8")
    data: dict[str, Any] = yaml.safe_load(text)
    office, group = {}, {}
    for index, offices in enumerate(data["groups"]):
        for name, ways in offices.items():
            group[name] = index
            office.update({way: name for way in ways})
    forms = "|".join(re.escape(w) for w in sorted(office, key=len, reverse=True))
    pattern = re.compile(
        r"(?<![\w.])(?P<title>"
        + forms
        + r")\s(?P<name>"
        + NAME_TOKEN
        + r"(?:\s[A-Z]\.)?(?:\s"
        + NAME_TOKEN
        + r"){0,2})"
    )
    return _Titles(pattern, office, group, frozenset(w.lower() for w in data["not_current"]))


# ---------------------------------------------------------------- reading the text
def caption_at(text: str, at: int, *, posts: bool = True) -> bool:
    """Whether the line of ``text`` holding offset ``at`` is a caption (or, with ``posts``, an embedded post)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return is_caption(text[start : end if end >= 0 else len(text)], posts=posts)


def is_caption(line: str, *, posts: bool = True) -> bool:
    """Whether a line is a photo caption (or, with ``posts``, an embedded post): it names a photo,
    an image or a credit in its own words ("a file photo"; "to file charges" and a quoted "these
    images" do not count)."""
    own = QUOTED.sub(" ", line)
    post = POST.search(own)
    return bool(CAPTION.search(own) or (GALLERY.match(own) and not post) or (posts and post))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: a break at line ends and at . ! ? before a capital, not after an abbreviation."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if "\n" not in match.group() and ABBREVIATION.search(text[start : match.start() + 1]):
            continue
        spans.append((start, match.start() + 1))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in spans if text[s[0] : s[1]].strip()] or [(0, len(text))]


def _stem(word: str) -> str:
    return word[:STEM]


def _content(text: str) -> set[str]:
    return {_stem(w) for w in WORD.findall(text.lower()) if len(w) >= 3 and w not in CONTEXT_STOPWORDS}


class _Reader:
    """One article's text with its sentences and quotations, to place each value."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = split_sentences(text)
        self.starts = [s for s, _ in self.sentences]
        self.quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        self.quoted += [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if is_caption(m.group())]

    def sentence_of(self, at: int) -> tuple[int, int]:
        return self.sentences[max(bisect.bisect_right(self.starts, at) - 1, 0)]

    def in_quote(self, at: int) -> bool:
        return any(start <= at < end for start, end in self.quoted)

    def hypothetical(self, at: int) -> bool:
        """Whether the value at ``at`` is what a conditional verb ("would", "could", "might") says,
        with no other clause between them ("would have paid a rate of 26.1 percent", not "would
        withdraw if Qualcomm moved its meeting from March 10")."""
        first, _ = self.sentence_of(at)
        clause = re.split(r"[,;:—–]|\s-{1,2}\s", self.text[first:at])[-1]
        modals = list(HYPOTHETICAL.finditer(clause))
        return bool(modals) and not NEW_CLAUSE.search(clause, modals[-1].end())

    def context(self, start: int, end: int, own: str = "", window: int = WINDOW) -> frozenset[str]:
        first, last = self.sentence_of(start)
        token = TOKEN if window == NEAR else SPACED  # the closest words are words, not a lone dash or comma
        before = token.findall(self.text[first:start])[-window:]
        after = token.findall(self.text[end:last])[:window]
        return frozenset(_content(" ".join(before + after)) - _content(own))

    def statement(self, kind: str, unit: str, value: Any, start: int, end: int, **extra: Any) -> Statement | None:
        if self.in_quote(start):
            return None  # a quotation is its speaker's statement, a caption the picture's: not the article's
        if self.hypothetical(start):
            return None  # "would have paid a rate of 26.1 percent": a supposition, not a fact stated
        own = extra.pop("own", self.text[start:end])
        sentence = self.sentence_of(start)
        context, near = self.context(start, end, own), self.context(start, end, own, NEAR)
        said = self.text[sentence[0] : sentence[1]]
        moment = frozenset(" ".join(m.lower().split()) for m in CLOCK.findall(said))
        return Statement(kind, unit, value, start, end, sentence, context, near, **extra, moment=moment, said=said)


def read_statements(text: str) -> list[Statement]:
    """Every statement of the text in its own voice: numbers, years, dates, weekdays, titles."""
    reader = _Reader(text)
    found: list[Statement | None] = []
    for finder in (_numbers, _years, _dates, _weekdays, _titled):
        found.extend(finder(reader))
    return [s for s in found if s is not None]


# ---------------------------------------------------------------- numbers
def _numbers(reader: _Reader) -> Iterator[Statement | None]:
    text = reader.text
    for match in NUMBER.finditer(text):
        digits = match["digits"]
        plain = not (match["currency"] or match["scale"] or match["percent"] or "," in digits or "." in digits)
        if plain and len(digits) == 4 and 1800 <= int(digits) <= 2099:
            continue  # a year
        unit, unit_end = _unit(match, text)
        if unit is None or _part_of_name(text, match.start()):
            continue
        low, high = _range(match, text)
        own = text[match.start() : unit_end]
        if INCREMENT.search(text[max(0, match.start() - 20) : match.start()]):
            unit += " more"  # "an additional $21 million", "another 24.5 inches": an increment, not a total
        yield reader.statement("number", unit, (low, high), match.start(), match.end(), own=own)


def _unit(match: re.Match[str], text: str) -> tuple[str | None, int]:
    """What the number counts: a currency, "percent", or the plural noun after it (one word may come between)."""
    if match["currency"]:
        return match["currency"].strip(), match.end()
    if match["percent"]:
        return "percent", match.end()
    following = NEXT_WORDS.match(text, match.end())
    if following is None:
        return None, match.end()
    first, second = following.group(1), following.group(2)
    if _counted(first):
        return _singular(first), following.end(1)
    if second and first.islower() and not _counted(first) and _counted(second) and first not in NOT_COUNTED:
        return _singular(second), following.end(2)  # "15 other states"
    return None, match.end()


def _counted(word: str) -> bool:
    low = word.lower()
    if low in COUNTED_IRREGULAR:
        return True
    return word.islower() and low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in NOT_COUNTED


def _singular(word: str) -> str:
    low = word.lower()
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


def _part_of_name(text: str, start: int) -> bool:
    """Boeing 737 jets, Flight 93 passengers: a capitalised word before the number, not opening a sentence."""
    before = re.search(r"(\S+)\s$", text[max(0, start - 40) : start])
    if not before or not before.group(1)[:1].isupper() or before.group(1)[-1] in ",;:)":
        return False  # "Aside from Indiana, 15 other states": a clause ends before the number
    ahead = text[max(0, start - 40) : start - len(before.group(0))].rstrip()
    return bool(ahead) and not ahead.endswith((".", "!", "?", "“", '"', ":"))


def _range(match: re.Match[str], text: str) -> tuple[float, float]:
    """The values the number may stand for: its rounding, widened by a hedge before it."""
    digits = match["digits"]
    scale = SCALES[match["scale"]]
    value = float(digits.replace(",", "")) * scale
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1]) * scale
    else:
        plain = digits.replace(",", "")
        step = 10.0 ** min(len(plain) - len(plain.rstrip("0")), len(plain) - 1) * (scale if scale > 1 else 1.0)
        step = step if scale > 1 or step > 1 else 1.0
    low, high = value - step / 2, value + step / 2
    before = text[max(0, match.start() - 20) : match.start()]
    if ABOUT.search(before):
        low, high = min(low, value * (1 - APPROXIMATE)), max(high, value * (1 + APPROXIMATE))
    if LOWER_BOUND.search(before):
        high = math.inf
    if UPPER_BOUND.search(before):
        low = 0.0
    return low, high


# ---------------------------------------------------------------- dates
def _years(reader: _Reader) -> Iterator[Statement | None]:
    text = reader.text
    for match in YEAR.finditer(text):
        start, end = match.start("year"), match.end("year")
        role = _range_role(text, start, end) or YEAR_RELATION.get(match["before"].lower(), "")
        if role == "end" and ORIGIN_TO.search(text[max(0, match.start() - 20) : match.start()]):
            role = "start"  # "a tradition dating back to 1903" is since 1903
        yield reader.statement("year", role, int(match["year"]), start, end)


def _range_role(text: str, start: int, end: int) -> str:
    """A year's place in a span of years with the other end: "end 1996" for 2004 in "from 1996 to
    2004", "start 2004" for 1996; "" alone. Only years of one place in spans sharing the other end
    are compared: a term's end is not its start, and the span's other end says which span it is."""
    if found := RANGE_END.search(text[max(0, start - 30) : start]):
        return "end " + found.group(1)
    if (found := RANGE_START.match(text, end)) and re.search(
        r"\b(?:from|between)\s$", text[max(0, start - 10) : start]
    ):
        return "start " + found.group(1)
    return ""


def _dates(reader: _Reader) -> Iterator[Statement | None]:
    for match in DATE.finditer(reader.text):
        month = MONTH_NUMBER[(match["month"] or match["month2"]).lower()]
        day = int(match["day"] or match["day2"])
        year = int(match["year"]) if match["year"] else 0
        before = re.search(r"(\w+)\s$", reader.text[max(0, match.start() - 12) : match.start()])
        relation = DATE_RELATION.get(before.group(1).lower(), "") if before else ""
        yield reader.statement("date", relation, (month, day, year), match.start(), match.end())


def _weekdays(reader: _Reader) -> Iterator[Statement | None]:
    text = reader.text
    for match in WEEKDAY.finditer(text):
        edge = bool(
            EDGE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) or EDGE_AFTER.match(text, match.end())
        )
        yield reader.statement("weekday", "", WEEKDAYS.index(match["day"]), match.start(), match.end(), edge=edge)


# ---------------------------------------------------------------- titles
def _titled(reader: _Reader) -> Iterator[Statement | None]:
    titles = _titles()
    text = reader.text
    for match in titles.pattern.finditer(text):
        time = _title_time(text[max(0, match.start() - 40) : match.start()], titles.not_current)
        if time is None:
            continue  # "then-Gov.", "Deputy Secretary of State": another time or another office
        tokens = match["name"].split()
        while tokens and tokens[-1] in NOT_NAME:
            tokens.pop()
        if not tokens or tokens[0] in NOT_NAME:
            continue
        office = titles.office[match["title"]]
        person = _person(text, tokens)
        own = match.group(0)
        unit = str(titles.group[office]) + time
        yield reader.statement("title", unit, office, match.start(), match.end(), person=person, own=own)


def _title_time(before: str, not_current: frozenset[str]) -> str | None:
    """When a title before a name holds: "" now, " former" for an office held before ("former Sen.",
    "ex-Gov.", "former Texas Rep.": a place may come between), None when the words before make it
    another office or time ("Deputy Secretary of State", "then-Gov.", "acting"). A former office is
    compared only with former offices: "former Rep." and "Sen." may both be true."""
    words = re.findall(r"[\w.'’]+", before)
    lowered = [w.lower().strip(".") for w in words]
    if lowered and lowered[-1] in FORMER:
        return " former"
    if lowered and lowered[-1] in not_current | {w.strip(".") for w in not_current}:
        return None
    places = 0
    while places < len(words) and places < 2 and words[-1 - places][:1].isupper():
        places += 1  # "former Texas Rep.", "former New York Gov."
    if 0 < places < len(words) and lowered[-1 - places] in FORMER:
        return " former"
    return ""


def _person(text: str, tokens: list[str]) -> tuple[str, str]:
    """(first name or "", surname): a lone surname takes the one first name the article gives it."""
    names = [t for t in tokens if not re.fullmatch(r"[A-Z]\.", t)]
    if len(names) >= 2:
        return names[0], names[-1]
    surname = names[-1]
    firsts = {
        m.group(1)
        for m in re.finditer(r"\b(" + NAME_TOKEN + r")\s(?:[A-Z]\.\s)?" + re.escape(surname) + r"\b", text)
        if m.group(1) not in NOT_NAME and m.group(1) not in _titles().office
    }
    return (next(iter(firsts)) if len(firsts) == 1 else ""), surname


# ---------------------------------------------------------------- comparing
def same_fact(a: Statement, b: Statement) -> bool:
    """Whether two statements may be about one fact: kind and unit (for titles: one person) agree."""
    if a.kind != b.kind or a.unit != b.unit:
        return False
    if a.kind == "title":
        return a.person[1] == b.person[1] and (not a.person[0] or not b.person[0] or a.person[0] == b.person[0])
    return True


def compatible(a: Statement, b: Statement) -> bool:
    """Whether both values can be true: ranges that overlap, or the same year, day, weekday or office."""
    if a.kind == "number":
        # ranges that only touch are two values: "about $40,000" and "about $60,000", "nearly 1,000" and "nearly 2,000"
        return bool(a.value[0] < b.value[1] and b.value[0] < a.value[1])
    if a.kind == "date":
        (ma, da, ya), (mb, db, yb) = a.value, b.value
        return (ma, da) == (mb, db) and (not ya or not yb or ya == yb)
    if a.kind == "weekday" and (a.edge or b.edge):
        return (a.value - b.value) % 7 in (0, 1, 6)  # "early Friday" in London is Thursday night in New York
    return bool(a.value == b.value)


def days_between(first: str | None, second: str | None) -> int | None:
    """Days between two ISO dates (or timestamps), None when either is missing or unreadable."""
    try:
        return abs((date.fromisoformat((first or "")[:10]) - date.fromisoformat((second or "")[:10])).days)
    except ValueError:
        return None


@dataclass(frozen=True)
class Disagreement:
    """Two statements of one fact, in two articles, whose values cannot both be true."""

    first_article: str
    first: Statement
    second_article: str
    second: Statement
    weight: float  # how much their contexts share: the summed rarity of their shared words
    anchored: bool = True  # the words closest to each value are around the other (else: a weekday by weight)
    slotted: bool = False  # the parse puts both values in one slot of one predicate (``slots``)


Weigh = Callable[[frozenset[str]], float]
SlotOf = Callable[[Statement], Slot | None]


def story_disagreements(
    statements: dict[str, list[Statement]],
    weigh: Weigh,
    admissible: Callable[[Disagreement], bool] | None = None,
    slot: SlotOf | None = None,
) -> list[Disagreement]:
    """Pairs of statements, in two articles of one story, that state one fact with incompatible values.

    ``statements`` maps each article of the story to its statements; ``weigh`` scores the words two
    contexts share. A statement is paired with its closest statement of the same fact in the other
    article when neither article states the other's value for that fact anywhere, each is the other's
    closest match, the words closest to one of them are found around the other (what the value is of),
    their sentences agree on every other value they both state, and one of the two values is stated by no other article of the story (the odd one
    out: two values each repeated across the story are two facts, or two times). An odd value is
    reported once, against the closest statement of another article that ``admissible`` lets it be
    compared with (a later report's figure, a weekday two weeks on, are no partners: a closer statement
    that cannot be compared does not hide a comparable one). With ``slot`` (the parse), two values that
    fill one slot of one predicate are of one fact even when the words right next to them differ.
    """
    best: dict[tuple[str, int], Disagreement] = {}
    ids = sorted(statements)
    for index, first in enumerate(ids):
        for second in ids[index + 1 :]:
            rest = [s for other in ids if other not in (first, second) for s in statements[other]]
            for a, b, weight, anchored, slotted in _pairs(statements[first], statements[second], weigh, slot):
                odd = (
                    (first, a.start)
                    if _stated_by_none(a, rest)
                    else (second, b.start)
                    if _stated_by_none(b, rest)
                    else None
                )
                if odd is None or (odd in best and best[odd].weight >= weight):
                    continue
                found = Disagreement(first, a, second, b, weight, anchored, slotted)
                if admissible is None or admissible(found):
                    best[odd] = found  # the odd value vs its closest comparable statement
    return list(best.values())


def _pairs(
    first: list[Statement], second: list[Statement], weigh: Weigh, slot: SlotOf | None
) -> Iterator[tuple[Statement, Statement, float, bool, bool]]:
    for a in first:
        b = _closest_rival(a, second, weigh)
        if b is None or _other_values_differ(a, first, b, second):
            continue
        anchored = _anchored(a, b)
        slotted = slot is not None and a.kind != "title" and same_slot(slot(a), slot(b))
        shared = weigh(a.context & b.context)
        if not (anchored or slotted) and not (
            (a.kind == "weekday" and shared >= MIN_WEIGHT_UNANCHORED_DAY)
            or (_half_anchored(a, b) and shared >= MIN_WEIGHT_HALF)
        ):
            continue
        if a.kind == "number" and a.moment != b.moment:
            continue  # a figure at 9:34 a.m. is not the day's figure: a price, a count of another time
        weight = weigh(a.context & b.context)
        back = _closest_rival(b, first, weigh)
        if back is not None and weigh(back.context & b.context) <= weight:  # a is (one of) b's closest too
            yield a, b, weight, anchored, slotted


def _half_anchored(a: Statement, b: Statement) -> bool:
    """Whether the words closest to one of the values are around the other."""
    return bool((a.near - REPORTING) & b.context or (b.near - REPORTING) & a.context)


def _anchored(a: Statement, b: Statement) -> bool:
    """Whether the words closest to each value are around the other: both say what the value is of
    ("decommissioned in 2013" and "launched in 2011" share their subject but not their predicate).

    A title needs no anchor: its person is what it is of; nor does one end of a span of years whose
    other end both state ("from 1996 to 2004", "from 1996 to 2007")."""
    if a.kind == "title" or (a.kind == "year" and a.unit.startswith(("start ", "end "))):
        return True
    return bool((a.near - REPORTING) & b.context and (b.near - REPORTING) & a.context)


def min_weight(a: Statement, b: Statement, *, slotted: bool = False) -> float:
    """How much two contexts must share for the statements to be one fact (``MIN_WEIGHT``): less for
    a title of one person named in full, for one end of two spans that share their other end, and for
    two values the parse puts in one slot of one predicate."""
    if slotted:
        return MIN_WEIGHT_SLOTTED
    if a.kind == "title" and a.person[0] and b.person[0]:
        return MIN_WEIGHT_NAMED
    if a.kind == "year" and a.unit.startswith(("start ", "end ")):
        return MIN_WEIGHT["title"]
    return MIN_WEIGHT[a.kind]


def _other_values_differ(a: Statement, first: list[Statement], b: Statement, second: list[Statement]) -> bool:
    """Whether the two sentences disagree on another value too: two times or two events, not one fact misstated."""
    around_a = [s for s in first if s.sentence == a.sentence and s is not a]
    around_b = [s for s in second if s.sentence == b.sentence and s is not b]
    for x in around_a:
        counterparts = [y for y in around_b if same_fact(x, y)]
        if counterparts and not any(compatible(x, y) for y in counterparts):
            return True
    return False


def _closest_rival(a: Statement, others: list[Statement], weigh: Weigh) -> Statement | None:
    """The statement of ``others`` closest to ``a`` when none of them states a value compatible with a's."""
    same = [b for b in others if same_fact(a, b)]
    if a.kind == "title":  # one person's office is one fact: an article giving two offices contradicts itself
        same = [b for b in same if not compatible(a, b)]
    rivals = [b for b in same if not compatible(a, b)]
    if not rivals or any(_backs(a, b) for b in same):
        return None
    # one whose closest words are around a's (what the value is of) before one that only shares more words:
    # "the Sept. 11 attack" is the rival of "the Sept. 20, 2012, attack", not "on Sept. 15" in a longer sentence
    return max(rivals, key=lambda b: (_anchored(a, b), weigh(a.context & b.context), -b.start))


def _backs(a: Statement, b: Statement) -> bool:
    """Whether ``b`` states a value that ``a``'s can be: the same value, or, for a weekday at an edge of
    the day, the next or the previous day only when ``b`` is of what ``a`` is of ("BuzzFeed's Thursday
    night report" is not backed by "Trump said Friday evening" of another act)."""
    if not compatible(a, b):
        return False
    if a.kind == "weekday" and a.value != b.value:
        return _anchored(a, b)
    return True


def _stated_by_none(a: Statement, others: list[Statement]) -> bool:
    """Whether no other statement gives ``a``'s value to what ``a`` is of (its closest words around
    it): a "Monday" of another sentence about another step does not back it."""
    return not any(same_fact(a, b) and compatible(a, b) and _anchored(a, b) for b in others)


def rarity(texts: list[str]) -> Weigh:
    """A weigher of shared context words by their rarity among ``texts`` (inverse document frequency)."""
    frequency: Counter[str] = Counter(word for text in texts for word in _content(text))
    total = max(len(texts), 1)

    def weigh(words: frozenset[str]) -> float:
        # fsum: the same words weigh the same whatever order a set iterates them in (ties decide pairings)
        return math.fsum(math.log(total / frequency.get(word, 1)) for word in words if frequency.get(word, 1) <= total)

    return weigh
