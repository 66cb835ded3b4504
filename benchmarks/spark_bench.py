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
start (5-15 s) included; ``after start`` takes away the time to the first
task (the session's start, read from the time Spark took to write nothing).
Peak memory is the largest summed RSS of the command's process tree
(the JVM and its Python workers), sampled every 0.2 s, for the input and for
four times the input: flat when records stream through, never collected.
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


def _tree_rss(root: int) -> int:
    """Summed resident memory (bytes) of ``root`` and its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
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
    return sum(rss.get(pid, 0) for pid in tree)


def timed(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak tree RSS (bytes) and standard output of one command."""
    env = {
        **os.environ,
        "PYSPARK_PYTHON": sys.executable,
        "SPARK_LOCAL_IP": os.environ.get("SPARK_LOCAL_IP", "127.0.0.1"),
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out}")
    return seconds, peak, out


BORDERWATCH = [sys.executable, "-m", "borderwatch.cli"]


def spark(warc: Path, output: Path, master: str, split_mb: float) -> tuple[float, int, str]:
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warc = folder / "bench.warc.gz"
        build_warc(warc, args.records)
        size = warc.stat().st_size
        print(f"WARC: {args.records} records, {size / 1e6:.1f} MB, parts of {args.split_mb} MB")

        empty = folder / "empty.txt"
        empty.write_text("")
        start, _, _ = spark(empty, folder / "empty-out", "local[1]", args.split_mb)
        print(f"Spark session start and an empty job: {start:.1f} s")

        store = f"sqlite:///{folder / 'local.db'}"
        seconds, peak, out = timed([*BORDERWATCH, "ingest", str(warc), "--store", store])
        print(
            f"local runner (ingest): {args.records / seconds:7.1f} records/s  "
            f"({seconds:.1f} s, peak {peak / 2**20:.0f} MiB)  {out.splitlines()[0]}"
        )
        peaks: dict[str, int] = {}
        for master in ("local[1]", "local[2]"):
            seconds, peak, out = spark(warc, folder / master, master, args.split_mb)
            peaks[master] = peak
            after = max(seconds - start, 1e-9)
            print(
                f"spark {master}: {args.records / seconds:7.1f} records/s  "
                f"({seconds:.1f} s; {args.records / after:.1f} records/s after start; "
                f"peak {peak / 2**20:.0f} MiB)  {out.splitlines()[0].split(' -> ')[0]}"
            )
        if not args.skip_memory:
            big = folder / "bench4x.warc.gz"
            build_warc(big, 4 * args.records, seed=8)
            seconds, peak, _ = spark(big, folder / "x4", "local[1]", args.split_mb)
            print(
                f"peak memory, spark local[1]: 1x {peaks['local[1]'] / 2**20:.0f} MiB, "
                f"4x {peak / 2**20:.0f} MiB ({4 * args.records / seconds:.1f} records/s at 4x)"
            )


if __name__ == "__main__":
    main()
