"""What the browser tests on a store of many sources share: the store of the
dev corpora and the seed, built through the CLI, and headless Chromium with
one page per test that records console errors and failed requests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from paths import DEV, DEV2, ROOT, SEED
from test_browser_board import CHROMIUM, CHROMIUM_FLAGS, TIMEOUT_MS

#: The height of the first screen the browser shows.
SCREEN_HEIGHT = 900


def cli(*args: str) -> None:
    """Run ``borderwatch`` as a user would; it must succeed."""
    done = subprocess.run(
        [sys.executable, "-m", "borderwatch.cli", *args],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def many_sources_store(folder: Path) -> str:
    """A SQLite store of dev + dev2 + the seed (published 2023-02-22)."""
    url = "sqlite:///" + str(folder / "many.db")
    cli("ingest", str(DEV), str(DEV2), "--store", url)
    cli("run", str(SEED), "--published", "2023-02-22", "--store", url)
    return url


@contextmanager
def chromium(profile: Path) -> Iterator[Any]:
    """A headless Chromium context at 1,280 px wide."""
    from playwright import sync_api

    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": SCREEN_HEIGHT},
        )
        try:
            yield context
        finally:
            context.close()


@contextmanager
def watched_page(browser: Any) -> Iterator[Any]:
    """A new page whose console errors, page errors and failed requests
    are kept in ``page.problems``."""
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("requestfailed", lambda r: page.problems.append("failed: " + r.url))
    try:
        yield page
    finally:
        page.close()
