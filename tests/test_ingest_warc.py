"""WARC files: response records with HTML or text become documents with the
record's URI and date; everything else is skipped; bad files and records are
errors and the stream goes on.  Uses ../shared/data/warc/ and WARCs built here
with warcio (pages written for these tests)."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner
from loopback_site import page
from paths import WARC

from borderwatch.extract import extract_article
from borderwatch.ingest import read_inputs
from borderwatch.ingest.sniff import sniff_file

SYNTHETIC = WARC / "synthetic-cc-news-sample.warc.gz"
CHUNKED = WARC / "warcio-example-iana.org-chunked.warc"
EXAMPLE = WARC / "warcio-example.warc.gz"


def build_warc(
    records: list[tuple[str, str, dict[str, str], bytes]],
    *,
    compress: bool = True,
    date: str = "2026-03-01T12:00:00Z",
    kind: str = "response",
) -> bytes:
    """A WARC of ``(url, "200 OK", headers, payload)`` records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, status, headers, payload in records:
        http_headers = StatusAndHeaders(status, list(headers.items()), protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url,
                kind,
                payload=BytesIO(payload),
                http_headers=http_headers,
                warc_headers_dict={"WARC-Date": date},
            )
        )
    return buffer.getvalue()


HTML = {"Content-Type": "text/html; charset=utf-8"}
DATED = page("Gate closed", "The eastern gate closed for the night.", date="2026-01-10")
UNDATED = page("Gate open", "The eastern gate opened at dawn.")


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


# --- the shared WARCs ---------------------------------------------------------------


def test_the_synthetic_archive_yields_its_html_responses_with_uri_and_date() -> None:
    manifest = json.loads((WARC / "synthetic-cc-news-sample.manifest.json").read_text())
    wanted = [
        (entry["url"], entry["warc_date"])
        for entry in manifest
        if entry["http_status"] == 200 and entry["content_type"].startswith("text/html")
    ]
    docs = list(read_inputs([str(SYNTHETIC)]))
    assert [(d.url, d.fetched) for d in docs] == wanted
    assert all(d.error is None and d.media_type == "text/html" for d in docs)
    assert all(d.published is None for d in docs)  # a fetch date is not a publication date
    assert len({d.id for d in docs}) == len(docs)
    assert all(d.id.startswith(f"{SYNTHETIC}:") for d in docs)


def test_redirects_errors_feeds_and_images_are_skipped() -> None:
    urls = {d.url for d in read_inputs([str(SYNTHETIC)])}
    for skipped in ("old-url.html", "missing.html", "feed.rss", "logo.png"):
        assert not any(url and url.endswith(skipped) for url in urls)


def test_the_charset_of_the_http_header_travels_with_the_page() -> None:
    by_url = {d.url: d for d in read_inputs([str(SYNTHETIC)])}
    french = by_url["https://nouvelles.example.fr/2026/03/02/frontiere-rafah.html"]
    german = by_url["https://zeitung.example.de/2026/03/02/narva-grenze.html"]
    assert french.charset == "ISO-8859-1"
    assert german.charset is None  # only its <meta> says: the extract stage reads it
    assert "Grenz" in extract_article(german).text


def test_chunked_transfer_coding_is_removed() -> None:
    [doc] = read_inputs([str(CHUNKED)])
    assert doc.url == "http://www.iana.org/" and doc.fetched == "2017-03-06T16:54:09Z"
    assert doc.data.lstrip().startswith(b"<!doctype html>")
    assert doc.data.rstrip().endswith(b"</html>")


def test_revisit_and_request_records_are_skipped() -> None:
    [doc] = read_inputs([str(EXAMPLE)])
    assert doc.url == "http://example.com/" and doc.error is None


# --- WARCs built here -------------------------------------------------------------------


def test_the_page_gives_the_publication_date_not_the_warc_date(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.warc.gz",
        build_warc([("https://news.example/a", "200 OK", HTML, DATED)]),
    )
    [doc] = read_inputs([path])
    assert doc.fetched == "2026-03-01T12:00:00Z"
    assert extract_article(doc).published == "2026-01-10"


def test_an_undated_page_stays_undated(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.warc.gz",
        build_warc([("https://news.example/b", "200 OK", HTML, UNDATED)]),
    )
    [doc] = read_inputs([path])
    assert extract_article(doc).published is None


