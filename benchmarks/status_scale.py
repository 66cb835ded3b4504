"""`borderwatch status` against the store's size: 1,000 articles vs 100,000.

    .venv/bin/python benchmarks/status_scale.py [--small 1000] [--large 100000] [--runs 3]

Builds two stores of synthetic articles (one event each,
``borderwatch.web.sample.synthetic_results``; saved in batches, the board
rows built once at the end), then times ``borderwatch status --store URL``
as a fresh process on each (best of ``--runs``), and prints both times and
their ratio.  The issue's goal: the large store answers within 2x of the
small one, since the board is kept at ingest (``store.kept``) and reading it
costs one row per place, not one per event.  ``benchmarks/scale.py``
measures the other axis of size, one input's length.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.api_load import build_store  # noqa: E402

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1_000, help="articles")
    parser.add_argument("--large", type=int, default=100_000, help="articles")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.small, args.large):
            url = "sqlite:///" + str(Path(tmp) / f"status-{n}.db")
            began = time.perf_counter()
            build_store(url, n, per_article=1)
            print(f"{n} articles: built in {time.perf_counter() - began:.0f} s", flush=True)
            times[n] = time_status(url, args.runs)
            print(f"{n} articles: borderwatch status {times[n]:.2f} s", flush=True)
    ratio = times[args.large] / times[args.small]
    verdict = "met" if ratio <= RATIO_GOAL else "not met"
    print(f"status on {args.large} articles: {times[args.large]:.2f} s, on {args.small}: "
          f"{times[args.small]:.2f} s; ratio {ratio:.2f} "
          f"(goal <= {RATIO_GOAL}: {verdict})")  # fmt: skip
    return 0 if ratio <= RATIO_GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
