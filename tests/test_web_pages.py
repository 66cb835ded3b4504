"""The HTML pages, rendered in-process from the sample store: content, escaping, CSP."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from borderwatch.web.app import create_app
from borderwatch.web.sample import HOSTILE_MARKUP, build_sample_store
from borderwatch.web.security import CONTENT_SECURITY_POLICY


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = "sqlite:///" + str(tmp_path_factory.mktemp("pages") / "sample.db")
    build_sample_store(url)
    with TestClient(create_app(url)) as c:
        yield c


class Tags(HTMLParser):
    """Every start tag with its attributes (what a browser would build)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


PAGES = ["/", "/?at=2023-03-05", "/crossing/Torkham", "/article/{hostile}", "/nowhere"]


def page_urls(client: TestClient) -> list[str]:
    hostile = client.get("/api/events?crossing=Ghulam Khan").json()["events"][0]["article_id"]
    return [p.format(hostile=hostile) for p in PAGES]


def test_board_marks_torkham_closed_with_its_map_point(client: TestClient) -> None:
    html = client.get("/?at=2023-03-05").text
    rows = [a for t, a in tags(html) if t == "tr" and a.get("data-crossing") == "Torkham"]
    assert len(rows) == 1
    assert rows[0]["data-status"] == "closed"
    assert rows[0]["data-lat"] and rows[0]["data-lon"]
    assert int(rows[0]["data-activity"] or 0) == 5
    assert "14 days" in html  # closed since 2023-02-19, as of 2023-03-05


def test_board_shows_stranded_counts_with_who_said_them(client: TestClient) -> None:
    html = client.get("/?at=2023-03-05").text
    assert "more than 6,000 trucks" in html and "Wire Service" in html
    assert "about 4,500 trucks" in html and "Frontier Daily" in html


def test_as_of_replays_the_board(client: TestClient) -> None:
    # Islam Qala's only article came out on 3 March: the board of the 2nd knows nothing of it
    html = client.get("/?at=2023-03-02").text
    row = [
        a for t, a in tags(html) if t == "tr" and a.get("data-crossing") == "Islam Qala–Dogharoun"
    ]
    assert row == []
    html = client.get("/?at=2023-03-03").text
    row = [
        a for t, a in tags(html) if t == "tr" and a.get("data-crossing") == "Islam Qala–Dogharoun"
    ]
    assert row[0]["data-status"] == "open"


def test_filters_narrow_the_event_list(client: TestClient) -> None:
    html = client.get("/?type=clash").text
    assert "1 found" in html
    html = client.get("/?q=passport&countries=AF-PK").text
    assert "1 found" in html and "Chaman" in html


def test_crossing_page_has_timeline_evidence_claims_and_quotes(client: TestClient) -> None:
    html = client.get("/crossing/Torkham?at=2023-03-05").text
    items = [a for t, a in tags(html) if t == "li" and "story" in (a.get("class") or "").split()]
    # newest first, one item per story
    dates = [a["data-date"] or "" for a in items]
    assert dates == sorted(dates, reverse=True)
    assert [a["data-type"] for a in items][-2:] == ["clash", "closure"]
    texts = [
        a["data-date-text"] for t, a in tags(html) if t == "blockquote" and "data-date-text" in a
    ]
    assert "Sunday" in texts and "Monday" in texts
    assert "Border guards closed the Torkham crossing on Sunday" in html
    assert 'class="claims-group conflict"' in html
    assert "The gate will stay shut until the papers issue is settled" in html


def test_article_page_marks_the_chosen_evidence(client: TestClient) -> None:
    event = client.get("/api/events?type=clash").json()["events"][0]
    html = client.get(f"/article/{event['article_id']}?ev={event['id']}").text
    marks = re.findall(r'<mark class="([^"]*)"[^>]*>([^<]*)</mark>', html)
    selected = [text for cls, text in marks if "selected" in cls.split()]
    assert selected == [event["evidence"]["text"]]
    assert f'id="ev-{event["id"]}"' in html


