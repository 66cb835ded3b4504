"""Records per second of the local runner and of Spark, and Spark's peak memory.

    .venv/bin/python benchmarks/spark_bench.py              # 5,000 records
    .venv/bin/python benchmarks/spark_bench.py --records 500  # a quick run

Builds one record-compressed WARC of generated news pages (``--records``
response records; each page one of a few border stories with its own
crossing, date and numbers, so no two texts are equal), then times, each as
its own process, as a user runs them:

1. the local runner: ``borderwatch ingest WARC`` into a new SQLite store;
2. ``borderwatch spark`` with ``--master local[1]`` and ``local[2]`` (the file
   cut into ``--split-mb`` parts so that two cores have work).

Records/s counts every record read over the command's wall time, Spark's
start (20-30 s on this machine) included; ``after start`` takes away the
time of a job over no input (the session's start and stop).  Peak memory is
the largest summed RSS of the command's process tree, and of its JVM and its
Python processes (the command and Spark's Python workers) apart, sampled
every 0.2 s, on ``--memory-master`` (``local[2]``) for the input and for four
times the input: flat when records stream through, never collected.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

CROSSINGS = [
    ("Torkham", "Pakistan", "Afghanistan"),
    ("Chaman", "Pakistan", "Afghanistan"),
    ("Wagah", "India", "Pakistan"),
    ("Rafah", "Egypt", "Gaza"),
    ("Narva", "Estonia", "Russia"),
    ("Kapikule", "Turkey", "Bulgaria"),
]
#: Stories written for this benchmark (not from any corpus).
STORIES = [
    "Authorities closed the {c} border crossing between {a} and {b} on {day} after "
    "a dispute over customs fees, officials said. About {n} trucks were left waiting.",
    "The {c} crossing between {a} and {b} reopened on {day} after {n} hours of talks "
    "between border officials of both sides.",
    "Guards at the {c} crossing allowed only cargo vehicles to pass on {day}; "
    "{n} travellers were turned back, a spokesman said.",
    "Prices of flour rose in the markets near {c} this week, traders said, citing "
    "{n} fewer deliveries than last month.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def page(i: int, rng: random.Random) -> bytes:
    crossing, a, b = rng.choice(CROSSINGS)
    story = STORIES[i % len(STORIES)].format(
        c=crossing, a=a, b=b, day=rng.choice(DAYS), n=rng.randint(20, 900)
    )
    date = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report {i}</title>"
        f'<meta property="article:published_time" content="{date}"></head><body><article>'
        f"<h1>Report {i} from {crossing}</h1><p>{story}</p><p>Story number {i}.</p>"
        f"</article></body></html>"
    ).encode()


def build_warc(path: Path, records: int, seed: int = 7) -> None:
    """A record-compressed WARC of ``records`` HTML responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with path.open("wb") as out:
        for i in range(records):
            buffer = BytesIO()
            writer = WARCWriter(buffer, gzip=False)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/{i}",
                    "response",
                    payload=BytesIO(page(i, rng)),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": "2026-12-01T00:00:00Z"},
                )
            )
            out.write(gzip.compress(buffer.getvalue()))


@dataclass
class Peaks:
    """Peak resident memory (bytes) of a process tree: all of it, its JVM, its Python."""

    total: int = 0
    jvm: int = 0
    python: int = 0

    def update(self, sample: dict[str, int]) -> None:
        self.total = max(self.total, sum(sample.values()))
        self.jvm = max(self.jvm, sample.get("java", 0))
        self.python = max(self.python, sample.get("python", 0))

    def line(self) -> str:
        return (
            f"peak {self.total / 2**20:.0f} MiB (JVM {self.jvm / 2**20:.0f}, "
            f"Python {self.python / 2**20:.0f})"
        )


