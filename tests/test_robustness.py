"""One input's failure never stops a run, and no input meets a library's own limit.

The cases of issue 6: an exception nobody raised on purpose, a line longer
than spaCy's limit, a JSON Lines record nested past the JSON reader's limit,
an id longer than Python converts, a weekday abbreviation in another
language, the long line through ``POST /api/ingest``, and a time limit.
"""

from __future__ import annotations

import io
import json
import logging
import time
from pathlib import Path

import pytest

from borderwatch.errors import InputTooSlow, expected_error_names
from borderwatch.ingest import read_inputs
from borderwatch.ingest.jsonl import too_deep
from borderwatch.ingest.sniff import read_stdin
from borderwatch.pipeline import RunStats, is_unexpected, process_all, process_document
from borderwatch.records import Analysis, Article, RawDocument

GOOD = "Officials said the Torkham border crossing was closed on Sunday."


def _raw(text: str, id: str = "x") -> RawDocument:
    return RawDocument(id=id, data=text.encode("utf-8"), media_type="text/plain")


def _breaking(article: Article) -> Analysis:
    raise ValueError("a bug in one stage")


def test_an_unexpected_exception_becomes_the_input_error_and_is_counted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stats = RunStats()
    with caplog.at_level(logging.DEBUG, logger="borderwatch"):
        results = list(process_all([_raw(GOOD, "a"), _raw(GOOD, "b")], None, stats, _breaking))
    assert [r.id for r in results] == ["a", "b"]
    assert all(r.error == "ValueError: a bug in one stage" for r in results)
    assert (stats.seen, stats.failed, stats.unexpected) == (2, 2, 2)
    assert "Traceback" in caplog.text and "a bug in one stage" in caplog.text


def test_input_errors_are_expected_and_other_types_are_not() -> None:
    assert {"InputError", "InputTooLarge", "InputTooDeep", "InputTooSlow"} <= (
        expected_error_names()
    )
    assert not is_unexpected("EmptyInput: input is empty")
    assert is_unexpected("KeyError: 'mié'")
    assert is_unexpected("RecursionError: maximum recursion depth exceeded")


def test_a_failing_input_between_two_good_ones_loses_neither(analyzer) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def sometimes(article: Article) -> Analysis:
        calls.append(article.id)
        if article.id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        result: Analysis = analyzer(article)
        return result

    raws = [_raw(GOOD, "first"), _raw(GOOD, "bad"), _raw(GOOD, "last")]
    results = list(process_all(raws, "2024-05-01", RunStats(), sometimes))
    assert [(r.id, r.error is None) for r in results] == [
        ("first", True),
        ("bad", False),
        ("last", True),
    ]
    assert results[2].events, "the input after the failure is read in full"


def test_an_input_over_the_time_limit_fails_with_input_too_slow() -> None:
    def slow(article: Article) -> Analysis:
        time.sleep(5)
        raise AssertionError("the time limit did not fire")

    started = time.monotonic()
    result = process_document(_raw(GOOD), slow, max_seconds=0.2)
    assert result.error is not None and result.error.startswith(InputTooSlow.__name__)
    assert time.monotonic() - started < 2


@pytest.mark.slow
def test_a_line_longer_than_spacys_limit_is_read(analyzer) -> None:  # type: ignore[no-untyped-def]
    sentence = "Trucks waited at the Torkham border crossing on Sunday as talks went on. "
    line = sentence * (1_100_000 // len(sentence))  # one paragraph over 1,000,000 characters
    assert len(line) > 1_000_000 and "\n" not in line
    result = process_document(_raw(line), analyzer, "2024-05-01")
    assert result.error is None
    assert result.crossings_mentioned == ("Torkham",)


def test_long_paragraphs_are_cut_at_sentence_ends_into_pieces_under_the_limit() -> None:
    from borderwatch.nlp.sentences import pieces

    text = "One sentence here. " * 1000
    cuts = pieces(text, 0, len(text), 1000)
    assert all(end - start <= 1000 for start, end in cuts)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(text[start:end].startswith("One") for start, end in cuts)


def _jsonl(tmp_path: Path, *lines: str) -> list[RawDocument]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_inputs([str(path)]))


