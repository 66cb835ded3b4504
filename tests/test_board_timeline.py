# ruff: noqa: E501
"""The status board across articles, end to end: story arcs through the real CLI.

Each arc is a handful of short news articles, invented for this file, about
one or two crossings over days or weeks.  The articles are fed one at a time
to ``borderwatch ingest`` on a real SQLite file, and after each one the board
(``status --at DATE --json``) is read at several days; at the end the
timeline (``events --crossing NAME --json``) and a second ingest of the whole
arc are checked.  The expectations follow ``../shared/spec/events.md``
(the status rule) and ``../shared/spec/contract.md`` (the command shapes):

- the status at a day is the last closure / restriction / reopening dated on
  or before it; clashes, stranded trucks and talks leave it alone;
- "remains open" sets it at publication; nothing said yet: ``unknown``;
- an announcement of a future change counts only from its date;
- background repeated in a later article must not turn the board back;
- the same text ingested twice stores nothing the second time.

Every article is a JSON Lines record with ``id``, ``text``, ``published``
(absent in the one that needs ``--published``) and a ``url`` whose host is
the outlet shown in ``sources``.  Aspects the system gets wrong today are
strict ``xfail``s with their diagnosis: a fix shows up as an XPASS.

Runs in-process with click's ``CliRunner``; one test runs the real
``borderwatch`` executable.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from borderwatch.cli import main

BORDERWATCH = str(Path(sys.executable).parent / "borderwatch")
CONTRACT_ROW = {"crossing", "countries", "status", "since", "last_event", "sources"}
CONTRACT_EVENT = {
    "type", "crossing", "countries", "date", "date_text", "actor", "reason", "counts",
    "casualties", "evidence",
}  # fmt: skip
STATUSES = {"closed", "open", "restricted", "unknown"}
EVENT_TYPES = {"closure", "reopening", "restriction", "clash", "stranded", "talks"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

TORKHAM = "Torkham"
RAFAH = "Rafah Crossing"
KAPIKULE = "Kapıkule–Kapitan Andreevo"
VAALIMAA = "Vaalimaa–Torfyanovka"
NUIJAMAA = "Nuijamaa–Brusnichnoye"
IMATRA = "Imatra–Svetogorsk"
SALLA = "Salla"
FI_RU = "border:FI-RU"
CHAMAN = "Chaman–Spin Boldak"
WAGAH = "Attari–Wagah"
NARVA = "Narva–Ivangorod"
KOIDULA = "Koidula–Kunichina Gora"
LUHAMAA = "Luhamaa–Shumilkino"


@dataclass(frozen=True)
class Story:
    """One article of an arc."""

    id: str
    published: str | None
    host: str  # the outlet, as ``sources`` shows it (no outlet name: the URL's host)
    text: str

    @property
    def url(self) -> str:
        return f"https://{self.host}/news/{self.id}"

    def record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {"id": self.id, "text": self.text, "url": self.url}
        if self.published:
            rec["published"] = self.published
        return rec


# --- the arcs ----------------------------------------------------------------
# Weekdays: 2024-03-04 Mon; 2023-10-10 Tue, 10-18 Wed, 10-21 Sat; 2024-01-15 Mon,
# 01-17 Wed, 01-20 Sat; 2023-11-30 Thu, 12-12 Tue; 2023-06-05 Mon, 06-08 Thu;
# 2025-04-25 Fri, 05-02 Fri; 2024-02-01 Thu, 02-10 Sat, 02-20 Tue.

# fmt: off
TORKHAM_ARC = (
    Story("tk1", "2024-03-04", "dawn.example", "Pakistani and Afghan border forces traded fire at the Torkham crossing on Sunday, wounding two soldiers. Pakistani authorities closed the crossing to all traffic after the clash, officials said."),
    Story("tk2", "2024-03-06", "tolo.example", "More than 3,000 trucks are stuck on both sides of Torkham, waiting for the crossing to reopen, drivers said on Wednesday. Fruit loaded in Jalalabad is starting to rot."),
    Story("tk3", "2024-03-08", "geo.example", "Afghan and Pakistani border officials held a flag meeting at Torkham on Thursday to discuss reopening the crossing. No agreement was announced."),
    Story("tk4", "2024-03-11", "pajhwok.example", "Torkham reopened for pedestrians on Sunday, but cargo trucks are still not allowed to cross, customs officials said."),
    Story("tk5", "2024-03-15", "news.example", "The Torkham crossing fully reopened to trade and travellers on Thursday after an eleven-day closure. Hundreds of trucks rolled through by the evening."),
)

RAFAH_ARC = (
    Story("rf1", "2023-10-10", "ahram.example", "Egyptian authorities closed the Rafah crossing on Monday, officials in Cairo said."),
    Story("rf2", "2023-10-18", "mada.example", "Egyptian officials said the Rafah crossing will reopen on Saturday for aid trucks only."),
    Story("rf3", "2023-10-21", "wafa.example", "The Rafah crossing opened on Saturday for aid trucks only, and twenty trucks carrying medicine crossed into Gaza. Travellers are still not allowed through."),
)

KAPIKULE_ARC = (
    Story("kp1", "2024-01-15", "hurriyet.example", "Trucks queued for 20 kilometres at Kapikule on Monday as Bulgarian customs checks slowed traffic. The crossing remains open."),
    Story("kp2", "2024-01-17", "bnr.example", "Bulgarian customs officers went on strike on Wednesday and shut the Kapitan Andreevo checkpoint, halting all traffic at the Kapikule crossing."),
    Story("kp3", "2024-01-20", "edirne.example", "Traffic through Kapikule resumed on Friday after the strike ended, the Edirne governor's office said."),
)

FINLAND_ARC = (
    Story("fi1", "2023-11-30", "yle.example", "Finland closed its entire border with Russia on Thursday, shutting the Vaalimaa, Nuijamaa and Imatra crossings, the interior ministry said."),
    Story("fi2", "2023-12-12", "hs.example", "Finland reopened the Vaalimaa crossing on Monday. The Nuijamaa and Imatra crossings remain closed."),
)

CHAMAN_ARC = (
    Story("ch1", "2023-06-05", "dawn.example", "Pakistani authorities closed the Chaman crossing on Sunday after protests by traders."),
    Story("ch2", "2023-06-08", "tolo.example", "The Chaman crossing reopened on Wednesday after a three-day closure, and trade resumed."),
    # background with its dates: must leave the board open
    Story("ch3", "2023-06-15", "geo.example", "Trade at the Chaman crossing is picking up again. The crossing reopened on June 7, three days after Pakistani authorities closed it over protests by traders."),
    # background without a date, after the reopening: must leave the board open
    Story("ch4", "2023-06-20", "pajhwok.example", "Trade at Spin Boldak is picking up again. Pakistani authorities had closed the crossing earlier this month after protests by traders. The crossing has been closed several times in recent years."),
)

WAGAH_ARC = (
    # carries no publication date: ingested with --published 2025-04-25
    Story("wg1", None, "tribune.example", "India closed the Attari-Wagah border crossing on Thursday after the attack, officials said."),
    Story("wg2", "2025-05-02", "hindu.example", "India and Pakistan reopened the Attari-Wagah crossing to all traffic on Thursday after a week-long closure."),
)

ESTONIA_ARC = (
    Story("ee1", "2024-02-01", "err.example", "Estonia closed the Narva crossing to cars and trucks on Thursday; only pedestrians may cross. The Koidula and Luhamaa crossings remain open."),
    Story("ee2", "2024-02-10", "tass.example", "Russia closed the Ivangorod checkpoint to all traffic on Friday, citing security reasons, Russian border guards said."),
    Story("ee3", "2024-02-20", "postimees.example", "Pedestrians crossed the Friendship Bridge Narva again on Monday as Russia reopened the Ivangorod checkpoint for people on foot only. Koidula remains open."),
)
# fmt: on


# --- running the CLI ---------------------------------------------------------


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return result.stdout


def write_jsonl(path: Path, stories: Iterable[Story]) -> Path:
    path.write_text(
        "".join(json.dumps(s.record(), ensure_ascii=False) + "\n" for s in stories),
        encoding="utf-8",
    )
    return path


def status_rows(store: str, at: str, *extra: str) -> list[dict[str, Any]]:
    return json.loads(invoke("status", "--json", "--at", at, "--store", store, *extra))


def timeline(store: str, crossing: str) -> list[dict[str, Any]]:
    return json.loads(invoke("events", "--json", "--crossing", crossing, "--store", store))


def by_name(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["crossing"]: row for row in rows}


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
            for n in names
            if n != "schema_version"
        }


@dataclass
class Played:
    """An arc fed article by article into one store, with the board read after each."""

    stories: tuple[Story, ...]
    folder: Path
    store: str
    db: Path
    empty_board: list[dict[str, Any]] = field(default_factory=list)
    boards: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)

    def row(self, after: str, at: str, crossing: str) -> dict[str, Any] | None:
        return by_name(self.boards[after, at]).get(crossing)

    def state(self, after: str, at: str, crossing: str) -> tuple[str, str | None]:
        """(status, since) of a crossing; ``("absent", None)`` when it has no row."""
        row = self.row(after, at, crossing)
        return ("absent", None) if row is None else (row["status"], row["since"])

    def story_of(self, event: dict[str, Any]) -> str:
        return next(s.id for s in self.stories if s.url == event["url"])

    def host(self, story_id: str) -> str:
        return next(s.host for s in self.stories if s.id == story_id)


def play(
    folder: Path,
    stories: Sequence[Story],
    days: dict[str, Sequence[str]],
    published: str | None = None,
) -> Played:
    """Ingest ``stories`` one at a time; after story X read the board at each of ``days[X]``."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "board.db"
    store = f"sqlite:///{db}"
    played = Played(tuple(stories), folder, store, db)
    played.empty_board = status_rows(store, "2020-01-01")
    extra = ("--published", published) if published else ()
    for story in stories:
        path = write_jsonl(folder / f"{story.id}.jsonl", [story])
        played.outputs[story.id] = invoke("ingest", str(path), "--store", store, *extra)
        for day in days.get(story.id, ()):
            played.boards[story.id, day] = status_rows(store, day)
    write_jsonl(folder / "arc.jsonl", stories)
    return played


