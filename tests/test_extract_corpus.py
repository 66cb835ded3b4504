"""On the labelled dev corpus: cleaning never loses a gold evidence sentence."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from paths import DEV

from borderwatch.extract import extract_article
from borderwatch.records import Article, RawDocument

_SPACE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@pytest.fixture(scope="module")
def extracted() -> list[tuple[dict[str, Any], Article]]:
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    return [
        (record, extract_article(RawDocument(id=record["id"], data=record["text"].encode())))
        for record in records
    ]


def test_every_gold_evidence_survives_cleaning(
    extracted: list[tuple[dict[str, Any], Article]],
) -> None:
    lost, total = [], 0
    for record, article in extracted:
        text = _squeeze(article.text)
        for event in record["gold"]["events"]:
            total += 1
            if _squeeze(event["evidence"]) not in text:
                lost.append(f"{record['id']}: {event['evidence'][:60]}")
    print(f"gold evidence kept after cleaning: {total - len(lost)}/{total}")
    assert total > 200
    assert not lost, lost


def test_cleaning_removes_something_from_the_scrapes_with_furniture(
    extracted: list[tuple[dict[str, Any], Article]],
) -> None:
    shorter = sum(len(a.text) < len(r["text"].strip()) - 20 for r, a in extracted)
    assert shorter >= 15


def test_leading_date_lines_become_published(
    extracted: list[tuple[dict[str, Any], Article]],
) -> None:
    dated = [(r, a) for r, a in extracted if r["text"].startswith("date ") and r["published"]]
    assert len(dated) >= 10
    for record, article in dated:
        assert article.published == record["published"], record["id"]
        assert not article.text.startswith("date ")
