"""Scores of gold files broken down by language: what the notes report.

Also the (type, place) pairs whose gold crossing has no gazetteer row
(issue 8's figure), matched as the contract matches uncurated names.

    .venv/bin/python scripts/eval_breakdown.py ../shared/data/corpus/dev2.jsonl [...]

Each record's language is its text's (py3langid, as the pipeline reads it);
each language's records are scored by the contract's rules
(``borderwatch.evaluate.score``), then all records together.  The pipeline
runs once per file.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from borderwatch.evaluate import GoldRecord, Scores, _Places, read_gold, score
from borderwatch.pipeline import build_analyzer, process_document
from borderwatch.records import DocumentResult


def language(record: GoldRecord) -> str:
    import py3langid

    text = record.raw.data.decode("utf-8", "replace")
    return str(py3langid.classify(text[:3000])[0])


def line(label: str, records: int, s: Scores) -> str:
    e = s.events
    return (
        f"{label:<10} {records:>4} {e.f1:6.3f} {e.precision:6.3f} {e.recall:6.3f} "
        f"{s.status.value:6.3f} {s.counts.value:6.3f} {s.dates.value:6.3f}"
    )


def uncurated_pairs(
    pairs: list[tuple[GoldRecord, DocumentResult]], places: _Places
) -> tuple[int, int, int]:
    """Found, wrong and missed (type, place) pairs at crossings the gazetteer lacks."""
    found = wrong = missed = 0
    for record, result in pairs:
        keys = places.for_article(record.gold)
        gold = {
            (e["type"], keys.gold(e.get("crossing"), e.get("countries") or []))
            for e in record.gold.get("events") or []
        }
        wanted = {
            (e["type"], keys.gold(e.get("crossing"), e.get("countries") or []))
            for e in record.gold.get("events") or []
            if e.get("crossing") and places.gazetteer.lookup(e["crossing"]) is None
        }
        got = {(e.type, keys.got(e.crossing, e.countries)) for e in result.events}
        ours = {
            (e.type, keys.got(e.crossing, e.countries))
            for e in result.events
            if e.crossing and places.gazetteer.lookup(e.crossing) is None
        }
        found += len(wanted & got)
        missed += len(wanted - got)
        wrong += len(ours - gold)
    return found, wrong, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    args = parser.parse_args()
    analyzer = build_analyzer()
    for path in args.gold:
        records = list(read_gold(path))
        results = [process_document(r.raw, analyzer) for r in records]
        groups: dict[str, list[tuple[GoldRecord, DocumentResult]]] = defaultdict(list)
        for record, result in zip(records, results, strict=True):
            groups[language(record)].append((record, result))
        print(f"{path.name}: language  records  F1  P  R  status  counts  dates")
        for lang, pairs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            s = score([r for r, _ in pairs], [x for _, x in pairs])
            print(line(lang, len(pairs), s))
        others = [p for lang, pairs in groups.items() if lang != "en" for p in pairs]
        if others:
            s = score([r for r, _ in others], [x for _, x in others])
            print(line("not en", len(others), s))
        total = score(records, results)
        print(line("all", len(records), total))
        for kind, tally in sorted(total.by_type.items()):
            print(f"  {kind:<12} P={tally.precision:.3f} R={tally.recall:.3f} F1={tally.f1:.3f}")
        found, wrong, missed = uncurated_pairs(list(zip(records, results, strict=True)), _Places())
        f1 = 2 * found / (2 * found + wrong + missed) if found else 0.0
        print(
            f"  crossings without a gazetteer row: {found} found, {wrong} wrong, "
            f"{missed} missed, F1={f1:.3f}"
        )


if __name__ == "__main__":
    main()
