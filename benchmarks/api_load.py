"""Load on the JSON API over loopback: N clients for a fixed time.

    .venv/bin/python benchmarks/api_load.py [--events 10000] [--clients 16]
        [--seconds 10] [--store sqlite:///path.db]

Builds (or reuses, with --store) a store of at least 10,000 synthetic events
(``borderwatch.web.sample.synthetic_results``), starts ``borderwatch serve``
in its own process on 127.0.0.1 and a free port, and runs N client threads,
each on one keep-alive connection, cycling through a fixed mix of API
requests until the time is up (or ``--max-requests`` is reached).  Prints
requests/s, p50, p99 and the errors (anything but a 200 is one); exits 1 when
there was any error.  Loopback only; bounded in time and in count.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from borderwatch.web.loopback import LOOPBACK, free_port  # noqa: E402

#: The smallest store the benchmark runs on (events).
MIN_EVENTS = 10_000
#: Hard bounds, whatever the arguments say.
MAX_SECONDS = 120.0
MAX_CLIENTS = 64
#: Seconds to wait for the server to answer its first request.
START_TIMEOUT_S = 60.0


def request_mix(crossings: list[str]) -> list[str]:
    """The paths every client cycles through: what the board and its readers ask."""
    paths = [
        "/api/status",
        "/api/status?at=2023-01-15",
        "/api/events?limit=50",
        "/api/events?type=closure&since=2023-01-01&until=2023-03-31&limit=50",
        "/api/events?q=closure&limit=20",
        "/api/events?limit=50&offset=5000",
        "/api/quotes?limit=20",
        "/feed.atom",
    ]
    for name in crossings[:8]:
        paths.append(f"/api/crossings/{quote(name, safe='')}")
        paths.append(f"/api/events?crossing={quote(name, safe='')}&limit=50")
    return paths


@dataclass
class Tally:
    latencies: list[tuple[float, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def client(port: int, paths: list[str], start: int, stop: threading.Event, tally: Tally,
           budget: itertools.count) -> None:  # fmt: skip
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
    for path in itertools.islice(itertools.cycle(paths), start, None):
        if stop.is_set() or next(budget) <= 0:
            break
        began = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                tally.errors.append(f"{response.status} {path}")
        except (OSError, http.client.HTTPException) as exc:
            tally.errors.append(f"{type(exc).__name__} {path}")
            conn.close()
            conn = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
            continue
        tally.latencies.append((time.perf_counter() - began, path))
    conn.close()


def run_clients(
    port: int, paths: list[str], clients: int, seconds: float, max_requests: int
) -> tuple[list[Tally], float]:
    """``clients`` threads on the mix for ``seconds``; their tallies and the time taken."""
    stop = threading.Event()
    budget = itertools.count(max_requests, -1)
    tallies = [Tally() for _ in range(clients)]
    threads = [
        threading.Thread(target=client, args=(port, paths, i * 3, stop, t, budget))
        for i, t in enumerate(tallies)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    return tallies, time.perf_counter() - started


def build_store(url: str, events: int) -> None:
    from borderwatch.store import open_store
    from borderwatch.web.sample import synthetic_results

    store = open_store(url)
    try:
        if store.table_counts().get("events", 0) >= events:
            return
        for result in synthetic_results(events):
            store.save(result)
    finally:
        store.close()


def wait_until_up(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited before answering")
        try:
            conn = http.client.HTTPConnection(LOOPBACK, port, timeout=2)
            conn.request("GET", "/api/events?limit=1")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer in time")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=MIN_EVENTS)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds not counted")
    parser.add_argument("--store", help="reuse this store (filled if it has too few events)")
    parser.add_argument("--workers", type=int, default=1, help="serve --workers")
    args = parser.parse_args(argv)
    events = max(args.events, MIN_EVENTS)
    clients = min(max(args.clients, 1), MAX_CLIENTS)
    seconds = min(max(args.seconds, 1.0), MAX_SECONDS)

    from borderwatch.gazetteer import load_gazetteer
    from borderwatch.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        url = args.store or "sqlite:///" + str(Path(folder) / "load.db")
        began = time.perf_counter()
        build_store(url, events)
        store = open_store(url)
        stored = store.table_counts()
        store.close()
        print(f"store: {stored['events']} events, {stored['articles']} articles "
              f"(ready in {time.perf_counter() - began:.1f} s)")  # fmt: skip

        port = free_port()
        log_path = Path(folder) / "server.log"
        with log_path.open("wb") as log:
            server = subprocess.Popen(
                [sys.executable, "-m", "borderwatch.cli", "serve", "--host", LOOPBACK,
                 "--port", str(port), "--store", url, "--workers", str(args.workers)],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
            )  # fmt: skip
            try:
                wait_until_up(port, server)
                crossings = [c.name for c in load_gazetteer().crossings if c.lat is not None]
                paths = request_mix(crossings)
                tallies, elapsed = run_clients(port, paths, clients, args.warmup, args.max_requests)
                tallies, elapsed = run_clients(port, paths, clients, seconds, args.max_requests)
            finally:
                server.terminate()
                try:
                    server.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    server.kill()
        server_log = log_path.read_text(errors="replace")

    timed = sorted(x for t in tallies for x in t.latencies)
    latencies = [seconds for seconds, _path in timed]
    errors = [e for t in tallies for e in t.errors]
    total = len(latencies) + len(errors)
    if not latencies:
        print("no request succeeded", errors[:5])
        return 1
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print(f"clients: {clients}, server workers: {args.workers}, duration: {elapsed:.1f} s, "
          f"mix: {len(paths)} paths")  # fmt: skip
    print(f"requests: {total}, requests/s: {total / elapsed:.1f}")
    print(f"p50: {p50:.1f} ms, p99: {p99:.1f} ms")
    print(f"errors: {len(errors)}" + (f" (first: {errors[:3]})" if errors else ""))
    by_path: dict[str, list[float]] = {}
    for seconds, path in timed:
        by_path.setdefault(
            path.split("?")[0].rsplit("/", 1)[0] + "/..."
            if path.startswith("/api/crossings/")
            else path.split("?")[0],
            [],
        ).append(seconds)
    print(
        "median by route: "
        + ", ".join(f"{p} {statistics.median(v) * 1000:.0f} ms" for p, v in sorted(by_path.items()))
    )
    if "Traceback" in server_log:
        print("server errors:", server_log[-3000:])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
