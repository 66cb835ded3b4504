"""Crossings the gazetteer does not list, recognised from how the text names them.

News names small land ports, local checkpoints, rail crossings and bridges
that no list holds (spec, "Crossing").  A name counts as a crossing when the
grammar presents it as one: a run of capitalised words right before a
crossing head word ("the Hili land port", "Kyzyl-Bel checkpoint", "the A – B
border crossing", "the A, B and C border crossings"), or right after one
("the border checkpoint A", "the checkpost at A", "the border gates of A,
B and C").  Everything else about the name is read from the tokens, not
from character windows: the run stops at lower-case words, sentence
punctuation and possessives ("Tripura's A" is A); a run that is only a
country, a demonym, a direction, a number, an organisation or an
administrative area ("the Afghan border crossing", "an Army checkpoint",
"the checkpoint in Buriram province") is not a crossing.

Once a name is recognised, its other mentions in the same article count too
("A and B are still closed"), except in the dateline and where the text
says it is the town ("the town of A", "A district").

The name is kept as written, with the head word dropped ("Hili Land Port"
is "Hili") except where the head is part of the name ("Morley Gate",
"Three Pagodas Pass", "Oresund Bridge"); two sides joined by a spaced dash
are written "A–B".  The country pair comes from the text: a listed crossing
in the same sentence, the countries the sentence names, else the border the
article is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from borderwatch.gazetteer import (
    ALIKE_ELSEWHERE,
    ORDINAL_WORD,
    Crossing,
    Gazetteer,
    english_words,
    fold_name,
    resemble,
    resembling,
)
from borderwatch.offsets import SpanIndex
from borderwatch.records import PlaceMention, Sentence

#: Head words that present the name before or after them as a crossing
#: (folded text).  Longest forms first so that "border crossing point" is
#: one head.  "border" alone is left out: "the Tripura border" is a region.
HEAD = re.compile(
    r"\b(?:(?:international |land |railway |rail |road |automobile |vehicle )?"
    r"(?:border )?crossing points?|"
    r"(?:international |land |railway |rail |road |automobile |administrative |"
    r"pedestrian |commercial |cargo )?(?:border )?crossings?|"
    r"(?:international |automobile |road |border |land )?check ?points?|"
    r"(?:integrated |border )?check ?posts?|"
    r"(?:border )?(?:trade|trading) (?:posts?|points?)|"
    r"border (?:posts?|points?|gates?)|customs posts?|land ports?|"
    r"icps?|ports? of entry|"
    r"(?:international )?bridges?|pass|gate|borders?|"
    # "the gates, linking to A and B": plural gates named by where they lead
    r"gates(?=,? (?:linking|connecting|leading))|"
    # French and Spanish put the head first: "le poste frontalier de X"
    r"postes? frontali\w*|postes? frontiere|points? de passage|pasos? fronterizos?|"
    r"puestos? fronterizos?|puente)\b"
)
#: Heads that name the place after them only, in French and Spanish.
ROMANCE_HEAD = re.compile(r"post|point|paso|puesto|puente")
#: Heads that present a name only after "at": "the border at A" (but "the
#: Tripura border" is a region).
BORDER_HEAD = re.compile(r"borders?")
#: Heads that stay part of the name they follow ("Morley Gate", "Three
#: Pagodas Pass", "Oresund Bridge"); the others are dropped from it.
NAME_HEADS = re.compile(r"(?:(?:international )?bridges?|pass|gate)")
#: The plural ending of a head kept in a name ("Bridges", "Passes", "Gates").
SINGULAR = re.compile(r"(?<=ss)es$|(?<=[^s])s$")
#: Heads that may open a list of names after them ("the border gates of A,
#: B and C"): plural heads.
PLURAL_HEAD = re.compile(r"(?:[^s]s|s of entry)$")
#: Words between a head and the name after it ("the checkpost at A", "the
#: crossings of A and B", "crossings such as A", "the port of entry in A").
AFTER_HEAD = re.compile(r"\s+(?:(?:at|of|like|called|named|known as|such as)\s+)?")
AFTER_PORT_OF_ENTRY = re.compile(r"\s+(?:at|in)\s+")
AFTER_CROSSING = re.compile(r"\s+at\s+")
AFTER_ROMANCE = re.compile(r"\s+(?:(?:de la|de|du|del)\s+|d['’]\s*)?")
#: What opens a list after a plural head ("the checkpoints: A, B and C",
#: "the checkpoints (A, B and C)", "other posts including A and B", "the
#: crossing points on the border with X - A and B -"), after the border they
#: stand on, if it is said.
_ON_BORDER = r"(?:\s+(?:on|along)\s+the\s+(?:[A-Z][\w-]*\s+)?border)?"
AFTER_PLURAL = re.compile(
    _ON_BORDER +
    r"(?:\s+with\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,2}[A-Z]\w+)?"
    r"\s*(?::|\(|\s[-–—]\s|,?\s+(?:including|namely|such as|like|of|at))\s*"
)
#: A counted plural head ("two border posts, A and B"): the comma after it
#: opens the list of those it counts.
COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:\w+ ){0,2}$")
AFTER_COUNTED = re.compile(_ON_BORDER + r"\s*,\s*")
#: The crossings of a border listed after it: "the border with A (B, C, D)".
BORDER_LIST = re.compile(r"\s+with\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,2}[A-Z]\w+\s*\(\s*")
#: "Borders" opens a list of crossings only where a list is announced ("four
#: land borders with X, namely A, B and C"): "the Tripura borders" are regions.
BORDERS_NAMELY = re.compile(
    r"(?:\s+with\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,2}[A-Z]\w+)?"
    r"\s*(?::|,?\s+(?:namely|including|such as))\s*:?\s*"
)
#: The places a plural head's crossings lead to ("four border gates with X,
#: linking to A, B and C"), each named for the crossing.
LINKING = re.compile(
    r"(?:\s+with\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,2}[A-Z]\w+)?(?:\s+(?:on|in)\s+[A-Z]\w+)?(?:,?\s+|\s*[—–]\s*)(?:linking|connecting|leading)\s+(?:\w+\s+){0,3}?(?:to|with)\s+"
)
#: "A, a small border post": a name in apposition to a head after it.
APPOSITION = re.compile(r",\s+(?:a|an|the|one of the)\s+(?:[\w’'-]+\s+){0,3}$")
#: What follows "crossing" used as a verb ("people crossing the border",
#: "Afghans crossing Torkham"): an object.
VERB_AFTER = re.compile(r"\s+(?:the|a|an|into|over|through|illegally)\b|\s+[A-Z]")
#: "a northern X crossing", "an X checkpoint": one of the area's crossings.
DEFINITE = re.compile(r"\bthe\s+$")
INDEFINITE = re.compile(r"\b(?:a|an|one)\s+(?:[a-z]+\s+)?$")
#: A preposition that makes a name the area around something else.
LOCATIVE = re.compile(r"\b(?:in|near|of|outside|from)\s+$")
#: An ordinal right before a name whose head is part of it ("the 3rd X Bridge").
ORDINAL_BEFORE = re.compile(rf"\b{ORDINAL_WORD} $")
#: A possessive before a name in a list ("Assam's A").
OWNER_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")
#: What joins the names of a list ("A, B and C").
LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+|et\s+|y\s+)?|\s+(?:and|or|&|et|y)\s+")
#: The dash between the two sides of a crossing ("Farafenni – Kerr Ayip").
SIDE_DASH = re.compile(r"\s+[-–—]\s+|[–—]")
#: A short aside after a name ("Huu Nghi (Friendship)").
ASIDE = re.compile(
    r"\s*\([^()]{1,40}\)"
    # where it lies, in its area's own name ("A in Muse Township")
    r"|\s+in\s+(?:[A-Z][\w-]*\s+){1,3}(?:Township|District|Province|State|Region|County)\b"
)
#: Quotation marks around a name ("the “A” and “B” checkpoints").
QUOTES = "\"“”„«»"
ASIDE_BEFORE = re.compile(r"\s*\([^()]{1,40}\)\s*$")

#: One word of a name: a capitalised word, possibly hyphenated ("Kyzyl-Bel",
#: "al-Rai", "Jirak-Prom"), or a number inside a name ("Bridge No. 2").
WORD = re.compile(r"[^\W\d_][\w'’&]*(?:[-‐‑][^\W_][\w'’&]*)*|\d+")
#: Lower-case words that may stand inside a name ("Ras al-Ain", "Dheu i
#: Bardh", "Puerto de X"): particles, never at the edges of a name.
PARTICLES = frozenset({"al", "el", "de", "del", "la", "i", "ad", "ash", "as", "an", "ul", "bin"})

#: Capitalised words that are not names of places: determiners and other
#: words that open a sentence or a headline, directions, numbers, days and
#: months ("The", "Both", "Northern", "Monday").
NOT_NAME_WORDS = frozenset(
    """
    a an the this that these those its their his her our all both other another several
    many some most main key busy new old only major minor official unofficial temporary
    north south east west northern southern eastern western central upper lower
    northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern
    once
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    on in at of for from to by with and or but as if when while after before since until
    said says say reopens reopened reopen closes closed close shuts shut opens opened open
    resumes resumed suspends suspended halts halted blocks blocked seals sealed lifts
    trucks traders migrants people border crossing crossings checkpoint checkpoints
    land port ports bridge gate pass international integrated customs
    update photo source video read more also see watch breaking live
    """.split()
)
#: Titles before a person's name ("the border crossings chief Dr A").
TITLES = frozenset(
    """
    dr mr mrs ms mullah sheikh general gen colonel col major maj lieutenant lt captain capt
    minister president prime chief governor commissioner commander brigadier sir lord
    """.split()
)
#: Number words: a name only with a head after them ("Three Pagodas Pass").
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten first second third".split())
#: A name ending in one of these is an organisation, a force or an area, not a
#: crossing ("an Army checkpoint", "the Border Police checkpoint", "Buriram
#: Province").
NOT_CROSSING_ENDS = frozenset(
    """
    army police military forces force guard guards service services authority authorities
    ministry department agency committee council government union administration
    command corps brigade battalion division regiment troops unit office
    province provinces state states region regions district districts city town village
    county township municipality governorate oblast territory territories valley river
    sea lake airport station camp zone strip
    """.split()
)
#: Words after a name that say it is the town, an area or a body, not its
#: crossing ("A town", "A district", "A Customs").
AREA_AFTER = re.compile(
    r"\s+(?:town|city|village|district|province|state|region|county|township|"
    r"municipality|governorate|oblast|camp|airport|customs|police|army)\b",
    re.IGNORECASE,
)
#: Words before a name that say it is the town ("the city of Goma").
AREA_BEFORE = re.compile(
    r"\b(?:cit(?:y|ies)|towns?|villages?|districts?|provinces?|regions?|states?|"
    r"townships?|municipalit(?:y|ies)|camps?) of\s+$"
)
#: A likeness no two different spellings reach: only the same name matches.
EXACT = 1.01
#: How many words a name may have ("Lubuk Antu", "Chong Sai Taku").
MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name the text presents as a crossing, before its country pair is set."""

    start: int
    end: int
    name: str  # cleaned, in its common form


