"""One date expression -> (value, precision), against an anchor date. Pure and cheap: regexes
and ``datetime`` arithmetic only.

Values: day "2024-06-19", month "2024-06", year "2024", intervals "2024-06-10/2024-06-16"
(precision "week" for calendar weeks, else "interval"). Durations ("in 24 years", "for decades")
are not dates: ``normalise`` returns None for them.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["MONTHS", "WEEKDAYS", "named_days", "normalise"]

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9})
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBERS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100})
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
LEAD = re.compile(
    r"^(?:on|in|since|by|during|until|till|from|at|as of|of|for the|the|earlier|later"
    r"|around|about|before|after|this past|(?:early|late|mid)(?=\s+(?:this|last|next)\s))\s+",
    re.I,
)
PARTS_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"
MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(\d{4})"
Value = tuple[str | None, str]


def _day(d: date) -> Value:
    return d.isoformat(), "day"


def _span(first: date, last: date, precision: str = "interval") -> Value:
    return f"{first.isoformat()}/{last.isoformat()}", precision


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, monthrange(year, month + 1)[1]))


def _closest_year(month: int, day: int, anchor: date, future: bool) -> date | None:
    """The year that puts month-day nearest the anchor, leaning to the past (or the future)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue

    def distance(d: date) -> int:
        days = (d - anchor).days
        wrong_side = days > 62 if not future else days < -30  # two months ahead is still upcoming
        return abs(days) + (1000 if wrong_side else 0)

    return min(candidates, key=distance) if candidates else None


def _absolute(text: str, anchor: date | None, future: bool) -> Value | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _day(date(int(m[1]), int(m[2]), int(m[3])))
    if m := re.fullmatch(MONTH + r"\s+" + DAY + r",?\s+" + YEAR, text):
        return _day(date(int(m[3]), MONTHS[m[1][:3]], int(m[2])))
    if m := re.fullmatch(DAY + r"\s+(?:of\s+)?" + MONTH + r",?\s+" + YEAR, text):
        return _day(date(int(m[3]), MONTHS[m[2][:3]], int(m[1])))
    if m := re.fullmatch(MONTH + r",?\s+(?:of\s+)?" + YEAR, text):
        return f"{int(m[2]):04d}-{MONTHS[m[1][:3]]:02d}", "month"
    if m := re.fullmatch(r"(?:(?:the\s+)?year\s+)?" + YEAR, text):
        return (m[1], "year") if 1000 <= int(m[1]) <= 2999 else None
    if m := re.fullmatch(YEAR + r"\s*(?:-|–|—|to|until|through)\s*(\d{2,4})", text):
        last = int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
        if int(m[1]) < last:
            return _span(date(int(m[1]), 1, 1), date(last, 12, 31))
    if (m := re.fullmatch(MONTH + r"\s+" + DAY, text)) or (m := re.fullmatch(DAY + r"\s+(?:of\s+)?" + MONTH, text)):
        month, day = (m[1], m[2]) if m[1][0].isalpha() else (m[2], m[1])
        if anchor is None:
            return None
        found = _closest_year(MONTHS[month[:3]], int(day), anchor, future)
        return _day(found) if found else None
    return None


def _decades(text: str) -> Value | None:
    if m := re.fullmatch(r"(?:(early|mid|late)[\s-]+)?(\d{3})0s", text):
        start = int(m[2]) * 10
        first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}[m[1]]
        return _span(date(start + first, 1, 1), date(start + last, 12, 31))
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century", text):
        start = (int(m[1]) - 1) * 100
        return _span(date(max(start, 1), 1, 1), date(start + 99, 12, 31))
    return None


def _month_only(text: str, anchor: date | None, future: bool) -> Value | None:
    m = re.fullmatch(r"(?:(early|mid|late)[\s-]+)?" + MONTH + r"(?:\s+" + YEAR + r")?", text)
    if not m:
        return None
    month = MONTHS[m[2][:3]]
    if m[3]:
        year = int(m[3])
    elif anchor is None:
        return None
    elif future:
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:  # the past, except a month or two ahead: "at the NATO summit in July", said in June
        year = anchor.year if month <= anchor.month + 2 else anchor.year - 1
    if m[1] is None:
        return f"{year:04d}-{month:02d}", "month"
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, monthrange(year, month)[1])}[m[1]]
    return _span(date(year, month, first), date(year, month, last))


def _weekday(text: str, anchor: date, future: bool | None) -> Value | None:
    m = re.fullmatch(
        r"(?:(last|next|this|this past|this coming)\s+)?(monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday)" + PARTS_OF_DAY,
        text,
    )
    if not m:
        return None
    target = WEEKDAYS[m[2]]
    back = (anchor.weekday() - target) % 7
    if future is None and m[1] is None:  # either side: the nearer day ("Tuesday is the deadline")
        future = (target - anchor.weekday()) % 7 < back
    if m[1] == "next" or (m[1] in {None, "this", "this coming"} and future):
        ahead = (target - anchor.weekday()) % 7 or (7 if m[1] == "next" else 0)
        return _day(anchor + timedelta(days=ahead))
    if m[1] == "last" and back == 0:
        back = 7
    return _day(anchor - timedelta(days=back))


