"""Quality gate on the dev corpus: fails when a score drops below its floor.

The floors are pinned just under what the rules reach today; raise them when
the rules improve, never lower them to make a change pass.
"""

from __future__ import annotations

import pytest
from paths import DEV

from borderwatch.evaluate import evaluate, report_lines

FLOORS = {"events_f1": 0.87, "status": 0.90, "counts": 0.90, "dates": 0.85}


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return evaluate(DEV)


def test_dev_events_f1_stays_above_its_floor(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.events.f1 >= FLOORS["events_f1"], "\n".join(report_lines(scores))


def test_dev_status_accuracy_stays_above_its_floor(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.status.value >= FLOORS["status"]


def test_dev_counts_and_dates_stay_above_their_floors(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.counts.value >= FLOORS["counts"]
    assert scores.dates.value >= FLOORS["dates"]


def test_dev_hard_negatives_mostly_stay_empty(scores) -> None:  # type: ignore[no-untyped-def]
    assert scores.negatives.total == 10
    assert scores.negatives.hit >= 8


def test_report_ends_with_the_contract_line(scores) -> None:  # type: ignore[no-untyped-def]
    assert report_lines(scores)[-1].startswith("events F1 = 0.")