def in_order(events: list[dict[str, Any]], wanted: list[tuple[str, str]], played: Played) -> bool:
    """Whether (type, story id) pairs appear in ``events`` in this order (others between)."""
    seen = iter((e["type"], played.story_of(e)) for e in events)
    return all(pair in seen for pair in wanted)


# --- fixtures: each arc played once ------------------------------------------


@pytest.fixture(scope="module")
def torkham(tmp_path_factory: pytest.TempPathFactory) -> Played:
    return play(
        tmp_path_factory.mktemp("torkham"),
        TORKHAM_ARC,
        {
            "tk1": ("2024-03-02", "2024-03-04"),
            "tk2": ("2024-03-06",),
            "tk3": ("2024-03-08",),
            "tk4": ("2024-03-09", "2024-03-10", "2024-03-11"),
            "tk5": ("2024-03-03", "2024-03-13", "2024-03-14", "2024-03-15", "2024-03-20"),
        },
    )


@pytest.fixture(scope="module")
def rafah(tmp_path_factory: pytest.TempPathFactory) -> Played:
    return play(
        tmp_path_factory.mktemp("rafah"),
        RAFAH_ARC,
        {
            "rf1": ("2023-10-08", "2023-10-09", "2023-10-10"),
            "rf2": ("2023-10-18", "2023-10-20", "2023-10-21"),
            "rf3": ("2023-10-21", "2023-10-25"),
        },
    )


