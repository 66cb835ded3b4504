"""Scoring against gold files, by the contract's rules.

- events: per article the set of (type, place) pairs, place = canonical
  crossing or ``border:XX-YY``; micro precision/recall/F1 over articles.
- status: share of gold (article, crossing, status) triples extracted exactly.
- counts: share of gold numeric counts whose (type, crossing, what, value)
  appears among the extracted events.
- dates: share of gold events with an ISO date whose (type, crossing, date)
  appears among the extracted events.

Crossing names compare through the gazetteer (any spelling of a row stands
for the row; case, accents and dashes ignored).  A crossing without a row
matches the gold crossing without a row, in the same article, with which it
shares the most significant words (``GENERIC_WORDS`` ignored): "Hili Land
Port" is "Hili".
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from borderwatch.errors import GoldFileError
from borderwatch.records import DocumentResult, RawDocument


@dataclass(frozen=True, slots=True)
class GoldRecord:
    raw: RawDocument
    gold: dict[str, Any]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Share:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass
class Scores:
    events: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    status: Share = field(default_factory=Share)
    counts: Share = field(default_factory=Share)
    dates: Share = field(default_factory=Share)
    negatives: Share = field(default_factory=Share)  # hit = negatives with no event
    articles: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)


def read_gold(path: Path) -> Iterator[GoldRecord]:
    """Gold records of a JSON Lines file; a bad line raises GoldFileError."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"cannot read gold file {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            body = obj["html"] if obj.get("html") else obj["text"]
            raw = RawDocument(
                id=str(obj["id"]),
                data=body.encode("utf-8"),
                media_type="text/html" if obj.get("html") else "text/plain",
                charset="utf-8",
                url=obj.get("url"),
                published=obj.get("published"),
            )
            yield GoldRecord(raw, obj["gold"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise GoldFileError(f"{path}:{number}: not a gold record ({exc})") from exc


#: Words that say what kind of place a crossing is, or join its words,
#: rather than which one it is: the contract ignores them when an uncurated
#: name is matched ("Hili Land Port" is "Hili").  Folded forms.
GENERIC_WORDS = frozenset(
    {
        # the contract's list
        "land", "port", "checkpoint", "crossing", "border", "bridge", "pass", "gate", "post",
        "icp",
        # the same words in their other common forms
        "ports", "checkpoints", "crossings", "bridges", "gates", "posts", "check", "point",
        "points", "integrated", "international", "customs", "terminal", "entry",
        # articles and joining words inside names ("Ras al-Ain", "Port of Entry")
        "the", "of", "and", "al", "el",
    }
)  # fmt: skip


def significant_words(name: str) -> frozenset[str]:
    """The words of a crossing's name that tell it from others ("hili" of "Hili Land Port")."""
    from borderwatch.gazetteer import fold_name

    return frozenset(word for word in fold_name(name).split() if word not in GENERIC_WORDS)


def match_uncurated(name: str, gold_names: Iterable[str]) -> str | None:
    """The gold name (without a gazetteer row) that ``name`` stands for: the
    one sharing most significant words with it, fewer other words on ties;
    None when it shares none with any."""
    words = significant_words(name)
    best: tuple[int, int] | None = None
    chosen = None
    for gold in gold_names:
        other = significant_words(gold)
        rank = (len(words & other), -len(other ^ words))
        if rank[0] and (best is None or rank > best):
            best, chosen = rank, gold
    return chosen


class _Places:
    """Canonical comparison keys for crossing names."""

    def __init__(self) -> None:
        from borderwatch.gazetteer import load_gazetteer

        self.gazetteer = load_gazetteer()

    def key(self, crossing: str | None, countries: Iterable[str]) -> str:
        if crossing:
            return self.gazetteer.canonical(crossing) or crossing
        return "border:" + "-".join(sorted(countries))

    def for_article(self, gold: dict[str, Any]) -> _ArticlePlaces:
        """Keys for one article, whose gold names its uncurated crossings."""
        names = [e.get("crossing") for e in gold.get("events") or []]
        names += list(gold.get("status_at_publication") or {})
        names += list(gold.get("crossings_mentioned") or [])
        uncurated = [n for n in dict.fromkeys(names) if n and self.gazetteer.lookup(n) is None]
        return _ArticlePlaces(self, tuple(uncurated))


@dataclass(frozen=True, slots=True)
class _ArticlePlaces:
    """Comparison keys within one article: an extracted crossing without a
    row takes the key of the gold uncurated crossing it matches."""

    places: _Places
    uncurated: tuple[str, ...]

    def gold(self, crossing: str | None, countries: Iterable[str]) -> str:
        return self.places.key(crossing, countries)

    def got(self, crossing: str | None, countries: Iterable[str]) -> str:
        if crossing and self.places.gazetteer.lookup(crossing) is None:
            match = match_uncurated(crossing, self.uncurated)
            if match is not None:
                return self.places.key(match, countries)
        return self.places.key(crossing, countries)


def _what(value: str) -> str:
    return " ".join(value.lower().split())


def score(records: Iterable[GoldRecord], results: Iterable[DocumentResult]) -> Scores:
    """Compare results with their gold records (paired in order)."""
    places = _Places()
    scores = Scores()
    for record, result in zip(records, results, strict=True):
        scores.articles += 1
        if result.error:
            scores.errors[result.error.split(":", 1)[0]] += 1
        gold_events = record.gold.get("events") or []
        keys = places.for_article(record.gold)
        gold = {
            (e["type"], keys.gold(e.get("crossing"), e.get("countries") or [])) for e in gold_events
        }
        got = {(e.type, keys.got(e.crossing, e.countries)) for e in result.events}
        for kind in {k for k, _ in gold | got}:
            tally = scores.by_type.setdefault(kind, Tally())
            g = {p for p in gold if p[0] == kind}
            x = {p for p in got if p[0] == kind}
            tally.tp += len(g & x)
            tally.fp += len(x - g)
            tally.fn += len(g - x)
        scores.events.tp += len(gold & got)
        scores.events.fp += len(got - gold)
        scores.events.fn += len(gold - got)
        if not gold_events:
            scores.negatives.total += 1
            scores.negatives.hit += not got
        status = {keys.got(k, ()): v for k, v in result.status.items()}
        for name, value in (record.gold.get("status_at_publication") or {}).items():
            scores.status.total += 1
            scores.status.hit += status.get(keys.gold(name, ())) == value
        got_counts = {
            (e.type, keys.got(e.crossing, e.countries), _what(c.what), c.value)
            for e in result.events
            for c in e.counts
        }
        got_dates = {(e.type, keys.got(e.crossing, e.countries), e.date) for e in result.events}
        for e in gold_events:
            place = keys.gold(e.get("crossing"), e.get("countries") or [])
            for c in e.get("counts") or []:
                if c.get("value") is not None:
                    scores.counts.total += 1
                    scores.counts.hit += (
                        e["type"],
                        place,
                        _what(c["what"]),
                        c["value"],
                    ) in got_counts
            if e.get("date"):
                scores.dates.total += 1
                scores.dates.hit += (e["type"], place, e["date"]) in got_dates
        if gold != got:
            scores.misses.append(
                {"id": record.raw.id, "missing": sorted(gold - got), "extra": sorted(got - gold)}
            )
    return scores


def evaluate(path: Path) -> Scores:
    """Run the pipeline over a gold file and score it."""
    from borderwatch.pipeline import build_analyzer, process_document

    records = list(read_gold(path))
    analyzer = build_analyzer()
    results = [process_document(r.raw, analyzer) for r in records]
    return score(records, results)


def report_lines(scores: Scores, details: bool = False) -> list[str]:
    """The printed report; its last line is ``events F1 = 0.NNN``."""
    lines = [
        f"articles: {scores.articles}"
        + (f" (errors: {dict(scores.errors)})" if scores.errors else "")
    ]
    if details:
        for miss in scores.misses:
            lines.append(f"  {miss['id']}: missing {miss['missing']} extra {miss['extra']}")
    for kind in sorted(scores.by_type):
        t = scores.by_type[kind]
        lines.append(
            f"  {kind:<12} P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f} "
            f"(tp={t.tp} fp={t.fp} fn={t.fn})"
        )
    e = scores.events
    lines += [
        f"events: precision = {e.precision:.3f}, recall = {e.recall:.3f} "
        f"(tp={e.tp} fp={e.fp} fn={e.fn})",
        f"hard negatives without events = {scores.negatives.hit}/{scores.negatives.total}",
        f"status accuracy = {scores.status.value:.3f} ({scores.status.hit}/{scores.status.total})",
        f"counts = {scores.counts.value:.3f} ({scores.counts.hit}/{scores.counts.total})",
        f"dates = {scores.dates.value:.3f} ({scores.dates.hit}/{scores.dates.total})",
        f"events F1 = {e.f1:.3f}",
    ]
    return lines


def scores_to_json(scores: Scores) -> dict[str, Any]:
    e = scores.events
    return {
        "articles": scores.articles,
        "events": {
            "precision": e.precision,
            "recall": e.recall,
            "f1": e.f1,
            "tp": e.tp,
            "fp": e.fp,
            "fn": e.fn,
        },
        "by_type": {
            k: {"precision": t.precision, "recall": t.recall, "f1": t.f1}
            for k, t in sorted(scores.by_type.items())
        },
        "status_accuracy": scores.status.value,
        "counts": scores.counts.value,
        "dates": scores.dates.value,
        "hard_negatives_clean": scores.negatives.hit,
        "hard_negatives": scores.negatives.total,
    }
