"""The store keeps what it is given: round trips, dedup, refusals, backends.

Every test that takes ``store_urls`` runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_backends import StoreUrls
from store_helpers import Said, doc

from borderwatch.errors import NotFound, StoreError, UnknownStore
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

# Any text SQLite can hold: every code point but lone surrogates.  PostgreSQL
# text holds every one but NUL too (a NUL is refused: see the test of it).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
POSTGRES_TEXT = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40
)
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
def results(draw: st.DrawFn, texts: st.SearchStrategy[str] = ANY_TEXT) -> DocumentResult:
    maybe_texts = st.none() | texts
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


@settings(
    max_examples=60,
    deadline=None,
    # each example opens a store of its own from the factory fixture
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.data())
def test_any_result_saved_reads_back_equal(store_urls: StoreUrls, data: st.DataObject) -> None:
    texts = POSTGRES_TEXT if store_urls.backend == "postgres" else ANY_TEXT
    result = data.draw(results(texts))
    store = open_store(store_urls(f"rt{next(_examples)}"))
    try:
        outcome = store.save(result)
        assert outcome.created
        assert store.load_result(outcome.article_id) == result
    finally:
        store.close()


_examples = itertools.count()


def test_a_nul_character_is_kept_by_sqlite_and_refused_whole_by_postgresql(
    store_urls: StoreUrls,
) -> None:
    store = open_store(store_urls())
    result = doc(Said("Torkham was closed.", "closure", actor="the\x00guards"), id="nul")
    try:
        if store_urls.backend == "sqlite":
            assert store.load_result(store.save(result).article_id) == result
            return
        with pytest.raises(StoreError, match="NUL") as refused:
            store.save(result)
        assert "\n" not in str(refused.value)  # one line, no SQL
        assert sum(store.table_counts().values()) == 0  # nothing of it was written
    finally:
        store.close()


def test_saving_the_same_text_twice_changes_nothing(store_urls: StoreUrls) -> None:
    store = open_store(store_urls())
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


def test_a_failed_result_is_refused_and_nothing_is_written(store_urls: StoreUrls) -> None:
    store = open_store(store_urls())
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
    assert "sqlite" in BACKENDS and "postgresql" in BACKENDS


def test_a_missing_article_is_not_found(store_urls: StoreUrls) -> None:
    store = open_store(store_urls())
    with pytest.raises(NotFound):
        store.article("0123456789abcdef")
    with pytest.raises(NotFound):
        store.load_result("0123456789abcdef")


def test_outlets_are_stored_once(store_urls: StoreUrls) -> None:
    store = open_store(store_urls())
    for n in range(3):
        store.save(doc(Said(f"Torkham was closed, report {n}.", "closure"), source="Dawn"))
    store.save(doc(Said("Torkham was open.", claim="open"), source=None))
    assert store.table_counts()["sources"] == 1
    assert store.table_counts()["articles"] == 4