@pytest.fixture(scope="module")
def kapikule(tmp_path_factory: pytest.TempPathFactory) -> Played:
    return play(
        tmp_path_factory.mktemp("kapikule"),
        KAPIKULE_ARC,
        {
            "kp1": ("2024-01-14", "2024-01-15"),
            "kp2": ("2024-01-16", "2024-01-17"),
            "kp3": ("2024-01-18", "2024-01-19", "2024-01-20"),
        },
    )


@pytest.fixture(scope="module")
def finland(tmp_path_factory: pytest.TempPathFactory) -> Played:
    return play(
        tmp_path_factory.mktemp("finland"),
        FINLAND_ARC,
        {"fi1": ("2023-11-29", "2023-11-30"), "fi2": ("2023-12-10", "2023-12-11", "2023-12-12")},
    )


@pytest.fixture(scope="module")
def chaman(tmp_path_factory: pytest.TempPathFactory) -> Played:
    return play(
        tmp_path_factory.mktemp("chaman"),
        CHAMAN_ARC,
        {
            "ch1": ("2023-06-03", "2023-06-04", "2023-06-05"),
            "ch2": ("2023-06-06", "2023-06-07", "2023-06-08"),
            "ch3": ("2023-06-05", "2023-06-15"),
            "ch4": ("2023-06-20", "2023-06-30"),
        },
    )


@pytest.fixture(scope="module")
def estonia(tmp_path_factory: pytest.TempPathFactory) -> Played:
    return play(
        tmp_path_factory.mktemp("estonia"),
        ESTONIA_ARC,
        {
            "ee1": ("2024-01-31", "2024-02-01"),
            "ee2": ("2024-02-08", "2024-02-10"),
            "ee3": ("2024-02-18", "2024-02-19", "2024-02-20"),
        },
    )


ALL_ARCS = ("torkham", "rafah", "kapikule", "finland", "chaman", "estonia")


# --- the contract's shapes, on every board and timeline read -----------------


def check_event_shape(event: dict[str, Any]) -> None:
    assert CONTRACT_EVENT | {"article_id", "sources"} <= set(event), sorted(event)
    assert event["type"] in EVENT_TYPES
    assert event["countries"] == sorted(event["countries"])
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in event["countries"])
    assert event["date"] is None or ISO_DAY.match(event["date"])
    assert re.fullmatch(r"[0-9a-f]{16}", event["article_id"])
    assert isinstance(event["sources"], list) and all(isinstance(s, str) for s in event["sources"])
    ev = event["evidence"]
    assert set(ev) >= {"text", "start", "end"} and ev["end"] - ev["start"] == len(ev["text"])


