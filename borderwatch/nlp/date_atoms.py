"""Date atoms: the patterns that find the pieces of a time expression.

Step 1 of finding dates (see ``dates``): each rule below finds *atoms*
("February 21", "Sunday night", "yesterday", "3:00pm", "early March", "last
week"), tried only where a number or one of its start words begins; where
atoms overlap, the longest is kept.  ``dates`` joins atoms written together
into mentions and resolves them.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from borderwatch.nlp.alternation import word_alternation as _anycase
from borderwatch.nlp.date_words import (
    CHAINED_DAY_WORDS,
    DAY_WORDS,
    EN_MONTH_ABBR,
    EN_MONTHS,
    HOUR_COUNT_WORDS,
    OTHER_MONTHS,
    OTHER_WEEKDAYS,
    WEEKDAY_ABBR,
    WEEKDAYS,
    month_number,
)
from borderwatch.nlp.numbers import NUMBER_WORDS

__all__ = ["Atom", "scan_atoms"]


def _alts(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _cased(words: list[str]) -> str:
    return _anycase(words + [w.upper() for w in words], cased=True)


_SP = r"[^\S\n]"  # a space within one line: dates never span lines
_DASH = r"[-–—]"
_MONTH_FULL = rf"(?P<mon>{_cased(list(EN_MONTHS))})(?![a-z])"
_MONTH_EN = rf"(?P<mon>{_cased(list(EN_MONTHS) + list(EN_MONTH_ABBR))})(?![a-z])\.?"
_MONTH = (
    rf"(?P<mon>(?:{_cased(list(EN_MONTHS))})(?![a-z])"
    rf"|(?:{_cased(list(EN_MONTH_ABBR))})(?![a-z])\.?"
    rf"|(?i:{_alts(list(OTHER_MONTHS))})(?![^\W\d_]))"
)
_WD = _cased(list(WEEKDAYS) + list(OTHER_WEEKDAYS))
_DAY = r"(?P<d>\d\d?)(?:st|nd|rd|th)?(?!\d|[.:,]\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?![\d%])"
_RANGE_END = r"(?P<d2>\d\d?)(?!\d)"
# "Tuesday, July 11": a weekday written before a date
_WD_BEFORE = (
    rf"\b(?P<wdp>{_WD}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?{_SP}+(?:the{_SP}+)?$"
)
# qualifiers kept with a clock time ("around 3 a.m.", "before 6 a.m."), "at" is not
_TIME_BEFORE = (
    r"\b(?P<q>(?i:around|about|approximately|shortly\s+(?:before|after)|"
    r"just\s+(?:before|after)|before|after|since|from|until|till|by))\s+(?:around\s+)?$"
)
_HOUR_COUNT = "|".join(HOUR_COUNT_WORDS)
# A count and its noun just before "a day": "3,000 people a day before the closure"
# is a rate, not one day before.  The noun is one or two words that are not a
# month or weekday ("21 February a day before") nor a past tense ("two soldiers
# died a day before").
_RATE_BEFORE = (
    rf"(?<![\w.,])(?:\d[\d,.]*|{_anycase([*NUMBER_WORDS, 'hundred', 'thousand'])}"
    rf"|{_anycase(['dozens', 'hundreds', 'thousands'])})(?!\w)"
    rf"(?:{_SP}+{_anycase(['hundred', 'thousand', 'million', 'lakh', 'crore'])}(?!\w))?"
    rf"(?:{_SP}+(?!(?:{_WD}|{_cased(list(EN_MONTHS) + list(EN_MONTH_ABBR))})(?!\w))"
    rf"[^\W\d_][\w'’-]*){{1,2}}(?<![Ee][Dd]){_SP}+$"
)


@dataclass(frozen=True, slots=True)
class _Rule:
    """One atom pattern.  ``core`` is tried where one of the ``starts`` words (or,
    when there are none, a number) begins; ``before`` is matched backwards from
    there (a ``$``-anchored regex searched in the few characters before it);
    ``not_after``, found there the same way, means the core is no time expression."""

    kind: str
    core: re.Pattern[str]
    starts: tuple[str, ...]
    before: re.Pattern[str] | None = None
    before_required: bool = False
    not_after: re.Pattern[str] | None = None


def _rule(kind: str, core: str, starts: Iterable[str] = (), before: str | None = None,
          required: bool = False, not_after: str | None = None) -> _Rule:
    return _Rule(kind, re.compile(core), tuple(starts),
                 re.compile(before) if before else None, required,
                 re.compile(not_after) if not_after else None)


_EN_MONTH_WORDS = list(EN_MONTHS) + list(EN_MONTH_ABBR)
# Counts before "days ago" ("two days ago", "ten nights ago").
_AGO_COUNTS = [w for w, n in NUMBER_WORDS.items() if n <= 30]
# The chained day words that a count before them turns into a rate ("a day").
_A_DAY_WORDS = [w for w in CHAINED_DAY_WORDS if w.startswith("a day")]
_THE_DAY_WORDS = [w for w in CHAINED_DAY_WORDS if w not in _A_DAY_WORDS]


_RULES: tuple[_Rule, ...] = (
    # "5-7 April", "С 5 по 7 апреля", "from 5 to 7 April": a range, dated by its start
    _rule("range", rf"(?P<d>\d\d?){_SP}*(?:{_DASH}|{_SP}(?:to|and|по|до){_SP}){_SP}*{_RANGE_END}"
                   rf"{_SP}+(?:of{_SP}+)?{_MONTH}(?:,?{_SP}+{_YEAR})?",
          before=rf"(?<!\w)(?:[Сс]|(?i:from|between)){_SP}+$"),
    # "April 5-7, 2024"
    _rule("range", rf"{_MONTH_EN}{_SP}*(?P<d>\d\d?){_SP}*{_DASH}{_SP}*{_RANGE_END}"
                   rf"(?:,?{_SP}+{_YEAR})?", _EN_MONTH_WORDS),
    # "Tuesday, July 11", "Feb. 21, 2025", "December15, 2023", "January 14th 2024"
    _rule("md", rf"{_MONTH_EN}{_SP}*{_DAY}(?:,?{_SP}+{_YEAR})?", _EN_MONTH_WORDS, _WD_BEFORE),
    # "09 July 2024", "21 Feb 2025", "the 5th of May", "15. März", "15 de marzo de 2024"
    _rule("md", rf"{_DAY}\.?{_SP}+(?:of{_SP}+|de{_SP}+)?{_MONTH}(?:,?{_SP}+(?:de{_SP}+)?{_YEAR})?",
          before=_WD_BEFORE),
    # ISO "2024-01-25" and "2024/01/25"
    _rule("ymd", r"(?P<y>(?:19|20)\d\d)[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)(?!\d)"),
    # Chinese and Japanese "2025年7月8日", "1月1日", Korean "7월 8일": numbers and their units
    _rule("ymd", r"(?:(?P<y>(?:19|20)\d\d)\s*[年년]\s*)?(?P<m>[01]?\d)\s*[月월]\s*"
                 r"(?P<d>[0-3]?\d)\s*[日号號일]"),
    # Vietnamese "ngày 7/6", "sáng 8/6", "(8/6)": day before month, after a day word
    _rule("ymd", r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>(?:19|20)\d\d))?(?![\d/])",
          before=r"(?:\b(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+|(?<=\())$", required=True),
    # European "10.07.2024"
    _rule("ymd", r"(?P<d>\d\d?)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)"),
    # "early March", "mid-March", "February 2019", (in) "March": no day, no date
    # ("early June 17" is June 17: a day after the month makes it a date)
    _rule("month", rf"{_MONTH_FULL}(?:,?{_SP}+(?:of{_SP}+)?{_YEAR})?(?!{_SP}*\d)", EN_MONTHS,
          r"\b(?P<mod>(?i:early|mid|late|the\s+(?:end|beginning|start)\s+of))[\s-]+$"),
    # "Sunday", "late on Friday", "Monday morning", "last Friday", "next Monday"
    _rule("weekday", rf"(?P<wd>{_WD})(?![a-z])(?:{_SP}+(?P<part>(?:early{_SP}+|late{_SP}+)?"
                     r"(?:morning|afternoon|evening|night)))?", WEEKDAYS,
          r"\b(?P<mod>(?i:(?:early|late)\s+on|early|late|last|next|this\s+coming|this|coming))\s+$"),
    # "yesterday", "tonight", "this morning", "late yesterday", "yesterday evening"
    _rule("dayword", rf"(?P<word>{_anycase(list(DAY_WORDS))})"
                     rf"(?:{_SP}+(?:morning|afternoon|evening|night))?(?!\w)", DAY_WORDS,
          r"\b(?i:early|late|earlier|later)\s+$"),
    # "two days ago", "three nights ago", "a week ago": days before publication
    _rule("ago", r"(?i:ago)(?!\w)", ["ago"],
          rf"\b(?P<n>\d\d?|(?i:a|an|{'|'.join(_AGO_COUNTS)}))[^\S\n]+"
          r"(?P<unit>(?i:days?|nights?|weeks?))[^\S\n]+$", required=True),
    # "the day before", "the next day": one day off the day mentioned before
    _rule("chained", rf"(?P<word>{_anycase(_THE_DAY_WORDS)})(?!\w)", _THE_DAY_WORDS),
    # "a day earlier", the same, unless a count stands before it ("3,000 people a day")
    _rule("chained", rf"(?P<word>{_anycase(_A_DAY_WORDS)})(?!\w)", _A_DAY_WORDS,
          not_after=_RATE_BEFORE),
    # "about three hours later": the day mentioned before
    _rule("chained", r"(?i:hours?\s+(?:later|earlier))(?!\w)", ["hour", "hours"],
          rf"\b(?i:(?:(?:about|around|some|nearly|roughly|just)\s+)?(?:\d\d?|{_HOUR_COUNT}))\s+$",
          required=True),
    # "last week", "earlier this month", "this year": a mention without a date
    _rule("vague", rf"(?:{_anycase(['week', 'weekend', 'month', 'year'])})(?!\w)",
          ["week", "weekend", "month", "year"],
          r"\b(?i:(?:(?:earlier|later|early|late)\s+(?:this|last|next|in\s+the)|this|last|next))"
          r"\s+$", required=True),
    _rule("vague", rf"(?:{_anycase(['overnight', 'за ночь'])})(?!\w)", ["overnight", "за ночь"]),
    # "3:00pm", "8 p.m.", "11:00", "midnight", "5 p.m. local time"
    _rule("time", r"(?P<h>\d\d?)(?:(?:[:.][0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?|[AP]\.?\s?M\b\.?)"
                  r"|:[0-5]\d(?![\d:])(?:\s*hrs\b|\s*hours\b)?)(?:\s+local\s+time|\s+(?:GMT|UTC))?",
          before=_TIME_BEFORE),
    _rule("time", rf"(?:{_anycase(['midnight', 'noon', 'midday'])})(?!\w)"
                  r"(?:\s+local\s+time|\s+(?:GMT|UTC))?", ["midnight", "noon", "midday"],
          _TIME_BEFORE),
    # "since 2019", "in 2019", "until the end of 2025": a year alone, no date
    _rule("year", r"(?P<y>(?:19|20)\d\d)(?![\d%]|[,.]\d)",
          before=r"(?:\b(?P<q>(?i:since|until|till|by|from))\s+|\b(?P<pre>(?i:in|during|throughout|"
          r"before|after))\s+|\b(?P<mod>(?i:early|late|mid|the\s+(?:end|beginning|start)\s+of))"
          r"[\s-]+)$", required=True),
)
# Rules tried where a number starts, and where each start word starts.
_DIGIT_RULES = tuple(rule for rule in _RULES if not rule.starts)
_WORD_RULES: dict[str, tuple[_Rule, ...]] = {}
for _r in _RULES:
    for _w in _r.starts:
        _WORD_RULES[_w.lower()] = _WORD_RULES.get(_w.lower(), ()) + (_r,)
_NUMBER_START = re.compile(r"\d+")
_WORD_START = re.compile(rf"\b{_anycase(_WORD_RULES)}")  # two scans beat one alternation
# How far back (characters) a rule's ``before`` part may start.
_BEFORE_REACH = 40
# A month alone is a mention only with one of these just before it ("in March").
_MONTH_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|until|till|from|by|during|through|throughout|last|next|this|"
    r"before|after))\s+$"
)


@dataclass(frozen=True, slots=True)
class Atom:
    """One piece of a time expression as found; ``dates`` joins and resolves them."""

    start: int
    end: int
    kind: str  # a rule kind; md and ymd become "abs"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0  # day words: days from the reference
    direction: int = 0  # weekdays: -1 "last", +1 "next", 0 as the context says
    prep: str = ""  # lead preposition, lower-case


def _weekday_before(word: str) -> int | None:
    """The weekday written before a date: a full name in any language
    ("miércoles"), else an English abbreviation ("Tue."); None for another
    language's abbreviation ("mié.", "mer."), which names no day we know."""
    name = word.rstrip(".")
    return WEEKDAYS.get(name.capitalize(), WEEKDAY_ABBR.get(name[:3].lower()))


