"""``borderwatch status`` and ``borderwatch events`` on real stores, SQLite and
PostgreSQL (``store_urls``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_backends import StoreUrls
from store_helpers import CHAMAN, TORKHAM, Said, doc

from borderwatch.cli import main
from borderwatch.records import Count
from borderwatch.store import open_store

CONTRACT_ROW = {"crossing", "countries", "status", "since", "last_event", "sources"}


@pytest.fixture
def store_url(store_urls: StoreUrls) -> str:
    url = store_urls("cli")
    store = open_store(url)
    store.save(
        doc(
            Said(
                "Taliban forces closed Torkham on Sunday.",
                "closure",
                date="2023-02-19",
                actor="Taliban forces",
                date_text="Sunday",
            ),
            Said(
                "More than 6,000 trucks are stuck.",
                "stranded",
                counts=(Count("trucks", 6000, "more than"),),
            ),
            published="2023-02-22",
            source="AP",
            id="ap.txt",
        )
    )
    store.save(
        doc(
            Said("Chaman reopened on Saturday.", "reopening", crossing=CHAMAN, date="2023-02-25"),
            published="2023-02-26",
            source="Dawn",
            id="dawn.txt",
        )
    )
    store.close()
    return url


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_status_prints_each_crossing_with_status_since_and_source(store_url: str) -> None:
    code, out, _ = invoke("status", "--store", store_url)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"{TORKHAM} (AF–PK): closed since 2023-02-19  [AP]")
    assert any(
        line.startswith(f"{CHAMAN} (AF–PK): open since 2023-02-25  [Dawn]") for line in lines
    )
    assert "stranded" in out and "more than 6,000 trucks" in out


def test_status_json_is_a_list_of_contract_rows(store_url: str) -> None:
    code, out, _ = invoke("status", "--json", "--store", store_url, "--at", "2023-02-24")
    assert code == 0
    rows = {r["crossing"]: r for r in json.loads(out)}
    assert all(CONTRACT_ROW <= set(r) for r in rows.values())
    assert rows[TORKHAM]["status"] == "closed" and rows[TORKHAM]["sources"] == ["AP"]
    assert CHAMAN not in rows  # its only article was published later
    assert rows[TORKHAM]["last_event"]["type"] == "stranded"


def test_status_on_an_empty_store_says_so(store_urls: StoreUrls) -> None:
    url = store_urls("empty")
    assert invoke("status", "--store", url)[:2] == (
        0,
        "No crossing known yet: `borderwatch run PATH` reads some news.\n",
    )
    assert json.loads(invoke("status", "--json", "--store", url)[1]) == []


def test_events_json_has_article_id_and_sources_and_filters(store_url: str) -> None:
    code, out, _ = invoke("events", "--json", "--store", store_url)
    events = json.loads(out)
    assert code == 0 and [e["type"] for e in events] == ["closure", "stranded", "reopening"]
    assert all(e["article_id"] and e["sources"] for e in events)
    assert events[0]["evidence"]["text"] == "Taliban forces closed Torkham on Sunday."
    _, out, _ = invoke("events", "--json", "--store", store_url, "--crossing", "spin boldak")
    assert [e["crossing"] for e in json.loads(out)] == [CHAMAN]
    _, out, _ = invoke("events", "--json", "--store", store_url, "--since", "2023-02-23")
    assert [e["type"] for e in json.loads(out)] == ["reopening"]


def test_events_at_a_day_lists_only_what_articles_known_by_then_told(store_url: str) -> None:
    store = open_store(store_url)
    store.save(
        doc(
            Said("Torkham is restricted to pedestrians.", "restriction"),
            published=None,
            source="Nowhere Times",
            id="undated.txt",
        ),
        ingested_at="2023-03-01T08:00:00+00:00",
    )
    store.close()

    def types_at(day: str, *more: str) -> list[str]:
        code, out, _ = invoke("events", "--json", "--store", store_url, "--at", day, *more)
        assert code == 0
        return [e["type"] for e in json.loads(out)]

    # Chaman's reopening is dated the 25th but was published on the 26th
    assert types_at("2023-02-25") == ["closure", "stranded"]
    assert types_at("2023-02-26") == ["closure", "stranded", "reopening"]
    assert "restriction" not in types_at("2023-02-28")  # undated: known once read
    assert "restriction" in types_at("2023-03-01")
    assert types_at("2023-02-25", "--crossing", "Chaman") == []
    code, out, err = invoke("events", "--store", store_url, "--at", "2023-02-21")
    assert code == 0 and out == "" and "no events match" in err
    code, _out, err = invoke("events", "--store", store_url, "--at", "yesterday")
    assert code == 2 and "YYYY-MM-DD" in err


def test_events_text_shows_dates_and_evidence(store_url: str) -> None:
    code, out, _ = invoke("events", "--store", store_url, "--crossing", "Torkham")
    assert code == 0
    assert "Torkham: 2023-02-19  closure  (Sunday)  by Taliban forces  [AP]" in out
    assert "> Taliban forces closed Torkham on Sunday." in out


def test_an_unknown_crossing_is_a_usage_error(store_url: str) -> None:
    code, _out, err = invoke("events", "--store", store_url, "--crossing", "Nowhere Gate")
    assert code == 2 and "no crossing called 'Nowhere Gate'" in err


def test_an_unknown_store_scheme_exits_with_the_store_code() -> None:
    code, _out, err = invoke("status", "--store", "mysql://db/bw")
    assert code == 3 and "no store backend" in err


def test_a_bad_date_is_a_usage_error(store_url: str) -> None:
    code, _out, err = invoke("status", "--store", store_url, "--at", "22/02/2023")
    assert code == 2 and "YYYY-MM-DD" in err


def test_the_store_comes_from_the_environment_else_the_data_folder(
    store_url: str, tmp_path: Path
) -> None:
    code, out, _ = invoke("status", "--json", env={"BORDERWATCH_STORE": store_url})
    assert code == 0 and len(json.loads(out)) == 2
    home = tmp_path / "xdg"
    code, out, _ = invoke(
        "status", "--json", env={"BORDERWATCH_STORE": "", "XDG_DATA_HOME": str(home)}
    )
    assert code == 0 and json.loads(out) == []
    assert (home / "borderwatch" / "borderwatch.db").is_file()


def test_status_runs_as_a_real_process(store_url: str) -> None:
    env = {**os.environ, "BORDERWATCH_STORE": store_url}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "borderwatch"), "status", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert {r["crossing"] for r in json.loads(done.stdout)} == {TORKHAM, CHAMAN}