def test_article_text_with_markup_is_shown_as_text(client: TestClient) -> None:
    for url in page_urls(client):
        html = client.get(url).text
        assert HOSTILE_MARKUP not in html, url
        assert "<script>alert" not in html, url
        assert not [a for t, a in tags(html) if t == "img"], url
    hostile = page_urls(client)[3]
    html = client.get(hostile).text
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in html


def test_a_javascript_url_is_never_a_link(client: TestClient) -> None:
    for url in page_urls(client):
        hrefs = [a.get("href") or "" for t, a in tags(client.get(url).text) if t == "a"]
        assert not [h for h in hrefs if h.lower().startswith("javascript")], url


def test_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    for url in page_urls(client):
        html = client.get(url).text
        found = tags(html)
        scripts = [a for t, a in found if t == "script"]
        assert all(a.get("src", "").startswith("/static/") for a in scripts), url
        assert not [t for t, a in found if "style" in a], url
        assert "<style" not in html, url
        assert not [t for t, a in found if any(k.startswith("on") for k in a)], url


@pytest.mark.parametrize(
    "url", ["/", "/api/status", "/static/app.css", "/feed.atom", "/nowhere", "/api/nowhere"]
)
def test_every_response_carries_the_security_headers(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY


def test_every_asset_the_pages_use_is_served_by_the_app(client: TestClient) -> None:
    for url in page_urls(client)[:4]:
        for tag, attrs in tags(client.get(url).text):
            ref = attrs.get("src") or (attrs.get("href") if tag in {"link", "use"} else None)
            if not ref:
                continue
            assert ref.startswith("/"), (url, ref)  # no CDN, no other origin
            assert client.get(ref.split("#")[0]).status_code == 200, ref
    assert client.get("/static/basemap.json").json()["countries"]


def test_footer_credits_natural_earth(client: TestClient) -> None:
    html = client.get("/").text
    assert "Made with Natural Earth" in html
    assert "Natural Earth" in client.get("/static/NOTICE.txt").text


def test_unknown_page_is_a_404_page(client: TestClient) -> None:
    response = client.get("/crossing/Nowhere Gate")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


def test_crossing_page_as_of_a_day_leaves_out_later_articles(client: TestClient) -> None:
    html = client.get("/crossing/Torkham?at=2023-02-22").text
    items = [a for t, a in tags(html) if t == "li" and "story" in (a.get("class") or "").split()]
    assert sorted(a["data-type"] for a in items) == ["clash", "closure", "stranded"]
    assert "Frontier Daily" not in html  # its article came out on the 23rd


def test_an_empty_store_shows_an_empty_board_that_says_what_to_do(tmp_path: Path) -> None:
    with TestClient(create_app("sqlite:///" + str(tmp_path / "empty.db"))) as c:
        html = c.get("/").text
        assert "No crossing has a reported status yet" in html
        assert "borderwatch run" in html
        assert c.get("/api/status").json() == []
        assert c.get("/api/events").json()["total"] == 0


def test_head_requests_answer_like_get_without_a_body(client) -> None:  # type: ignore[no-untyped-def]
    get = client.get("/")
    head = client.head("/")
    assert head.status_code == get.status_code == 200
    assert head.headers["content-type"] == get.headers["content-type"]
    assert "content-security-policy" in head.headers
    assert head.content == b""


def test_crossing_page_lists_its_stories_a_page_at_a_time(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from borderwatch.web import pages

    def stories(url: str) -> list[str]:
        html = client.get(url).text
        return [a["data-story"] or "" for t, a in tags(html) if t == "li" and "data-story" in a]

    every = stories("/crossing/Torkham?at=2023-03-05")
    assert len(every) >= 3
    monkeypatch.setattr(pages, "STORIES_PER_PAGE", 2)
    first = client.get("/crossing/Torkham?at=2023-03-05").text
    assert 'rel="next"' in first and 'rel="prev"' not in first
    assert stories("/crossing/Torkham?at=2023-03-05") == every[:2]
    assert stories("/crossing/Torkham?at=2023-03-05&offset=2") == every[2:4]
    assert 'rel="prev"' in client.get("/crossing/Torkham?at=2023-03-05&offset=2").text
    assert client.get("/crossing/Torkham?offset=-1").status_code == 400
