"""How fast `borderwatch --help` starts, against a bare Python start.

Goal: under 0.5 s (heavy libraries are imported inside the commands).
Prints the best and median of N runs of each, and the ratio.

    python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def _time(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    exe = shutil.which("borderwatch")
    help_cmd = [exe, "--help"] if exe else [sys.executable, "-m", "borderwatch.cli", "--help"]
    baseline = _time([sys.executable, "-c", "pass"], args.runs)
    helped = _time(help_cmd, args.runs)
    for name, times in (("python -c pass", baseline), ("borderwatch --help", helped)):
        print(
            f"{name:<20} best {min(times) * 1000:7.1f} ms   "
            f"median {statistics.median(times) * 1000:7.1f} ms"
        )
    ratio = statistics.median(helped) / statistics.median(baseline)
    verdict = "ok" if statistics.median(helped) < 0.5 else "OVER the 0.5 s goal"
    print(f"ratio (median) = {ratio:.2f}x bare Python; goal < 0.5 s: {verdict}")


if __name__ == "__main__":
    main()
