"""A webhook message names every outlet that reported the story behind a change."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from store_helpers import Said, doc

from borderwatch.alerts import StatusWatcher
from borderwatch.store import Store, open_store

#: Who reported one (invented) closure of Torkham, on Sunday 2023-03-05.
REPORTS = (
    ("lc", "Lowland Courier", None, "2023-03-06"),
    ("rg", "Ridge Gazette", None, "2023-03-07"),
    ("ht", None, "https://www.hill-tribune.example/news/7", "2023-03-07"),  # no name: its host
)
NAMES = ("Lowland Courier", "Ridge Gazette", "hill-tribune.example")


@pytest.fixture
def posted() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A loopback HTTP server keeping every JSON body POSTed to it: (its URL, the bodies)."""
    bodies: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", bodies
    server.shutdown()
    server.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'alerts.db'}")
    opened.save(
        doc(
            Said("Torkham reopened on Wednesday, Valley Post says.", "reopening",
                 date="2023-03-01", date_text="Wednesday"),
            id="vp", published="2023-03-02", source="Valley Post",
        )
    )  # fmt: skip
    yield opened
    opened.close()


def report_the_closure(store: Store) -> None:
    """Three articles (three texts: the store keeps one article per text) of one closure."""
    for id_, source, url, published in REPORTS:
        store.save(
            doc(
                Said(f"Torkham was shut on Sunday, officials told {id_} reporters.", "closure",
                     date="2023-03-05", date_text="Sunday"),
                id=id_, published=published, source=source, url=url,
            )
        )  # fmt: skip


def test_the_posted_message_names_every_outlet_of_the_story(
    store: Store, posted: tuple[str, list[dict[str, Any]]]
) -> None:
    url, bodies = posted
    watcher = StatusWatcher(store, url)
    watcher.check()  # the baseline: Torkham open, per Valley Post
    report_the_closure(store)

    [alert] = watcher.check()

    assert alert.row.crossing == "Torkham" and watcher.sent == 1
    [message] = bodies
    text = message["text"]
    assert text.startswith("Torkham is now closed (was open) since 2023-03-05, per ")
    told = text.removeprefix("Torkham is now closed (was open) since 2023-03-05, per ")
    assert sorted(told.removesuffix(".").split(", ")) == sorted(NAMES)
    assert sorted(message["sources"]) == sorted(NAMES)
    assert "Valley Post" not in text  # it reported the reopening, not this story


def test_one_outlet_is_named_alone(store: Store, posted: tuple[str, list[dict[str, Any]]]) -> None:
    url, bodies = posted
    watcher = StatusWatcher(store, url)
    watcher.check()
    store.save(
        doc(
            Said("Guards closed Torkham on Friday.", "closure", date="2023-03-10",
                 date_text="Friday"),
            id="one", published="2023-03-11", source="Lowland Courier",
        )
    )  # fmt: skip

    watcher.check()

    assert [b["text"] for b in bodies] == [
        "Torkham is now closed (was open) since 2023-03-10, per Lowland Courier."
    ]
