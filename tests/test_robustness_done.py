"""Issue 6, "Done when": ``borderwatch extract`` over a folder of six bad and
good inputs prints six lines, the seed's with its events, and exits zero (not
every input failed).

The time is checked as the command's CPU time, against three times the
issue's minute: a guard against cost that grows with the square of the
input (the 6 MB text alone took five minutes so), not a benchmark
(``benchmarks/scale.py`` is that).
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.scale import news_text
from tests.paths import SEED

#: The issue's budget for the whole folder, and the margin this test allows.
BUDGET_SECONDS = 60
MARGIN = 3


@pytest.mark.slow
def test_extract_reads_a_folder_of_bad_inputs_and_the_seed(tmp_path: Path) -> None:
    rng = random.Random(6)
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a_random.txt").write_bytes(bytes(rng.getrandbits(8) for _ in range(4096)))
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_broken.txt").write_bytes(
        "Der Grenzübergang wurde geschlossen. ".encode() + b"\xc3\x28\xa0\xa1\xff\xfe" * 20
    )
    (folder / "d_deep.html").write_text(
        "<html><body>" + "<div>" * 20_000 + "<p>x</p>" + "</div>" * 20_000 + "</body></html>",
        encoding="utf-8",
    )
    (folder / "e_six_mb.txt").write_text(news_text(6_000_000, seed=6), encoding="utf-8")
    (folder / "f_seed.txt").write_bytes(SEED.read_bytes())
    started = time.monotonic()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "borderwatch.cli", "extract", str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    seconds = time.monotonic() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(line["id"]).name for line in lines] == sorted(p.name for p in folder.iterdir()), (
        done.stderr
    )
    by_name = {Path(line["id"]).name: line for line in lines}
    assert by_name["f_seed.txt"]["error"] is None
    assert {"Torkham"} <= {e["crossing"] for e in by_name["f_seed.txt"]["events"]}
    assert by_name["b_empty.txt"]["error"].startswith("EmptyInput")
    assert done.returncode == 0, done.stderr
    assert "unexpectedly" not in done.stderr, done.stderr
    assert cpu < BUDGET_SECONDS * MARGIN, f"{cpu:.0f} CPU s ({seconds:.0f} s of wall time)"