def _atom_from(kind: str, groups: dict[str, str | None], start: int, core: int,
               end: int) -> Atom | None:
    if kind in ("range", "md", "ymd", "month"):
        month = int(groups["m"] or 0) if kind == "ymd" else month_number(groups["mon"] or "")
        day = int(d) if (d := groups.get("d")) else None
        year = int(y) if (y := groups.get("y")) else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        if day is not None and year is not None and day > calendar.monthrange(year, month)[1]:
            return None
        if kind == "range" and day is not None and not 1 <= int(groups["d2"] or 0) <= 31:
            return None
        wdp = groups.get("wdp")
        weekday = _weekday_before(wdp) if wdp else None
        return Atom(start, end, "range" if kind == "range" else "abs", year, month, day, weekday)
    if kind == "weekday":
        mod = " ".join((groups.get("mod") or "").lower().split())
        direction = -1 if mod == "last" else 1 if mod in ("next", "coming", "this coming") else 0
        wd = WEEKDAYS[(groups["wd"] or "").capitalize()]
        return Atom(start, end, kind, weekday=wd, direction=direction)
    if kind == "dayword":
        word = " ".join((groups["word"] or "").lower().split())
        return Atom(start, end, kind, offset=DAY_WORDS[word])
    if kind == "ago":
        count = groups.get("n") or "a"
        n = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), 1)
        weeks = (groups.get("unit") or "").lower().startswith("week")
        return Atom(start, end, "dayword", offset=-n * (7 if weeks else 1))
    if kind == "chained":
        word = " ".join((groups.get("word") or "").lower().split())
        return Atom(start, end, kind, offset=CHAINED_DAY_WORDS.get(word, 0))
    hour = groups.get("h")
    if kind == "time" and hour is not None and int(hour) > 23:
        return None
    if kind == "year" and groups.get("pre"):
        start = core  # "in 2019" is labelled "2019"
    return Atom(start, end, kind, prep=(groups.get("q") or "").lower())


