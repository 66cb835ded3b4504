"""Counts of trucks, vehicles and people in article text.

A count is a number (digits, "1.5 million", "2.5k", "two thousand"), an optional
qualifier before it ("more than", "about", "up to", "at least"), up to two words
that describe the thing, and a counted head noun from the table below:
"more than 6,000 trucks" -> ``Count("trucks", 6000, "more than")``.
Vague amounts follow the corpus conventions: "hundreds of travelers" ->
``Count("travelers", None, "hundreds")``; "dozens", "scores" and
"a large number" give no count.  A range ("5,000-6,000 trucks") counts its
first number, qualified "about" unless a qualifier is written.

Offsets index the text passed in: ``text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import re

from borderwatch.nlp.alternation import word_alternation as _anycase
from borderwatch.nlp.numbers import NUMBER_WORDS, SCALES, parse_number
from borderwatch.records import Count, CountMention

# parse_number lives in numbers; it stays importable from here, where it began.
__all__ = ["find_counts", "parse_number"]

# Counted things (lower-case, singular and plural).  Soldiers and troops are
# left to casualties; fighters, posts, days and kilometres are never counted.
_HEADS: tuple[str, ...] = (
    "truck", "trucks", "lorry", "lorries", "vehicle", "vehicles", "container", "containers",
    "car", "cars", "bus", "buses", "trailer", "trailers", "tanker", "tankers", "wagon",
    "wagons", "convoy", "convoys", "people", "person", "persons", "passenger", "passengers",
    "traveller", "travellers", "traveler", "travelers", "pilgrim", "pilgrims", "driver",
    "drivers", "truckers", "migrant", "migrants", "refugee", "refugees", "civilian",
    "civilians", "tourist", "tourists", "citizen", "citizens", "nationals",
    "resident", "residents", "trader", "traders", "patient", "patients", "worker", "workers",
    "labourers", "laborers", "student", "students", "families", "children", "women",
    "asylum seekers", "asylum-seekers", "returnees", "deportees", "evacuees",
    "pedestrians", "individuals",
)
# Heads in other languages of border news: word -> the English ``what``.
_HEADS_RU: dict[str, str] = {
    # Russian
    "машин": "vehicles", "машины": "vehicles", "автомобилей": "vehicles",
    "грузовиков": "trucks", "грузовика": "trucks", "фур": "trucks", "большегрузов": "trucks",
    "человек": "people", "людей": "people", "пассажиров": "passengers",
    # German, French, Spanish, Turkish
    "lastwagen": "trucks", "lkw": "trucks", "fahrzeuge": "vehicles", "menschen": "people",
    "personen": "people", "reisende": "travellers", "camions": "trucks",
    "véhicules": "vehicles", "personnes": "people", "voyageurs": "travellers",
    "camiones": "trucks", "vehículos": "vehicles", "personas": "people",
    "pasajeros": "passengers", "tır": "trucks", "araç": "vehicles", "kişi": "people",
    # Ukrainian
    "вантажівок": "trucks", "ваговозів": "trucks", "автомобілів": "vehicles",
    "пасажирів": "passengers",
}
# Plural demonyms used as heads ("3,000 Thais", "Afghans"): a capitalised word
# with a demonym ending, checked by this pattern.
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+(?:ans|ians|eans|is|eks|iks)")
# Proper adjectives kept in ``what`` with their case ("Thai civilians").
_PROPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ian|ean|ese|i|ish|ic|ch|ss|ek|ik|kh|yz)")
# Lower-case modifiers that name a kind of the thing and stay in ``what``
# ("goods vehicles", "large vehicles"); other modifiers are read past but dropped.
_KIND_MODIFIERS: frozenset[str] = frozenset({
    "goods", "cargo", "heavy", "large", "small", "light", "passenger", "commercial",
    "private", "aid", "relief", "humanitarian", "fuel", "oil", "container", "freight",
    "transit", "empty", "trade", "transport", "military", "foreign", "local", "tourist",
    "fruit", "food", "export", "import", "supply", "utility", "pickup", "delivery",
})
# Words that may not sit between a number and its noun: units, time, function
# words ("25 km of trucks", "5 days", "2 of the trucks" are no counts).
_BLOCKERS: frozenset[str] = frozenset({
    "of", "and", "or", "in", "on", "at", "the", "a", "an", "to", "for", "with", "from", "by",
    "per", "km", "kms", "kilometres", "kilometers", "miles", "metres", "meters", "tons",
    "tonnes", "tonne", "ton", "kg", "hours", "days", "weeks", "months", "years", "minutes",
    "percent", "per cent", "times", "were", "was", "are", "is", "have", "had", "said",
    "killed", "wounded", "injured", "who", "which", "that",
})
# Qualifier written before a number -> the corpus qualifier.
_QUALIFIERS: dict[str, str] = {
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "above": "more than", "over than": "more than",
    "up to": "up to", "as many as": "up to",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "nearly": "about", "almost": "about", "an estimated": "about", "estimated": "about",
    "some": "about", "roughly": "about", "close to": "about", "nearly about": "about",
    "between": "about",  # "between 5,000 and 6,000 trucks"
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "около": "about", "примерно": "about", "порядка": "about", "более": "more than",
    "свыше": "more than", "больше": "more than", "более чем": "more than",
    "больше чем": "more than", "понад": "more than", "близько": "about", "майже": "about",
    "до": "up to", "не менее": "at least",
    "rund": "about", "etwa": "about", "ungefähr": "about", "mehr als": "more than",
    "über": "more than", "bis zu": "up to", "environ": "about", "près de": "about",
    "plus de": "more than", "jusqu'à": "up to", "unos": "about", "unas": "about",
    "alrededor de": "about", "cerca de": "about", "más de": "more than", "hasta": "up to",
    "yaklaşık": "about", "fazla": "more than",
}
# Currency signs and codes: a number after them is money, never a count.
_MONEY_BEFORE = re.compile(r"(?:[$€£₹¥]|\b(?i:rs|usd|pkr|inr|afn|afs|eur|tk|tl))\.?\s*$")


_WORD_NUM = _anycase(list(NUMBER_WORDS) + ["hundred", "thousand", "million"])
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORD = _anycase(["million", "mln", "mn", "thousand", "hundred", "lakh", "crore"])
# A number: digits with an optional scale ("1.5 million", "2.5k", "2 thousand"),
# or number words ("two thousand", "a hundred and fifty", "twenty-five").
# Russian and Ukrainian thousands: "1,7 тыс грузовиков" (a decimal comma),
# "более тысячи фур" (a thousand), "2 тис. вантажівок"; read by ``_slavic_thousands``.
_SLAVIC_THOUSANDS = re.compile(
    r"(?<![\w,.])(?:(?P<num>\d{1,3}(?:[,.]\d{1,2})?)[^\S\n]*(?:тыс|тис)\.?"
    r"|(?P<word>тысяч[аиу]?|тисяч[аіу]?))(?!\w)",
    re.IGNORECASE,
)
_NUMBERS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?P<num>\d[\d,.]*(?:[kK]\b|[^\S\n]*{_SCALE_WORD}\b)?)(?!\w)"),
    re.compile(rf"\b(?P<num>{_WORD_NUM}(?:(?:-|[^\S\n]+(?:and[^\S\n]+)?){_WORD_NUM})*)(?!\w)"),
    _SLAVIC_THOUSANDS,
)
_DIGITS_OK = re.compile(rf"(?:{_DIGITS})(?:[kK]|[^\S\n]*{_SCALE_WORD})?", re.IGNORECASE)
# "hundreds of", "thousands of", "tens of thousands of" -> value None
# and the same in French, Spanish, German, Russian and Turkish ("des centaines
# de camions", "miles de personas", "Tausende Menschen", "сотни машин").
_VAGUE_HUNDREDS = ["hundreds", "centaines", "cientos", "hunderte", "сотни", "yüzlerce"]
_VAGUE_THOUSANDS = ["thousands", "milliers", "miles", "tausende", "тысячи", "binlerce"]
_VAGUE = re.compile(
    rf"\b(?P<vague>(?:{_anycase(['tens', 'hundreds'])})\s+of\s+(?:{_anycase(['thousands'])})"
    rf"|{_anycase(_VAGUE_HUNDREDS + _VAGUE_THOUSANDS)})(?!\w)"
)
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>(?i:" + "|".join(re.escape(q).replace(r"\ ", r"\s+")
                              for q in sorted(_QUALIFIERS, key=len, reverse=True)) + r"))\s+$"
)
_HEAD = rf"(?:{_anycase(_HEADS)}|{_DEMONYM_PLURAL.pattern}|{_anycase(list(_HEADS_RU))})"
_SP = r"[^\S\n]+"  # counts never run over a line break
# A word that may describe the thing: letters, not a blocker or a number word.
_MOD = (
    rf"(?!(?i:{'|'.join(re.escape(w) for w in sorted(_BLOCKERS | set(NUMBER_WORDS)))})(?!\w))"
    r"[^\W\d_](?:[^\W\d_]|['’-])*"
)
_HEAD_TAIL = (
    rf"(?:{_SP}(?P<m1>{_MOD}))?(?:{_SP}(?P<m2>{_MOD}))?"
    rf"{_SP}(?P<head>{_HEAD})(?!\w)(?:{_SP}and{_SP}(?P<head2>{_HEAD})(?!\w))?"
)
# After the number: a range end, up to two modifiers, the head, "and" a second head.
_TAIL = re.compile(
    rf"(?:(?:[^\S\n]*[-–—][^\S\n]*|{_SP}(?:to|and){_SP})(?P<range>{_DIGITS}|{_WORD_NUM})"
    rf"(?:{_SP}(?:million|thousand))?)?{_HEAD_TAIL}"
)
_OF_TAIL = re.compile(rf"(?:{_SP}(?P<of>of|de|von))?{_HEAD_TAIL}")
# A number right after a month name is a day of a date ("January 8 two buses").
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[^\S\n]*$"
)
# "several thousand heavy trucks": a vague amount, not 1,000
_VAGUE_SCALE_BEFORE = re.compile(r"\b(?i:several|a\s+few|few|many|some)\s+$")
# "leaving thousands stranded": a vague amount of people without a noun.
_PEOPLE_VERB = re.compile(
    r"\s+(?:were\s+|are\s+|remain\s+|remained\s+)?(?i:stranded|stuck|waiting|trapped|queued|"
    r"queuing|displaced|fled|fleeing|crossed|gathered|protested|marooned)\b"
)
# "with 600 more forced to stop": the thing counted just before.
_MORE = re.compile(r"\s+more\b(?!\s+than)")


def _what(match: re.Match[str]) -> str:
    parts: list[str] = []
    for key in ("m1", "m2"):
        word = match.group(key)
        if word and (word.lower() in _KIND_MODIFIERS or _PROPER_ADJECTIVE.fullmatch(word)):
            parts.append(word if _PROPER_ADJECTIVE.fullmatch(word) else word.lower())
    for key in ("head", "head2"):
        word = match.group(key)
        if word is None:
            continue
        if key == "head2":
            parts.append("and")
        if word.lower() in _HEADS_RU:
            parts.append(_HEADS_RU[word.lower()])
        else:
            parts.append(word if _DEMONYM_PLURAL.fullmatch(word) else word.lower())
    return " ".join(parts)


def _qualifier(text: str, start: int) -> tuple[int, str | None]:
    found = _QUALIFIER_BEFORE.search(text, max(0, start - 20), start)
    if found is None:
        return start, None
    return found.start(), _QUALIFIERS[" ".join(found.group("q").lower().split())]


def _range_ok(tail: re.Match[str], value: int) -> bool:
    """A range end must not be smaller than its start ("2024-08" is a date)."""
    end = tail.group("range")
    if end is None:
        return True
    last = parse_number(end)
    return last is not None and (last >= value or last * 1000 >= value and last < 1000)


def _slavic_thousands(m: re.Match[str]) -> int | None:
    """1,7 тыс -> 1700; тысячи -> 1000."""
    if m.group("word"):
        return 1000
    try:
        return int(round(float(m.group("num").replace(",", ".")) * 1000))
    except ValueError:
        return None


def find_counts(text: str) -> list[CountMention]:
    """Every count of vehicles or people in ``text``, in order."""
    found: list[CountMention] = []
    taken_until = -1
    hits = sorted((m for rx in _NUMBERS for m in rx.finditer(text)), key=lambda m: m.start())
    for m in hits:
        start, end = m.span()
        if m.re is _SLAVIC_THOUSANDS:
            value = _slavic_thousands(m)
            tail = _TAIL.match(text, end)
            if value is None or tail is None or start < taken_until:
                continue
            begin, qualifier = _qualifier(text, start)
            if m.group("word") and m.group("word")[-1].lower() in "иі" and qualifier is None:
                continue  # "тысячи людей": thousands of people, told vaguely below
            found.append(CountMention(begin, tail.end(), text[begin:tail.end()],
                                      Count(_what(tail), value, qualifier or "exactly")))
            taken_until = tail.end()
            continue
        raw = m.group("num")
        scale_first = raw.split()[0].split("-")[0].lower() in SCALES
        if scale_first and re.search(r"\b[Aa][^\S\n]+$", text[max(0, start - 3):start]):
            start, raw = start - 2, text[start - 2:end]  # "a hundred and fifty"
        elif scale_first and not _VAGUE_SCALE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "million people" without a number is no count
        if raw[0].isdigit():
            if raw[-1] in ",.":  # a number at the end of a clause
                raw, end = raw.rstrip(",."), start + len(raw.rstrip(",."))
            if not _DIGITS_OK.fullmatch(raw):
                continue
        if start < taken_until:
            continue
        before = text[start - 1] if start else " "
        if (before.isalnum() or before in "_.,-/#"
                or _MONEY_BEFORE.search(text, max(0, start - 5), start)
                or _MONTH_BEFORE.search(text, max(0, start - 12), start)):
            continue  # inside a word or number, money, or the day of a date
        if text[end:end + 1] == "-" and not re.match(r"-\s*\d", text[end:end + 3]):
            continue  # "25-km", "four-day", "25-year-old"
        value = parse_number(raw)
        if value is None:
            continue
        tail = _TAIL.match(text, end)
        begin, qualifier = _qualifier(text, start)
        several = _VAGUE_SCALE_BEFORE.search(text, max(0, start - 12), start)
        if raw.lower() in ("hundred", "thousand") and several:
            begin, value, qualifier = several.start(), None, raw.lower() + "s"
        if tail is not None and value is not None and not _range_ok(tail, value):
            tail = None
        if tail is not None:
            if tail.group("range") and qualifier is None:
                qualifier = "about"
            count = Count(_what(tail), value, qualifier or "exactly")
            found.append(CountMention(begin, tail.end(), text[begin:tail.end()], count))
            taken_until = tail.end()
            continue
        more = _MORE.match(text, end)
        if (more and value is not None and found and start - found[-1].end < 150
                and not re.search(r"[.!?\n]", text[found[-1].end:start])):
            count = Count(found[-1].count.what, value, qualifier or "exactly")
            found.append(CountMention(begin, more.end(), text[begin:more.end()], count))
    for m in _VAGUE.finditer(text):
        start, end = m.span()
        if (start and text[start - 1].isalnum()) or any(c.start <= start < c.end for c in found):
            continue
        vague = m.group("vague").lower()
        qualifier = (
            "thousands" if "thousands" in vague or vague in _VAGUE_THOUSANDS else "hundreds"
        )
        tail = _OF_TAIL.match(text, end)
        if tail is not None and (tail.group("of") or tail.group("m1") is None):
            found.append(CountMention(start, tail.end(), text[start:tail.end()],
                                      Count(_what(tail), None, qualifier)))
        elif _PEOPLE_VERB.match(text, end):
            found.append(CountMention(start, end, text[start:end],
                                      Count("people", None, qualifier)))
    found.sort(key=lambda c: c.start)
    return found
