"""Whatever the inputs, ``extract`` and ``ingest`` give one line (or one count)
per input, and no input fails unexpectedly.

Hypothesis writes a folder of files (random bytes, random Unicode in many
scripts, truncated HTML) and a JSON Lines file (whole and truncated records,
random text in them), then runs the commands on it.  The analyzer is built
once for the module, so that each example costs milliseconds.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderwatch.cli import main
from borderwatch.pipeline import is_unexpected

#: Scripts of the world's border news, and then some: Latin, Greek, Cyrillic,
#: Armenian, Hebrew, Arabic, Devanagari, Bengali, Thai, Georgian, Hangul,
#: CJK, Ethiopic, plus punctuation, marks and emoji (as codepoint ranges).
SCRIPTS = st.one_of(
    *(
        st.characters(min_codepoint=lo, max_codepoint=hi)
        for lo, hi in (
            (0x20, 0x7E),
            (0xA0, 0x24F),
            (0x370, 0x3FF),
            (0x400, 0x4FF),
            (0x530, 0x58F),
            (0x590, 0x5FF),
            (0x600, 0x6FF),
            (0x900, 0x97F),
            (0x980, 0x9FF),
            (0xE00, 0xE7F),
            (0x10A0, 0x10FF),
            (0xAC00, 0xD7A3),
            (0x4E00, 0x9FFF),
            (0x1200, 0x137F),
            (0x2000, 0x206F),
            (0x1F300, 0x1F5FF),
        )
    ),
    st.sampled_from(["\n", " ", "\t", "\u200b", "\u2028", "\ufeff", "\x00", "\r"]),
)
#: A few words that wake up every stage: places, border words, dates, counts.
NEWS = st.sampled_from(
    [
        "Torkham",
        "border crossing",
        "closed",
        "reopened",
        "on Sunday",
        "12 February 2024",
        "5,000 trucks",
        "mié. 5 de marzo",
        "Pakistan",
        "Afghanistan",
        "«",
        '"',
        ".",
    ]
)
TEXT = st.lists(st.one_of(st.text(SCRIPTS, max_size=40), NEWS), max_size=25).map(" ".join)
HTML_TEMPLATE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>{t}</title></head>"
    "<body><article><h1>{t}</h1><p>{b}</p><p>{b}</p></article></body></html>"
)


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    page = HTML_TEMPLATE.format(t=draw(TEXT), b=draw(TEXT)).encode("utf-8")
    return page[: draw(st.integers(0, len(page)))]  # truncated anywhere


@st.composite
def jsonl_lines(draw: st.DrawFn) -> str:
    record: dict[str, object] = {"id": draw(st.text(SCRIPTS, min_size=1, max_size=8))}
    record["html" if draw(st.booleans()) else "text"] = draw(TEXT)
    if draw(st.booleans()):
        record["published"] = draw(st.sampled_from(["2024-02-12", "soon", "2024-13-45"]))
    line = json.dumps(record, ensure_ascii=draw(st.booleans()))
    return line[: draw(st.integers(1, len(line)))]


PAGES = st.lists(
    st.one_of(
        st.tuples(st.just(".txt"), st.binary(max_size=300)),
        st.tuples(st.just(".txt"), TEXT.map(lambda t: t.encode("utf-8"))),
        st.tuples(st.just(".txt"), TEXT.map(lambda t: t.encode("utf-16"))),
        st.tuples(st.just(".html"), html_pages()),
    ),
    min_size=1,
    max_size=5,
)
LINES = st.lists(jsonl_lines(), min_size=1, max_size=5)


@pytest.fixture(scope="module", autouse=True)
def _one_analyzer(analyzer, monkeypatch_module: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch_module.setattr("borderwatch.pipeline.build_analyzer", lambda: analyzer)


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def _write(pages: list[tuple[str, bytes]], lines: list[str]) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="bw-property-"))
    for i, (suffix, data) in enumerate(pages):
        (folder / f"{i:02d}{suffix}").write_bytes(data)
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _expected_count(pages: list[tuple[str, bytes]], lines: list[str]) -> int:
    return len(pages) + sum(1 for line in lines if line.strip())


EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@EXAMPLES
@given(pages=PAGES, lines=LINES)
def test_extract_writes_one_line_per_input_and_none_fails_unexpectedly(
    pages: list[tuple[str, bytes]], lines: list[str]
) -> None:
    folder = _write(pages, lines)
    try:
        result = CliRunner().invoke(main, ["extract", str(folder)], catch_exceptions=False)
    finally:
        shutil.rmtree(folder)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == _expected_count(pages, lines)
    errors = [o["error"] for o in out if o["error"]]
    assert not [e for e in errors if is_unexpected(e)], errors
    assert result.exit_code == (2 if len(errors) == len(out) else 0)
    for o in out:
        text = o["article"]["text"]
        for event in o["events"]:
            evidence = event["evidence"]
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


@EXAMPLES
@given(pages=PAGES, lines=LINES)
def test_ingest_counts_every_input_and_none_fails_unexpectedly(
    pages: list[tuple[str, bytes]], lines: list[str]
) -> None:
    folder = _write(pages, lines)
    store = "sqlite:///" + str(folder / "store.db")
    try:
        result = CliRunner().invoke(
            main, ["ingest", str(folder), "--store", store], catch_exceptions=False
        )
    finally:
        shutil.rmtree(folder)
    summary = result.stdout.splitlines()[0]
    read = int(summary.split(",")[0].removeprefix("read "))
    assert read == _expected_count(pages, lines), summary
    assert "unexpectedly" not in summary
    assert result.exit_code in (0, 2), result.output
