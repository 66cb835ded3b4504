"""Crossings the gazetteer lacks: one crossing per place across spellings,
first-class on the board, the API, exports and the feed, and promotion to the
curated list without a re-ingest.

The articles here are written for the tests (no corpus text).
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import Said, doc

from borderwatch import alerts, export, query
from borderwatch.cli import main
from borderwatch.gazetteer import EXTRA_CROSSINGS_ENV, load_gazetteer
from borderwatch.store import Store, open_store
from borderwatch.store.identity import CrossingIndex, normalised_name, uncurated_id

BD_IN = ("BD", "IN")
AT = "2025-03-10"

#: Two outlets' reports of one small land port, in two spellings.
FIRST = (
    "Bangladesh shuts the Hili land port\n\n"
    "Bangladesh closed the Hili land port on its border with India on 3 March 2025 "
    "after a row over customs fees, officials said.\n"
)
SECOND = (
    "Trade resumes at Hilli checkpoint\n\n"
    "Trade between India and Bangladesh resumed at the Hilli checkpoint on 6 March 2025, "
    "traders said.\n"
)


@pytest.fixture(autouse=True)
def shipped_gazetteer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts and ends on the shipped gazetteer (no extra rows)."""
    monkeypatch.delenv(EXTRA_CROSSINGS_ENV, raising=False)
    load_gazetteer.cache_clear()
    yield
    monkeypatch.delenv(EXTRA_CROSSINGS_ENV, raising=False)
    load_gazetteer.cache_clear()


def _hand_store(tmp_path: Path) -> Store:
    """Two articles (hand-made results) naming one uncurated crossing two ways."""
    store = open_store(f"sqlite:///{tmp_path}/hand.db")
    store.save(
        doc(
            Said("Bangladesh closed the Hili land port.", "closure", "Hili", BD_IN,
                 date="2025-03-03"),
            Said("Hili remains shut.", claim="closed", crossing="Hili", countries=BD_IN),
            published="2025-03-04", source="Outlet A", id="a", title="Port shut",
        )
    )  # fmt: skip
    store.save(
        doc(
            Said("Trade resumed at Hilli checkpoint.", "reopening", "Hilli", BD_IN,
                 date="2025-03-06"),
            published="2025-03-07", source="Outlet B", id="b", title="Trade resumes",
        )
    )  # fmt: skip
    return store


def _row(store: Store, name: str) -> query.BoardRow:
    rows = [r for r in query.board(store, at=AT) if r.crossing == name]
    assert len(rows) == 1, [r.crossing for r in query.board(store, at=AT)]
    return rows[0]


# --- identity ------------------------------------------------------------


def test_an_uncurated_id_is_its_pair_and_normalised_name() -> None:
    assert normalised_name("the Hili Land Port") == "hili"
    assert uncurated_id("Hili Land Port", ("IN", "BD")) == "BD-IN:hili"
    assert uncurated_id("Hili checkpoint", BD_IN) == uncurated_id("HILI", BD_IN)


def test_spellings_on_one_border_are_one_crossing_and_other_borders_are_not() -> None:
    from collections import Counter

    names = {
        "Hili": Counter({BD_IN: 3}),
        "Hilli": Counter({BD_IN: 1}),
        "Hili Land Port": Counter({BD_IN: 1}),
        "Hili Bridge": Counter({("MM", "TH"): 1}),  # the same word on another border
        "Dawki": Counter({BD_IN: 1}),
    }
    index = CrossingIndex(names)
    assert index.key("Hilli") == index.key("Hili Land Port") == "Hili"
    assert index.key("Dawki") != "Hili"
    assert index.key("Hili Bridge") != "Hili"
    assert index.resolve("BD-IN:hili") == "Hili"
    hili = index.identity("Hili")
    assert hili is not None and not hili.curated
    assert set(hili.names) == {"Hili", "Hilli", "Hili Land Port"}


def test_a_name_only_mentioned_joins_the_one_crossing_it_spells() -> None:
    from collections import Counter

    names = {"Hili": Counter({BD_IN: 2}), "Hili land port": Counter()}  # mentioned, no pair
    assert CrossingIndex(names).key("Hili land port") == "Hili"
    names["Hili Bridge"] = Counter({("MM", "TH"): 1})  # two crossings it could be: neither
    assert CrossingIndex(names).key("Hili land port") == "Hili land port"


