"""Cost of one input against its size: seconds and peak memory per MB.

Generates distinct news-like plain text (no repeated paragraph: sentences are
assembled from templates, gazetteer crossings, invented names and numbers)
of 0.5, 1, 2 and 4 MB, runs each through ``process_document`` (extract,
understand, events, status) in a fresh process and prints its seconds, its
seconds per MB, the process's peak resident memory and how much reading the
input added to it.  The last line is the ratio of the
largest input's CPU seconds per MB to the smallest's (CPU time, not wall
time, so that other work on a shared machine does not skew it); the issue's
goal is a cost linear in the input's size, a ratio of at most 1.5.

    .venv/bin/python benchmarks/scale.py [--sizes 0.5,1,2,4] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence

#: The goal from the issue: seconds per MB at the largest size over the smallest.
RATIO_GOAL = 1.5

#: Sentence templates of border news, written for this benchmark.  Slots:
#: {x} a crossing, {c} a country, {n} a number, {d} a weekday, {m} a month,
#: {p} a person, {o} an office.
TEMPLATES: tuple[str, ...] = (
    "Officials said the {x} crossing was closed on {d} after a dispute over {o}.",
    "The {x} border crossing reopened on {m} {n2}, {p} told reporters.",
    "More than {n} trucks were stranded near {x} as traders waited for clearance.",
    "Security forces of {c} exchanged fire near {x} on {d}, wounding {k} people.",
    "{p} of the {o} met counterparts from {c} to discuss the reopening of {x}.",
    "Only pedestrians were allowed through {x} on {d}, according to {p}.",
    "Trade across the border with {c} fell by {n2} percent in {m}, the {o} said.",
    "The ministry of {o} announced that {x} would close for {n2} days for repairs.",
    "Farmers near {x} said about {n} tonnes of fruit had spoiled since {d}.",
    "In {m}, {p} visited the crossing and promised new scanners for {x}.",
    "Residents of the district said the market had been quiet since {d}.",
    "Analysts expect the talks between {c} and its neighbour to continue in {m}.",
)

_SYLLABLES = ("ka", "ran", "mo", "li", "sha", "te", "vor", "an", "de", "zu", "bi", "nor")
_OFFICES = ("customs", "trade", "interior", "transport", "health", "foreign affairs")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "March", "May", "July", "September", "November")


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def news_text(size_bytes: int, seed: int) -> str:
    """Distinct paragraphs of 3-6 sentences until ``size_bytes`` of UTF-8."""
    from borderwatch.gazetteer import load_gazetteer

    rng = random.Random(seed)
    gazetteer = load_gazetteer()
    crossings = sorted({c.name for c in gazetteer.crossings})
    countries = ("Pakistan", "Afghanistan", "Iran", "Turkey", "Poland", "Belarus", "Thailand")
    paragraphs: list[str] = []
    size = 0
    while size < size_bytes:
        sentences = [
            rng.choice(TEMPLATES).format(
                x=rng.choice(crossings),
                c=rng.choice(countries),
                n=f"{rng.randint(100, 9000):,}",
                n2=rng.randint(2, 28),
                k=rng.randint(1, 9),
                d=rng.choice(_WEEKDAYS),
                m=rng.choice(_MONTHS),
                p=_name(rng),
                o=rng.choice(_OFFICES),
            )
            for _ in range(rng.randint(3, 6))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs)


def measure_one(mb: float, seed: int) -> dict[str, float]:
    """One size, in this process: seconds, peak resident memory, its growth."""
    from borderwatch.pipeline import build_analyzer, process_document
    from borderwatch.records import RawDocument

    analyzer = build_analyzer()
    warm = news_text(20_000, seed + 1000).encode("utf-8")
    process_document(RawDocument(id="warm", data=warm, media_type="text/plain"), analyzer)
    data = news_text(int(mb * 1_000_000), seed).encode("utf-8")
    raw = RawDocument(id=f"{mb} MB", data=data, media_type="text/plain")
    before = _peak_mib()
    start, cpu_start = time.perf_counter(), time.process_time()
    result = process_document(raw, analyzer, published="2024-05-01")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    if result.error:
        raise SystemExit(f"{mb} MB failed: {result.error}")
    return {
        "mb": len(data) / 1_000_000,
        "seconds": seconds,
        "cpu": cpu,
        "peak_mib": _peak_mib(),
        "growth_mib": _peak_mib() - before,
        "events": len(result.events),
    }


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(sizes_mb: Sequence[float], seed: int) -> list[dict[str, float]]:
    """Each size in a fresh process, so that each peak is its own."""
    rows = []
    for i, mb in enumerate(sizes_mb):
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(mb), "--seed", str(seed + i)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(out.splitlines()[-1]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.5,1,2,4", help="sizes in MB, comma-separated")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)  # one size, as JSON
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure_one(args.one, args.seed)))
        return
    rows = measure([float(s) for s in args.sizes.split(",")], args.seed)
    print(
        f"{'MB':>6} {'seconds':>9} {'CPU s':>8} {'CPU s/MB':>9} {'peak MiB':>9} {'+MiB':>6} "
        f"{'events':>7}"
    )
    for r in rows:
        print(
            f"{r['mb']:6.2f} {r['seconds']:9.2f} {r['cpu']:8.2f} {r['cpu'] / r['mb']:9.2f} "
            f"{r['peak_mib']:9.0f} {r['growth_mib']:6.0f} {int(r['events']):7d}"
        )
    first, last = rows[0], rows[-1]
    ratio = (last["cpu"] / last["mb"]) / (first["cpu"] / first["mb"])
    verdict = "ok" if ratio <= RATIO_GOAL else "over the goal"
    print(f"ratio largest/smallest CPU s per MB = {ratio:.2f} (goal <= {RATIO_GOAL}: {verdict})")


if __name__ == "__main__":
    main()
