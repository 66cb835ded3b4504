"""Crossings, countries and whole borders named in a text.

All spellings of the gazetteer (crossings, country names, adjectives) go
into one Aho-Corasick automaton that scans the folded text in one pass, so
the cost does not grow with the number of crossings and spellings.
Matches must sit on word boundaries; overlapping matches keep the longest.
A spelling marked ambiguous (a town or a plain word) counts only in a
sentence that also has a border word.  A spelling shared by several rows is
settled by the countries the article names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from borderwatch.gazetteer import (
    ORDINAL_WORD,
    Crossing,
    Gazetteer,
    Spelling,
    fold_name,
    load_land_borders,
    name_numbers,
    ordinal,
)
from borderwatch.nlp.border_words import (
    OTHER_BORDER_WORDS,
    OTHER_WHOLE_BORDER,
    written_without_spaces,
)
from borderwatch.nlp.open_crossings import find_open_crossings
from borderwatch.offsets import StartIndex
from borderwatch.records import PlaceMention, Sentence

#: Words that make a sentence about a border (folded text).  Used to accept
#: ambiguous spellings and to find whole-border mentions.
BORDER_WORDS = re.compile(
    r"\b(?:borders?|frontiers?|boundary|crossings?|check ?points?|check posts?|"
    r"ports? of entry|border posts?|gates?|bridges?|pass|terminals?|customs|corridor|"
    r"granic\w*|kpp|punkt\w* propuska|frontieres?|frontera|grenze|grenzubergang\w*|"
    r"sinir\w*|passage)\b" + OTHER_BORDER_WORDS  # other languages: data/border_words.tsv
)
#: Words that name a whole border (not a crossing point) in a sentence.
WHOLE_BORDER = re.compile(
    r"\b(?:borders?|frontiers?|boundary|(?:land |border )?crossings|crossing points|"
    r"border points|border posts|granic\w*|"
    # German, French, Spanish, Turkish: Grenze(n), Grenzübergänge, frontière(s),
    # frontera(s), pasos fronterizos, sınır
    r"grenzen?|grenzubergange|frontieres?|fronteras?|pasos fronterizos|sinir\w*)\b"
    + OTHER_WHOLE_BORDER
)


#: Crossings that are not border crossings ("a level crossing near Windsor").
NOT_BORDER = re.compile(r"\b(?:level|railway|rail|pedestrian|zebra|river|road|grade) crossings?\b")

#: "near the towns of Kuznica and ...", "the district of X": the place around,
#: not its crossing ("stuck in the town of Poipet" still means the crossing).
TOWN_OF = re.compile(
    r"\b(?:near (?:the )?towns? of|towns of|villages? of|district of|province of) (?:\w+ )?$"
)

#: An ordinal a few words before a name ("the third Thai-Lao Friendship Bridge").
ORDINAL_BEFORE = re.compile(rf"\b({ORDINAL_WORD})\s+(?:[a-z]+\s+){{0,3}}$")

#: How near a border word must stand to a town's name (characters).
NEAR = 25

#: A crossing's name followed by one of these names something else there
#: ("Peace Arch Park", "Torkham Hotel"), not the crossing.
NOT_A_CROSSING = re.compile(
    r" (?:provincial |national |state )?(?:park|hotel|hospital|school|college|university|"
    r"stadium|mall|airport|mosque|church|museum|cinema|market|bazaar|club)\b"
)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    spelling: Spelling


class PlaceFinder:
    """Built once from a gazetteer; finds places in many texts."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        import ahocorasick

        self.gazetteer = gazetteer
        self._automaton = ahocorasick.Automaton()
        grouped: dict[str, list[Spelling]] = {}
        for spelling in gazetteer.spellings():
            grouped.setdefault(spelling.key, []).append(spelling)
        for key, spellings in grouped.items():
            self._automaton.add_word(key, (key, tuple(spellings)))
        self._automaton.make_automaton()
        #: Country pairs that share a land border.
        self.neighbours = set(load_land_borders()) | {c.countries for c in gazetteer.crossings}

    def scan(self, folded: str) -> list[_Hit]:
        """Longest, non-overlapping, word-bounded matches in folded text."""
        hits: list[_Hit] = []
        n = len(folded)
        for end_index, (key, spellings) in self._automaton.iter(folded):
            start = end_index - len(key) + 1
            end = end_index + 1
            unspaced = written_without_spaces(key[0])  # Thai, Chinese: no word boundaries
            if start > 0 and folded[start - 1].isalnum() and not unspaced:
                continue
            if end < n and folded[end].isalnum() and not unspaced:
                continue
            for spelling in spellings:
                hits.append(_Hit(start, end, spelling))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.spelling.kind != "crossing"))
        kept: list[_Hit] = []
        last_end = -1
        for hit in hits:
            if hit.start >= last_end:
                kept.append(hit)
                last_end = hit.end
        return [
            h
            for i, h in enumerate(kept)
            if not self._numbered_otherwise(folded, h)
            and not self._paired_otherwise(folded, kept[max(0, i - 2) : i], h)
        ]

    def _paired_otherwise(self, folded: str, before: Sequence[_Hit], hit: _Hit) -> bool:
        """A crossing's name right after two countries that are not its own:
        "the Thailand-Myanmar friendship bridge" is not the Thai-Lao one,
        whose name "Friendship Bridge" it contains."""
        if hit.spelling.kind != "crossing" or len(before) < 2:
            return False
        a, b = before
        if a.spelling.kind == "crossing" or b.spelling.kind == "crossing":
            return False
        if folded[a.end : b.start].strip() or folded[b.end : hit.start].strip():
            return False  # not one phrase ("Thai-Lao Friendship Bridge")
        pair = {a.spelling.targets[0], b.spelling.targets[0]}
        if len(pair) < 2:
            return False
        return all(
            set(self.gazetteer.by_id(t).countries) != pair for t in hit.spelling.targets
        )

    def _numbered_otherwise(self, folded: str, hit: _Hit) -> bool:
        """A crossing's name after an ordinal that none of its rows bears:
        "the 3rd Thai-Lao Friendship Bridge" is not the first one, whose
        name "Friendship Bridge" it contains."""
        if hit.spelling.kind != "crossing":
            return False
        before = ORDINAL_BEFORE.search(folded, max(0, hit.start - 40), hit.start)
        if before is None:
            return False
        number = ordinal(before.group(1))
        for target in hit.spelling.targets:
            numbers = name_numbers(self.gazetteer.by_id(target).name)  # "1" is left out
            if number in numbers or (number == "1" and not numbers):
                return False
        return True

    def find(
        self,
        text: str,
        folded: str,
        hits: Sequence[_Hit],
        sentences: Sequence[Sentence],
        dateline: tuple[int, int] = (0, 0),
    ) -> tuple[PlaceMention, ...]:
        """Place mentions of ``text``, with whole-border mentions per sentence.

        ``dateline`` is where the article's dateline stands ("NOGALES, Ariz.
        (AP) —"): a town named there is where the reporter filed from, not a
        crossing, unless its name is a crossing's own.
        """
        countries_named = Counter(
            h.spelling.targets[0] for h in hits if h.spelling.kind != "crossing"
        )
        mentions: list[PlaceMention] = []
        seen: dict[str, Crossing] = {}  # crossings named so far, by id
        hits_at = StartIndex(hits)  # looked up by offset: linear in the text's length
        for sentence in sentences:
            inside = hits_at.within(sentence.start, sentence.end)
            listed = _listed_towns(folded, inside, sentence)
            for hit in inside:
                if hit.spelling.kind == "crossing":
                    # A town's name counts as its crossing only next to a
                    # border word ("the crossing at Rafah", "Rafah crossing"),
                    # not in "rockets fired from Rafah" elsewhere in a sentence,
                    # or in a list with other crossings ("Vaalimaa, Imatra and
                    # Niirala crossings").
                    near = folded[max(sentence.start, hit.start - NEAR) : hit.end + NEAR]
                    near = NOT_BORDER.sub(" ", near)
                    if (
                        hit.spelling.ambiguous
                        and BORDER_WORDS.search(near) is None
                        and hit not in listed
                    ):
                        continue
                    if hit.spelling.ambiguous and dateline[0] <= hit.start < dateline[1]:
                        continue
                    if NOT_A_CROSSING.match(folded, hit.end) or TOWN_OF.search(
                        folded, max(0, hit.start - 25), hit.start
                    ):
                        continue
                    crossing = self._choose(hit.spelling, countries_named, seen)
                    if (
                        hit.spelling.ambiguous
                        and countries_named
                        and not any(countries_named[c] for c in crossing.countries)
                    ):
                        # "Brest" in a story about France: a town's name is not
                        # its crossing when the article names other countries
                        # and none of the crossing's.
                        continue
                    seen.setdefault(crossing.id, crossing)
                    mentions.append(
                        PlaceMention(
                            hit.start,
                            hit.end,
                            text[hit.start : hit.end],
                            "crossing",
                            crossing.name,
                            crossing.countries,
                        )
                    )
                else:
                    code = hit.spelling.targets[0]
                    mentions.append(
                        PlaceMention(
                            hit.start, hit.end, text[hit.start : hit.end], "country", None, (code,)
                        )
                    )
        mentions += find_open_crossings(
            text,
            folded,
            sentences,
            mentions,
            # crossings' spans only: a country's name may stand inside a
            # crossing's ("the Thai-Lao Friendship Bridge")
            [(h.start, h.end) for h in hits if h.spelling.kind == "crossing"],
            self.gazetteer,
            self.neighbours,
            _primary_pair(mentions),
            dateline,
            {(h.start, h.end): h.spelling.targets for h in hits if h.spelling.kind == "crossing"},
        )
        primary = _primary_pair(mentions)
        countries = StartIndex([m for m in mentions if m.kind == "country"])
        for sentence in sentences:
            named = countries.within(sentence.start, sentence.end)
            mentions += self._whole_borders(text, folded, sentence, named, primary)
        mentions.sort(key=lambda m: (m.start, m.end))
        return tuple(mentions)

    def _choose(
        self, spelling: Spelling, countries_named: Counter[str], seen: dict[str, Crossing]
    ) -> Crossing:
        """The row a spelling stands for.  A generic one ("the Friendship
        Bridge") is the crossing the article already named by a longer name
        holding it ("the Thai–Myanmar Friendship Bridge"); several rows are
        settled by the countries the article names."""
        if spelling.ambiguous:
            for crossing in seen.values():
                if any(f" {spelling.key} " in f" {fold_name(name)} " for name in crossing.names):
                    return crossing
        rows = [self.gazetteer.by_id(target) for target in spelling.targets]
        if len(rows) == 1:
            return rows[0]
        return max(rows, key=lambda r: sum(countries_named[c] for c in r.countries))

    def _whole_borders(
        self,
        text: str,
        folded: str,
        sentence: Sentence,
        mentions: Sequence[PlaceMention],
        primary: tuple[str, str] | None,
    ) -> list[PlaceMention]:
        """The whole borders a sentence names: each border named by its two
        countries ("the Latvian-Russian border and the Belarusian-Lithuanian
        border"), each of one country's borders with a list ("its borders with
        A, B and C"), else the one its border word and nearest countries name."""
        match = WHOLE_BORDER.search(folded, sentence.start, sentence.end)
        if match is None:
            return []
        countries = [
            m for m in mentions if m.kind == "country" and sentence.start <= m.start < sentence.end
        ]
        border = self._whole_border(text, match, countries, primary)
        pairs = self._listed_borders(folded, countries) or self._named_borders(folded, countries)
        if len(pairs) < 2:
            return [border] if border is not None else []
        # The border its word and nearest countries name first, for the events
        # of one place (talks "with A and B" are between A and B), then each
        # border of the list, for what happens to all of them.
        first = border.countries if border is not None else pairs[0]
        return [
            PlaceMention(
                match.start(), match.end(), text[match.start() : match.end()], "border", None, pair
            )
            for pair in (first, *pairs)
        ]

    def _named_borders(
        self, folded: str, countries: Sequence[PlaceMention]
    ) -> list[tuple[str, ...]]:
        """Borders named by two countries joined before a border word ("the
        Latvian-Russian border", "the Thai and Cambodian borders")."""
        pairs: list[tuple[str, ...]] = []
        for a, b in zip(countries, countries[1:], strict=False):
            if not PAIR_JOIN.fullmatch(folded, a.end, b.start):
                continue
            if not WHOLE_BORDER.match(folded, b.end + 1) or folded[b.end : b.end + 1] != " ":
                continue
            pair = tuple(sorted((a.countries[0], b.countries[0])))
            if pair in self.neighbours and pair not in pairs:
                pairs.append(pair)
        return pairs

    def _listed_borders(
        self, folded: str, countries: Sequence[PlaceMention]
    ) -> list[tuple[str, ...]]:
        """One country's borders with each of a list ("closed its borders with
        A, B and C", "los pasos fronterizos con A, B y C"): the country is the
        one the sentence names outside the list."""
        for i, first in enumerate(countries):
            if not WITH_BEFORE.search(folded, max(0, first.start - 12), first.start):
                continue
            listed = [first]
            for cur in countries[i + 1 :]:
                if not COUNTRY_LIST_GAP.fullmatch(folded, listed[-1].end, cur.start):
                    break
                listed.append(cur)
            codes = {m.countries[0] for m in listed}
            if len(codes) < 2:
                continue
            others = [m for m in countries[:i] if m.countries[0] not in codes]
            if not others:
                continue
            own = others[-1].countries[0]  # the nearest before the list
            pairs = [tuple(sorted((own, code))) for code in dict.fromkeys(
                m.countries[0] for m in listed
            )]  # fmt: skip
            return [pair for pair in pairs if pair in self.neighbours]
        return []

    def _whole_border(
        self,
        text: str,
        match: re.Match[str],
        countries: Sequence[PlaceMention],
        primary: tuple[str, str] | None,
    ) -> PlaceMention | None:
        near = sorted(
            countries,
            key=lambda m: min(abs(m.start - match.end()), abs(m.end - match.start())),
        )
        codes: list[str] = []
        for mention in near:
            if mention.countries[0] not in codes:
                codes.append(mention.countries[0])
        pair: tuple[str, ...] | None = None
        if len(codes) >= 2:
            pair = tuple(sorted(codes[:2]))
        elif len(codes) == 1 and primary and codes[0] in primary:
            pair = primary
        elif len(codes) == 1 and primary:
            pair = None
        elif not codes and primary:
            pair = primary
        if pair is None or pair not in self.neighbours:
            return None  # Egypt and the United States share no border
        return PlaceMention(
            match.start(), match.end(), text[match.start() : match.end()], "border", None, pair
        )


