"""``borderwatch stories`` on real stores, SQLite and PostgreSQL (``store_urls``):
restatements are one report, reports of one event across articles one story.
Sentences are invented."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from store_backends import StoreUrls
from store_helpers import CHAMAN, TORKHAM, Said, doc

from borderwatch.cli import main
from borderwatch.store import open_store


@pytest.fixture
def store_url(store_urls: StoreUrls) -> str:
    url = store_urls("stories")
    store = open_store(url)
    store.save(
        doc(
            Said("Guards shut the Torkham gate on Sunday.", "closure", date="2023-03-05",
                 date_text="Sunday"),
            Said("The Torkham gate has stayed shut since.", "closure"),  # a restatement
            id="courier", published="2023-03-06", source="Lowland Courier",
        )
    )  # fmt: skip
    store.save(
        doc(
            Said("Torkham was closed by guards on Sunday.", "closure", date="2023-03-05",
                 date_text="Sunday"),
            id="gazette-1", published="2023-03-07", source="Ridge Gazette",
        )
    )  # fmt: skip
    store.save(
        doc(
            Said("Chaman opened again on Wednesday.", "reopening", crossing=CHAMAN,
                 date="2023-03-08", date_text="Wednesday"),
            id="gazette-2", published="2023-03-09", source="Ridge Gazette",
        )
    )  # fmt: skip
    store.close()
    return url


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_stories_lists_each_event_once_with_its_reports_and_sources(store_url: str) -> None:
    code, out, err = invoke("stories", "--store", store_url)
    assert code == 0 and err == ""
    heads = [line for line in out.splitlines() if not line.startswith(" ")]
    assert heads == [
        f"{TORKHAM}: 2023-03-05  closure  2 reports  [Lowland Courier, Ridge Gazette]",
        f"{CHAMAN}: 2023-03-08  reopening  1 report  [Ridge Gazette]",
    ]
    assert "      > Guards shut the Torkham gate on Sunday." in out  # the earliest report's


def test_stories_json_is_the_apis_story_with_every_report(store_url: str) -> None:
    code, out, _ = invoke("stories", "--json", "--store", store_url)
    stories = json.loads(out)
    assert code == 0 and [(s["type"], s["place"]) for s in stories] == [
        ("closure", TORKHAM),
        ("reopening", CHAMAN),
    ]
    closure = stories[0]
    assert closure["sources"] == ["Lowland Courier", "Ridge Gazette"]
    assert [len(r["event_ids"]) for r in closure["reports"]] == [2, 1]  # restatements: one report
    assert closure["first_report"] == closure["reports"][0]["article_id"]
    assert closure["date"] == "2023-03-05" and closure["last_reported"] == "2023-03-07"


def test_stories_at_a_day_are_told_by_the_articles_known_then(store_url: str) -> None:
    code, out, _ = invoke("stories", "--json", "--store", store_url, "--at", "2023-03-06")
    stories = json.loads(out)
    assert code == 0 and [(s["place"], s["sources"]) for s in stories] == [
        (TORKHAM, ["Lowland Courier"])
    ]


def test_stories_filters_by_crossing_type_and_the_storys_date(store_url: str) -> None:
    def places(*args: str) -> list[str]:
        code, out, _ = invoke("stories", "--json", "--store", store_url, *args)
        assert code == 0
        return [s["place"] for s in json.loads(out)]

    assert places("--crossing", "spin boldak") == [CHAMAN]
    assert places("--type", "closure") == [TORKHAM]
    assert places("--since", "2023-03-06") == [CHAMAN]
    assert places("--until", "2023-03-05") == [TORKHAM]


def test_stories_that_match_nothing_say_so_and_bad_names_are_usage_errors(
    store_url: str, store_urls: StoreUrls
) -> None:
    assert invoke("stories", "--store", store_url, "--type", "clash") == (
        0,
        "",
        "no stories match\n",
    )
    assert invoke("stories", "--store", store_urls("empty")) == (0, "", "no stories\n")
    code, _out, err = invoke("stories", "--store", store_url, "--type", "closur")
    assert code == 2 and "closure" in err
    code, _out, err = invoke("stories", "--store", store_url, "--crossing", "Nowhere Gate")
    assert code == 2 and "no crossing called 'Nowhere Gate'" in err


def test_stories_runs_as_a_real_process(store_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "borderwatch.cli", "stories", "--store", store_url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{TORKHAM}: 2023-03-05  closure  2 reports")
