"""RSS and Atom feeds: one document per entry, with the entry's date and the
feed's title; a teaser's link is fetched (from a loopback server), a full
article is read as it stands.  The feeds and pages are written for these tests.
"""

from __future__ import annotations

import gzip
import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback_site import Reply, Site, page, serve_site

from borderwatch.extract import extract_article
from borderwatch.ingest import FetchOptions, read_inputs
from borderwatch.ingest.feeds import FULL_ARTICLE_WORDS, looks_like_feed
from borderwatch.records import RawDocument

ALLOW = FetchOptions(allow_private=True, timeout=2.0)
LINKED = page(
    "Bridge reopens after inspection",
    "The river bridge reopened to cars on Thursday after a safety inspection.\n"
    "Buses are expected to return next week, the transport office said.",
    date="2026-01-30",
)

#: A whole article, long enough to be read from the feed without fetching.
LONG_STORY = " ".join(
    f"Paragraph {n}: inspectors checked the cargo lanes and the customs office "
    "counted the lorries waiting in line near the old gate."
    for n in range(1, 16)
)


def rss(base: str, title: str = "The Valley Courier") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>{title}</title>
  <link>{base}/</link>
  <description>News from the valley</description>
  <item>
    <title>Cargo lanes checked</title>
    <link>{base}/news/cargo.html</link>
    <pubDate>Mon, 02 Feb 2026 08:30:00 GMT</pubDate>
    <description>Inspectors checked the cargo lanes.</description>
    <content:encoded>{html.escape("<p>" + LONG_STORY + "</p>")}</content:encoded>
  </item>
  <item>
    <title>Bridge reopens after inspection</title>
    <link>{base}/news/bridge.html</link>
    <pubDate>Wed, 04 Feb 2026 23:50:00 -0300</pubDate>
    <description>The bridge is open again.</description>
  </item>
  <item>
    <title>A page that is gone</title>
    <link>{base}/news/gone.html</link>
    <pubDate>Thu, 05 Feb 2026 10:00:00 GMT</pubDate>
    <description>Short teaser.</description>
  </item>
</channel>
</rss>
""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Northern Wire</title>
  <id>urn:test:northern-wire</id>
  <updated>2026-02-06T09:00:00Z</updated>
  <entry>
    <title>Bridge reopens after inspection</title>
    <id>urn:test:1</id>
    <link rel="alternate" href="{base}/news/bridge.html"/>
    <updated>2026-02-06T09:00:00Z</updated>
    <summary>The bridge is open again.</summary>
  </entry>
  <entry>
    <title>Cargo lanes checked</title>
    <id>urn:test:2</id>
    <link rel="alternate" href="{base}/news/cargo.html"/>
    <published>2026-02-05T07:00:00+02:00</published>
    <updated>2026-02-07T07:00:00Z</updated>
    <content type="html">{html.escape("<p>" + LONG_STORY + "</p>")}</content>
  </entry>
