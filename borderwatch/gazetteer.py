"""Crossings, their spellings, sides, country pairs and coordinates.

The shipped table ``data/crossings.csv`` is built from the project's shared
gazetteer by ``scripts/build_gazetteer.py`` and keeps its canonical names.
Coordinates: GeoNames (CC BY 4.0), UN/LOCODE (via geoapify/un-locode, MIT),
Wikipedia infobox points; see ``data/README.md``.

Names are compared folded: case, accents, dashes and apostrophes ignored
(``fold_name``).  ``fold_text`` folds a whole text without changing its
length, so that a match in the folded text has the same offsets in the
original.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

SpellingKind = Literal["crossing", "country", "adjective"]

#: Characters that NFKD does not take apart but that have a plain Latin base.
_EXTRA_FOLDS = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "s", "æ": "a", "œ": "o", "ə": "e"}
#: Arabic-script letters that Arabic and Persian/Urdu write differently (yeh,
#: kaf, the tied h), so that names in ``script_aliases*.csv`` meet all spellings.
_EXTRA_FOLDS.update({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ە": "ه"})
#: Cyrillic letters to one Latin letter each (a lossy skeleton: ч, ц -> c;
#: ш, щ -> s; ж -> z; х -> h), so that Russian, Ukrainian and other Cyrillic
#: text meets the Latin gazetteer ("Козловичи" -> "kozlovici", which the
#: skeleton of "Kozlovichi" also gives; see ``skeleton``).
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
        "abvgdeezziiklmnoprstufhccssjyjeuaiiegu",
        strict=True,
    )
)
#: Latin digraphs that one Cyrillic letter stands for.
_DIGRAPHS = (
    ("shch", "s"),
    ("sch", "s"),
    ("ch", "c"),
    ("sh", "s"),
    ("zh", "z"),
    ("kh", "h"),
    ("ts", "c"),
    ("yu", "u"),
    ("ya", "a"),
    ("yo", "e"),
)
#: Characters treated as a space when names are compared: dashes, hyphens,
#: apostrophes, dots ("U.S.") and slashes all vary between outlets.
_SPACE_LIKE = set("-‐‑‒–—―'’‘`´./_,()\u200c")  # and Persian's zero-width non-joiner


class _Folder(dict[int, str]):
    """A ``str.translate`` table that folds one character to one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _SPACE_LIKE:
            folded = " "
        elif char.isascii():
            folded = char.lower()
        elif char.lower() in _CYRILLIC:
            folded = _CYRILLIC[char.lower()]
        else:
            base = unicodedata.normalize("NFKD", char)[0].lower()
            folded = _EXTRA_FOLDS.get(base, base)
            if len(folded) != 1:
                folded = char
        self[code] = folded
        return folded


_FOLDER = _Folder()


def fold_text(text: str) -> str:
    """Fold case, accents and dashes; the result has the same length."""
    return text.translate(_FOLDER)


def fold_name(name: str) -> str:
    """The comparison key of a name: folded, spaces collapsed."""
    return " ".join(fold_text(name).split())


def skeleton(key: str) -> str:
    """A folded Latin name as Cyrillic text folds to ("kozlovichi" -> "kozlovici")."""
    for digraph, letter in _DIGRAPHS:
        key = key.replace(digraph, letter)
    return key


#: Russian adjective endings that Latin spellings write "-y" ("Verkhny Lars"
#: for «Верхний Ларс», which folds to "verhnii lars").
_ADJECTIVE_ENDINGS = ("ii", "yi", "ij", "yj")


def skeletons(key: str) -> set[str]:
    """The skeleton of a name, and its forms with Russian adjective endings."""
    bare = skeleton(key)
    forms = {bare}
    words = bare.split(" ")
    for i, word in enumerate(words):
        if len(word) > 3 and word.endswith("y"):
            for ending in _ADJECTIVE_ENDINGS:
                forms.add(" ".join([*words[:i], word[:-1] + ending, *words[i + 1 :]]))
    return forms


#: Countries whose crossings' names are also written in Cyrillic.
CYRILLIC_COUNTRIES = frozenset(
    "RU UA BY KZ KG TJ UZ TM MD MN PL SK LT LV EE FI NO GE AZ AM BG RS MK".split()
)


