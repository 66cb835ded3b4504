"""The status rule: the last status-changing event dated on or before a time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from borderwatch.records import STATUS_OF_EVENT, Event, Span, StatusClaim
from borderwatch.status import UNDATED, StatusPoint, latest_status, since, status_at_publication

EV = Span(0, 1, "x")

dates = st.dates().map(lambda d: d.isoformat())
points = st.lists(
    st.builds(
        StatusPoint,
        date=dates,
        order=st.tuples(st.integers(0, 50)),
        status=st.sampled_from(["closed", "open", "restricted"]),
        ref=st.none(),
    ),
    max_size=12,
)


@given(points, dates)
def test_status_is_the_last_point_on_or_before_the_time(pts, at) -> None:  # type: ignore[no-untyped-def]
    got = latest_status(pts, at)
    eligible = [p for p in pts if p.date <= at]
    if not eligible:
        assert got is None
    else:
        last = max(eligible, key=lambda p: (p.date, p.order))
        assert got is not None and (got.date, got.order) == (last.date, last.order)


@given(points)
def test_since_starts_an_unbroken_run_of_the_same_status(pts) -> None:  # type: ignore[no-untyped-def]
    current = latest_status(pts)
    if current is None:
        return
    start = since(pts, current)
    assert start.status == current.status
    assert (start.date, start.order) <= (current.date, current.order)


def _event(kind: str, date: str | None, start: int = 0, crossing: str = "Torkham") -> Event:
    return Event(kind, crossing, ("AF", "PK"), Span(start, start + 1, "x"), date=date)  # type: ignore[arg-type]


def test_no_text_no_status() -> None:
    assert status_at_publication([_event("clash", "2023-02-20")], [], "2023-02-22") == {}


def test_future_events_do_not_change_the_status_at_publication() -> None:
    events = [_event("closure", "2023-02-19"), _event("reopening", "2023-03-01", 5)]
    assert status_at_publication(events, [], "2023-02-22") == {"Torkham": "closed"}


def test_a_reopening_after_a_closure_in_one_sentence_leaves_it_open() -> None:
    events = [_event("reopening", None, 0), _event("closure", None, 0)]
    assert status_at_publication(events, [], "2023-02-22") == {"Torkham": "open"}


def test_a_plain_statement_of_state_sets_the_status() -> None:
    claim = StatusClaim("Torkham", ("AF", "PK"), "open", EV)
    assert status_at_publication([], [claim], None) == {"Torkham": "open"}


def test_a_whole_border_closure_sets_named_crossings_without_their_own_news() -> None:
    events = [_event("closure", None, 0, crossing=None), _event("reopening", None, 9)]  # type: ignore[arg-type]
    status = status_at_publication(events, [], "2025-10-12", mentioned=("Torkham", "Ghulam Khan"))
    assert status == {"Torkham": "open", "Ghulam Khan": "closed"}


def test_every_status_changing_type_has_a_status() -> None:
    assert set(STATUS_OF_EVENT) == {"closure", "reopening", "restriction"}
    assert UNDATED > "2999-01-01"


def test_a_closure_told_with_a_limit_of_that_day_is_a_partial_closure() -> None:
    # "shut on Monday; aid trucks still pass": restricted, as the spec reads it
    events = [_event("closure", "2023-02-20", 0), _event("restriction", "2023-02-20", 5)]
    assert status_at_publication(events, [], "2023-02-22") == {"Torkham": "restricted"}
    # a limit that a later closure ended does not qualify it
    events = [_event("restriction", "2023-02-18", 0), _event("closure", "2023-02-20", 5)]
    assert status_at_publication(events, [], "2023-02-22") == {"Torkham": "closed"}


def test_a_closure_told_as_standing_is_closed_whatever_limit_came_that_day() -> None:
    from dataclasses import replace

    limit = _event("restriction", "2023-02-20", 0)
    for told in ("The crossing closed again after the convoy passed.", "It remained closed."):
        closure = replace(_event("closure", "2023-02-20", 50), evidence=Span(50, 51, told))
        assert status_at_publication([limit, closure], [], "2023-02-22") == {
            "Torkham": "closed"
        }, told