def check_row_shape(row: dict[str, Any]) -> None:
    assert CONTRACT_ROW <= set(row), sorted(row)
    assert isinstance(row["crossing"], str) and row["crossing"]
    assert row["countries"] == sorted(row["countries"]) and len(row["countries"]) == 2
    assert row["status"] in STATUSES
    assert (row["since"] is None) == (row["status"] == "unknown")
    assert row["since"] is None or ISO_DAY.match(row["since"])
    assert isinstance(row["sources"], list) and all(isinstance(s, str) for s in row["sources"])
    if row["last_event"] is not None:
        check_event_shape(row["last_event"])


@pytest.mark.parametrize("arc", ALL_ARCS)
def test_every_board_and_timeline_has_the_contract_shapes(
    arc: str, request: pytest.FixtureRequest
) -> None:
    played: Played = request.getfixturevalue(arc)
    assert played.empty_board == []  # before any news: no row at all
    first = min(s.published for s in played.stories if s.published)
    for (_after, at), rows in played.boards.items():
        # a board before the first article was published knows nothing yet
        assert bool(rows) == (at >= first), "a board lists the crossings read by its day"
        for row in rows:
            check_row_shape(row)
    for (_after, at), rows in played.boards.items():
        for row in rows:
            if row["last_event"] is not None:  # never an event dated after the board's day
                assert (row["last_event"]["effective_date"] or "") <= at
            assert row["since"] is None or row["since"] <= at
    events = json.loads(invoke("events", "--json", "--store", played.store))
    assert events
    for event in events:
        check_event_shape(event)
        assert event["sources"] == [played.host(played.story_of(event))]


@pytest.mark.parametrize("arc", ALL_ARCS)
def test_ingest_reports_one_stored_article_each_time(
    arc: str, request: pytest.FixtureRequest
) -> None:
    played: Played = request.getfixturevalue(arc)
    for story in played.stories:
        assert played.outputs[story.id].splitlines()[0] == "read 1, stored 1, unchanged 0, failed 0"


@pytest.mark.parametrize("arc", ALL_ARCS)
def test_ingesting_the_whole_arc_again_changes_nothing(
    arc: str, request: pytest.FixtureRequest
) -> None:
    played: Played = request.getfixturevalue(arc)
    last = played.stories[-1].id
    before_tables = table_counts(played.db)
    before_events = invoke("events", "--json", "--store", played.store)
    days = sorted({at for (after, at) in played.boards if after == last})
    before_boards = {at: status_rows(played.store, at) for at in days}
    out = invoke("ingest", str(played.folder / "arc.jsonl"), "--store", played.store)
    n = len(played.stories)
    assert out.splitlines()[0] == f"read {n}, stored 0, unchanged {n}, failed 0"
    assert table_counts(played.db) == before_tables
    assert invoke("events", "--json", "--store", played.store) == before_events
    assert {at: status_rows(played.store, at) for at in days} == before_boards


# --- Torkham: clash -> stranded -> flag meeting -> pedestrians only -> fully open


def test_torkham_board_day_by_day(torkham: Played) -> None:
    p = torkham
    # before its first article was published, nothing is known of it: no row (as of that day)
    assert p.state("tk1", "2024-03-02", TORKHAM) == ("absent", None)
    assert p.state("tk1", "2024-03-04", TORKHAM)[0] == "closed"
    assert p.state("tk2", "2024-03-06", TORKHAM)[0] == "closed"
    assert p.state("tk3", "2024-03-08", TORKHAM)[0] == "closed"  # talks leave it closed
    assert p.state("tk4", "2024-03-09", TORKHAM)[0] == "closed"
    # a day's board knows only the articles published by then (tk4 came out on the 11th)
    assert p.state("tk4", "2024-03-10", TORKHAM)[0] == "closed"
    assert p.state("tk4", "2024-03-11", TORKHAM) == ("restricted", "2024-03-10")
    assert p.state("tk5", "2024-03-13", TORKHAM) == ("restricted", "2024-03-10")
    assert p.state("tk5", "2024-03-14", TORKHAM) == ("restricted", "2024-03-10")
    assert p.state("tk5", "2024-03-15", TORKHAM) == ("open", "2024-03-14")
    assert p.state("tk5", "2024-03-20", TORKHAM) == ("open", "2024-03-14")
    # "after an eleven-day closure" (tk5, published on the 15th) tells of the 3rd,
    # but the board of the 3rd stays what was known on the 3rd: nothing
    assert p.state("tk5", "2024-03-03", TORKHAM) == ("absent", None)


def test_torkham_closed_since_stays_put_while_it_stays_closed(torkham: Played) -> None:
    p = torkham
    sinces = {
        p.state(a, d, TORKHAM)[1]
        for a, d in [("tk2", "2024-03-06"), ("tk3", "2024-03-08"), ("tk4", "2024-03-09")]
    }
    assert len(sinces) == 1 and sinces <= {"2024-03-03", "2024-03-04"}


