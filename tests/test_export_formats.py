"""Exports as CSV, GeoJSON and JSON Lines, from the CLI and from the API."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from borderwatch.cli import main
from borderwatch.export import EVENT_COLUMNS, FORMULA_STARTS
from borderwatch.web.app import create_app
from borderwatch.web.sample import build_sample_store


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = "sqlite:///" + str(tmp_path_factory.mktemp("export") / "sample.db")
    build_sample_store(url)
    return url


def cli_export(store_url: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", "--store", store_url, *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes.decode("utf-8")


def test_csv_has_one_row_per_event_with_the_header(store_url: str) -> None:
    rows = list(csv.DictReader(io.StringIO(cli_export(store_url, "--format", "csv"))))
    assert len(rows) == 9
    assert tuple(rows[0]) == EVENT_COLUMNS
    stranded = [r for r in rows if r["type"] == "stranded"]
    assert sorted(r["counts"] for r in stranded) == ["about 4500 trucks", "more than 6000 trucks"]


def test_csv_cells_cannot_run_as_spreadsheet_formulas(store_url: str) -> None:
    for row in csv.reader(io.StringIO(cli_export(store_url, "--format", "csv"))):
        assert not [cell for cell in row if cell.startswith(FORMULA_STARTS)]


def test_status_csv_is_the_board(store_url: str) -> None:
    text = cli_export(store_url, "--format", "csv", "--table", "status", "--at", "2023-03-05")
    rows = {r["crossing"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["Torkham"]["status"] == "closed"
    assert rows["Torkham"]["since"] == "2023-02-19"
    assert "Frontier Daily" in rows["Torkham"]["stranded"]


def test_geojson_is_every_crossing_as_a_point_with_its_status(store_url: str) -> None:
    data = json.loads(cli_export(store_url, "--format", "geojson", "--at", "2023-03-05"))
    assert data["type"] == "FeatureCollection"
    features = {f["properties"]["crossing"]: f for f in data["features"]}
    torkham = features["Torkham"]
    assert torkham["geometry"]["type"] == "Point"
    lon, lat = torkham["geometry"]["coordinates"]
    assert 70 < lon < 72 and 33 < lat < 35  # lon first, as GeoJSON wants
    assert torkham["properties"]["status"] == "closed"
    assert features["Attari–Wagah"]["properties"]["status"] == "unknown"
    for feature in data["features"]:
        assert feature["geometry"] is None or len(feature["geometry"]["coordinates"]) == 2


def test_jsonl_is_one_contract_event_per_line(store_url: str) -> None:
    lines = cli_export(store_url, "--format", "jsonl", "--crossing", "Torkhum").splitlines()
    events = [json.loads(line) for line in lines]
    assert len(events) == 5
    assert all(e["crossing"] == "Torkham" and e["article_id"] for e in events)
    assert {"type", "countries", "date", "evidence", "sources"} <= set(events[0])


def test_export_writes_to_a_file(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    cli_export(store_url, "--format", "jsonl", "--type", "clash", "--output", str(out))
    assert [json.loads(line)["type"] for line in out.read_text().splitlines()] == ["clash"]


def test_export_refuses_a_bad_date(store_url: str) -> None:
    result = CliRunner().invoke(
        main, ["export", "--store", store_url, "--format", "csv", "--since", "soon"]
    )
    assert result.exit_code != 0
    assert "not a date" in result.output


@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl"])
def test_api_export_matches_the_cli_export(store_url: str, fmt: str) -> None:
    with TestClient(create_app(store_url)) as client:
        response = client.get(f"/api/export.{fmt}", params={"at": "2023-03-05"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    assert response.text == cli_export(store_url, "--format", fmt, "--at", "2023-03-05")


def test_api_export_applies_the_event_filters(store_url: str) -> None:
    with TestClient(create_app(store_url)) as client:
        text = client.get("/api/export.jsonl?countries=AF-IR").text
    assert [json.loads(line)["type"] for line in text.splitlines()] == ["closure", "reopening"]
