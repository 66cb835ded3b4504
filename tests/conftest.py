"""Shared fixtures: paths into ../shared and a pipeline analyzer built once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SEED = SHARED / "seed" / "000_9b8f5190a0bfcfb7.txt"
DEV = SHARED / "data" / "corpus" / "dev.jsonl"


@pytest.fixture(scope="session")
def analyzer():  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import build_analyzer

    return build_analyzer()