@pytest.mark.xfail(
    strict=True,
    reason="dates: tk1 'traded fire ... on Sunday' then 'closed the crossing ... after the clash' "
    "(no date of its own): expected closed since 2024-03-03 after tk1, got since 2024-03-04; "
    "extraction leaves the closure's date null and the store dates undated events at publication "
    "(events.effective_date), while status.py's in-article rule ('an undated line goes on from the "
    "dated news told before it') would put it on Sunday: the two stages disagree",
)
def test_torkham_closure_after_a_sunday_clash_is_closed_since_sunday(torkham: Played) -> None:
    assert torkham.state("tk1", "2024-03-04", TORKHAM) == ("closed", "2024-03-03")


def test_torkham_last_event_and_stranded_counts(torkham: Played) -> None:
    p = torkham
    row = p.row("tk2", "2024-03-06", TORKHAM)
    assert row is not None and row["last_event"]["type"] in {"stranded", "closure"}
    assert [(c["what"], c["value"], c["qualifier"]) for c in row["stranded"]] == [
        ("trucks", 3000, "more than")
    ]
    row = p.row("tk3", "2024-03-08", TORKHAM)
    assert row is not None and row["last_event"]["type"] == "talks"
    assert p.story_of(row["last_event"]) == "tk3" and row["last_event"]["date"] == "2024-03-07"
    row = p.row("tk5", "2024-03-20", TORKHAM)
    assert row is not None and row["sources"] == ["news.example"]
    assert row["stranded"] == []  # the 3,000 trucks were stranded in an earlier run


def test_torkham_timeline_order_dates_and_articles(torkham: Played) -> None:
    p = torkham
    events = timeline(p.store, "Torkhum")  # any spelling
    assert {e["crossing"] for e in events} == {TORKHAM}
    days = [e["effective_date"] for e in events]
    assert days == sorted(days)
    assert in_order(
        events,
        [("clash", "tk1"), ("closure", "tk1"), ("stranded", "tk2"), ("talks", "tk3"),
         ("restriction", "tk4"), ("reopening", "tk5")],
        p,
    )  # fmt: skip
    dated = {(e["type"], p.story_of(e)): e["date"] for e in events if e["date"]}
    assert dated[("clash", "tk1")] == "2024-03-03"
    assert dated[("talks", "tk3")] == "2024-03-07"
    assert dated[("restriction", "tk4")] == "2024-03-10"
    assert dated[("reopening", "tk5")] == "2024-03-14"
    assert dated[("closure", "tk5")] == "2024-03-03"  # "after an eleven-day closure"
    clash = next(e for e in events if e["type"] == "clash")
    assert clash["casualties"] and clash["casualties"]["wounded"] == 2
    ids: dict[str, set[str]] = {}
    for e in events:
        ids.setdefault(p.story_of(e), set()).add(e["article_id"])
    assert all(len(v) == 1 for v in ids.values())  # one stored id per article
    assert len(set().union(*ids.values())) == len(TORKHAM_ARC)


def test_torkham_one_exchange_of_fire_is_one_clash(torkham: Played) -> None:
    events = timeline(torkham.store, TORKHAM)
    assert [e["type"] for e in events].count("clash") == 1


# --- Rafah: closed -> aid-only opening announced for Saturday -> it happens --


def test_rafah_announcement_counts_only_from_its_date(rafah: Played) -> None:
    p = rafah
    assert p.state("rf1", "2023-10-08", RAFAH) == ("absent", None)
    assert p.state("rf1", "2023-10-09", RAFAH) == ("absent", None)  # published on the 10th
    assert p.state("rf1", "2023-10-10", RAFAH) == ("closed", "2023-10-09")
    assert p.state("rf2", "2023-10-18", RAFAH) == ("closed", "2023-10-09")
    assert p.state("rf2", "2023-10-20", RAFAH) == ("closed", "2023-10-09")
    assert p.state("rf2", "2023-10-21", RAFAH) == ("restricted", "2023-10-21")  # aid only
    assert p.state("rf3", "2023-10-21", RAFAH) == ("restricted", "2023-10-21")
    assert p.state("rf3", "2023-10-25", RAFAH) == ("restricted", "2023-10-21")
    # before Saturday the announced event is not the last event either
    row = p.row("rf2", "2023-10-18", RAFAH)
    assert row is not None and row["last_event"]["type"] == "closure"
    assert p.story_of(row["last_event"]) == "rf1"