</feed>
""".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve_site({}) as site:
        site.routes.update(
            {
                "/news/bridge.html": Reply(200, LINKED),
                "/feed.rss": Reply(200, rss(site.base), {"Content-Type": "application/rss+xml"}),
                "/feed-as-xml": Reply(200, rss(site.base), {"Content-Type": "text/xml"}),
            }
        )
        yield site


def write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_each_entry_is_a_document_with_its_date_outlet_and_link(site: Site, tmp_path: Path) -> None:
    path = write(tmp_path / "courier.rss", rss(site.base))
    full, fetched, gone = read_inputs([path], fetch=ALLOW)
    assert [d.url for d in (full, fetched)] == [
        site.url("/news/cargo.html"),
        site.url("/news/bridge.html"),
    ]
    # the day as the feed writes it: late on the 4th at UTC-3 is the 4th, not the 5th
    assert [d.published for d in (full, fetched)] == ["2026-02-02", "2026-02-04"]
    assert {d.source for d in (full, fetched)} == {"The Valley Courier"}
    assert gone.id == site.url("/news/gone.html")
    assert gone.error is not None and "HTTP 404" in gone.error


def test_a_full_article_in_the_feed_is_read_without_fetching(site: Site, tmp_path: Path) -> None:
    path = write(tmp_path / "courier.rss", rss(site.base))
    full = next(iter(read_inputs([path], fetch=ALLOW)))
    assert "/news/cargo.html" not in site.paths()
    assert full.media_type == "text/html" and full.error is None
    article = extract_article(full)
    assert article.title == "Cargo lanes checked"
    assert "Paragraph 15: inspectors checked the cargo lanes" in article.text
    assert article.published == "2026-02-02" and article.source == "The Valley Courier"


def test_a_teaser_entry_fetches_its_link_and_keeps_the_entrys_date(
    site: Site, tmp_path: Path
) -> None:
    path = write(tmp_path / "courier.rss", rss(site.base))
    _, fetched, _ = read_inputs([path], fetch=ALLOW)
    assert "/news/bridge.html" in site.paths()
    assert fetched.data == LINKED and fetched.fetched is not None
    article = extract_article(fetched)
    assert "reopened to cars on Thursday" in article.text
    assert article.published == "2026-02-04"  # the entry's date, not the page's 2026-01-30


def test_without_fetching_a_teaser_entry_is_read_from_its_own_text(
    site: Site, tmp_path: Path
) -> None:
    path = write(tmp_path / "courier.rss", rss(site.base))
    before = len(site.requests)
    docs = list(read_inputs([path]))
    assert len(site.requests) == before
    assert [d.error for d in docs] == [None, None, None]
    assert b"The bridge is open again." in docs[1].data


def test_atom_entries_take_published_else_updated(site: Site, tmp_path: Path) -> None:
    path = write(tmp_path / "wire.atom", atom(site.base))
    bridge, cargo = read_inputs([path], fetch=ALLOW)
    assert (bridge.published, cargo.published) == ("2026-02-06", "2026-02-05")
    assert {bridge.source, cargo.source} == {"Northern Wire"}
    assert bridge.data == LINKED and cargo.url == site.url("/news/cargo.html")


@pytest.mark.parametrize("name", ["feed.txt", "feed", "saved.html", "feed.rss.gz"])
def test_a_feed_is_known_by_its_content_whatever_its_name(
    site: Site, tmp_path: Path, name: str
) -> None:
    data = atom(site.base)
    path = write(tmp_path / name, gzip.compress(data) if name.endswith(".gz") else data)
    docs = list(read_inputs([path], fetch=ALLOW))
    assert [d.source for d in docs] == ["Northern Wire", "Northern Wire"]


@pytest.mark.parametrize("path", ["/feed.rss", "/feed-as-xml"])
def test_a_feed_fetched_from_a_web_address_is_read_entry_by_entry(site: Site, path: str) -> None:
    docs = list(read_inputs([site.url(path)], fetch=ALLOW))
    assert [d.id for d in docs] == [
        site.url("/news/cargo.html"),
        site.url("/news/bridge.html"),
        site.url("/news/gone.html"),
    ]
    assert [d.error is None for d in docs] == [True, True, False]


def test_xml_that_is_no_feed_is_an_error_and_the_next_input_is_read(tmp_path: Path) -> None:
    bad = write(tmp_path / "sitemap.xml", b'<?xml version="1.0"?><urlset><url/></urlset>')
    good = write(tmp_path / "note.txt", b"The gate is open.")
    first, second = read_inputs([bad, good])
    assert first.id == bad and first.error is not None and "not a readable feed" in first.error
    assert second.error is None


def test_feeds_are_sniffed_by_their_first_bytes() -> None:
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert looks_like_feed(b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">')
    assert not looks_like_feed(b"<!DOCTYPE html><html><body>rss</body></html>")
    assert not looks_like_feed(b"The feed was late today.")


def test_the_full_article_threshold_counts_words_outside_tags() -> None:
    assert FULL_ARTICLE_WORDS > len(b"The bridge is open again.".split())
    assert len(LONG_STORY.split()) >= FULL_ARTICLE_WORDS


def test_a_mixed_folder_reads_text_html_jsonl_warc_and_feeds(site: Site, tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    write(tmp_path / "a.txt", b"The eastern gate closed on Monday.")
    write(tmp_path / "b.html", page("Gate", "The gate opened again."))
    write(tmp_path / "c.jsonl", b'{"id": "j1", "text": "Lorries waited at the gate."}\n')
    write(tmp_path / "d.atom", atom(site.base))
    write(tmp_path / "sitemap.xml", b'<?xml version="1.0"?><urlset><url/></urlset>')
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://news.example/e.html",
            "response",
            payload=BytesIO(page("Queue", "A long queue formed.")),
            http_headers=headers,
        )
    )
    write(tmp_path / "e.warc.gz", buffer.getvalue())
    docs: list[RawDocument] = list(read_inputs([str(tmp_path)], fetch=ALLOW))
    assert [d.error for d in docs] == [None] * 6
    assert [d.url or d.id for d in docs] == [
        f"{tmp_path}/a.txt",
        f"{tmp_path}/b.html",
        "j1",
        site.url("/news/bridge.html"),
        site.url("/news/cargo.html"),
        "https://news.example/e.html",
    ]