#: Two countries joined to name their border ("Latvian-Russian", "Thai and
#: Cambodian"), in folded text (dashes folded to spaces).
PAIR_JOIN = re.compile(r"\s+(?:(?:and|y|und|et|i|ve)\s+)?")
#: What opens a list of the countries a country borders ("with A, B and C").
WITH_BEFORE = re.compile(r"\b(?:with|con|mit|avec|s|z)\s+(?:the\s+|la\s+|el\s+)?$")
#: What stands between two countries of one list (folded text: a comma is a
#: second space).
COUNTRY_LIST_GAP = re.compile(
    r"(?:\s{2,}|\s+(?:and|or|y|e|und|et|ou|o|i|ve)\s+)(?:and\s+|y\s+)?(?:the\s+|la\s+|el\s+)?"
)

#: What stands between two names of one list ("Vaalimaa, Imatra and Niirala").
LIST_GAP = re.compile(r"\s*(?:,|and|or|&)\s*(?:and\s+|or\s+)?")


def _listed_towns(folded: str, hits: Sequence[_Hit], sentence: Sentence) -> set[_Hit]:
    """Ambiguous crossing names that stand in one list with a plain one."""
    crossings = sorted((h for h in hits if h.spelling.kind == "crossing"), key=lambda h: h.start)
    listed: set[_Hit] = set()
    changed = True
    while changed:
        changed = False
        for a, b in zip(crossings, crossings[1:], strict=False):
            if not LIST_GAP.fullmatch(folded[a.end : b.start]):
                continue
            for one, other in ((a, b), (b, a)):
                sure = not other.spelling.ambiguous or other in listed
                if one.spelling.ambiguous and one not in listed and sure:
                    listed.add(one)
                    changed = True
    return listed


def _primary_pair(mentions: Sequence[PlaceMention]) -> tuple[str, str] | None:
    """The border the article is about: its crossings' pair, else its top two countries."""
    pairs = Counter(m.countries for m in mentions if m.kind == "crossing")
    if pairs:
        pair = pairs.most_common(1)[0][0]
        return (pair[0], pair[1])
    countries = Counter(m.countries[0] for m in mentions if m.kind == "country")
    top = [code for code, _ in countries.most_common(2)]
    if len(top) == 2:
        a, b = sorted(top)
        return (a, b)
    return None
