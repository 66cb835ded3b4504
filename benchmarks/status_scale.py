"""`borderwatch status` against the store's size: 1,000 articles vs 100,000.

    .venv/bin/python benchmarks/status_scale.py [--small 1000] [--large 100000] [--runs 3]
        [--postgres postgresql://...] [--no-sqlite]

Builds two stores of synthetic articles (one event each,
``borderwatch.web.sample.synthetic_results``; saved in batches, the board
rows built once at the end), then times ``borderwatch status --store URL``
as a fresh process on each (best of ``--runs``), and prints both times and
their ratio; with ``--postgres`` the same on that database too, each store
in a schema of its own, made and dropped by the benchmark.  The issue's
goal: the large store answers within 2x of the small one, since the board
is kept at ingest (``store.kept``) and reading it costs one row per place,
not one per event.  ``benchmarks/scale.py``
measures the other axis of size, one input's length.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.api_load import build_store, drop_schema, postgres_schema_url  # noqa: E402

#: The goal from the issue: large store's time over the small one's.
RATIO_GOAL = 2.0


def time_status(url: str, runs: int) -> float:
    """The best wall time of ``borderwatch status`` on ``url``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "borderwatch.cli", "status", "--store", url],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        best = min(best, time.perf_counter() - began)
    return best


def measure(url_for: Callable[[int], str], small: int, large: int, runs: int) -> float:
    """Both stores built and timed on one backend; the ratio large / small."""
    times = {}
    for n in (small, large):
        url = url_for(n)
        began = time.perf_counter()
        build_store(url, n, per_article=1)
        print(f"  {n} articles: built in {time.perf_counter() - began:.0f} s", flush=True)
        times[n] = time_status(url, runs)
        print(f"  {n} articles: borderwatch status {times[n]:.2f} s", flush=True)
    ratio = times[large] / times[small]
    verdict = "met" if ratio <= RATIO_GOAL else "not met"
    print(f"  status on {large} articles: {times[large]:.2f} s, on {small}: "
          f"{times[small]:.2f} s; ratio {ratio:.2f} (goal <= {RATIO_GOAL}: {verdict})")  # fmt: skip
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1_000, help="articles")
    parser.add_argument("--large", type=int, default=100_000, help="articles")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", help="also on this PostgreSQL database (schemas of its own)")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()
    ratios = []
    if not args.no_sqlite:
        print("sqlite", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            ratios.append(
                measure(lambda n: "sqlite:///" + str(Path(tmp) / f"status-{n}.db"),
                        args.small, args.large, args.runs)
            )  # fmt: skip
    if args.postgres:
        print("postgresql", flush=True)
        schemas: list[str] = []

        def in_schema(_n: int) -> str:
            url, schema = postgres_schema_url(args.postgres)
            schemas.append(schema)
            return url

        try:
            ratios.append(measure(in_schema, args.small, args.large, args.runs))
        finally:
            for schema in schemas:
                drop_schema(args.postgres, schema)
    return 0 if all(r <= RATIO_GOAL for r in ratios) else 1


if __name__ == "__main__":
    sys.exit(main())