def test_a_record_nested_100000_deep_is_refused_and_the_next_is_read(tmp_path: Path) -> None:
    deep = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    good = json.dumps({"id": "good", "text": GOOD})
    first, second = _jsonl(tmp_path, deep, good)
    assert first.error is not None and first.error.startswith("InputTooDeep")
    assert second.id == "good" and second.error is None


def test_depth_ignores_brackets_inside_strings() -> None:
    assert not too_deep(json.dumps({"text": "[" * 500}).encode(), 100)
    assert too_deep(b"[" * 101 + b"]" * 101, 100)
    assert not too_deep(b"[" * 100 + b"]" * 100, 100)


def test_an_id_of_5000_digits_is_kept_as_its_digits(tmp_path: Path) -> None:
    digits = "7" * 5000
    [doc] = _jsonl(tmp_path, '{"id": ' + digits + ', "text": "' + GOOD + '"}')
    assert doc.error is None and doc.id == digits


def test_standard_input_with_a_deeply_nested_first_line_is_json_lines() -> None:
    deep = b"{" + b'"a":' * 1 + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
    good = json.dumps({"id": "good", "text": GOOD}).encode() + b"\n"
    docs = list(read_stdin(io.BytesIO(deep + good), 10_000_000))
    assert [d.error is None for d in docs] == [False, True]
    assert docs[1].id == "good"


@pytest.mark.parametrize(
    "text",
    [
        "El paso fronterizo se cerró el mié. 5 de marzo de 2024.",
        "El miércoles, 5 de marzo de 2024 se cerró el paso.",
        "Le poste frontière a fermé le mer. 5 mars 2024.",
    ],
)
def test_a_weekday_abbreviation_of_another_language_is_no_crash(text: str) -> None:
    from borderwatch.nlp.dates import find_dates

    dates = find_dates(text, "2024-03-06")
    assert [d.date for d in dates] == ["2024-03-05"]


@pytest.mark.slow
def test_the_long_line_through_the_api_is_no_server_error(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from borderwatch.web.app import create_app

    sentence = "The Torkham border crossing stayed closed on Monday. "
    line = sentence * (1_050_000 // len(sentence))
    url = "sqlite:///" + str(tmp_path / "api.db")
    with TestClient(create_app(url, token="s3cret")) as client:
        response = client.post(
            "/api/ingest",
            json={"id": "long", "text": line, "published": "2024-05-01"},
            headers={"Authorization": "Bearer s3cret"},
        )
    assert response.status_code == 200, response.text
    assert response.json()["error"] is None


def test_the_limit_settings_are_the_stages_defaults() -> None:
    from borderwatch.config import Settings
    from borderwatch.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH

    settings = Settings()
    assert (settings.max_bytes, settings.max_depth) == (DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH)
    assert settings.max_seconds > 0


def _failing_on(name: str, analyzer):  # type: ignore[no-untyped-def]
    def analyze(article: Article) -> Analysis:
        if article.id.endswith(name):
            raise KeyError("mié")
        result: Analysis = analyzer(article)
        return result

    return analyze


def _two_pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_bug.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_extract_names_unexpected_failures_and_exits_zero_while_one_input_is_read(
    tmp_path: Path,
    analyzer,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from click.testing import CliRunner

    from borderwatch.cli import main

    monkeypatch.setattr(
        "borderwatch.pipeline.build_analyzer", lambda: _failing_on("b_bug.txt", analyzer)
    )
    result = CliRunner().invoke(main, ["extract", str(_two_pages(tmp_path))])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["error"] for line in lines] == [None, "KeyError: 'mié'"]
    assert "read 2, failed 1 (1 unexpectedly" in result.stderr
    assert result.exit_code == 0


def test_ingest_stores_the_good_input_and_exits_70_on_an_unexpected_failure(
    tmp_path: Path,
    analyzer,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from click.testing import CliRunner

    from borderwatch.cli import main
    from borderwatch.cli.store_cmds import UNEXPECTED_EXIT

    monkeypatch.setattr(
        "borderwatch.pipeline.build_analyzer", lambda: _failing_on("b_bug.txt", analyzer)
    )
    store = "sqlite:///" + str(tmp_path / "store.db")
    result = CliRunner().invoke(main, ["ingest", str(_two_pages(tmp_path)), "--store", store])
    assert result.stdout.startswith("read 2, stored 1, unchanged 0, failed 1 (1 unexpectedly")
    assert result.exit_code == UNEXPECTED_EXIT == 70