def _relative(text: str, anchor: date) -> Value | None:
    simple = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "last night": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if text in simple:
        return _day(anchor + timedelta(days=simple[text]))
    if m := re.fullmatch(r"(last|this|next|past|coming|current)\s+(week|weekend|month|year)", text):
        shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(m[1], 0)
        return _calendar_unit(m[2], shift, anchor)
    if m := re.fullmatch(
        r"(\w+)\s+(days?|weeks?|months?|years?|decades?)\s+(ago|earlier|before|after|later|from now|hence)", text
    ):
        return _offset(m[1], m[2], m[3], anchor)
    if m := re.fullmatch(r"(this|last|next)\s+(spring|summer|autumn|fall|winter)", text):
        return _season(m[2], anchor.year + {"this": 0, "last": -1, "next": 1}[m[1]])
    return None


def _calendar_unit(unit: str, shift: int, anchor: date) -> Value:
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return _span(monday, monday + timedelta(days=6), "week")
    if unit == "weekend":
        saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5, weeks=shift)
        if shift == -1 and anchor.weekday() >= 5:
            saturday = anchor - timedelta(days=anchor.weekday() - 5)
        return _span(saturday, saturday + timedelta(days=1))
    if unit == "month":
        first = _shift_months(anchor.replace(day=1), shift)
        return f"{first.year:04d}-{first.month:02d}", "month"
    return str(anchor.year + shift), "year"


def _offset(amount: str, unit_word: str, direction: str, anchor: date) -> Value | None:
    """ "three days ago" counts from the anchor; "six days after [they signed]" dates the clause's event
    from the main event (taken to be at the anchor): it is six days before the anchor."""
    number = _number(amount)
    unit = UNITS[unit_word]
    if number is None or unit == "decade" or direction in {"earlier", "later"}:
        return None
    sign = -1 if direction in {"ago", "after"} else 1
    if unit == "day":
        return _day(anchor + timedelta(days=sign * number))
    if unit == "week":
        return _calendar_unit("week", 0, anchor + timedelta(weeks=sign * number))
    if unit == "month":
        shifted = _shift_months(anchor, sign * number)
        return f"{shifted.year:04d}-{shifted.month:02d}", "month"
    return str(anchor.year + sign * number), "year"


def _season(name: str, year: int) -> Value:
    first, last = SEASONS[name]
    end_year = year + 1 if last < first else year
    return _span(date(year, first, 1), _month_end(end_year, last))


@lru_cache(maxsize=1)
def named_days() -> dict[str, str]:
    """Named day (lower case) -> "MM-DD"."""
    text = (resources.files("parallax") / "data" / "named_days.yaml").read_text(encoding="utf8")
    return {name.lower().replace("’", "'"): entry["date"] for entry in yaml.safe_load(text) for name in entry["names"]}


def _named_day(text: str, anchor: date | None, future: bool) -> Value | None:
    m = re.fullmatch(r"(.+?)(?:,?\s+" + YEAR + r")?", text.replace("’", "'"))
    if not m or m[1] not in named_days():
        return None
    month, day = (int(part) for part in named_days()[m[1]].split("-"))
    if m[2]:
        return _day(date(int(m[2]), month, day))
    if anchor is None:
        return None
    found = _closest_year(month, day, anchor, future)
    return _day(found) if found else None


def _clean(text: str) -> str:
    text = " ".join(text.lower().replace("’s", "").replace("'s", "").strip(' ,.;:()"“”').split())
    previous = None
    while previous != text:
        previous, text = text, LEAD.sub("", text)
    return text


def normalise(text: str, *, anchor: date | None, future: bool | None = False) -> Value | None:
    """``(value, precision)`` of a date expression, or None when ``text`` is not a date.

    ``anchor`` is the article's date; without it only absolute expressions resolve. ``future``
    resolves "on Friday", "in March" forward (the sentence speaks of what will happen); None
    (the tense does not say) puts a bare weekday on the nearer side of the anchor.
    """
    weekday_future = future
    future = bool(future)
    raw = " ".join(text.lower().split())
    if re.search(
        r"\b(for|over|in|within)\s+(the\s+)?(past\s+|last\s+|next\s+)?(\w+\s+)?(days|weeks|months|years|decades)\b", raw
    ) and not re.search(r"\b(ago|before|after)\b", raw):
        return None  # durations: "in 24 years", "for decades", "over the past two decades"
    cleaned = _clean(text)
    if not cleaned:
        return None
    found = _absolute(cleaned, anchor, future) or _decades(cleaned) or _month_only(cleaned, anchor, future)
    found = found or _named_day(cleaned, anchor, future)
    if found or anchor is None:
        return found
    if early := re.fullmatch(r"(?:earlier|later)\s+(this|last|next)\s+(week|month|year)", " ".join(raw.split()[-3:])):
        cleaned = f"{early[1]} {early[2]}"
    if m := re.fullmatch(r"(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + YEAR + ")?", cleaned):
        return _season(m[1], int(m[2])) if m[2] else None
    return _weekday(cleaned, anchor, weekday_future) or _relative(cleaned, anchor)