def test_rafah_timeline_keeps_the_announcement_with_its_future_date(rafah: Played) -> None:
    p = rafah
    events = timeline(p.store, "Rafah")
    assert in_order(events, [("closure", "rf1"), ("restriction", "rf2")], p)
    announced = next(e for e in events if p.story_of(e) == "rf2")
    assert (announced["date"], announced["date_text"]) == ("2023-10-21", "Saturday")
    assert announced["published"] == "2023-10-18"


def test_rafah_the_aid_only_opening_itself_is_read(rafah: Played) -> None:
    p = rafah
    events = timeline(p.store, RAFAH)
    assert ("restriction", "rf3") in {(e["type"], p.story_of(e)) for e in events}
    row = p.row("rf3", "2023-10-25", RAFAH)
    assert row is not None and row["sources"][0] == "wafa.example"


# --- Kapıkule: queues (still open) -> strike closes it -> reopens -------------


def test_kapikule_board_day_by_day(kapikule: Played) -> None:
    p = kapikule
    assert p.state("kp1", "2024-01-14", KAPIKULE) == ("absent", None)
    assert p.state("kp1", "2024-01-15", KAPIKULE) == ("open", "2024-01-15")  # "remains open"
    row = p.row("kp1", "2024-01-15", KAPIKULE)
    assert row is not None and row["last_event"] is None and row["sources"] == ["hurriyet.example"]
    assert p.state("kp2", "2024-01-16", KAPIKULE) == ("open", "2024-01-15")
    assert p.state("kp2", "2024-01-17", KAPIKULE) == ("closed", "2024-01-17")
    assert p.state("kp3", "2024-01-18", KAPIKULE) == ("closed", "2024-01-17")
    assert p.state("kp3", "2024-01-19", KAPIKULE) == ("closed", "2024-01-17")  # kp3: the 20th
    assert p.state("kp3", "2024-01-20", KAPIKULE) == ("open", "2024-01-19")


def test_kapikule_timeline(kapikule: Played) -> None:
    p = kapikule
    events = timeline(p.store, "Kapitan Andreevo")
    assert in_order(events, [("closure", "kp2"), ("reopening", "kp3")], p)
    assert {e["crossing"] for e in events} == {KAPIKULE}
    assert [e["date"] for e in events if e["type"] in {"closure", "reopening"}] == [
        "2024-01-17",
        "2024-01-19",
    ]


def test_kapikule_a_strike_is_no_clash(kapikule: Played) -> None:
    events = timeline(kapikule.store, KAPIKULE)
    assert [e["type"] for e in events] == ["closure", "reopening"]


# --- Finland: the whole border closed naming its crossings; then one reopens --


def test_finland_whole_border_closure_then_one_crossing_reopens(finland: Played) -> None:
    p = finland
    for name in (VAALIMAA, NUIJAMAA, IMATRA, FI_RU):
        assert p.state("fi1", "2023-11-29", name) == ("absent", None)
        assert p.state("fi1", "2023-11-30", name) == ("closed", "2023-11-30")
    assert p.state("fi2", "2023-12-10", VAALIMAA) == ("closed", "2023-11-30")
    assert p.state("fi2", "2023-12-11", VAALIMAA) == ("closed", "2023-11-30")  # fi2: the 12th
    for day in ("2023-12-12",):
        assert p.state("fi2", day, VAALIMAA) == ("open", "2023-12-11")
        assert p.state("fi2", day, NUIJAMAA) == ("closed", "2023-11-30")
        assert p.state("fi2", day, IMATRA) == ("closed", "2023-11-30")
        assert p.state("fi2", day, FI_RU) == ("closed", "2023-11-30")
    rows = p.boards["fi2", "2023-12-12"]
    assert [r["status"] for r in rows] == sorted(
        (r["status"] for r in rows), key=["closed", "restricted", "open", "unknown"].index
    )
    row = p.row("fi2", "2023-12-12", NUIJAMAA)
    assert row is not None and row["sources"] == ["hs.example", "yle.example"]


def test_finland_unnamed_crossings_inherit_the_whole_border_closure(finland: Played) -> None:
    rows = by_name(status_rows(finland.store, "2023-12-12", "--all", "--country", "FI"))
    assert (rows[SALLA]["status"], rows[SALLA]["since"]) == ("closed", "2023-11-30")
    assert (rows[VAALIMAA]["status"], rows[VAALIMAA]["since"]) == ("open", "2023-12-11")
    assert all(set(r["countries"]) >= {"FI"} for r in rows.values())
    before = by_name(status_rows(finland.store, "2023-11-29", "--all", "--country", "FI"))
    assert before[SALLA]["status"] == "unknown"


def test_finland_timelines(finland: Played) -> None:
    p = finland
    vaalimaa = timeline(p.store, "Vaalimaa")
    assert [(e["type"], p.story_of(e), e["date"]) for e in vaalimaa] == [
        ("closure", "fi1", "2023-11-30"),
        ("reopening", "fi2", "2023-12-11"),
    ]
    border = timeline(p.store, FI_RU)
    assert [(e["type"], e["crossing"], p.story_of(e)) for e in border] == [("closure", None, "fi1")]


