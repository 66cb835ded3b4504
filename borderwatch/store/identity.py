"""Which crossing each stored name stands for, the gazetteer's or not.

The store keeps every crossing name as the pipeline gave it: a gazetteer
row's canonical name, or, for a crossing the gazetteer lacks (spec,
"Crossing"), the name as the article wrote it ("Hili", "Hilli").  The read
models see crossings, not names: ``CrossingIndex`` maps each stored name to
one place key when the store is read, so nothing is rewritten and a change
to the gazetteer takes effect at once.

- A name the gazetteer knows (any spelling) is that row.
- The other names are grouped by country pair: two names are one crossing
  when their significant words are the same once generic words are dropped
  ("Hili Land Port" and "Hili checkpoint"; ``significant_words``)
  or one is a near spelling or one side of the other
  (``gazetteer.resembling``: "Hili" and "Hilli").
- Such a crossing's id is stable: its country pair and its normalised name
  (folded, generic words dropped), ``BD-IN:hili``; its key on the board is
  the spelling written most often.
- Promotion: once a maintainer adds a row for it (``$BORDERWATCH_CROSSINGS_EXTRA``),
  a group any of whose names is a spelling of that row, or a near spelling
  of a row of its pair, is that row: its events, statements and status go
  with it, without a re-ingest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from borderwatch.gazetteer import (
    KIND_WORDS,
    Crossing,
    Gazetteer,
    fold_name,
    load_gazetteer,
    resembling,
)
from borderwatch.readmodels import BORDER_PREFIX

#: Words that say what a place is, not which one (folded): the gazetteer's
#: kind words (the contract's generic words and their forms: "land port",
#: "checkpoint", "crossing", "border", "bridge", "pass", "gate", "post", "ICP")
#: and plurals it lacks.  "Hili Land Port" and "Hili checkpoint" are "hili".
GENERIC_WORDS = KIND_WORDS | {"bridges", "gates", "and"}


def significant_words(name: str) -> frozenset[str]:
    """The words of a name that tell it from others, folded ("hili" of "Hili Land Port")."""
    return frozenset(w for w in fold_name(name).split() if w not in GENERIC_WORDS)


@dataclass(frozen=True, slots=True)
class Identity:
    """One crossing as the board shows it, and the stored names that stand for it."""

    key: str  # the board's key: the gazetteer's canonical name, else the most written name
    id: str  # the gazetteer row's id, else ``uncurated_id``
    countries: tuple[str, ...]
    curated: bool
    names: tuple[str, ...]  # stored names that are this crossing
    lat: float | None = None
    lon: float | None = None
    alt_names: tuple[str, ...] = ()


def normalised_name(name: str) -> str:
    """A name's significant words, folded, in their order ("the Hili Land Port" -> "hili")."""
    words = significant_words(name)
    kept = [w for w in fold_name(name).split() if w in words]
    return " ".join(kept) or fold_name(name)


def uncurated_id(name: str, countries: Iterable[str]) -> str:
    """The stable id of a crossing without a gazetteer row: ``BD-IN:hili``."""
    return "-".join(sorted(countries)) + ":" + normalised_name(name).replace(" ", "-")


def _same_crossing(name: str, group: list[str], pair: tuple[str, ...]) -> bool:
    words = significant_words(name)
    if words and any(significant_words(other) == words for other in group):
        return True
    probe = Crossing("", group[0], tuple(group[1:]), _pair2(pair), None, None, "", "", "")
    return resembling(name, [probe]) is not None


def _pair2(pair: tuple[str, ...]) -> tuple[str, str]:
    return (pair[0], pair[1]) if len(pair) == 2 else ("", "")