def find_open_crossings(
    text: str,
    folded: str,
    sentences: Sequence[Sentence],
    known: Sequence[PlaceMention],
    taken: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    neighbours: set[tuple[str, str]],
    primary: tuple[str, str] | None,
    dateline: tuple[int, int] = (0, 0),
    listed: dict[tuple[int, int], tuple[str, ...]] | None = None,
) -> list[PlaceMention]:
    """Crossing mentions for names the gazetteer lacks.

    ``known`` are the mentions already found (curated crossings, countries);
    ``taken`` are the spans the gazetteer matched, which are never read as
    new names; ``neighbours`` are the country pairs that share a border;
    ``primary`` is the border the article is about; ``listed`` are the
    gazetteer's crossing matches (span to row ids): one that the grammar
    presents as a crossing counts even where the gazetteer's own rules left
    it out ("the crossings of A, B and C", far from the head word).
    """
    found: list[Candidate] = []
    mentions: list[PlaceMention] = []
    named = {(m.start, m.end) for m in known if m.kind == "crossing"}
    gazetteer_spans = SpanIndex(taken)
    for sentence in sentences:
        if _headline(sentence.text):
            continue
        for candidate in _candidates(text, folded, sentence, gazetteer):
            span = (candidate.start, candidate.end)
            if listed and span in listed and span not in named:
                mentions.append(_listed(text, span, listed[span], sentence, known, gazetteer))
                named.add(span)
            elif not gazetteer_spans.overlaps(candidate.start, candidate.end):
                found.append(candidate)
    names = _settled_names(found)
    if not names:
        return mentions
    spans = {(c.start, c.end) for c in found}
    pairs: dict[str, tuple[str, str]] = {}
    rows: dict[tuple[str, tuple[str, str]], Crossing | None] = {}
    forms = _name_forms(names)
    for sentence in sentences:
        for start, end, name in _occurrences(text, folded, sentence, forms, spans, gazetteer_spans):
            if dateline[0] <= start < dateline[1]:
                continue
            pair = _pair(start, sentence, known, neighbours, primary) or pairs.get(name)
            if pair is None:
                # "Israel reopened the Allenby crossing": one side named; a
                # listed crossing of that country by this name is the one meant.
                row = _of_country(name, start, sentence, known, gazetteer)
                if row is not None:
                    named_as = text[start:end]
                    mentions.append(
                        PlaceMention(start, end, named_as, "crossing", row.name, row.countries)
                    )
                continue
            pairs.setdefault(name, pair)
            if (name, pair) not in rows:
                rows[name, pair] = resemble(gazetteer, name, pair)
            row = rows[name, pair]
            if row is not None:  # "Islam Qalat": another spelling of a listed crossing
                mention = PlaceMention(
                    start, end, text[start:end], "crossing", row.name, row.countries
                )
            else:
                mention = PlaceMention(start, end, text[start:end], "crossing", name, pair)
            mentions.append(mention)
    return mentions