def test_two_articles_in_two_spellings_are_one_crossing_on_the_board(tmp_path: Path) -> None:
    """The real pipeline reads both articles; the board has one crossing."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    url = f"sqlite:///{tmp_path}/pipeline.db"
    result = CliRunner().invoke(
        main, ["ingest", str(first), str(second), "--published", "2025-03-07", "--store", url]
    )
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["status", "--json", "--at", AT, "--store", url])
    rows = [r for r in json.loads(result.output) if not r["crossing"].startswith("border:")]
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["curated"] is False and row["crossing_id"] == "BD-IN:hili"
    assert row["countries"] == ["BD", "IN"]
    assert row["status"] == "open"
    assert {m["name"] for m in row["mentions"]} == {"Hili", "Hilli"}
    assert len({m["article_id"] for m in row["mentions"]}) == 2


# --- the board, the API, exports, the feed -------------------------------


def test_the_board_row_is_marked_with_where_the_name_was_seen(tmp_path: Path) -> None:
    store = _hand_store(tmp_path)
    row = _row(store, "Hili")
    assert not row.curated and row.crossing_id == "BD-IN:hili"
    assert row.status == "open" and row.since == "2025-03-06"
    assert row.lat is None and row.lon is None
    seen = {(s.name, s.source) for s in row.seen}
    assert seen == {("Hili", "Outlet A"), ("Hilli", "Outlet B")}
    data = query.board_row_to_json(row)
    assert data["curated"] is False
    assert {m["title"] for m in data["mentions"]} == {"Port shut", "Trade resumes"}


def test_any_spelling_or_the_id_finds_all_its_events(tmp_path: Path) -> None:
    store = _hand_store(tmp_path)
    for name in ("Hili", "Hilli", "BD-IN:hili", "Hili land port"):
        page = query.list_events(store, crossing=name)
        assert [se.event.type for se in page.items] == ["closure", "reopening"], name
        assert {se.event.crossing for se in page.items} == {"Hili"}
    detail = query.crossing_detail(store, "Hilli", at=AT)
    assert detail.name == "Hili" and not detail.curated and len(detail.timeline) == 2
    assert {s.name for s in detail.seen} == {"Hili", "Hilli"}


def test_curated_rows_say_so(tmp_path: Path) -> None:
    store = _hand_store(tmp_path)
    store.save(doc(Said("Torkham closed.", "closure", date="2025-03-05"), published="2025-03-05"))
    row = _row(store, "Torkham")
    assert row.curated and row.crossing_id and not row.seen


def test_the_cli_lists_uncurated_crossings_with_their_mentions(tmp_path: Path) -> None:
    store = _hand_store(tmp_path)
    store.save(doc(Said("Torkham closed.", "closure", date="2025-03-05"), published="2025-03-05"))
    url = store.url
    runner = CliRunner()
    text = runner.invoke(main, ["crossings", "--uncurated", "--at", AT, "--store", url])
    assert text.exit_code == 0, text.output
    assert "Hili (BD–IN) [not in the gazetteer]: open since 2025-03-06" in text.output
    assert "seen as 'Hilli'" in text.output and "Outlet B" in text.output
    assert "Torkham" not in text.output
    listed = runner.invoke(main, ["crossings", "--json", "--at", AT, "--store", url])
    rows = {r["crossing"]: r for r in json.loads(listed.output)}
    assert rows["Torkham"]["curated"] is True and rows["Hili"]["curated"] is False
    status = runner.invoke(main, ["status", "--at", AT, "--store", url])
    assert "Hili (BD–IN) [not in the gazetteer]" in status.output


def test_exports_and_the_feed_carry_the_mark(tmp_path: Path) -> None:
    store = _hand_store(tmp_path)
    table = "".join(export.export(store, export.ExportRequest("csv", "status", at=AT)))
    rows = {r["crossing"]: r for r in csv.DictReader(io.StringIO(table))}
    assert rows["Hili"]["curated"] == "false" and rows["Hili"]["crossing_id"] == "BD-IN:hili"
    assert rows["Hili"]["names_seen"] == "Hili; Hilli"
    geo = json.loads("".join(export.export(store, export.ExportRequest("geojson", at=AT))))
    hili = [f for f in geo["features"] if f["id"] == "Hili"]
    assert hili and hili[0]["geometry"] is None and hili[0]["properties"]["curated"] is False
    changes = query.status_changes(store, "Hilli", at=AT)
    assert [c.status for c in changes] == ["closed", "open"]
    feed = alerts.atom_feed(changes, base_url="http://x", self_path="/feed.atom", title="t")
    assert 'term="uncurated"' in feed and "not in the gazetteer" in feed


def test_the_api_and_pages_show_the_mark(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    from borderwatch.web.app import create_app

    store = _hand_store(tmp_path)
    with TestClient(create_app(store.url)) as client:
        status = client.get("/api/status", params={"at": AT}).json()
        assert [r["curated"] for r in status if r["crossing"] == "Hili"] == [False]
        one = client.get("/api/crossings/Hilli", params={"at": AT}).json()
        assert one["name"] == "Hili" and one["curated"] is False
        assert {m["name"] for m in one["mentions"]} == {"Hili", "Hilli"}
        assert len(one["timeline"]) == 2
        board = client.get("/", params={"at": AT}).text
        assert "not in the gazetteer" in board and "no location" in board
        page = client.get("/crossing/Hili").text
        assert "not in the gazetteer" in page and "BD-IN:hili" in page and "Hilli" in page


# --- promotion -----------------------------------------------------------


def test_promoting_keeps_its_events_and_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _hand_store(tmp_path)
    before = _row(store, "Hili")
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "id,name,alt_names,country_a,country_b,lat,lon,kind,coord_source,coord_precision,source\n"
        "bd-in-hili,Hili,,IN,BD,25.28,89.0,road,test,approximate,written for a test\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(EXTRA_CROSSINGS_ENV, str(extra))
    load_gazetteer.cache_clear()
    row = _row(store, "Hili")
    assert row.curated and row.crossing_id == "bd-in-hili" and row.lat == 25.28
    assert (row.status, row.since) == (before.status, before.since)
    assert [se.event.type for se in query.list_events(store, crossing="Hilli").items] == [
        "closure",
        "reopening",
    ]
    assert not [r for r in query.board(store, at=AT) if not r.curated]
    # the row gone, the crossing is uncurated again: nothing was rewritten
    monkeypatch.delenv(EXTRA_CROSSINGS_ENV)
    load_gazetteer.cache_clear()
    assert not _row(store, "Hili").curated


def test_the_csv_printed_for_promotion_is_a_loadable_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _hand_store(tmp_path)
    printed = CliRunner().invoke(main, ["crossings", "--csv", "--store", store.url])
    assert printed.exit_code == 0, printed.output
    extra = tmp_path / "extra.csv"
    extra.write_text(printed.output, encoding="utf-8")
    monkeypatch.setenv(EXTRA_CROSSINGS_ENV, str(extra))
    load_gazetteer.cache_clear()
    row = load_gazetteer().lookup("Hilli")
    assert row is not None and row.name == "Hili" and row.countries == BD_IN
    assert _row(store, "Hili").curated
