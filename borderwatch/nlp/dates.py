"""Time expressions in article text, resolved to ISO dates where the text allows.

Rules find first, resolution second:

1. Each pattern below finds *atoms* ("February 21", "Sunday night", "yesterday",
   "3:00pm", "early March", "last week"); overlapping atoms keep the longest.
2. Atoms that are written together make one mention ("today at 8 p.m.",
   "since 3:00pm yesterday", "yesterday (Thursday)", "today, Wednesday, September 23"),
   and a leading preposition that changes the meaning is kept ("since Saturday",
   "from tonight", "till November 21", "as of Sunday"); "on"/"in"/"at" are not,
   as the corpus labels "on Friday" as "Friday".
3. Each mention is resolved against a *reference day*: the publication date, or,
   when there is none, a full date written shortly before it (a caption or
   dateline such as "... on December 15, 2023."). Weekdays and dates without a
   year take the last such day on or before it, or the next one when the clause
   looks ahead ("will reopen on Monday", "expected to meet on Tuesday") or, for
   dates, when that one is at most 45 days ahead ("from February 1" in late
   January).  Without a reference day, a date without a year takes the year of a
   full date in the text.  A bare clock time takes the day named just before it.
   Durations ("for six days", "a four-day closure") match no pattern.

Offsets index the text passed in: ``text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from borderwatch.nlp.alternation import word_alternation as _anycase
from borderwatch.records import DateKind, DateMention

__all__ = ["find_dates", "resolve_date_text"]

# English months, matched case-sensitively (Capitalised or UPPER) so that the
# verbs "may" and "march" never read as months.  Abbreviations only next to a day.
_EN_MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
_EN_MONTH_ABBR: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
# Month names of other languages met in border news (Russian genitive, French,
# German, Spanish, Turkish); matched in any case, and only with a day number.
_OTHER_MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}
_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
    "Saturday": 5, "Sunday": 6,
}
_WEEKDAY_ABBR: dict[str, int] = {name[:3].lower(): n for name, n in _WEEKDAYS.items()}
# Weekdays in the other languages of border news (French, Spanish, German,
# Turkish, Russian in the forms "on Monday" takes), written lower case in
# running text; looked up capitalised like the English ones.
_OTHER_WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "domingo": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5,
    "pazar": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
    "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
}
_WEEKDAYS.update({name.capitalize(): n for name, n in _OTHER_WEEKDAYS.items()})
# Day words relative to the reference day: offset in days.
_DAY_WORDS: dict[str, int] = {
    "the day before yesterday": -2, "the day after tomorrow": 2,
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
    # the same words in other languages of the corpus (Russian, German, Spanish,
    # Turkish, French); ambiguous ones ("hier", "morgen", "mañana") are left out
    "сегодня": 0, "вчера": -1, "завтра": 1, "heute": 0, "gestern": -1,
    "hoy": 0, "ayer": -1, "bugün": 0, "dün": -1, "aujourd'hui": 0,
}
# Day words relative to the day mentioned just before them ("a day earlier").
_CHAINED_DAY_WORDS: dict[str, int] = {
    "the day before": -1, "the previous day": -1, "a day earlier": -1, "a day before": -1,
    "the next day": 1, "the following day": 1, "a day later": 1, "the day after": 1,
}
# Dates without a year this many days after the reference can only be the
# coming ones ("from February 1" in a late-January article); others are past
# (a dated announcement further ahead has a cue word such as "will").
_FUTURE_WINDOW_DAYS = 45
# How far back (characters) a caption/dateline date or a just-mentioned day
# may sit to anchor relative words and bare clock times.
_ANCHOR_REACH = 300


def _alts(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _cased(words: list[str]) -> str:
    return _anycase(words + [w.upper() for w in words], cased=True)


_SP = r"[^\S\n]"  # a space within one line: dates never span lines
_DASH = r"[-–—]"
_MONTH_FULL = rf"(?P<mon>{_cased(list(_EN_MONTHS))})(?![a-z])"
_MONTH_EN = rf"(?P<mon>{_cased(list(_EN_MONTHS) + list(_EN_MONTH_ABBR))})(?![a-z])\.?"
_MONTH = (
    rf"(?P<mon>(?:{_cased(list(_EN_MONTHS))})(?![a-z])"
    rf"|(?:{_cased(list(_EN_MONTH_ABBR))})(?![a-z])\.?"
    rf"|(?i:{_alts(list(_OTHER_MONTHS))})(?![^\W\d_]))"
)
_WD = _cased(list(_WEEKDAYS) + list(_OTHER_WEEKDAYS))
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
_NUMBER_WORDS = "a few|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


@dataclass(frozen=True, slots=True)
class _Rule:
    """One atom pattern.  ``core`` is tried where one of the ``starts`` words (or,
    when there are none, a number) begins; ``before`` is matched backwards from
    there (a ``$``-anchored regex searched in the few characters before it)."""

    kind: str
    core: re.Pattern[str]
    starts: tuple[str, ...]
    before: re.Pattern[str] | None = None
    before_required: bool = False


def _rule(kind: str, core: str, starts: Iterable[str] = (), before: str | None = None,
          required: bool = False) -> _Rule:
    return _Rule(kind, re.compile(core), tuple(starts),
                 re.compile(before) if before else None, required)


_EN_MONTH_WORDS = list(_EN_MONTHS) + list(_EN_MONTH_ABBR)


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
    # European "10.07.2024"
    _rule("ymd", r"(?P<d>\d\d?)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)"),
    # "early March", "mid-March", "February 2019", (in) "March": no day, no date
    _rule("month", rf"{_MONTH_FULL}(?:,?{_SP}+(?:of{_SP}+)?{_YEAR})?", _EN_MONTHS,
          r"\b(?P<mod>(?i:early|mid|late|the\s+(?:end|beginning|start)\s+of))[\s-]+$"),
    # "Sunday", "late on Friday", "Monday morning", "last Friday", "next Monday"
    _rule("weekday", rf"(?P<wd>{_WD})(?![a-z])(?:{_SP}+(?P<part>(?:early{_SP}+|late{_SP}+)?"
                     r"(?:morning|afternoon|evening|night)))?", _WEEKDAYS,
          r"\b(?P<mod>(?i:(?:early|late)\s+on|early|late|last|next|this\s+coming|this|coming))\s+$"),
    # "yesterday", "tonight", "this morning", "late yesterday", "yesterday evening"
    _rule("dayword", rf"(?P<word>{_anycase(list(_DAY_WORDS))})"
                     rf"(?:{_SP}+(?:morning|afternoon|evening|night))?(?!\w)", _DAY_WORDS,
          r"\b(?i:early|late|earlier|later)\s+$"),
    # "the day before", "a day earlier": one day off the day mentioned before
    _rule("chained", rf"(?P<word>{_anycase(list(_CHAINED_DAY_WORDS))})(?!\w)",
          _CHAINED_DAY_WORDS),
    # "about three hours later": the day mentioned before
    _rule("chained", r"(?i:hours?\s+(?:later|earlier))(?!\w)", ["hour", "hours"],
          rf"\b(?i:(?:(?:about|around|some|nearly|roughly|just)\s+)?(?:\d\d?|{_NUMBER_WORDS}))\s+$",
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
# Prepositions kept in the mention because they change its meaning (the corpus
# labels "since Saturday", "from tonight", "till November 21" but "on Friday" as "Friday").
_LEAD = re.compile(
    r"(?i:\b(?P<p>since|from|till|until|as\s+of|starting(?:\s+from)?|beginning|"
    r"effective(?:\s+from)?|by|through))\s+$"
)
# Words before a day in the same clause that say it lies ahead ("will reopen on Monday").
_FUTURE_CUES = re.compile(
    r"(?i:\b(?:will|shall|would|'ll|expected\s+to|scheduled|set\s+to|plans?\s+to|planned|"
    r"is\s+to|are\s+to|(?:is|are|was|were)\s+going\s+to|due\s+to\s+(?:re)?(?:open|close|resume|meet)|"
    r"likely\s+to|starting|beginning|effective)\b)"
)
# A full date preceded by one of these is a deadline, never an anchor.
_NOT_ANCHOR = re.compile(r"(?i:\b(?:till|until|by|from|before|after|starting)\s+$)")
# What may stand between a day and a clock time written together.
_GLUE_DAY_TIME = re.compile(r"(?:,?[ \t]+at|,?[ \t]+from|,)?[ \t]+")
_GLUE_TIME_DAY = re.compile(r"(?:,?[ \t]+on|,)?[ \t]+")
_CLAUSE_END = re.compile(r"[.!?;\n]")


@dataclass(frozen=True, slots=True)
class _Atom:
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


def _month_number(name: str) -> int:
    key = name.rstrip(".")
    for table in (_EN_MONTHS, _EN_MONTH_ABBR):
        for word, number in table.items():
            if key in (word, word.upper()):
                return number
    return _OTHER_MONTHS.get(key.lower(), 0)


def _atom_from(kind: str, groups: dict[str, str | None], start: int, core: int,
               end: int) -> _Atom | None:
    if kind in ("range", "md", "ymd", "month"):
        month = int(groups["m"] or 0) if kind == "ymd" else _month_number(groups["mon"] or "")
        day = int(d) if (d := groups.get("d")) else None
        year = int(y) if (y := groups.get("y")) else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        if day is not None and year is not None and day > calendar.monthrange(year, month)[1]:
            return None
        if kind == "range" and day is not None and not 1 <= int(groups["d2"] or 0) <= 31:
            return None
        wdp = groups.get("wdp")
        weekday = _WEEKDAY_ABBR[wdp[:3].lower()] if wdp else None
        return _Atom(start, end, "range" if kind == "range" else "abs", year, month, day, weekday)
    if kind == "weekday":
        mod = " ".join((groups.get("mod") or "").lower().split())
        direction = -1 if mod == "last" else 1 if mod in ("next", "coming", "this coming") else 0
        wd = _WEEKDAYS[(groups["wd"] or "").capitalize()]
        return _Atom(start, end, kind, weekday=wd, direction=direction)
    if kind == "dayword":
        word = " ".join((groups["word"] or "").lower().split())
        return _Atom(start, end, kind, offset=_DAY_WORDS[word])
    if kind == "chained":
        word = " ".join((groups.get("word") or "").lower().split())
        return _Atom(start, end, kind, offset=_CHAINED_DAY_WORDS.get(word, 0))
    hour = groups.get("h")
    if kind == "time" and hour is not None and int(hour) > 23:
        return None
    if kind == "year" and groups.get("pre"):
        start = core  # "in 2019" is labelled "2019"
    return _Atom(start, end, kind, prep=(groups.get("q") or "").lower())


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


def _scan_atoms(text: str) -> list[_Atom]:
    found: list[_Atom] = []
    for rule, m in _matches(text):
        start = m.start()
        lead = None
        if rule.before is not None:
            lead = rule.before.search(text, max(0, start - _BEFORE_REACH), start)
        if lead is None:
            if rule.before_required:
                continue
            prev = text[start - 1] if start else " "
            if prev.isalnum() or prev == "_" or (text[start].isdigit() and prev in ".,:"):
                continue  # the core starts inside a word or a number
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
    kept: list[_Atom] = []
    for atom in found:  # longest first at each start; drop anything overlapping a kept atom
        if kept and atom.start < kept[-1].end:
            continue
        kept.append(atom)
    return kept


_DAYLIKE = frozenset({"abs", "range", "weekday", "dayword"})


def _merge(text: str, atoms: list[_Atom]) -> list[tuple[int, int, list[_Atom]]]:
    """Group atoms written together into one mention: (start, end, parts)."""
    groups: list[tuple[int, int, list[_Atom]]] = []
    for atom in atoms:
        if groups:
            start, end, parts = groups[-1]
            gap = text[end:atom.start]
            last = parts[-1]
            has_day = any(p.kind in _DAYLIKE for p in parts)
            joined = (
                (has_day and atom.kind == "time" and not atom.prep
                 and _GLUE_DAY_TIME.fullmatch(gap) is not None)
                or (last.kind == "time" and atom.kind in _DAYLIKE and not has_day
                    and _GLUE_TIME_DAY.fullmatch(gap) is not None)
                or (last.kind == "dayword" and atom.kind in ("weekday", "abs")
                    and re.fullmatch(r",\s*", gap) is not None)
                or (last.kind == "weekday" and atom.kind == "abs" and gap.strip() == ",")
            )
            paren = (re.fullmatch(r"\s*\(\s*", gap) is not None and atom.kind in _DAYLIKE
                     and has_day and re.match(r"\s*\)", text[atom.end:]) is not None)
            if paren:
                close = text.index(")", atom.end) + 1
                groups[-1] = (start, close, parts + [atom])
                continue
            if joined:
                groups[-1] = (start, atom.end, parts + [atom])
                continue
        groups.append((atom.start, atom.end, [atom]))
    return groups


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _parse_iso(value: str | None) -> date | None:
    """A publication date; None for anything else, and for years no news is
    dated in (which also keeps day arithmetic far from ``date.min``/``date.max``)."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value or "")
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not 1000 <= y <= 9000 or not 1 <= mo <= 12 or not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    return date(y, mo, d)


