"""The store keeps what it is given: round trips, dedup, refusals, backends."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import Said, doc

from borderwatch.errors import NotFound, UnknownStore
from borderwatch.records import (
    EVENT_TYPES,
    Article,
    Casualties,
    Count,
    DocumentResult,
    Event,
    Link,
    Quote,
    Span,
    StatusClaim,
)
from borderwatch.store import BACKENDS, open_store

# Any text SQLite can hold: every code point but lone surrogates.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
maybe_texts = st.none() | texts
iso_dates = st.none() | st.dates().map(lambda d: d.isoformat())
codes = st.lists(st.sampled_from(["AF", "PK", "IR", "TR", "BG", "CN"]), max_size=3, unique=True)
countries = codes.map(lambda c: tuple(sorted(c)))
statuses = st.sampled_from(["closed", "open", "restricted"])
ints = st.none() | st.integers(min_value=-(2**53), max_value=2**53)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start, end, text[start:end])


@st.composite
def results(draw: st.DrawFn) -> DocumentResult:
    text = draw(texts)
    input_id = draw(texts)
    events = draw(
        st.lists(
            st.builds(
                Event,
                type=st.sampled_from(EVENT_TYPES),
                crossing=maybe_texts,
                countries=countries,
                evidence=spans(text),
                date=iso_dates,
                date_text=maybe_texts,
                actor=maybe_texts,
                reason=maybe_texts,
                counts=st.lists(st.builds(Count, what=texts, value=ints, qualifier=texts)).map(
                    tuple
                ),
                casualties=st.none() | st.builds(Casualties, ints, ints, maybe_texts),
            ),
            max_size=4,
        )
    )
    article = Article(
        id=input_id,
        text=text,
        title=draw(maybe_texts),
        published=draw(iso_dates),
        source=draw(maybe_texts),
        byline=draw(maybe_texts),
        dateline=draw(maybe_texts),
        url=draw(maybe_texts),
        links=tuple(draw(st.lists(st.builds(Link, texts, maybe_texts), max_size=3))),
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return DocumentResult(
        id=input_id,
        article=article,
        events=tuple(events),
        quotes=tuple(draw(st.lists(st.builds(Quote, maybe_texts, texts, spans(text)), max_size=3))),
        status=draw(st.dictionaries(texts, statuses, max_size=3)),
        crossings_mentioned=tuple(draw(st.lists(texts, max_size=3))),
        claims=tuple(
            draw(
                st.lists(
                    st.builds(StatusClaim, texts, countries, statuses, spans(text)), max_size=3
                )
            )
        ),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results())
def test_any_result_saved_reads_back_equal(result: DocumentResult) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{folder}/rt.db")
        try:
            outcome = store.save(result)
            assert outcome.created
            assert store.load_result(outcome.article_id) == result
        finally:
            store.close()


def test_saving_the_same_text_twice_changes_nothing(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    result = doc(Said("Torkham was closed on Sunday.", "closure", date="2023-02-19"), id="a.txt")
    first = store.save(result)
    counts = store.table_counts()
    again = store.save(result)
    # the same page under another input id is the same article too
    renamed = store.save(doc(Said("Torkham was closed on Sunday.", "closure"), id="copy.txt"))
    assert first.created and not again.created and not renamed.created
    assert again.article_id == first.article_id == renamed.article_id
    assert store.table_counts() == counts
    assert counts["articles"] == 1 and counts["events"] == 1


def test_a_failed_result_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    with pytest.raises(ValueError, match="failed result"):
        store.save(DocumentResult(id="bad.bin", article=None, error="DecodeError: binary"))
    assert sum(store.table_counts().values()) == 0


def test_the_file_and_its_folders_are_created_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "bw.db"
    open_store(f"sqlite:///{path}").close()
    assert path.is_file()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_unknown_scheme_is_an_unknown_store_error() -> None:
    with pytest.raises(UnknownStore, match="mysql"):
        open_store("mysql://localhost/bw")
    with pytest.raises(UnknownStore):
        open_store("/just/a/path.db")
    assert "sqlite" in BACKENDS


def test_a_missing_article_is_not_found(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    with pytest.raises(NotFound):
        store.article("0123456789abcdef")
    with pytest.raises(NotFound):
        store.load_result("0123456789abcdef")


def test_outlets_are_stored_once(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    for n in range(3):
        store.save(doc(Said(f"Torkham was closed, report {n}.", "closure"), source="Dawn"))
    store.save(doc(Said("Torkham was open.", claim="open"), source=None))
    assert store.table_counts()["sources"] == 1
    assert store.table_counts()["articles"] == 4