def _listed(
    text: str,
    span: tuple[int, int],
    ids: tuple[str, ...],
    sentence: Sentence,
    known: Sequence[PlaceMention],
    gazetteer: Gazetteer,
) -> PlaceMention:
    """The mention of a listed crossing; of several rows, the one on a border
    of a country the sentence names."""
    rows = [gazetteer.by_id(i) for i in ids]
    codes = {
        m.countries[0]
        for m in known
        if m.kind == "country" and sentence.start <= m.start < sentence.end
    }
    row = max(rows, key=lambda r: len(codes & set(r.countries)))
    start, end = span
    return PlaceMention(start, end, text[start:end], "crossing", row.name, row.countries)


def _candidates(
    text: str, folded: str, sentence: Sentence, gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """Names next to the crossing head words of one sentence."""
    for head in HEAD.finditer(folded, sentence.start, sentence.end):
        head_text = head.group()
        romance = ROMANCE_HEAD.match(head_text) is not None
        border = BORDER_HEAD.fullmatch(head_text) is not None
        before = []
        if not (romance or border):
            before = list(_named_before(text, folded, sentence, head, gazetteer))
        if _verb(text, folded, sentence, head, before):
            continue  # "Afghans crossing Torkham": the verb, not a crossing
        yield from before
        if before or NAME_HEADS.fullmatch(head_text) or text[head.start()].isupper():
            continue  # "Border Crossing Agreement": a title, not a place
        yield from _named_after(text, sentence, head, gazetteer)


def _named_before(
    text: str, folded: str, sentence: Sentence, head: re.Match[str], gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """Names before a head: "the A land port", "the A, B and C crossings",
    "A, a small border post"."""
    head_text = head.group()
    plural = PLURAL_HEAD.search(head_text) is not None
    keep_head = NAME_HEADS.fullmatch(head_text) is not None
    spans = list(_names_before(text, sentence.start, head.start(), plural))
    if plural and len(spans) == 1:
        return  # "the Sarawak border gates": the area's crossings, not one
    if not spans:
        # "A, a small border post"; "A (B) crossing": A, with its other name aside
        gap = APPOSITION.search(text, sentence.start, head.start()) or ASIDE_BEFORE.search(
            text, sentence.start, head.start()
        )
        if gap is None:
            return
        spans = list(_names_before(text, sentence.start, gap.start(), False))
        if spans and LOCATIVE.search(text, max(0, spans[0][0] - 12), spans[0][0]):
            return  # "A in Lapland, the last crossing point": the area, not the crossing
        keep_head = False
    for i, (start, end) in enumerate(spans):
        if INDEFINITE.search(folded, max(0, start - 30), start):
            return  # "a northern X border crossing": X is the area
        number = ORDINAL_BEFORE.search(folded, max(0, start - 8), start)
        if number and keep_head:
            start = number.start()  # "the 3rd Thai-Lao Friendship Bridge": not the first
        head_kept = text[head.start() : head.end()] if keep_head and i == 0 else ""
        if plural:
            head_kept = SINGULAR.sub("", head_kept)  # "A and B Bridges": each is a Bridge
        name = _clean(text[start:end], gazetteer, head_kept)
        if name:
            yield Candidate(start, end, name)


def _verb(
    text: str, folded: str, sentence: Sentence, head: re.Match[str], before: list[Candidate]
) -> bool:
    """The word "crossing" used as a verb ("Afghans crossing Torkham"), unless a
    determiner opens the name before it ("the Zorin crossing into Gaza")."""
    if head.group() != "crossing" or not VERB_AFTER.match(text, head.end(), sentence.end):
        return False
    return not (before and DEFINITE.search(folded, max(0, before[0].start - 8), before[0].start))


def _named_after(
    text: str, sentence: Sentence, head: re.Match[str], gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """Names after a head: "the checkpost at A", "the border checkpoint A",
    "the border gates of A, B and C", "le poste frontalier d'A"."""
    head_text = head.group()
    plural = PLURAL_HEAD.search(head_text) is not None
    if "entry" in head_text:
        after = AFTER_PORT_OF_ENTRY
    elif head_text == "crossing" or BORDER_HEAD.fullmatch(head_text):
        after = AFTER_CROSSING  # "the crossing of pilgrims": the act
    elif ROMANCE_HEAD.match(head_text):
        after = AFTER_ROMANCE
    elif plural:
        after = AFTER_PLURAL
    else:
        after = AFTER_HEAD
    gap = after.match(text, head.end(), sentence.end)
    if gap is None and plural and COUNTED.search(text, max(0, head.start() - 30), head.start()):
        gap = AFTER_COUNTED.match(text, head.end(), sentence.end)  # "two posts, A and B"
    if gap is None and head_text == "borders":
        gap = BORDERS_NAMELY.match(text, head.end(), sentence.end)  # "land borders, namely A and B"
    if gap is None and plural:
        gap = LINKING.match(text, head.end(), sentence.end)  # "gates linking to A and B"
    if gap is None and BORDER_HEAD.fullmatch(head_text):
        gap = BORDER_LIST.match(text, head.end(), sentence.end)
        plural = True
    if gap is None:
        return
    for start, end in _names_after(text, gap.end(), sentence.end, plural):
        if AREA_AFTER.match(text, end):
            return
        name = _clean(text[start:end], gazetteer)
        if name:
            yield Candidate(start, end, name)


def _name_at(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The capitalised name (sides joined by a dash) starting at ``start``."""
    end = None
    pos = start
    count = 0
    while pos < limit and count < 2 * MAX_WORDS:
        word = WORD.match(text, pos, limit)
        if word is None:
            break
        token = word.group()
        if _capitalised(token):
            end = word.end()
        elif end is None or not (token.lower() in PARTICLES or token.isdigit()):
            break
        count += 1
        gap = SIDE_DASH.match(text, word.end(), limit)
        if gap is None and text.startswith(" ", word.end()):
            pos = word.end() + 1
        elif gap is not None:
            pos = gap.end()
        else:
            break
    return (start, end) if end is not None else None


def _names_before(text: str, floor: int, head: int, plural: bool) -> Iterator[tuple[int, int]]:
    """Names standing right before a head, the last first; several when the
    head is plural and they form a list ("A, B and C border crossings")."""
    pos = head
    while True:
        span = _name_ending_at(text, floor, pos)
        if span is None:
            return
        yield span
        if not plural:
            return
        join = _join_before(text, floor, span[0])
        if join is None:
            return
        pos = join


def _name_ending_at(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The capitalised run that ends right before ``end`` (one space apart)."""
    stop = end
    while stop > floor and text[stop - 1] in " " + QUOTES:
        stop -= 1
    if stop <= floor:
        return None
    words: list[re.Match[str]] = [
        m for m in WORD.finditer(text, max(floor, stop - 120), stop) if m.end() <= stop
    ]
    start = None
    pos = stop
    count = 0
    for word in reversed(words):
        between = text[word.end() : pos]
        if start is None and between:
            return None
        if start is not None and not (between == " " or SIDE_DASH.fullmatch(between)):
            break
        token = word.group()
        if token.endswith(("'s", "’s")):
            break  # "Tripura's A": the name starts after the possessive
        inner = start is not None and (token.lower() in PARTICLES or token.isdigit())
        if not _capitalised(token) and not inner:
            break
        if count >= MAX_WORDS:
            break
        start, pos = word.start(), word.start()
        count += 1
    if start is None:
        return None
    while text[start].islower():  # a particle cannot open a name
        nxt = text.find(" ", start, stop)
        if nxt < 0:
            return None
        start = nxt + 1
    return (start, stop)


def _quoted(text: str, pos: int, limit: int) -> int:
    """``pos`` past the quotation marks standing there (before or after a name)."""
    while pos < limit and text[pos] in QUOTES:
        pos += 1
    return pos


def _unquoted(text: str, floor: int, start: int) -> int:
    """Where a name starting at ``start`` begins with its opening quote."""
    while start > floor and text[start - 1] in QUOTES:
        start -= 1
    return start


def _join_before(text: str, floor: int, start: int) -> int | None:
    """Where the name before a list join ending at ``start`` ends."""
    start = _unquoted(text, floor, start)
    owner = OWNER_BEFORE.search(text, max(floor, start - 40), start)
    if owner:
        start = owner.start()  # "A and Assam's B": the region is not in the list
    window = text[max(floor, start - 8) : start]
    for match in re.finditer(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$", window):
        return start - len(match.group())
    return None


def _names_after(text: str, pos: int, limit: int, plural: bool) -> Iterator[tuple[int, int]]:
    """Names right after a head; a list of them after a plural head."""
    while pos < limit:
        span = _name_at(text, _quoted(text, pos, limit), limit)
        if span is None:
            return
        yield span
        if not plural:
            return
        pos = _quoted(text, span[1], limit)
        aside = ASIDE.match(text, pos, limit)
        if aside:
            pos = aside.end()
        join = LIST_JOIN.match(text, pos, limit)
        if join is None:
            return
        pos = join.end()


def _headline(text: str) -> bool:
    """A title-case line ("Israel Reopens Border Crossing"), whose capitals
    say nothing about names: every word longer than three letters capitalised."""
    words = [w for w in WORD.findall(text) if not w.isdigit()]
    if len(words) < 4:
        return False
    return all(_capitalised(w) for w in words if len(w) > 3)


def _capitalised(token: str) -> bool:
    """A word of a name: its last part capitalised ("Kyzyl-Bel", "al-Rai",
    not "Diego-area")."""
    return re.split(r"[-‐‑]", token)[-1][:1].isupper()


def _title(head: str) -> str:
    """A head kept in a name, in title case ("bridge" -> "Bridge")."""
    return " ".join(word[:1].upper() + word[1:] for word in head.split())


def _clean(raw: str, gazetteer: Gazetteer, head: str = "") -> str | None:
    """The name in its common form, or None when it names no crossing;
    ``head`` is a head word that belongs to the name ("Pass", "bridge")."""
    sides = [s.strip() for s in SIDE_DASH.split(raw) if s.strip()]
    cleaned: list[str] = []
    for side in sides:
        words = side.split()
        owners = [i for i, w in enumerate(words) if w.endswith(("'s", "’s"))]
        if owners:
            words = words[owners[-1] + 1 :]  # "Tripura's A" is A
        if words and words[0].lower().strip(".") in TITLES:
            return None  # "Dr A B": a person
        while words and words[0].lower().strip("'’") in NOT_NAME_WORDS | NUMBER_WORDS:
            if words[0].lower() in NUMBER_WORDS and len(words) > 1 and head:
                break  # "Three Lanterns Pass"
            words.pop(0)
        while words and _country(words[0], gazetteer) and len(words) > 1:
            words.pop(0)  # "Thai Chong Sai Taku": the country is not the name
        if not words:
            continue
        if words[-1].lower() in NOT_CROSSING_ENDS or words[-1].lower() in NOT_NAME_WORDS:
            return None
        cleaned.append(" ".join(words))
    if not cleaned:
        return None
    words = [w for side in cleaned for w in re.split(r"[\s\-‐‑]+", side) if w]
    if any(w.isalpha() and w.isupper() and len(w) > 1 for w in words):
        return None  # "ECOWAS", "RCMP": an organisation's acronym
    significant = [
        w
        for w in fold_name(" ".join(cleaned)).split()
        if w not in NOT_NAME_WORDS and w not in PARTICLES and not w.isdigit()
    ]
    if not significant or all(_country(w, gazetteer) for w in significant):
        return None  # "the Afghan border crossing", "the Thai-Cambodian bridge"
    if any(_country(side, gazetteer) for side in cleaned):
        return None  # "Kosovo–Serbia crossing": a border, not a name
    if len(significant) == 1 and len(significant[0]) < 3:
        return None
    if len(words) == 1 and not head[:1].isupper() and english_words(significant[0]):
        return None  # "Traffic", "Texas": a word or a well-known region
    name = "–".join(cleaned)
    if fold_name(name) in gazetteer.unmatched:
        return None  # "the Zero Point gate": a generic thing found at many crossings
    return f"{name} {_title(head)}" if head else name


def _country(word: str, gazetteer: Gazetteer) -> bool:
    """A country's name or demonym, also in the plural ("Afghans")."""
    if gazetteer.country_code(word):
        return True
    return word.endswith("s") and gazetteer.country_code(word[:-1]) is not None


def _settled_names(found: Sequence[Candidate]) -> list[str]:
    """Distinct names; a headline's longer run ("Reopens Zikim") gives way
    to the shorter name the body uses ("Zikim")."""
    names = list(dict.fromkeys(c.name for c in found))
    keys = {name: fold_name(name) for name in names}
    kept = []
    for name in names:
        key = f" {keys[name]} "
        if any(o != name and f" {keys[o]} " in key and keys[o] != keys[name] for o in names):
            continue
        kept.append(name)
    return kept


def _name_forms(names: Sequence[str]) -> list[tuple[str, re.Pattern[str], str]]:
    """Each name and its sides, folded, longest first, with the pattern that
    finds it between word boundaries (compiled once per article)."""
    forms: list[tuple[str, str]] = []
    for name in names:
        forms.append((fold_name(name), name))
        for side in name.split("–"):
            if side != name:
                forms.append((fold_name(side), name))
    forms.sort(key=lambda f: -len(f[0]))
    return [(key, _name_pattern(key), name) for key, name in forms]


def _name_pattern(key: str) -> re.Pattern[str]:
    """A folded name between word boundaries, any spaces between its words."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, key.split())) + _plural(key))


def _plural(key: str) -> str:
    """The end of a name's pattern: a head kept in the name may stand in the
    plural for two names ("A and B Bridges")."""
    words = key.split()
    if words and NAME_HEADS.fullmatch(words[-1]):
        return r"(?:e?s)?(?!\w)"
    return r"(?!\w)"


def _occurrences(
    text: str,
    folded: str,
    sentence: Sentence,
    forms: Sequence[tuple[str, re.Pattern[str], str]],
    spans: set[tuple[int, int]],
    taken: SpanIndex,
) -> Iterator[tuple[int, int, str]]:
    """Each place in a sentence where one of the names stands (its sides too)."""
    seen: list[tuple[int, int]] = []
    for key, pattern, name in forms:
        if not key or folded.find(key.split()[0], sentence.start, sentence.end) < 0:
            continue  # not in this sentence: skip the pattern
        for match in pattern.finditer(folded, sentence.start, sentence.end):
            start, end = match.span()
            if _overlaps(start, end, seen) or taken.overlaps(start, end):
                continue
            first = text[start:end].split()[0]
            if not (_capitalised(first) or first[:1].isdigit()):  # "3rd X Bridge"
                continue
            candidate = (start, end) in spans
            if not candidate and (
                AREA_AFTER.match(text, end) or AREA_BEFORE.search(folded, max(0, start - 20), start)
            ):
                continue
            seen.append((start, end))
            yield start, end, name


def _pair(
    at: int,
    sentence: Sentence,
    known: Sequence[PlaceMention],
    neighbours: set[tuple[str, str]],
    primary: tuple[str, str] | None,
) -> tuple[str, str] | None:
    """The country pair of a name at ``at``: a curated crossing named in the
    same sentence, the countries the sentence names (nearest first), else the
    border the article is about."""
    inside = [m for m in known if sentence.start <= m.start < sentence.end]
    crossings = [m for m in inside if m.kind == "crossing" and len(m.countries) == 2]
    if crossings:
        nearest = min(crossings, key=lambda m: abs(m.start - at))
        return (nearest.countries[0], nearest.countries[1])
    codes: list[str] = []
    for mention in sorted(
        (m for m in inside if m.kind == "country"), key=lambda m: abs(m.start - at)
    ):
        if mention.countries[0] not in codes:
            codes.append(mention.countries[0])
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            x, y = sorted((a, b))
            if (x, y) in neighbours:
                return (x, y)
    if primary and (not codes or any(c in primary for c in codes)):
        return primary
    return None


def _of_country(
    name: str, at: int, sentence: Sentence, known: Sequence[PlaceMention], gazetteer: Gazetteer
) -> Crossing | None:
    """The listed crossing of the country the sentence names nearest ``at``
    that ``name`` closely resembles, when no country pair is known."""
    countries = sorted(
        (m for m in known if m.kind == "country" and sentence.start <= m.start < sentence.end),
        key=lambda m: abs(m.start - at),
    )
    if not countries:
        return None
    code = countries[0].countries[0]
    rows = [c for c in gazetteer.crossings if code in c.countries]
    # else a row anywhere with exactly this name (Israel holds the bridge the
    # gazetteer puts between Jordan and the West Bank): no near spellings
    generic = gazetteer.unmatched
    return resembling(name, rows, ALIKE_ELSEWHERE, generic) or resembling(
        name, gazetteer.crossings, EXACT, generic
    )


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)