def _yearless(month: int, day: int, ref: date, future: bool) -> date | None:
    """The (month, day) nearest the reference: the last one on or before it, the
    next one when the text looks ahead or it falls within the future window."""
    options = [
        date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)
        if 1 <= y <= 9998 and day <= calendar.monthrange(y, month)[1]
    ]
    after = [d for d in options if d >= ref]
    before = [d for d in options if d <= ref]
    if after and (future or (after[0] - ref).days <= _FUTURE_WINDOW_DAYS):
        return after[0]
    return before[-1] if before else None


def _weekday(weekday: int, ref: date, future: bool, direction: int) -> date:
    if direction > 0:
        return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    if direction < 0:
        return ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
    if future:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _looks_ahead(text: str, start: int) -> bool:
    window = text[max(0, start - 80):start]
    clause = _CLAUSE_END.split(window)[-1]
    return _FUTURE_CUES.search(clause) is not None


def _resolve(parts: list[_Atom], ref: date | None, year: int | None, prev: date | None,
             future: bool) -> tuple[date | None, DateKind]:
    """The date of one mention and its kind."""
    day = next((p for p in parts if p.kind in ("abs", "range") and p.day), None)
    day = day or next((p for p in parts if p.kind in _DAYLIKE | {"chained"}), None)
    if day is None:
        head = parts[0]
        if head.kind == "time":
            return (prev or ref), "relative"
        return None, "relative" if head.kind == "vague" else "absolute"
    if day.kind in ("abs", "range"):
        kind: DateKind = "range" if day.kind == "range" else "absolute"
        if day.day is None or day.month is None:
            return None, kind
        if day.year is not None:
            return date(day.year, day.month, day.day), kind
        if ref is not None:
            when = _yearless(day.month, day.day, ref, future)
        elif year is not None and day.day <= calendar.monthrange(year, day.month)[1]:
            when = date(year, day.month, day.day)  # the year written elsewhere in the text
        else:
            when = None
        said = {p.weekday for p in parts if p.weekday is not None}
        if when and said and when.weekday() not in said:  # "Wednesday, September 23" in
            return None, kind  # a year where it is no Wednesday: the year guess is wrong
        return when, kind
    if day.kind == "weekday" and day.weekday is not None:
        return (_weekday(day.weekday, ref, future, day.direction) if ref else None), "weekday"
    if day.kind == "chained":
        return (prev + timedelta(days=day.offset) if prev else None), "relative"
    return (ref + timedelta(days=day.offset) if ref else None), "relative"


