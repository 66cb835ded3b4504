"""The Atom feeds of status changes, read back as XML."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from borderwatch.web.app import create_app
from borderwatch.web.sample import HOSTILE_MARKUP, build_sample_store

A = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = "sqlite:///" + str(tmp_path_factory.mktemp("atom") / "sample.db")
    build_sample_store(url)
    with TestClient(create_app(url)) as c:
        yield c


def feed(client: TestClient, path: str) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_feed_lists_every_status_change_newest_first(client: TestClient) -> None:
    root = feed(client, "/feed.atom")
    assert root.tag == f"{A}feed"
    titles = [e.findtext(f"{A}title") for e in root.iter(f"{A}entry")]
    assert titles[0] == "Islam Qala–Dogharoun: closed \u2192 open on 2023-03-02"
    assert "Torkham: unknown \u2192 closed on 2023-02-19" in titles
    assert len(titles) == 5
    assert root.findtext(f"{A}updated") == "2023-03-02T00:00:00Z"


def test_entries_have_stable_unique_ids_and_links(client: TestClient) -> None:
    first = [e.findtext(f"{A}id") for e in feed(client, "/feed.atom").iter(f"{A}entry")]
    again = [e.findtext(f"{A}id") for e in feed(client, "/feed.atom").iter(f"{A}entry")]
    assert first == again and len(set(first)) == len(first)
    entry = next(feed(client, "/feed.atom").iter(f"{A}entry"))
    links = {link.get("rel"): link.get("href") for link in entry.iter(f"{A}link")}
    assert links["alternate"].endswith("/crossing/Islam%20Qala%E2%80%93Dogharoun")
    assert links["via"] == "https://post.example/chaman"


def test_crossing_feed_holds_only_that_crossing(client: TestClient) -> None:
    root = feed(client, "/feed/Torkhum.atom")
    titles = [e.findtext(f"{A}title") for e in root.iter(f"{A}entry")]
    assert titles == ["Torkham: unknown \u2192 closed on 2023-02-19"]
    assert client.get("/feed/Nowhere Gate.atom").status_code == 404


def test_markup_in_evidence_stays_text_in_the_feed(client: TestClient) -> None:
    root = feed(client, "/feed/Ghulam Khan.atom")
    summary = next(root.iter(f"{A}entry")).findtext(f"{A}summary") or ""
    assert HOSTILE_MARKUP in summary  # parsed back as text: it was escaped in the XML
    assert b"<script>" not in client.get("/feed/Ghulam Khan.atom").content


def test_an_entry_names_every_outlet_of_its_story(tmp_path: Path) -> None:
    from store_helpers import TORKHAM, Said, doc

    from borderwatch.store import open_store

    url = f"sqlite:///{tmp_path / 'story.db'}"
    store = open_store(url)
    for id_, source, published in (("a", "Lowland Courier", "2023-03-06"),
                                   ("b", "Ridge Gazette", "2023-03-07")):  # fmt: skip
        store.save(
            doc(
                Said(f"Torkham was shut on Sunday, {source} hears.", "closure",
                     date="2023-03-05", date_text="Sunday"),
                id=id_, published=published, source=source,
            )
        )  # fmt: skip
    store.close()
    with TestClient(create_app(url)) as c:
        [entry] = feed(c, f"/feed/{TORKHAM}.atom").findall(f"{A}entry")
    summary = entry.findtext(f"{A}summary") or ""
    assert "closure reported by Lowland Courier, Ridge Gazette:" in summary