# --- Chaman: closed -> reopened -> background retold (must not flip back) ----


def test_chaman_board_through_the_reopening(chaman: Played) -> None:
    p = chaman
    assert p.state("ch1", "2023-06-03", CHAMAN) == ("absent", None)
    assert p.state("ch1", "2023-06-04", CHAMAN) == ("absent", None)  # published on the 5th
    assert p.state("ch1", "2023-06-05", CHAMAN) == ("closed", "2023-06-04")
    assert p.state("ch2", "2023-06-06", CHAMAN) == ("closed", "2023-06-04")
    assert p.state("ch2", "2023-06-07", CHAMAN) == ("closed", "2023-06-04")  # ch2: the 8th
    assert p.state("ch2", "2023-06-08", CHAMAN) == ("open", "2023-06-07")


def test_chaman_dated_background_leaves_the_board_open(chaman: Played) -> None:
    p = chaman
    assert p.state("ch3", "2023-06-15", CHAMAN) == ("open", "2023-06-07")
    assert p.state("ch3", "2023-06-05", CHAMAN) == ("closed", "2023-06-04")
    events = timeline(p.store, "Spin Boldak")
    retold = [(e["type"], e["date"]) for e in events if p.story_of(e) == "ch3"]
    assert sorted(retold) == [("closure", "2023-06-04"), ("reopening", "2023-06-07")]


@pytest.mark.xfail(
    strict=True,
    reason="extraction of ch4 + store rule: 'had closed the crossing earlier this month' "
    "(background, pluperfect, after the 7 June reopening) becomes an undated closure and the "
    "article's status at publication 'closed'; the store puts both at publication 2023-06-20, "
    "so the board flips back: expected open since 2023-06-07 at 2023-06-20, got closed since "
    "2023-06-20",
)
def test_chaman_undated_background_does_not_flip_the_board_back(chaman: Played) -> None:
    p = chaman
    assert p.state("ch4", "2023-06-20", CHAMAN) == ("open", "2023-06-07")
    assert p.state("ch4", "2023-06-30", CHAMAN) == ("open", "2023-06-07")


def test_chaman_habitual_background_is_no_event(chaman: Played) -> None:
    events = timeline(chaman.store, CHAMAN)
    assert not any("several times" in e["evidence"]["text"] for e in events)


# --- Estonia: two crossings in one article, one crossing by both its names ---


def test_estonia_two_crossings_and_both_sides_names(estonia: Played) -> None:
    p = estonia
    for name in (NARVA, KOIDULA, LUHAMAA):
        assert p.state("ee1", "2024-01-31", name) == ("absent", None)
    assert p.state("ee1", "2024-02-01", NARVA) == ("restricted", "2024-02-01")  # pedestrians only
    assert p.state("ee1", "2024-02-01", KOIDULA) == ("open", "2024-02-01")
    assert p.state("ee1", "2024-02-01", LUHAMAA) == ("open", "2024-02-01")
    assert p.state("ee2", "2024-02-08", NARVA) == ("restricted", "2024-02-01")
    assert p.state("ee2", "2024-02-10", NARVA) == ("closed", "2024-02-09")  # "Ivangorod"
    assert [r["crossing"] for r in p.boards["ee2", "2024-02-10"]] == [NARVA, KOIDULA, LUHAMAA]
    assert p.state("ee3", "2024-02-18", NARVA) == ("closed", "2024-02-09")
    assert p.state("ee3", "2024-02-19", NARVA) == ("closed", "2024-02-09")  # ee3: the 20th
    assert p.state("ee3", "2024-02-20", NARVA) == ("restricted", "2024-02-19")
    assert p.state("ee3", "2024-02-20", KOIDULA) == ("open", "2024-02-01")  # an unbroken run
    row = p.row("ee3", "2024-02-20", KOIDULA)
    assert row is not None and row["sources"] == ["postimees.example", "err.example"]
    row = p.row("ee3", "2024-02-20", LUHAMAA)
    assert row is not None and row["sources"] == ["err.example"]


def test_estonia_timeline_under_either_name(estonia: Played) -> None:
    p = estonia
    narva = timeline(p.store, "Narva")
    assert timeline(p.store, "Ivangorod") == narva
    assert [(e["type"], p.story_of(e), e["date"]) for e in narva] == [
        ("restriction", "ee1", "2024-02-01"),
        ("closure", "ee2", "2024-02-09"),
        ("restriction", "ee3", "2024-02-19"),
    ]


# --- Wagah: an article without a date (--published), and duplicates -----------