def find_dates(
    text: str, published: str | None, default_year: int | None = None,
    *, prefer_future: bool | None = None,
) -> list[DateMention]:
    """Every time expression in ``text``, resolved against ``published`` (ISO).

    ``default_year`` stands in for a missing publication year for dates written
    without one; when not given it is taken from a full date in the text.
    ``prefer_future`` forces the direction of weekdays and yearless dates
    (``None``: decided per mention by cue words such as "will" or "until").
    """
    pub = _parse_iso(published)
    atoms = _scan_atoms(text)
    full = [(a.start, date(a.year, a.month, a.day)) for a in atoms
            if a.kind in ("abs", "range") and a.year and a.month and a.day]
    anchors = [(s, d) for s, d in full if not _NOT_ANCHOR.search(text, max(0, s - 12), s)]
    year = default_year if default_year is not None and 1000 <= default_year <= 9000 else None
    mentions: list[DateMention] = []
    prev: tuple[int, date] | None = None  # the last resolved day and where it ended
    for start, end, parts in _merge(text, atoms):
        lead = _LEAD.search(text, max(0, start - 25), start)
        if lead and parts[0].kind != "time" and not (parts[0].kind == "year" and parts[0].prep):
            start = lead.start("p")
        ref = pub
        if ref is None:
            near = [d for s, d in anchors if start - _ANCHOR_REACH <= s < start]
            ref = near[-1] if near else None
        if default_year is None and full:  # the full date written nearest before, else first
            year = next((d.year for s, d in reversed(full) if s < start), full[0][1].year)
        future = _looks_ahead(text, start) if prefer_future is None else prefer_future
        recent = prev[1] if prev and start - prev[0] <= _ANCHOR_REACH else None
        if parts[0].kind == "chained":  # "a day earlier" refers to the last day named
            recent = prev[1] if prev else None
        when, kind = _resolve(parts, ref, year, recent, future)
        mentions.append(DateMention(start, end, text[start:end], _iso(when), kind))
        if when is not None and any(p.kind != "time" for p in parts):
            prev = (end, when)
    return mentions


def resolve_date_text(
    expr: str, published: str | None, prefer_future: bool = False,
    *, default_year: int | None = None,
) -> str | None:
    """The ISO date of one expression ("since Saturday", "February 21"), or None."""
    found = find_dates(expr, published, default_year, prefer_future=prefer_future)
    dated = [m for m in found if m.date]
    if not dated:
        return None
    return max(dated, key=lambda m: m.end - m.start).date
