"""Paths into the repository and ../shared, for tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SEED = SHARED / "seed" / "000_9b8f5190a0bfcfb7.txt"
DEV = SHARED / "data" / "corpus" / "dev.jsonl"
DEV2 = SHARED / "data" / "corpus" / "dev2.jsonl"
TRAIN = SHARED / "data" / "corpus" / "train.jsonl"
WARC = SHARED / "data" / "warc"