def cyrillic_readings(bare: str) -> set[str]:
    """A Latin skeleton as Cyrillic text folds.  Ukrainian writes г (folded
    "g") where the Latin spelling has "h", и ("i") where it has "y", and a
    soft sign ("j") in the ending -ськ ("Yahodyn" is «Ягодин», "Dorohusk"
    «Дорогуськ»)."""
    soft = re.sub(r"sk\b", "sjk", bare)
    forms = {soft}
    for form in (bare, soft):
        hard = form.replace("h", "g")
        forms |= {hard, form.replace("y", "i"), hard.replace("y", "i")}
    # Russian: й (folded "j") where Latin writes "y" before a consonant, and
    # the soft sign of -льск ("Zabaykalsk" is «Забайкальск»)
    russian = re.sub(r"lsk\b", "ljsk", re.sub(r"y(?=[^aeiouy\s]|$)", "j", bare))
    forms.add(russian)
    forms.discard(bare)
    return forms


def english_words(key: str) -> bool:
    """A folded key made of words of the English dictionary only (``simplemma``'s
    word forms, which also hold well-known regions and cities): "gorge" is
    never a reading of a name, nor "Traffic" or "Texas" a local place name."""
    import simplemma

    return all(simplemma.is_known(word, lang="en") for word in key.split())


#: Case endings that languages which decline place names (Finnish, Estonian,
#: Lithuanian, Latvian, Polish, Czech, Serbian, Russian through its Latin
#: skeleton) put on a name's stem, folded: "Vaalimaan", "Niiralan" (Finnish
#: genitive), "Medininkų" (Lithuanian genitive), "Torugarta" (Russian).
_CASE_ENDINGS = (
    "a", "e", "i", "o", "u", "y", "n", "an", "en", "in", "on", "un", "aan", "lla", "lle", "lta",
    "ssa", "sta", "na", "le", "ui", "uose", "ams", "oje", "os", "ie", "iu", "om", "oj", "em",
    "ov", "ah", "am", "ju", "ji", "ach", "ow", "ami",
)
#: Polish and Czech soften a stem's last consonant before the locative and
#: dative "-e" ("Medyka" -> "w Medyce", "Praga" -> "w Pradze").
_SOFTENED = (("k", "c"), ("g", "dz"), ("ch", "sz"), ("r", "rz"), ("t", "ci"), ("d", "dzi"),
             ("n", "ni"), ("w", "wi"), ("l", "l"))
#: Endings that come off a name before a case ending goes on ("Medinink-ai").
_STEM_ENDINGS = ("ai", "as", "is", "os", "us", "ys", "a", "e", "i", "o", "u", "y")
#: Shorter stems are left alone: their declined forms are too often other words.
_MIN_STEM = 5


def inflections(key: str) -> set[str]:
    """Declined forms of a folded Latin name: its last word's stem with each case ending."""
    *head, last = key.split(" ")
    stems = {last}
    for ending in _STEM_ENDINGS:
        if last.endswith(ending):
            stems.add(last[: -len(ending)])
            break
    forms = {
        " ".join([*head, stem + ending])
        for stem in stems
        if len(stem) >= _MIN_STEM and stem.isascii() and stem.isalpha()
        for ending in _CASE_ENDINGS
    }
    for stem in stems:
        if len(stem) < _MIN_STEM or stem == last:
            continue
        for hard, soft in _SOFTENED:
            if stem.endswith(hard):
                forms.add(" ".join([*head, stem[: -len(hard)] + soft + "e"]))
                break
    forms.discard(key)
    return forms