def _ideograph(char: str) -> bool:
    """A character of a script written without spaces between words (Chinese,
    Japanese, Korean): a number may follow it directly ("于1月1日")."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _matches(text: str) -> Iterator[tuple[_Rule, re.Match[str]]]:
    """Each rule's match at each trigger (a number or a start word) of ``text``."""
    for number in _NUMBER_START.finditer(text):
        for rule in _DIGIT_RULES:
            if m := rule.core.match(text, number.start()):
                yield rule, m
    for word in _WORD_START.finditer(text):
        for rule in _WORD_RULES.get(word.group().lower(), ()):
            if m := rule.core.match(text, word.start()):
                yield rule, m


def scan_atoms(text: str) -> list[Atom]:
    """The atoms of ``text`` in order; where atoms overlap, the longest is kept."""
    found: list[Atom] = []
    for rule, m in _matches(text):
        start = m.start()
        if rule.not_after and rule.not_after.search(text, max(0, start - _BEFORE_REACH), start):
            continue
        lead = None
        if rule.before is not None:
            lead = rule.before.search(text, max(0, start - _BEFORE_REACH), start)
        if lead is None:
            if rule.before_required:
                continue
            prev = text[start - 1] if start else " "
            inside = (prev.isalnum() and not _ideograph(prev)) or prev == "_"
            if inside or (text[start].isdigit() and prev in ".,:"):
                continue  # the core starts inside a word or a number (CJK writes no spaces)
        groups = dict(m.groupdict())
        if lead is not None:
            groups.update({k: v for k, v in lead.groupdict().items() if v})
        if rule.kind == "month" and not (groups.get("mod") or groups.get("y")):
            if not _MONTH_CONTEXT.search(text, max(0, start - 20), start):
                continue
        atom = _atom_from(rule.kind, groups, lead.start() if lead else start, start, m.end())
        if atom is not None:
            found.append(atom)
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Atom] = []
    for atom in found:  # longest first at each start; drop anything overlapping a kept atom
        if kept and atom.start < kept[-1].end:
            continue
        kept.append(atom)
    return kept