def test_a_gzip_content_encoded_payload_is_decoded(tmp_path: Path) -> None:
    headers = {**HTML, "Content-Encoding": "gzip"}
    path = write(
        tmp_path / "a.warc",
        build_warc([("https://news.example/z", "200 OK", headers, gzip.compress(DATED))]),
    )
    [doc] = read_inputs([path])
    assert doc.data == DATED


@pytest.mark.parametrize(
    ("name", "compress"),
    [("archive", True), ("archive.dat", False), ("capture.txt", False), ("capture.html", True)],
)
def test_a_warc_is_known_by_its_content_whatever_its_name(
    tmp_path: Path, name: str, compress: bool
) -> None:
    data = build_warc([("https://news.example/c", "200 OK", HTML, DATED)], compress=compress)
    path = write(tmp_path / name, data)
    assert sniff_file(path) == "warc"
    [doc] = read_inputs([path])
    assert (doc.url, doc.data, doc.error) == ("https://news.example/c", DATED, None)


def test_only_2xx_responses_with_html_or_text_are_read(tmp_path: Path) -> None:
    data = build_warc(
        [
            ("https://news.example/1", "200 OK", HTML, DATED),
            ("https://news.example/2", "404 Not Found", HTML, b"<p>gone</p>"),
            ("https://news.example/3", "302 Found", {"Location": "/1"}, b""),
            ("https://news.example/4", "200 OK", {"Content-Type": "application/pdf"}, b"%PDF"),
            ("https://news.example/5", "200 OK", {"Content-Type": "text/plain"}, b"Plain."),
        ]
    )
    docs = list(read_inputs([write(tmp_path / "a.warc.gz", data)]))
    assert [(d.url, d.media_type) for d in docs] == [
        ("https://news.example/1", "text/html"),
        ("https://news.example/5", "text/plain"),
    ]


def test_a_record_over_the_size_limit_is_its_own_error(tmp_path: Path) -> None:
    big = page("Big", "word " * 2000)
    data = build_warc(
        [
            ("https://news.example/big", "200 OK", HTML, big),
            ("https://news.example/small", "200 OK", HTML, DATED),
        ]
    )
    too_big, small = read_inputs([write(tmp_path / "a.warc.gz", data)], max_bytes=len(big) - 1)
    assert too_big.error is not None and too_big.error.startswith("InputTooLarge: ")
    assert small.error is None and small.data == DATED


def test_a_truncated_archive_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    data = build_warc(
        [
            ("https://news.example/1", "200 OK", HTML, DATED),
            ("https://news.example/2", "200 OK", HTML, UNDATED),
        ]
    )
    path = write(tmp_path / "cut.warc.gz", data[: len(data) - 40])
    first, cut = read_inputs([path])
    assert first.error is None and first.url == "https://news.example/1"
    assert cut.id.startswith(f"{path}:") and cut.error is not None
    assert cut.error.startswith("InputError: record of https://news.example/2 is truncated")


def test_a_record_whose_digest_fails_is_its_own_error(tmp_path: Path) -> None:
    data = build_warc(
        [
            ("https://news.example/1", "200 OK", HTML, DATED),
            ("https://news.example/2", "200 OK", HTML, UNDATED),
        ],
        compress=False,
    )
    damaged = data.replace(b"closed for the night", b"opened for the night")
    assert damaged != data
    bad, good = read_inputs([write(tmp_path / "bad.warc", damaged)])
    assert bad.error is not None and "digest failed" in bad.error
    assert good.error is None and good.url == "https://news.example/2"


def test_a_warc_suffix_on_something_else_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.warc", b"These are notes, not an archive.\n")
    after = write(tmp_path / "next.txt", b"The gate is open.")
    bad, good = read_inputs([path, after])
    assert bad.id == path and bad.error is not None and "not a valid WARC" in bad.error
    assert good.error is None


def test_cli_ingest_stores_the_pages_of_a_warc(tmp_path: Path) -> None:
    from borderwatch.cli import main

    store = f"sqlite:///{tmp_path / 'bw.db'}"
    result = CliRunner().invoke(main, ["ingest", str(SYNTHETIC), "--store", store])
    assert result.exit_code == 0, result.output
    assert "read 8, stored 8, unchanged 0, failed 0" in result.stdout
    again = CliRunner().invoke(main, ["ingest", str(SYNTHETIC), "--store", store])
    assert "read 8, stored 0, unchanged 8, failed 0" in again.stdout
