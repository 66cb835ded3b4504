"""The seed page read end to end, item by item of spec/events.md's seed section."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from paths import ROOT, SEED

from borderwatch.jsonshape import EVENT_KEYS
from borderwatch.records import DocumentResult, RawDocument


@pytest.fixture(scope="module")
def seed(analyzer) -> DocumentResult:  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import process_document

    raw = RawDocument(id=str(SEED), data=SEED.read_bytes(), media_type="text/plain")
    return process_document(raw, analyzer, published="2023-02-22")


def _events(result: DocumentResult, kind: str, crossing: str = "Torkham"):  # type: ignore[no-untyped-def]
    return [e for e in result.events if e.type == kind and e.crossing == crossing]


def test_seed_closure_on_sunday_by_taliban_forces_with_reason(seed: DocumentResult) -> None:
    dated = [e for e in _events(seed, "closure") if e.date_text == "Sunday"]
    assert dated, seed.events
    closure = dated[0]
    assert closure.date == "2023-02-19"
    assert closure.actor == "Taliban security forces"
    assert closure.reason is not None and "alleged refusal" in closure.reason


def test_seed_clash_on_monday_wounds_one_pakistani_soldier(seed: DocumentResult) -> None:
    clashes = _events(seed, "clash")
    assert len(clashes) == 1
    clash = clashes[0]
    assert clash.date_text == "Monday" and clash.date == "2023-02-20"
    assert clash.casualties is not None and clash.casualties.wounded == 1
    assert clash.casualties.who == "Pakistani soldier"


def test_seed_closure_that_remains_shut(seed: DocumentResult) -> None:
    assert any("remained shut" in e.evidence.text for e in _events(seed, "closure"))


def test_seed_stranded_more_than_6000_trucks(seed: DocumentResult) -> None:
    counts = [c for e in _events(seed, "stranded") for c in e.counts]
    assert any(
        c.what == "trucks" and c.value == 6000 and c.qualifier == "more than" for c in counts
    )


def test_seed_talks_on_wednesday_about_torkham(seed: DocumentResult) -> None:
    talks = _events(seed, "talks")
    assert talks
    assert any(e.date == "2023-02-22" and e.date_text == "Wednesday" for e in talks)


def test_seed_spin_boldak_is_a_mention_not_an_event(seed: DocumentResult) -> None:
    assert "Chaman–Spin Boldak" in seed.crossings_mentioned
    assert not [e for e in seed.events if e.crossing == "Chaman–Spin Boldak"]


def test_seed_has_only_the_spec_event_types_and_places(seed: DocumentResult) -> None:
    assert {(e.type, e.place) for e in seed.events} == {
        ("closure", "Torkham"),
        ("clash", "Torkham"),
        ("stranded", "Torkham"),
        ("talks", "Torkham"),
    }


def test_seed_quotes_by_baradar_and_sarhadi(seed: DocumentResult) -> None:
    speakers = " ".join(q.speaker or "" for q in seed.quotes)
    assert "Baradar" in speakers
    assert "Ziaul Haq Sarhadi" in speakers
    miles = [q for q in seed.quotes if q.text.startswith("Miles after miles")]
    assert miles and miles[0].speaker == "Ziaul Haq Sarhadi"


def test_seed_status_of_torkham_at_publication_is_closed(seed: DocumentResult) -> None:
    assert seed.status.get("Torkham") == "closed"


def test_seed_teaser_facts_never_reach_the_article_or_events(seed: DocumentResult) -> None:
    assert seed.article is not None
    for furniture in ("6,000–6,500", "267 Afghan terrorists", "Read More", "SEE ALSO", "News Desk"):
        assert furniture not in seed.article.text
    assert all(c.value != 267 for e in seed.events for c in e.counts)


def test_seed_evidence_offsets_slice_the_article_text(seed: DocumentResult) -> None:
    assert seed.article is not None
    for event in seed.events:
        ev = event.evidence
        assert seed.article.text[ev.start : ev.end] == ev.text
    for quote in seed.quotes:
        ev = quote.evidence
        assert seed.article.text[ev.start : ev.end] == ev.text


def test_seed_without_publication_date_leaves_relative_dates_unresolved(analyzer) -> None:  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import process_document

    raw = RawDocument(id="seed", data=SEED.read_bytes(), media_type="text/plain")
    result = process_document(raw, analyzer)
    assert result.events and all(e.date is None for e in result.events)
    assert any(e.date_text == "Sunday" for e in result.events)


def test_extract_command_writes_the_contract_line_for_the_seed() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "borderwatch.cli",
            "extract",
            str(SEED),
            "--published",
            "2023-02-22",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    line = json.loads(out.splitlines()[0])
    assert set(line) >= {
        "id",
        "article",
        "events",
        "status",
        "crossings_mentioned",
        "quotes",
        "error",
    }
    assert line["error"] is None and line["status"] == {"Torkham": "closed"}
    text = line["article"]["text"]
    for event in line["events"]:
        ev = event["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert set(event) >= set(EVENT_KEYS)


def test_seed_talks_on_wednesday_by_the_defense_minister_named_earlier(
    seed: DocumentResult,
) -> None:
    # "He met with officials there": "he" is the subject of the sentence
    # before, a title the article gave a name to further up.
    dated = [e for e in _events(seed, "talks") if e.date_text == "Wednesday"]
    assert dated, seed.events
    assert dated[0].date == "2023-02-22"
    assert dated[0].actor == "Khawaja Mohammad Asif (Pakistani Defense Minister)"
