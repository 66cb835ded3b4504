"""A board people can trust: dates with a source, outlets named, a CLI that answers.

The dev corpora are read at test time (never copied here): about a third of
their records carry no ``published``; every record names its ``outlet``.
Ingesting them must never date anything at the day of ingest, and every
event, export row and board row must name who said it.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from paths import DEV, DEV2
from store_helpers import TORKHAM, Said, doc

from borderwatch.cli import main
from borderwatch.gazetteer import load_gazetteer
from borderwatch.ingest.jsonl import read_jsonl_file
from borderwatch.readmodels import count_text, outlet_name, readable_host
from borderwatch.records import Count
from borderwatch.store import open_store
from borderwatch.store.migrations import migrate

TODAY = datetime.now(UTC).date().isoformat()


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[dict[str, Any]], str]:
    """The dev corpora ingested into one store: (store URL, records, ingest output)."""
    folder = tmp_path_factory.mktemp("trust")
    both = folder / "dev-both.jsonl"
    rows = records(DEV) + records(DEV2)
    both.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    url = f"sqlite:///{folder}/trust.db"
    code, out, _err = invoke("ingest", str(both), "--store", url)
    assert code == 0
    return url, rows, out


def events_json(url: str, *args: str) -> list[dict[str, Any]]:
    code, out, _err = invoke("events", "--json", "--store", url, *args)
    assert code == 0
    return list(json.loads(out))


# --- 1. publication time is a fact with a source --------------------------------


def test_no_event_and_no_since_is_the_ingest_day(corpus: tuple[str, list[Any], str]) -> None:
    url, rows, _out = corpus
    assert any(r.get("published") is None for r in rows)  # the case this guards
    said_today = {r["id"] for r in rows if (r.get("published") or "")[:10] == TODAY}
    events = events_json(url)
    assert len(events) > 100
    for event in events:
        if event["date"] != TODAY and event["published"] != TODAY:
            assert event["effective_date"] != TODAY, event
    code, out, _err = invoke("status", "--json", "--store", url, "--at", "2100-01-01")
    board = json.loads(out)
    assert code == 0 and board
    assert not said_today
    assert [r["crossing"] for r in board if r["since"] == TODAY] == []


def test_undated_articles_are_counted_and_their_undated_events_stay_undated(
    corpus: tuple[str, list[Any], str],
) -> None:
    url, rows, out = corpus
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        undated = conn.execute("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()
        unknown = conn.execute(
            "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id"
            " WHERE a.published IS NULL AND e.date IS NULL AND e.effective_date != ''"
        ).fetchone()
    # a page may still give a date (metadata, a date line, the URL): at most the records'
    assert 0 < undated[0] <= sum(1 for r in rows if r.get("published") is None)
    assert f"{undated[0]} articles without a publication date" in out
    assert unknown[0] == 0
    shown = [e for e in events_json(url) if e["published"] is None and e["date"] is None]
    assert shown and all(e["effective_date"] is None for e in shown)


def test_an_undated_report_neither_sets_since_nor_outranks_a_dated_one(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/rank.db")
    store.save(doc(Said("Torkham was shut.", "closure"), published="2023-02-22", id="dated"))
    store.save(
        doc(
            Said("Torkham reopened on 1 March 2023.", "reopening", date="2023-03-01"),
            published=None,
            id="undated",
        )
    )
    from borderwatch.query import board

    [row] = [r for r in board(store, at="2023-03-10") if r.crossing == TORKHAM]
    assert (row.status, row.since) == ("closed", "2023-02-22")
    store.close()


def test_published_today_dates_undated_inputs_only_when_asked(tmp_path: Path) -> None:
    undated = [r for r in records(DEV) if r.get("published") is None][:2]
    path = tmp_path / "undated.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in undated), encoding="utf-8")
    asked = f"sqlite:///{tmp_path}/asked.db"
    code, out, _err = invoke("ingest", str(path), "--published", "today", "--store", asked)
    assert code == 0 and "without a publication date" not in out
    published = {e["published"] for e in events_json(asked)}
    # the user said so: the day of reading, unless the page itself gives a date
    assert TODAY in published or not published
    code, _out, err = invoke("ingest", str(path), "--published", "someday", "--store", asked)
    assert code == 2 and "YYYY-MM-DD" in err


def test_a_store_of_version_3_forgets_its_ingest_day_dates(tmp_path: Path) -> None:
    import sqlalchemy as sa

    path = tmp_path / "v3.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    assert migrate(engine, upto=3) == 3
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (id, input_id, content_hash, text, published, ingested_at)"
            " VALUES ('a1', 'x', 'h1', 'Torkham was shut.', NULL, '2026-01-05T08:00:00+00:00')"
        )
        for seq, date in ((0, None), (1, "2023-02-19")):
            conn.exec_driver_sql(
                "INSERT INTO events (article_id, seq, type, crossing, countries, place, date,"
                " effective_date, counts, evidence_text, evidence_start, evidence_end) VALUES"
                " ('a1', ?, 'closure', 'Torkham', 'AF,PK', 'Torkham', ?, ?, '[]', 'x', 0, 1)",
                (seq, date, date or "2026-01-05"),
            )
    engine.dispose()
    store = open_store(f"sqlite:///{path}")
    assert [se.effective_date for se in store.events().items] == [None, "2023-02-19"]
    store.close()


# --- 2. who said it --------------------------------------------------------------


def test_every_event_and_export_row_names_the_records_outlet(
    corpus: tuple[str, list[Any], str],
) -> None:
    url, rows, _out = corpus
    outlets = {r["outlet"] for r in rows}
    events = events_json(url)
    assert all(e["sources"] and e["sources"][0] in outlets for e in events)
    code, out, _err = invoke("export", "--format", "csv", "--store", url)
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(table) == len(events)
    assert all(row["source"] in outlets for row in table)
    code, out, _err = invoke("status", "--json", "--store", url)
    assert all(set(r["sources"]) <= outlets for r in json.loads(out))


def test_the_outlet_of_a_json_lines_record_reaches_the_article(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    lines = [
        {"id": "a", "text": "Torkham was closed on Sunday.", "outlet": "  The  Example Times "},
        {"id": "b", "text": "Torkham was closed on Sunday.", "outlet": 7},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    found = {raw.id: raw.source for raw in read_jsonl_file(str(path), 10_000)}
    assert found == {"a": "The Example Times", "b": None}
    code, out, _err = invoke("extract", str(path))
    sources = [json.loads(line)["article"]["source"] for line in out.splitlines()]
    assert code == 0 and sources[0] == "The Example Times"


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://[::1", None),
        ("https://www.dawn.com/news/1", "dawn.com"),
        ("https://m.example.org/x", "example.org"),
        ("not a url", None),
        (None, None),
        ("https://www.com/", "www.com"),
    ],
)
def test_a_readable_host_never_raises(url: str | None, host: str | None) -> None:
    assert readable_host(url) == host
    assert outlet_name("Dawn", url) == "Dawn"
    assert outlet_name(None, url) == host


# --- 7. a CLI that speaks ---------------------------------------------------------


def test_unknown_names_are_usage_errors_naming_close_matches(
    corpus: tuple[str, list[Any], str],
) -> None:
    url = corpus[0]
    code, _out, err = invoke("events", "--crossing", "Torkam", "--store", url)
    assert code == 2 and "'Torkham'" in err and "did you mean" in err
    code, _out, err = invoke("events", "--type", "closre", "--store", url)
    assert code == 2 and "'closure'" in err
    code, _out, err = invoke("status", "--country", "Pakistn", "--store", url)
    assert code == 2 and "Pakistan (PK)" in err
    code, _out, err = invoke("status", "--country", "XX", "--store", url)
    assert code == 2 and "no country 'XX'" in err and "ISO 3166-1" in err
    code, _out, err = invoke(
        "events", "--since", "2024-01-02", "--until", "2024-01-01", "--store", url
    )
    assert code == 2 and "--since" in err


def test_empty_answers_say_so(corpus: tuple[str, list[Any], str]) -> None:
    url = corpus[0]
    code, out, err = invoke("events", "--since", "2999-01-01", "--store", url)
    assert (code, out, err.strip()) == (0, "", "no events match")
    code, out, err = invoke("events", "--json", "--since", "2999-01-01", "--store", url)
    assert (code, json.loads(out), err.strip()) == (0, [], "no events match")
    code, out, _err = invoke("status", "--json", "--store", url)
    known = {c for row in json.loads(out) for c in row["countries"]}
    quiet = sorted(set(load_gazetteer().countries) - known)[0]
    code, out, err = invoke("status", "--country", quiet, "--store", url)
    assert code == 0 and out == "" and f"no crossing of {quiet}" in err
    code, out, _err = invoke("events", "--country", "Pakistan", "--store", url)
    assert code == 0 and out


def test_export_jsonl_honours_at(corpus: tuple[str, list[Any], str]) -> None:
    url = corpus[0]
    code, out, _err = invoke("export", "--format", "jsonl", "--at", "2023-02-22", "--store", url)
    rows = [json.loads(line) for line in out.splitlines()]
    code_all, out_all, _err = invoke("export", "--format", "jsonl", "--store", url)
    assert code == code_all == 0 and 0 < len(rows) < len(out_all.splitlines())
    assert all(r["published"] and r["published"] <= "2023-02-22" for r in rows)


def test_run_on_many_inputs_ends_with_its_summary(tmp_path: Path) -> None:
    path = tmp_path / "some.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records(DEV)[:12]), encoding="utf-8")
    url = f"sqlite:///{tmp_path}/run.db"
    code, out, _err = invoke("run", str(path), "--store", url)
    lines = out.splitlines()
    summary = [i for i, line in enumerate(lines) if line.startswith("read 12, stored 12")]
    assert code == 0 and summary and summary[0] >= len(lines) - 3
    many = len(events_json(url)) > 40
    assert ("      > " in out) != many  # evidence only when the list is short
    code, detailed, _err = invoke("run", str(path), "--details", "--store", url)
    assert code == 0 and "      > " in detailed


def test_export_refuses_what_does_not_apply(corpus: tuple[str, list[Any], str]) -> None:
    url = corpus[0]
    code, _out, err = invoke("export", "--format", "jsonl", "--table", "status", "--store", url)
    assert code == 2 and "--table" in err
    code, _out, err = invoke("export", "--format", "geojson", "--type", "closure", "--store", url)
    assert code == 2 and "--type" in err
    code, _out, err = invoke("export", "--format", "csv", "--crossing", "Torkam", "--store", url)
    assert code == 2 and "'Torkham'" in err
    code, out, _err = invoke("export", "--format", "csv", "--countries", "AF-PK", "--store", url)
    assert code == 0 and len(out.splitlines()) > 1


def test_serve_on_a_busy_port_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    import uvicorn

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the server must not start on a busy port")

    monkeypatch.setattr(uvicorn, "run", never)
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, _out, err = invoke("serve", "--port", port, "--store", f"sqlite:///{tmp_path}/s.db")
    assert code == 69 and len(err.strip().splitlines()) == 1
    assert "in use" in err and "Traceback" not in err


def test_the_crossing_page_shows_date_unknown_and_the_outlet(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from borderwatch.web.app import create_app

    url = f"sqlite:///{tmp_path}/page.db"
    store = open_store(url)
    undated = doc(
        Said("Torkham was shut again.", "closure"),
        published=None,
        source=None,
        url="https://www.example-news.org/story",
    )
    store.save(undated)
    store.close()
    with TestClient(create_app(url)) as client:
        html = client.get("/crossing/Torkham").text
    assert "date unknown" in html and "example-news.org" in html
    # the undated report sets no status, and no "since" the day of reading
    assert 'data-status="unknown"' in html and f"since {TODAY}" not in html


# --- text that is not text ----------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (Count("travellers", None, "hundreds"), "hundreds of travellers"),
        (Count("people", None, "tens of thousands"), "tens of thousands of people"),
        (Count("trucks", 5000, "more than"), "more than 5,000 trucks"),
        (Count("trucks", 12, "exactly"), "12 trucks"),
        (Count("people", None, "about"), "an unstated number of people"),
    ],
)
def test_a_count_reads_as_written(count: Count, text: str) -> None:
    assert count_text(count) == text


def test_no_export_row_prints_a_missing_number(corpus: tuple[str, list[Any], str]) -> None:
    url = corpus[0]
    code, out, _err = invoke("export", "--format", "csv", "--store", url)
    counts = [row["counts"] for row in csv.DictReader(io.StringIO(out)) if row["counts"]]
    assert code == 0 and counts
    assert not [c for c in counts if "None" in c or "?" in c]
    code, out, _err = invoke("events", "--store", url)
    assert code == 0 and " None " not in out