@dataclass(frozen=True, slots=True)
class Crossing:
    id: str
    name: str
    alt_names: tuple[str, ...]
    countries: tuple[str, str]
    lat: float | None
    lon: float | None
    kind: str
    coord_precision: str
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, its spellings, and the other forms of a bridge's
        name ("Simon Bolivar International Bridge", "puente internacional
        Simón Bolívar" for "Simón Bolívar Bridge").

        The two sides of a name like "Chaman–Spin Boldak" are not split off
        here: the gazetteer lists them as spellings where they are names of
        their own, and splitting "First Thai–Lao Friendship Bridge" would make
        "First Thai" a crossing.
        """
        names = (self.name, *self.alt_names)
        stems = [
            name.removesuffix(" Bridge").removesuffix(" International")
            for name in names
            if name.endswith(" Bridge")
        ]
        bridges = tuple(
            form
            for stem in stems
            for form in (
                f"{stem} International Bridge",
                f"Puente Internacional {stem}",  # Spanish word order
                f"puente {stem}",
            )
        )
        return names + tuple(b for b in bridges if b not in names)


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Spelling:
    """One folded spelling and what it stands for (several rows may share it)."""

    key: str
    kind: SpellingKind
    targets: tuple[str, ...]  # crossing ids, or one country code
    ambiguous: bool  # a town or word that names a crossing only near border words


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _data_lines(name: str) -> Iterator[str]:
    text = resources.files("borderwatch.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


class Gazetteer:
    """Crossings and countries, with lookup by any spelling."""

    def __init__(
        self,
        crossings: tuple[Crossing, ...],
        countries: tuple[Country, ...],
        ambiguous: frozenset[str],
        unmatched: frozenset[str] = frozenset(),
        aliases: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.crossings = crossings
        self.countries = {c.code: c for c in countries}
        self.ambiguous = ambiguous
        self.unmatched = unmatched
        self._by_id = {c.id: c for c in crossings}
        self._by_key: dict[str, list[Crossing]] = {}
        for crossing in crossings:
            for name in crossing.names:
                rows = self._by_key.setdefault(fold_name(name), [])
                if crossing not in rows:
                    rows.append(crossing)
        self._add_aliases(aliases or {})
        self._add_inflections()
        self._country_by_key: dict[str, str] = {}
        for country in countries:
            for name in (*country.names, *country.adjectives, country.code):
                self._country_by_key.setdefault(fold_name(name), country.code)

    def _add_aliases(self, aliases: dict[str, tuple[str, ...]]) -> None:
        """Names of crossings in other scripts (``script_aliases*.csv``), by row id."""
        by_id = {c.id: c for c in self.crossings}
        for crossing_id, names in aliases.items():
            if crossing_id in by_id:
                for name in names:
                    rows = self._by_key.setdefault(fold_name(name), [])
                    if by_id[crossing_id] not in rows:
                        rows.append(by_id[crossing_id])

    def _add_inflections(self) -> None:
        """Declined forms of crossing names ("Vaalimaan", "Medininkų"), as
        spellings that count only next to a border word (see ``inflections``)."""
        declined = set()
        for key, rows in list(self._by_key.items()):
            if key in self.ambiguous:
                continue  # a town's name declined is still a town's name
            for form in inflections(key):
                if form not in self._by_key:
                    self._by_key[form] = list(rows)
                    declined.add(form)
        self.ambiguous = self.ambiguous | declined

    def __len__(self) -> int:
        return len(self.crossings)

    def by_id(self, crossing_id: str) -> Crossing:
        return self._by_id[crossing_id]

    def lookup(self, name: str) -> Crossing | None:
        """The crossing any of whose names or spellings is ``name``."""
        rows = self._by_key.get(fold_name(name))
        return rows[0] if rows else None

    def canonical(self, name: str | None) -> str | None:
        """The canonical name for a spelling; unknown names come back folded."""
        if name is None:
            return None
        row = self.lookup(name)
        return row.name if row else fold_name(name)

    def country_code(self, name: str) -> str | None:
        return self._country_by_key.get(fold_name(name))

    def spellings(self) -> Iterator[Spelling]:
        """Every spelling the text matcher looks for."""
        keys: dict[str, list[Crossing]] = {}
        for key, rows in self._by_key.items():
            keys.setdefault(key, []).extend(rows)
        for key, rows in list(self._by_key.items()):
            forms = skeletons(key)
            if any(set(r.countries) & CYRILLIC_COUNTRIES for r in rows):
                forms |= {
                    w for form in forms for w in cyrillic_readings(form) if not english_words(w)
                }
            for bare in forms:
                if bare != key and bare not in keys:
                    keys[bare] = rows
        for key, rows in keys.items():
            if len(key) < (2 if _ideographic(key) else 3) or key in self.unmatched:
                continue
            yield Spelling(key, "crossing", tuple(r.id for r in rows), key in self.ambiguous)
        for country in self.countries.values():
            for name in country.names:
                yield Spelling(fold_name(name), "country", (country.code,), False)
            for name in country.adjectives:
                yield Spelling(fold_name(name), "adjective", (country.code,), False)


#: The environment variable naming a maintainer's CSV of extra crossings (the
#: columns of ``data/crossings.csv``): how a crossing the news names but the
#: shipped list lacks is promoted to the curated list (``docs/store.md``).
EXTRA_CROSSINGS_ENV = "BORDERWATCH_CROSSINGS_EXTRA"


def _crossing_of(row: dict[str, str]) -> Crossing:
    a, b = sorted((row["country_a"].strip().upper(), row["country_b"].strip().upper()))
    return Crossing(
        id=row["id"],
        name=row["name"],
        alt_names=_split(row.get("alt_names") or ""),
        countries=(a, b),
        lat=_float(row.get("lat") or ""),
        lon=_float(row.get("lon") or ""),
        kind=row.get("kind") or "",
        coord_precision=row.get("coord_precision") or "unknown",
        source=row.get("source") or "",
    )


def _extra_lines() -> list[str]:
    """The lines of ``$BORDERWATCH_CROSSINGS_EXTRA`` (none when unset); a row
    whose id is already shipped replaces the shipped one."""
    import os
    from pathlib import Path

    path = os.environ.get(EXTRA_CROSSINGS_ENV)
    if not path:
        return []
    text = Path(path).expanduser().read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped inside the package, plus the rows of
    ``$BORDERWATCH_CROSSINGS_EXTRA`` (loaded once per process)."""
    by_id = {row["id"]: _crossing_of(row) for row in csv.DictReader(_data_lines("crossings.csv"))}
    extra = _extra_lines()
    if extra:
        by_id.update((row["id"], _crossing_of(row)) for row in csv.DictReader(extra))
    crossings = list(by_id.values())
    other = _country_aliases()
    countries = [
        Country(
            row["code"],
            _split(row["names"]) + other.get((row["code"], "name"), ()),
            _split(row["adjectives"]) + other.get((row["code"], "adjective"), ()),
        )
        for row in csv.DictReader(_data_lines("countries.csv"))
    ]
    ambiguous = frozenset(fold_name(line) for line in _data_lines("ambiguous_names.txt"))
    unmatched = frozenset(fold_name(line) for line in _data_lines("unmatched_names.txt"))
    aliases, towns = _script_aliases()
    return Gazetteer(
        tuple(crossings), tuple(countries), ambiguous | towns, unmatched, aliases
    )


def _ideographic(key: str) -> bool:
    """A Chinese name, two characters of which are a name ("吉隆")."""
    return "\u3400" <= key[0] <= "\u9fff"


def _script_aliases() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Crossing names in other scripts by row id, and those that are towns'
    names (ambiguous): GeoNames' alternate names and names written by hand."""
    aliases: dict[str, tuple[str, ...]] = {}
    towns = set()
    for name in ("script_aliases.csv", "script_aliases_written.csv"):
        for row in csv.DictReader(_data_lines(name)):
            aliases[row["id"]] = (*aliases.get(row["id"], ()), row["alias"])
            if row["ambiguous"] == "1":
                towns.add(fold_name(row["alias"]))
    return aliases, frozenset(towns)


def _country_aliases() -> dict[tuple[str, str], tuple[str, ...]]:
    """Country names and adjectives in other languages, by (code, kind)."""
    return {
        (row["code"], row["kind"]): _split(row["names"])
        for row in csv.DictReader(_data_lines("country_aliases.csv"))
    }


# --- other spellings of listed crossings, and land borders ------------------


#: Words that say what a place is ("Ban" is Thai for village, "Dan" for a
#: checkpoint), not which one: left out when two spellings are compared.
KIND_WORDS = frozenset(
    """
    land port ports checkpoint checkpoints check point points crossing crossings border
    bridge pass gate post posts icp integrated international customs terminal entry
    the of al el ban dan
    """.split()
)
#: How alike two spellings of crossings on one border must be (``difflib``
#: ratio of their skeletons, spaces left out) to name one crossing: "Islam
#: Qalat" and "Islam Qala", "Dogharoon" and "Dogharoun", "Kuznitsy" and
#: "Kuznica" (0.86), "Qaem-Bukamal" and "Qaim-Albu Kamal" (0.83).
ALIKE = 0.8
#: The same for a row on another border of one of the two countries.
ALIKE_ELSEWHERE = 0.9


def _core(name: str) -> str:
    return skeleton(" ".join(w for w in fold_name(name).split() if w not in KIND_WORDS))


#: Ordinals that tell bridges and gates of one name apart ("Second Thai–Lao
#: Friendship Bridge", "Bridge No. 2", "Bac Luan 2").
_ORDINALS = {
    "first": "1", "1st": "1", "second": "2", "2nd": "2", "ii": "2", "third": "3", "3rd": "3",
    "iii": "3", "fourth": "4", "4th": "4", "iv": "4", "fifth": "5", "5th": "5",
    "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
}  # fmt: skip


#: An ordinal word as text writes it before a name ("third", "3rd"), as a
#: regular expression for folded text; ``ordinal`` reads its number.
ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
)


