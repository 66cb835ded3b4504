"""Events in sentences that are not English, read with per-language lexicons.

Each language has a table ``lexicons/<lang>.tsv`` (one row a word, keyed by
lemma, with a note on why it is there): trigger words for each event type,
and cue words (negation, the future, a limit, a condition) that qualify a
trigger near them.  Adding a language is adding a table.

A table's header says how its entries are matched:

- ``# match: tokens`` (the default): an entry is one word or a sequence of
  words; each word matches a token of the sentence, or its lemma
  (simplemma), or the token without a clitic listed in ``# clitics:``
  (Arabic "و", "ب").  ``word*`` matches words that begin so, ``*word`` words
  that end so (inflected forms where no lemma dictionary exists).
- ``# match: substring``: for scripts written without spaces (Thai, Khmer,
  Chinese), an entry is found anywhere in the text; of overlapping entries
  the longer one wins ("เปิด", open, holds "ปิด", close).
- ``# order: sov``: verbs come last, so negation and the future follow the
  trigger ("بند نہیں", "کھولا جائے گا") and are looked for after it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

from borderwatch.events.detectors import Candidate, SentenceView
from borderwatch.records import EVENT_TYPES, EventType
from borderwatch.wordforms import UNSPACED, lemma, normalize, tokens

__all__ = ["Lexicon", "detect_lexicon", "load_lexicon", "tables_for", "with_lexicon"]

Cue = Literal["negation", "future", "limit", "condition"]
CUES: tuple[Cue, ...] = ("negation", "future", "limit", "condition")

#: Languages the identifier tells apart that share one table, or whose
#: neighbours' tables also apply (py3langid often takes Urdu, Persian and
#: Pashto, or Hindi and Nepali, for one another).
TABLES: dict[str, tuple[str, ...]] = {
    "ur": ("ur", "fa", "ps"), "fa": ("fa", "ps", "ur"), "ps": ("ps", "fa", "ur"),
    "hi": ("hi", "ne"), "ne": ("ne", "hi"), "mr": ("hi", "ne"),
    "ru": ("ru", "uk"), "uk": ("uk", "ru"), "be": ("ru", "uk"), "bg": ("ru",),
    "sr": ("sr",), "bs": ("sr",), "hr": ("sr",), "mk": ("sr",),
    "es": ("es",), "gl": ("es", "pt"), "pt": ("pt", "es"), "ja": ("zh",),
}

#: Tokens looked at on each side of a trigger for its cues.
NEGATION_BEFORE, NEGATION_AFTER = 3, 3
FUTURE_BEFORE, FUTURE_AFTER = 4, 3
LIMIT_SPAN = 8
#: The same, in characters, for scripts without spaces.
CHARS_BEFORE, CHARS_AFTER, CHARS_LIMIT = 6, 6, 20


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # an event type or a cue
    words: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    substring: bool
    sov: bool
    clitics: tuple[str, ...]
    entries: tuple[Entry, ...]


@cache
def load_lexicon(lang: str) -> Lexicon | None:
    """The table of ``lang`` shipped in ``lexicons/``, or None if none."""
    path = resources.files("borderwatch.events").joinpath("lexicons", f"{lang}.tsv")
    if not path.is_file():
        return None
    header: dict[str, str] = {}
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
            continue
        if not line.strip():
            continue
        kind, words, note = (line.split("\t") + ["", ""])[:3]
        if kind not in EVENT_TYPES and kind not in CUES:
            raise ValueError(f"lexicon {lang}: unknown kind {kind!r}")
        entries.append(Entry(kind, tuple(normalize(w) for w in words.split()), note))
    return Lexicon(
        lang,
        header.get("match", "tokens") == "substring" or lang in UNSPACED,
        header.get("order", "") == "sov",
        tuple(normalize(c) for c in header.get("clitics", "").split()),
        tuple(entries),
    )


def tables_for(lang: str) -> list[Lexicon]:
    return [t for code in TABLES.get(lang, (lang,)) if (t := load_lexicon(code)) is not None]


@dataclass(frozen=True, slots=True)
class _Match:
    kind: str
    start: int  # character offsets in the sentence
    end: int
    first: int  # token indices (characters for substring tables)
    last: int


def _word_matches(word: str, forms: set[str]) -> bool:
    if word.endswith("*"):
        return any(f.startswith(word[:-1]) for f in forms)
    if word.startswith("*"):
        return any(f.endswith(word[1:]) and f != word[1:] for f in forms) or word[1:] in forms
    return word in forms


def _token_matches(lexicon: Lexicon, text: str) -> list[_Match]:
    toks = tokens(text)
    forms = []
    for tok in toks:
        seen = {tok.text, lemma(tok.text, lexicon.lang)}
        for clitic in lexicon.clitics:
            if tok.text.startswith(clitic) and len(tok.text) > len(clitic) + 2:
                bare = tok.text[len(clitic) :]
                seen |= {bare, lemma(bare, lexicon.lang)}
        forms.append(seen)
    exact, wild = _by_first_word(lexicon)
    found = []
    for i, seen in enumerate(forms):
        for entry in [e for form in seen for e in exact.get(form, ())] + wild:
            n = len(entry.words)
            if i + n <= len(toks) and all(
                _word_matches(w, forms[i + j]) for j, w in enumerate(entry.words)
            ):
                found.append(_Match(entry.kind, toks[i].start, toks[i + n - 1].end, i, i + n - 1))
    return found


@cache
def _by_first_word(lexicon: Lexicon) -> tuple[dict[str, list[Entry]], list[Entry]]:
    """Entries by their first word, and those whose first word has a wildcard:
    each token then looks up only the entries that can start at it."""
    exact: dict[str, list[Entry]] = {}
    wild: list[Entry] = []
    for entry in lexicon.entries:
        first = entry.words[0]
        if "*" in first:
            wild.append(entry)
        else:
            exact.setdefault(first, []).append(entry)
    return exact, wild


def _substring_matches(lexicon: Lexicon, text: str) -> list[_Match]:
    low = normalize(text)
    found = []
    for entry in lexicon.entries:
        needle = "".join(entry.words)
        at = low.find(needle)
        while at >= 0:
            found.append(_Match(entry.kind, at, at + len(needle), at, at + len(needle) - 1))
            at = low.find(needle, at + 1)
    return found


def _longest(matches: list[_Match]) -> list[_Match]:
    """Of overlapping matches, the longer one ("re-opened" over "opened")."""
    kept: list[_Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _near(cues: list[_Match], m: _Match, before: int, after: int) -> bool:
    return any(m.first - before <= c.last < m.first or m.last < c.first <= m.last + after
               for c in cues)


#: A time of day as most languages write it ("8:00", "17h", "8h30"); two
#: side by side are opening hours ("de 8h à 17h", "с 8:00 до 20:00"), a limit.
CLOCK_TIME = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-4])(?::[0-5]\d|[hH](?:[0-5]\d)?)(?![\w:])")
#: At most this many characters between the two times of one span of hours; a
#: closure "from 00:01 this Wednesday until Friday at 05:00" spans days instead.
HOURS_GAP = 12


def _opening_hours(text: str) -> bool:
    times = list(CLOCK_TIME.finditer(text))
    return any(b.start() - a.end() <= HOURS_GAP for a, b in zip(times, times[1:], strict=False))


@dataclass(frozen=True, slots=True)
class _Reading:
    """One sentence read with the tables of its language: every entry matched,
    and how far each cue reaches (tokens, or characters for unspaced scripts)."""

    text: str
    matches: tuple[_Match, ...]
    substring: bool
    neg_span: tuple[int, int]
    fut_span: tuple[int, int]
    limit_span: int

    def cues(self, kind: Cue) -> list[_Match]:
        return [m for m in self.matches if m.kind == kind]

    def stopped(self, m: _Match) -> bool:
        """A negation or a condition stands next to the word ``m``."""
        return _near(self.cues("negation"), m, *self.neg_span) or _near(
            self.cues("condition"), m, 8, 0
        )

    def at(self, candidate: Candidate) -> _Match | None:
        """A candidate of the folded rules as a match of this reading."""
        if self.substring:
            return _Match(
                candidate.type, candidate.start, candidate.end, candidate.start, candidate.end - 1
            )
        inside = [
            i
            for i, tok in enumerate(tokens(self.text))
            if tok.end > candidate.start and tok.start < candidate.end
        ]
        if not inside:
            return None
        return _Match(candidate.type, candidate.start, candidate.end, inside[0], inside[-1])


def _read(view: SentenceView, lang: str) -> _Reading:
    """The sentence read with the tables of ``lang``.

    The cues of all the tables that apply count together: a negation in
    Urdu also stops a trigger word that the Pashto table shares.
    """
    tables = tables_for(lang)
    text = view.sentence.text
    matches = tuple(
        m
        for table in tables
        for m in (_substring_matches if table.substring else _token_matches)(table, text)
    )
    substring = any(t.substring for t in tables)
    sov = any(t.sov for t in tables)
    if substring:
        span = (CHARS_BEFORE, CHARS_AFTER if sov else 0)
        return _Reading(text, matches, substring, span, span, CHARS_LIMIT)
    return _Reading(
        text,
        matches,
        substring,
        (NEGATION_BEFORE, NEGATION_AFTER if sov else 0),
        (FUTURE_BEFORE, FUTURE_AFTER if sov else 0),
        LIMIT_SPAN,
    )


def detect_lexicon(view: SentenceView, lang: str) -> list[Candidate]:
    """Candidates of one sentence in ``lang``, from that language's tables."""
    return _candidates(_read(view, lang))