class CrossingIndex:
    """Stored names -> crossings (``Identity``), built from the names a store holds.

    ``names`` maps each stored crossing name to the country pairs it was
    stored with, counted (events and statements).  A name without a pair
    (only mentioned) joins the crossing of a pair it is a spelling of when
    there is exactly one such crossing.
    """

    def __init__(
        self, names: dict[str, Counter[tuple[str, ...]]], gazetteer: Gazetteer | None = None
    ) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._key_of: dict[str, str] = {}
        self._identities: dict[str, Identity] = {}
        self._by_id: dict[str, str] = {}
        curated: dict[str, list[str]] = {}
        open_names: dict[tuple[str, ...], list[str]] = {}
        uses = {name: sum(pairs.values()) for name, pairs in names.items()}
        for name in sorted(names, key=lambda n: (-uses[n], n)):
            if name.startswith(BORDER_PREFIX):
                continue
            row = self.gazetteer.lookup(name)
            if row is not None:
                curated.setdefault(row.name, []).append(name)
                continue
            pairs = names[name]
            pair = pairs.most_common(1)[0][0] if pairs else ()
            open_names.setdefault(pair, []).append(name)
        groups: list[tuple[tuple[str, ...], list[str]]] = []
        for pair, members in sorted(open_names.items(), key=lambda item: not item[0]):
            mine: list[list[str]] = []
            for name in members:
                if not pair:  # only mentioned: the one crossing of a pair it names, if any
                    found = [g for p, g in groups if _same_crossing(name, g, p)]
                    if len(found) == 1:
                        found[0].append(name)
                        continue
                group = next((g for g in mine if _same_crossing(name, g, pair)), None)
                if group is None:
                    mine.append([name])
                else:
                    group.append(name)
            groups += [(pair, g) for g in mine]
        promoted = [self._promoted(group, pair) for pair, group in groups]
        for (_pair, group), row in zip(groups, promoted, strict=True):
            if row is not None:
                curated.setdefault(row.name, []).extend(group)
        groups = [g for g, row in zip(groups, promoted, strict=True) if row is None]
        for key, members in curated.items():
            row = self.gazetteer.lookup(key)
            assert row is not None
            self._add(
                Identity(key, row.id, row.countries, True, tuple(members), row.lat, row.lon,
                         row.alt_names)
            )  # fmt: skip
        shown = Counter(group[0] for _pair, group in groups)
        for pair, group in groups:
            key = group[0] if shown[group[0]] == 1 else f"{group[0]} ({'–'.join(pair)})"
            self._add(Identity(key, uncurated_id(group[0], pair), pair, False, tuple(group)))

    def _promoted(self, group: list[str], pair: tuple[str, ...]) -> Crossing | None:
        """The gazetteer row a group of names now is, if a maintainer added one."""
        for name in group:
            row = self.gazetteer.lookup(name)
            if row is not None:
                return row
        rows = [c for c in self.gazetteer.crossings if c.countries == _pair2(pair)]
        for name in group:
            row = resembling(name, rows)
            if row is not None:
                return row
        return None

    def _add(self, identity: Identity) -> None:
        self._identities[identity.key] = identity
        self._by_id[identity.id.casefold()] = identity.key
        for name in (identity.key, *identity.names):
            self._key_of[name] = identity.key

    def signature(self) -> frozenset[tuple[str, str]]:
        """Which stored name stands for which board key: two indexes with one
        signature relabel every stored item alike."""
        return frozenset(self._key_of.items())

    def key(self, name: str) -> str:
        """The board key of a stored name (unknown names and borders as they are)."""
        return self._key_of.get(name, name)

    def identity(self, key: str) -> Identity | None:
        return self._identities.get(key)

    def identities(self) -> list[Identity]:
        return list(self._identities.values())

    def names_of(self, key: str) -> tuple[str, ...]:
        """Every stored name that stands for ``key`` (the key itself included)."""
        found = self._identities.get(key)
        return tuple(dict.fromkeys((key, *(found.names if found else ()))))

    def resolve(self, name: str) -> str | None:
        """The board key for any stored name, key, id or gazetteer spelling; None if unknown."""
        if name in self._key_of:
            return self._key_of[name]
        if name.casefold() in self._by_id:
            return self._by_id[name.casefold()]
        row = self.gazetteer.lookup(name)
        if row is not None:
            return row.name
        folded = normalised_name(name)
        for identity in self._identities.values():
            if not identity.curated and any(normalised_name(n) == folded for n in identity.names):
                return identity.key
        return None
