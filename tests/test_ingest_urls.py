"""Web addresses fetched safely, against a real HTTP server on loopback.

The server is on 127.0.0.1, a loopback address that borderwatch refuses by
default: the tests that read from it pass ``allow_private`` (the CLI's
``--allow-private``), and the refusals are checked without it.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from loopback_site import Reply, Site, page, redirect, serve_site

from borderwatch import __version__
from borderwatch.errors import FetchError, ForbiddenAddress, InputTooLarge
from borderwatch.ingest import FetchOptions, read_inputs
from borderwatch.ingest.addresses import checked_addresses, forbidden_reason
from borderwatch.ingest.fetch import USER_AGENT, Fetcher

ARTICLE = page(
    "Crossing shut for repairs",
    "Officials closed the northern crossing on Tuesday for road repairs.\n"
    "Traders said dozens of lorries were waiting at the gate.",
    date="2026-01-13",
)
TIMEOUT = 1.0
LIMIT = 20_000  # bytes: small, so that the oversized page is quick to send

HTML = {"Content-Type": "text/html; charset=utf-8"}
TEXT = {"Content-Type": "text/plain"}
ALLOW = FetchOptions(allow_private=True, timeout=TIMEOUT, max_bytes=LIMIT)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve_site({}) as site:
        site.routes.update(
            {
                "/robots.txt": Reply(200, b"User-agent: *\nDisallow: /private/\n", TEXT),
                "/news/page.html": Reply(200, ARTICLE, HTML),
                "/news/plain.txt": Reply(200, b"A plain text report.", TEXT),
                "/slow.html": Reply(200, ARTICLE, delay=3 * TIMEOUT),
                "/dripping.html": Reply(200, b"<p>" + b"z" * 1000 + b"</p>", drip=0.3),
                "/hop/1": redirect("/hop/2", 301),
                "/hop/2": redirect(site.url("/hop/3"), 307),
                "/hop/3": redirect("/news/page.html", 308),
                **{f"/loop/{n}": redirect(f"/loop/{n + 1}") for n in range(10)},
                "/big.html": Reply(200, b"<p>" + b"x" * (LIMIT * 3) + b"</p>"),
                "/big-unsized.html": Reply(200, b"y" * (LIMIT * 3), length=False),
                "/logo.png": Reply(200, b"\x89PNG\r\n\x1a\n", {"Content-Type": "image/png"}),
                "/report.pdf": Reply(200, b"%PDF-1.7", {"Content-Type": "application/pdf"}),
                "/gone": Reply(404, b"no such page"),
                "/broken": Reply(500, b"server error"),
                "/busy": Reply(503, b"busy", {"Retry-After": "120", "Content-Type": "text/html"}),
                "/slow-down": Reply(429, b"too many", {"Retry-After": "30"}),
                "/private/memo.html": Reply(200, ARTICLE),
                "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
                "/to-intranet": redirect("http://10.20.30.40/admin"),
                "/to-ftp": redirect("ftp://files.example.org/a.html"),
            }
        )
        yield site


def fetch_one(url: str, options: FetchOptions = ALLOW) -> object:
    [doc] = read_inputs([url], fetch=options)
    return doc


# --- the normal page ---------------------------------------------------------


def test_a_page_is_one_document_with_its_url_type_charset_and_fetch_time(site: Site) -> None:
    url = site.url("/news/page.html")
    [doc] = read_inputs([url], fetch=ALLOW)
    assert doc.error is None
    assert (doc.id, doc.url, doc.data) == (url, url, ARTICLE)
    assert (doc.media_type, doc.charset) == ("text/html", "utf-8")
    assert doc.fetched is not None and doc.fetched.endswith("Z")
    assert doc.published is None  # the page's own date is read by the extract stage


def test_plain_text_is_read_as_text(site: Site) -> None:
    [doc] = read_inputs([site.url("/news/plain.txt")], fetch=ALLOW)
    assert (doc.error, doc.media_type, doc.data) == (None, "text/plain", b"A plain text report.")


def test_requests_name_borderwatch_in_the_user_agent(site: Site) -> None:
    list(read_inputs([site.url("/news/page.html")], fetch=ALLOW))
    agents = {r.headers.get("user-agent") for r in site.requests if r.path == "/news/page.html"}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith(f"borderwatch/{__version__} (+http")


def test_robots_txt_is_read_once_per_site(site: Site) -> None:
    before = site.paths().count("/robots.txt")
    list(read_inputs([site.url("/news/page.html"), site.url("/news/plain.txt")], fetch=ALLOW))
    assert site.paths().count("/robots.txt") == before + 1


# --- redirects -----------------------------------------------------------------


def test_a_redirect_chain_is_followed_to_the_final_page(site: Site) -> None:
    [doc] = read_inputs([site.url("/hop/1")], fetch=ALLOW)
    assert doc.error is None and doc.data == ARTICLE
    assert (doc.id, doc.url) == (site.url("/hop/1"), site.url("/news/page.html"))


def test_more_than_five_redirects_are_refused(site: Site) -> None:
    [doc] = read_inputs([site.url("/loop/0")], fetch=ALLOW)
    assert doc.error is not None and doc.error.startswith("FetchError: more than 5 redirects")
    assert "/loop/6" not in site.paths()


def test_the_redirect_limit_is_a_setting(site: Site) -> None:
    options = FetchOptions(allow_private=True, timeout=TIMEOUT, max_redirects=2)
    [doc] = read_inputs([site.url("/hop/1")], fetch=options)
    assert doc.error is not None and "more than 2 redirects" in doc.error


def test_a_redirect_to_another_scheme_is_refused(site: Site) -> None:
    [doc] = read_inputs([site.url("/to-ftp")], fetch=ALLOW)
    assert doc.error is not None and "only http and https" in doc.error


# --- limits: time, size, type ---------------------------------------------------


def test_a_slow_page_times_out_and_the_next_input_is_read(site: Site) -> None:
    slow, fine = read_inputs([site.url("/slow.html"), site.url("/news/page.html")], fetch=ALLOW)
    assert slow.error is not None and slow.error.startswith("FetchError: ")
    assert "longer than 1 seconds" in slow.error
    assert fine.error is None


def test_a_body_sent_slowly_stops_at_the_time_limit(site: Site) -> None:
    started = time.monotonic()
    [doc] = read_inputs([site.url("/dripping.html")], fetch=ALLOW)
    assert doc.error is not None and "longer than 1 seconds" in doc.error
    assert time.monotonic() - started < 2 * TIMEOUT  # each piece came in time, the whole did not


@pytest.mark.parametrize("path", ["/big.html", "/big-unsized.html"])
def test_a_page_over_the_size_limit_is_refused(site: Site, path: str) -> None:
    [doc] = read_inputs([site.url(path)], fetch=ALLOW)
    assert doc.error is not None and doc.error.startswith("InputTooLarge: ")
    assert f"{LIMIT:,}" in doc.error


@pytest.mark.parametrize(
    ("path", "kind"), [("/logo.png", "image/png"), ("/report.pdf", "application/pdf")]
)
def test_content_that_is_not_text_html_or_xml_is_refused(site: Site, path: str, kind: str) -> None:
    [doc] = read_inputs([site.url(path)], fetch=ALLOW)
    assert doc.error == f"FetchError: {site.url(path)} is {kind}, not text, HTML or XML"


# --- HTTP errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/gone", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/busy", "HTTP 503 Service Unavailable"),
        ("/slow-down", "HTTP 429 Too Many Requests"),
    ],
)
def test_an_http_error_is_that_inputs_error(site: Site, path: str, expected: str) -> None:
    [doc] = read_inputs([site.url(path)], fetch=ALLOW)
    assert doc.error == f"FetchError: {expected} from {site.url(path)}" + (
        {"/busy": " (retry after 120 s)", "/slow-down": " (retry after 30 s)"}.get(path, "")
    )


def test_robots_txt_disallow_is_honoured(site: Site) -> None:
    [doc] = read_inputs([site.url("/private/memo.html")], fetch=ALLOW)
    assert doc.error is not None and "robots.txt disallows" in doc.error
    assert "/private/memo.html" not in site.paths()


def test_a_site_whose_robots_txt_fails_is_not_fetched() -> None:
    with serve_site({}) as broken:
        broken.routes["/robots.txt"] = Reply(503, b"down")
        broken.routes["/a.html"] = Reply(200, ARTICLE)
        [doc] = read_inputs([broken.url("/a.html")], fetch=ALLOW)
        assert doc.error is not None and "robots.txt could not be read (HTTP 503)" in doc.error
        assert "/a.html" not in broken.paths()


def test_a_site_without_robots_txt_is_fetched(site: Site) -> None:
    with serve_site({}) as bare:
        bare.routes["/a.html"] = Reply(200, ARTICLE)  # /robots.txt answers 404
        [doc] = read_inputs([bare.url("/a.html")], fetch=ALLOW)
        assert doc.error is None and bare.paths() == ["/robots.txt", "/a.html"]


# --- private addresses ------------------------------------------------------------


def test_loopback_is_refused_without_allow_private(site: Site) -> None:
    [doc] = read_inputs([site.url("/news/page.html")], fetch=FetchOptions(timeout=TIMEOUT))
    assert doc.error is not None and doc.error.startswith("ForbiddenAddress: 127.0.0.1 ")
    assert "--allow-private" in doc.error


@pytest.mark.parametrize(
    ("path", "address"), [("/to-metadata", "169.254.169.254"), ("/to-intranet", "10.20.30.40")]
)
@pytest.mark.usefixtures("loopback_counts_as_public")
def test_a_redirect_to_a_private_address_is_refused(site: Site, path: str, address: str) -> None:
    [doc] = read_inputs([site.url(path)], fetch=FetchOptions(timeout=TIMEOUT))
    assert doc.error is not None and doc.error.startswith(f"ForbiddenAddress: {address} ")
    assert path in site.paths()  # the public hop was fetched, the private one never


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("127.0.0.1", True),
        ("10.0.0.5", True),
        ("172.16.3.4", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.64.0.1", True),  # carrier-grade NAT
        ("0.0.0.0", True),
        ("224.0.0.1", True),
        ("::1", True),
        ("fe80::1", True),
        ("fd00:ec2::254", True),  # a metadata service's IPv6 address
        ("::ffff:127.0.0.1", True),  # loopback written as IPv6
        ("93.184.215.14", False),
        ("2606:4700::6810:84e5", False),
    ],
)
def test_which_addresses_are_private(address: str, private: bool) -> None:
    assert (forbidden_reason(ipaddress.ip_address(address)) is not None) is private


def test_every_address_a_name_resolves_to_is_checked() -> None:
    def resolve(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "10.1.2.3"]

    with pytest.raises(ForbiddenAddress, match="10.1.2.3"):
        checked_addresses("news.example", 80, False, resolve)
    assert checked_addresses("news.example", 80, True, resolve) == ["93.184.215.14", "10.1.2.3"]


def test_a_name_that_resolves_to_a_private_address_is_refused_before_connecting() -> None:
    fetcher = Fetcher(FetchOptions(timeout=TIMEOUT), resolve=lambda host, port: ["192.168.0.9"])
    with pytest.raises(ForbiddenAddress, match=r"intranet\.example resolves to 192\.168\.0\.9"):
        fetcher.fetch("http://intranet.example/news")


def test_only_http_and_https_are_fetched() -> None:
    fetcher = Fetcher(FetchOptions())
    for url in ("ftp://example.org/a", "file:///etc/passwd"):
        with pytest.raises(FetchError, match="only http and https"):
            fetcher.fetch(url)


def test_size_errors_are_input_too_large(site: Site) -> None:
    with pytest.raises(InputTooLarge):
        Fetcher(ALLOW).fetch(site.url("/big.html"))


# --- lists of addresses and the command line ----------------------------------------


def test_a_file_of_addresses_is_read_line_by_line(site: Site, tmp_path: Path) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text(
        f"# pages to read\n{site.url('/news/page.html')}\n\n{site.url('/gone')}\n"
        f"{site.url('/news/plain.txt')}\n"
    )
    docs = list(read_inputs([str(listing)], fetch=ALLOW))
    assert [d.id for d in docs] == [
        site.url("/news/page.html"),
        site.url("/gone"),
        site.url("/news/plain.txt"),
    ]
    assert [d.error is None for d in docs] == [True, False, True]


def test_a_line_that_is_no_address_in_a_list_is_its_own_error(site: Site, tmp_path: Path) -> None:
    listing = tmp_path / "list.urls"
    listing.write_text(f"{site.url('/news/page.html')}\nnot an address\n")
    good, bad = read_inputs([str(listing)], fetch=ALLOW)
    assert good.error is None
    assert bad.id == f"{listing}:2" and bad.error is not None and "not an http(s)" in bad.error


def test_a_file_of_addresses_is_not_fetched_without_fetch_options(
    site: Site, tmp_path: Path
) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text(site.url("/news/page.html") + "\n")
    before = len(site.requests)
    [doc] = read_inputs([str(listing)])
    assert doc.error is not None and "fetching web addresses is off" in doc.error
    assert len(site.requests) == before


def _ingest(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    from borderwatch.cli import main

    result = CliRunner().invoke(
        main, ["ingest", *args, "--store", f"sqlite:///{tmp_path / 'bw.db'}"]
    )
    return result.exit_code, result.stdout, result.stderr


def test_cli_ingest_refuses_loopback_without_allow_private(site: Site, tmp_path: Path) -> None:
    code, out, err = _ingest([site.url("/news/page.html")], tmp_path)
    assert code == 2
    assert "ForbiddenAddress" in err and "read 1, stored 0, unchanged 0, failed 1" in out


def test_cli_ingest_fetches_with_allow_private_and_counts_failures(
    site: Site, tmp_path: Path
) -> None:
    code, out, err = _ingest(
        ["--allow-private", site.url("/news/page.html"), site.url("/gone")], tmp_path
    )
    assert code == 0, err
    assert "read 2, stored 1, unchanged 0, failed 1" in out
    assert "failed: FetchError (1)" in out
    assert f"{site.url('/gone')}: FetchError: HTTP 404" in err