def _candidates(reading: _Reading) -> list[Candidate]:
    found: list[Candidate] = []
    events = _longest([m for m in reading.matches if m.kind in EVENT_TYPES])
    hours = _opening_hours(reading.text)
    limits = reading.cues("limit")
    for m in events:
        if reading.stopped(m):
            continue
        kind = cast(EventType, m.kind)
        if kind in ("closure", "reopening") and (
            _near(limits, m, reading.limit_span, reading.limit_span) or hours
        ):
            kind = "restriction"
        if any(c.type == kind for c in found):
            continue
        future = _near(reading.cues("future"), m, *reading.fut_span)
        found.append(Candidate(kind, m.start, m.end, future))
    return found


STATUS_TYPES: frozenset[EventType] = frozenset({"closure", "reopening", "restriction"})


def _negated_here(reading: _Reading, candidate: Candidate) -> bool:
    """A negation or condition cue of the sentence's language stands next to
    a candidate the folded rules found."""
    if candidate.prior:
        return False
    at = reading.at(candidate)
    return at is not None and reading.stopped(at)


def with_lexicon(view: SentenceView, found: list[Candidate]) -> list[Candidate]:
    """The candidates of the folded rules (``triggers.py``, which know a few
    words of Russian, Turkish, German, French and Spanish) merged with the
    lexicon's.  Where the rules read a status, it stands, unless the lexicon
    reads a limit the rules do not know ("exclusivement", "только"): then the
    restriction replaces their closure or reopening.  Other types the lexicon
    adds where the rules found none.
    """
    reading = _read(view, view.sentence.lang)
    lexical = _candidates(reading)
    # "n'a jamais rouvert", "никогда не открывался": the language's own
    # negation stops a word the folded rules found too
    found = [c for c in found if not _negated_here(reading, c)]
    if any(c.type == "restriction" for c in lexical):
        found = [c for c in found if c.type not in STATUS_TYPES or c.prior]
    types = {c.type for c in found if not c.prior}
    if types & STATUS_TYPES:  # the status is read already
        types |= STATUS_TYPES
    return found + [c for c in lexical if c.type not in types]