def ordinal(word: str) -> str | None:
    """The number an ordinal word stands for ("third", "3rd" -> "3"), else None."""
    if word in _ORDINALS:
        return _ORDINALS[word]
    numbered = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return numbered.group(1) if numbered else None


def name_numbers(name: str) -> frozenset[str]:
    """The ordinals and numbers of a name ("1" is left out: the first of a
    kind is often named without it)."""
    words = fold_name(name).split()
    found = {ordinal(w) or w for w in words if ordinal(w) or w.isdigit()}
    return frozenset(found - {"1"})


def resemble(gazetteer: Gazetteer, name: str, pair: tuple[str, str]) -> Crossing | None:
    """The row on the border ``pair`` that ``name`` is another spelling of
    (see ``resembling``); else a row sharing one country of the pair, when
    the text's pair is off ("Dogharoon" in a story about pilgrims to Iraq)."""
    generic = gazetteer.unmatched
    row = resembling(name, [c for c in gazetteer.crossings if c.countries == pair], ALIKE, generic)
    if row is None:
        near = [c for c in gazetteer.crossings if set(c.countries) & set(pair)]
        row = resembling(name, near, ALIKE_ELSEWHERE, generic)
    return row


def resembling(
    name: str,
    rows: Iterable[Crossing],
    alike: float = ALIKE,
    generic: frozenset[str] = frozenset(),
) -> Crossing | None:
    """The row one of whose names ``name`` is a variant of: the same words
    but for kind words ("Khyber Pass" for "Khyber Pass crossing", "Khlong
    Luek" for "Ban Khlong Luek"), one side of a row's name, or a near
    spelling (transliteration, a dropped or changed letter).  Spellings in
    ``generic`` (folded: "zero point", found at many crossings) never count."""
    from difflib import SequenceMatcher

    core = _core(name)
    if len(core) < 4:
        return None
    number = name_numbers(name)
    best: tuple[float, Crossing] | None = None
    for row in rows:
        for spelling in row.names:
            if fold_name(spelling) in generic:
                continue
            if name_numbers(spelling) != number:
                continue  # "Second Friendship Bridge" is not the first one
            other = _core(spelling)
            sides = {other, *(_core(side) for side in spelling.split("–"))}
            if core in sides:
                return row
            if " " not in core and len(core) > 5:
                # one word of a longer name: "Abrisham Bridge" for "Pul-e-Abresham"
                sides |= {word for word in other.split() if len(word) > 5}
            # spaces left out: "Bukamal" and "Abu Kamal" are one word
            ratio = max(
                SequenceMatcher(None, core.replace(" ", ""), side.replace(" ", "")).ratio()
                for side in sides
            )
            if ratio >= alike and (best is None or ratio > best[0]):
                best = (ratio, row)
    return best[1] if best else None


@cache
def load_land_borders() -> frozenset[tuple[str, str]]:
    """Country pairs (sorted) that share a land border (``land_borders.csv``),
    with or without a crossing in the list."""
    return frozenset(
        (row["country_a"], row["country_b"])
        for row in csv.DictReader(_data_lines("land_borders.csv"))
    )