def test_wagah_published_on_the_command_line_and_duplicates(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path}/wagah.db"
    wg1, wg2 = WAGAH_ARC
    one = write_jsonl(tmp_path / "wg1.jsonl", [wg1])
    out = invoke("ingest", str(one), "--published", "2025-04-25", "--store", store)
    assert out.splitlines()[0] == "read 1, stored 1, unchanged 0, failed 0"
    [closure] = timeline(store, "Wagah")
    assert (closure["type"], closure["date"], closure["date_text"]) == (
        "closure",
        "2025-04-24",
        "Thursday",
    )
    assert closure["published"] == "2025-04-25"
    # published on the 25th: the board of the 24th knows nothing of it yet
    assert WAGAH not in by_name(status_rows(store, "2025-04-24"))
    row = by_name(status_rows(store, "2025-04-25"))[WAGAH]
    assert (row["status"], row["since"], row["sources"]) == (
        "closed",
        "2025-04-24",
        ["tribune.example"],
    )

    # the same file again, then the same text under another id, URL and date: nothing new
    before = table_counts(tmp_path / "wagah.db")
    out = invoke("ingest", str(one), "--published", "2025-04-25", "--store", store)
    assert out.splitlines()[0] == "read 1, stored 0, unchanged 1, failed 0"
    twin = Story("wg1-copy", "2025-06-01", "mirror.example", wg1.text)
    out = invoke("ingest", str(write_jsonl(tmp_path / "twin.jsonl", [twin])), "--store", store)
    assert out.splitlines()[0] == "read 1, stored 0, unchanged 1, failed 0"
    assert table_counts(tmp_path / "wagah.db") == before
    assert timeline(store, "Wagah") == [closure]

    # the whole arc with --published: the dated article keeps its own date
    arc = write_jsonl(tmp_path / "arc.jsonl", WAGAH_ARC)
    out = invoke("ingest", str(arc), "--published", "2025-04-25", "--store", store)
    assert out.splitlines()[0] == "read 2, stored 1, unchanged 1, failed 0"
    events = timeline(store, "Attari")
    assert [(e["type"], e["date"], e["published"]) for e in events] == [
        ("closure", "2025-04-24", "2025-04-25"),
        ("closure", "2025-04-24", "2025-05-02"),  # "after a week-long closure"
        ("reopening", "2025-05-01", "2025-05-02"),
    ]
    assert events[0]["article_id"] != events[2]["article_id"] == events[1]["article_id"]
    row = by_name(status_rows(store, "2025-04-30"))[WAGAH]
    assert (row["status"], row["since"]) == ("closed", "2025-04-24")
    # the reopening of the 1st was published on the 2nd: known from then on
    assert by_name(status_rows(store, "2025-05-01"))[WAGAH]["status"] == "closed"
    row = by_name(status_rows(store, "2025-05-02"))[WAGAH]
    assert (row["status"], row["since"], row["sources"]) == (
        "open",
        "2025-05-01",
        ["hindu.example"],
    )


def test_wagah_without_any_date_the_day_stays_unresolved(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path}/nodate.db"
    path = write_jsonl(tmp_path / "wg1.jsonl", [WAGAH_ARC[0]])
    invoke("ingest", str(path), "--store", store)
    [closure] = timeline(store, WAGAH)
    assert closure["date"] is None and closure["published"] is None
    assert closure["date_text"] == "Thursday"
    # never dated at the ingest day: the date is unknown, and so is the status
    assert closure["effective_date"] is None
    row = by_name(status_rows(store, "2100-01-01"))[WAGAH]
    assert (row["status"], row["since"]) == ("unknown", None)
    # an undated article is known from the day it was read, never before
    assert WAGAH not in by_name(status_rows(store, "2000-01-01"))


# --- the real executable ------------------------------------------------------


def test_an_arc_through_the_real_executable(tmp_path: Path) -> None:
    arc = write_jsonl(tmp_path / "estonia.jsonl", ESTONIA_ARC)
    env = {**os.environ, "BORDERWATCH_STORE": f"sqlite:///{tmp_path}/proc.db"}

    def run(*args: str) -> str:
        done = subprocess.run(
            [BORDERWATCH, *args], capture_output=True, text=True, env=env, timeout=120, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run("ingest", str(arc)).splitlines()[0] == "read 3, stored 3, unchanged 0, failed 0"
    rows = by_name(json.loads(run("status", "--json", "--at", "2024-02-10")))
    assert (rows[NARVA]["status"], rows[NARVA]["since"]) == ("closed", "2024-02-09")
    assert all(CONTRACT_ROW <= set(r) for r in rows.values())
    events = json.loads(run("events", "--json", "--crossing", "Ivangorod"))
    assert [e["type"] for e in events] == ["restriction", "closure", "restriction"]
    assert all(e["article_id"] and e["sources"] for e in events)
    assert run("ingest", str(arc)).splitlines()[0] == "read 3, stored 0, unchanged 3, failed 0"
