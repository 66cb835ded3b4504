"""Load on the API and pages over loopback: idle, then while an ingest writes.

    .venv/bin/python benchmarks/api_load.py [--sizes 10000,100000] [--clients 200]
        [--seconds 60] [--postgres postgresql://...] [--quick]

For each store size (events, synthetic: ``borderwatch.web.sample``) and each
backend (SQLite, and PostgreSQL when ``--postgres`` names a database the
benchmark may fill; it makes and drops its own schema there), builds the
store, starts ``borderwatch serve`` in its own process on 127.0.0.1, and
runs N client threads (each on one keep-alive connection) through a fixed
mix of requests (status, events, the board page, a crossing's page and
API) for the given time: first with nothing else running (idle), then while
another process saves new articles one by one through ``Store.save`` (the
writer).  Prints requests/s, p50, p99 and errors of each phase, the
writer's articles/s, and the ratio p99 writing / p99 idle; the goal is no
error and a ratio of at most 2.  ``--quick`` runs 10 s phases.  Anything
but a 200 is an error; exits 1 when there was any.  Loopback only; bounded
in time and in clients.
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
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from borderwatch.web.loopback import LOOPBACK, free_port  # noqa: E402

#: Store sizes (events) the benchmark runs on by default.
SIZES = (10_000, 100_000)
#: Hard bounds, whatever the arguments say.
MAX_SECONDS = 120.0
MAX_CLIENTS = 256
#: Seconds to wait for the server to answer its first request.
START_TIMEOUT_S = 120.0
#: Seconds of each phase with --quick.
QUICK_SECONDS = 10.0
#: The goal from the issue: p99 while writing over p99 idle.
RATIO_GOAL = 2.0
#: Articles saved in one transaction while building a store.
BUILD_BATCH = 500


def request_mix(crossings: list[str]) -> list[str]:
    """The paths every client cycles through: status, events, the board page,
    crossing pages (HTML and JSON)."""
    paths = [
        "/api/status",
        "/",
        "/api/events?limit=50",
        "/api/events?type=closure&since=2023-01-01&until=2023-03-31&limit=50",
    ]
    for name in crossings[:8]:
        paths.append(f"/crossing/{quote(name, safe='')}")
        paths.append(f"/api/crossings/{quote(name, safe='')}")
        paths.append(f"/api/events?crossing={quote(name, safe='')}&limit=50")
    return paths


@dataclass
class Tally:
    latencies: list[tuple[float, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def client(port: int, paths: list[str], start: int, stop: threading.Event, tally: Tally) -> None:
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=60)
    for path in itertools.islice(itertools.cycle(paths), start, None):
        if stop.is_set():
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
            conn = http.client.HTTPConnection(LOOPBACK, port, timeout=60)
            continue
        tally.latencies.append((time.perf_counter() - began, path))
    conn.close()


@dataclass(frozen=True)
class Phase:
    name: str
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: list[str]
    slowest: str  # the route with the highest median

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


def run_clients(port: int, paths: list[str], clients: int, seconds: float, name: str) -> Phase:
    """``clients`` threads on the mix for ``seconds``; what they measured."""
    stop = threading.Event()
    tallies = [Tally() for _ in range(clients)]
    threads = [
        threading.Thread(target=client, args=(port, paths, i * 3, stop, t), daemon=True)
        for i, t in enumerate(tallies)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=90)
    elapsed = time.perf_counter() - started
    timed = sorted(x for t in tallies for x in t.latencies)
    latencies = [s for s, _path in timed]
    errors = [e for t in tallies for e in t.errors]
    if not latencies:
        return Phase(name, len(errors), elapsed, 0.0, 0.0, errors or ["no answer"], "")
    by_route: dict[str, list[float]] = {}
    for took, path in timed:
        route = path.split("?")[0]
        route = route.rsplit("/", 1)[0] + "/..." if route.count("/") > 1 else route
        by_route.setdefault(route, []).append(took)
    slowest = max(by_route, key=lambda r: statistics.median(by_route[r]))
    return Phase(
        name,
        len(latencies) + len(errors),
        elapsed,
        statistics.median(latencies) * 1000,
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
        errors,
        f"{slowest} {statistics.median(by_route[slowest]) * 1000:.0f} ms",
    )


def build_store(url: str, events: int, per_article: int = 5) -> None:
    """A store of ``events`` synthetic events, saved in batches and its board
    rows built once at the end (what the writer then keeps up to date)."""
    from borderwatch.store import kept, open_store
    from borderwatch.store.board import today
    from borderwatch.store.migrations import WRITE_OPTION
    from borderwatch.store.sql import SqlStore
    from borderwatch.store.write import insert_result
    from borderwatch.web.sample import synthetic_results

    store = open_store(url)
    assert isinstance(store, SqlStore)
    try:
        if store.data_version() > 0:
            return
        results = iter(synthetic_results(events, per_article=per_article))
        while batch := list(itertools.islice(results, BUILD_BATCH)):
            with store.engine.connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    for result in batch:
                        insert_result(conn, result)
        with store.engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                kept.rebuild(store._on(conn), today())
    finally:
        store.close()


def write_for(url: str, seconds: float, seed: int) -> None:
    """The writer: new synthetic articles saved one by one (``Store.save``) for ``seconds``."""
    from borderwatch.store import open_store
    from borderwatch.web.sample import synthetic_results

    store = open_store(url)
    saved = 0
    began = time.perf_counter()
    for result in synthetic_results(10_000_000, seed=seed):
        if time.perf_counter() - began > seconds:
            break
        saved += store.save(result).created
    store.close()
    print(f"{saved} {time.perf_counter() - began:.2f}")


def wait_until_up(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited before answering")
        try:
            conn = http.client.HTTPConnection(LOOPBACK, port, timeout=5)
            conn.request("GET", "/api/events?limit=1")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer in time")


def postgres_schema_url(admin: str) -> tuple[str, str]:
    """A new schema in the database ``admin`` names, and the URL that uses it."""
    import sqlalchemy as sa

    schema = "bw_load_" + uuid.uuid4().hex[:10]
    engine = sa.create_engine(sa.engine.make_url(admin).set(drivername="postgresql+psycopg"))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine.dispose()
    sep = "&" if "?" in admin else "?"
    return admin + f"{sep}options=-csearch_path%3D{schema}", schema


def drop_schema(admin: str, schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(sa.engine.make_url(admin).set(drivername="postgresql+psycopg"))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    engine.dispose()


def measure(url: str, events: int, clients: int, seconds: float, folder: Path) -> list[Phase]:
    """Build the store, serve it, and run the idle and the writing phase."""
    from borderwatch.gazetteer import load_gazetteer
    from borderwatch.store import open_store

    began = time.perf_counter()
    build_store(url, events)
    store = open_store(url)
    stored = store.table_counts()
    store.close()
    print(f"  store: {stored['events']} events, {stored['articles']} articles "
          f"(built in {time.perf_counter() - began:.0f} s)", flush=True)  # fmt: skip
    port = free_port()
    log_path = folder / f"server-{port}.log"
    crossings = [c.name for c in load_gazetteer().crossings if c.lat is not None]
    paths = request_mix(crossings)
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "borderwatch.cli", "serve", "--host", LOOPBACK,
             "--port", str(port), "--store", url],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
        try:
            wait_until_up(port, server)
            run_clients(port, paths, clients, min(3.0, seconds), "warm-up")
            idle = run_clients(port, paths, clients, seconds, "idle")
            writer = subprocess.Popen(
                [sys.executable, __file__, "--write", url, "--seconds", str(seconds + 5)],
                cwd=ROOT, stdout=subprocess.PIPE, text=True,
            )  # fmt: skip
            time.sleep(1.0)  # the writer has opened the store and started saving
            writing = run_clients(port, paths, clients, seconds, "writing")
            out, _ = writer.communicate(timeout=seconds + 120)
            saved, took = out.split()
            print(f"  writer: {saved} articles in {float(took):.0f} s "
                  f"({int(saved) / float(took):.1f} articles/s)")  # fmt: skip
        finally:
            began = time.monotonic()
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
            print(f"  server stopped {time.monotonic() - began:.1f} s after SIGTERM")
    server_log = log_path.read_text(errors="replace")
    if "Traceback" in server_log:
        print("  server errors:", server_log[-2000:])
    return [idle, writing]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(n) for n in SIZES), help="events")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0, help="of each phase")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SECONDS:.0f} s phases")
    parser.add_argument("--postgres", help="also on this PostgreSQL database (a schema of its own)")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--write", help=argparse.SUPPRESS)  # the writer process
    parser.add_argument("--seed", type=int, default=1000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write:
        write_for(args.write, args.seconds, args.seed)
        return 0
    clients = min(max(args.clients, 1), MAX_CLIENTS)
    seconds = QUICK_SECONDS if args.quick else min(max(args.seconds, 1.0), MAX_SECONDS)
    sizes = [int(n) for n in args.sizes.split(",")]
    backends = ([] if args.no_sqlite else ["sqlite"]) + (["postgresql"] if args.postgres else [])
    failed = False
    rows: list[tuple[str, int, Phase, Phase]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for backend in backends:
            for events in sizes:
                print(f"{backend}, {events} events, {clients} clients, {seconds:.0f} s a phase",
                      flush=True)  # fmt: skip
                schema = None
                if backend == "sqlite":
                    url = "sqlite:///" + str(folder / f"load-{events}.db")
                else:
                    url, schema = postgres_schema_url(args.postgres)
                try:
                    idle, writing = measure(url, events, clients, seconds, folder)
                finally:
                    if schema is not None:
                        drop_schema(args.postgres, schema)
                rows.append((backend, events, idle, writing))
                for phase in (idle, writing):
                    print(f"  {phase.name:8} {phase.rate:7.1f} req/s  p50 {phase.p50_ms:7.1f} ms  "
                          f"p99 {phase.p99_ms:7.1f} ms  errors {len(phase.errors)}"
                          + (f" {phase.errors[:3]}" if phase.errors else "")
                          + f"  (slowest: {phase.slowest})", flush=True)  # fmt: skip
    print()
    print(f"{'backend':10} {'events':>7} {'idle req/s':>10} {'p50':>7} {'p99':>7} "
          f"{'write req/s':>11} {'p50':>7} {'p99':>7} {'errors':>6} {'p99 ratio':>9}")  # fmt: skip
    for backend, events, idle, writing in rows:
        ratio = writing.p99_ms / idle.p99_ms if idle.p99_ms else float("inf")
        errors = len(idle.errors) + len(writing.errors)
        failed |= errors > 0 or ratio > RATIO_GOAL
        print(f"{backend:10} {events:7d} {idle.rate:10.1f} {idle.p50_ms:7.0f} {idle.p99_ms:7.0f} "
              f"{writing.rate:11.1f} {writing.p50_ms:7.0f} {writing.p99_ms:7.0f} {errors:6d} "
              f"{ratio:9.2f}")  # fmt: skip
    print(f"goal: errors 0 and p99 writing/idle <= {RATIO_GOAL}: "
          + ("not met" if failed else "met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