def _tree_rss(root: int) -> dict[str, int]:
    """Resident memory (bytes) of ``root`` and its descendants, summed by kind
    (``java``: the JVM; ``python``: the command and Spark's Python workers)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                head, tail = stat.read().rsplit(")", 1)
            fields = tail.split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            names[int(entry)] = head.split("(", 1)[1]
        except (OSError, IndexError, ValueError):
            continue
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    kinds: dict[str, int] = {}
    for pid in tree:
        kind = "java" if names.get(pid) == "java" else "python"
        kinds[kind] = kinds.get(kind, 0) + rss.get(pid, 0)
    return kinds


def timed(command: list[str]) -> tuple[float, Peaks, str]:
    """Wall seconds, peak tree RSS and standard output of one command."""
    env = {
        **os.environ,
        "PYSPARK_PYTHON": sys.executable,
        "SPARK_LOCAL_IP": os.environ.get("SPARK_LOCAL_IP", "127.0.0.1"),
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    peaks = Peaks()
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peaks.update(_tree_rss(process.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out}")
    return seconds, peaks, out


BORDERWATCH = [sys.executable, "-m", "borderwatch.cli"]


def spark(warc: Path, output: Path, master: str, split_mb: float) -> tuple[float, Peaks, str]:
    return timed(
        [
            *BORDERWATCH,
            *("spark", "--input", str(warc), "--output", str(output)),
            *("--master", master, "--split-mb", str(split_mb)),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000, help="records in the WARC")
    parser.add_argument("--split-mb", type=float, default=0.25, help="part size for Spark")
    parser.add_argument(
        "--skip-memory", action="store_true", help="no 4x run (peak memory of 1x only)"
    )
    parser.add_argument(
        "--memory-master", default="local[2]", help="the master of the 1x and 4x memory runs"
    )
    parser.add_argument(
        "--memory-only", action="store_true", help="only the 1x and 4x runs (no ingest)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warc = folder / "bench.warc.gz"
        build_warc(warc, args.records)
        size = warc.stat().st_size
        print(f"WARC: {args.records} records, {size / 1e6:.1f} MB, parts of {args.split_mb} MB")

        empty = folder / "empty.txt"
        empty.write_text("")
        start, idle, _ = spark(empty, folder / "empty-out", "local[1]", args.split_mb)
        print(f"Spark session start and an empty job: {start:.1f} s, {idle.line()}")

        if not args.memory_only:
            store = f"sqlite:///{folder / 'local.db'}"
            seconds, peaks, out = timed([*BORDERWATCH, "ingest", str(warc), "--store", store])
            print(
                f"local runner (ingest): {args.records / seconds:7.1f} records/s  "
                f"({seconds:.1f} s, {peaks.line()})  {out.splitlines()[0]}",
                flush=True,
            )
        masters = {args.memory_master} | (set() if args.memory_only else {"local[1]", "local[2]"})
        at_1x: dict[str, Peaks] = {}
        for master in sorted(masters):
            seconds, peaks, out = spark(warc, folder / master, master, args.split_mb)
            at_1x[master] = peaks
            after = f"{args.records / (seconds - start):.1f}" if seconds > start else "n/a"
            print(
                f"spark {master}: {args.records / seconds:7.1f} records/s  "
                f"({seconds:.1f} s; {after} records/s after start; "
                f"{peaks.line()})  {out.splitlines()[0].split(' -> ')[0]}",
                flush=True,
            )
        if not args.skip_memory:
            big = folder / "bench4x.warc.gz"
            build_warc(big, 4 * args.records, seed=8)
            master = args.memory_master
            seconds, peaks, _ = spark(big, folder / "x4", master, args.split_mb)
            one = at_1x[master]
            print(
                f"peak memory, spark {master}: 1x {one.line()}; 4x {peaks.line()}; "
                f"4x/1x {peaks.total / one.total:.2f} "
                f"({4 * args.records / seconds:.1f} records/s at 4x)"
            )


if __name__ == "__main__":
    main()
