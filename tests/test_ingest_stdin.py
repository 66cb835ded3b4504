"""Standard input (``-``): sniffed as JSON Lines, HTML or plain text."""

from __future__ import annotations

import io
import json

import pytest

from borderwatch.ingest import read_inputs
from borderwatch.ingest.sniff import SNIFF_BYTES, sniff


def stdin(data: bytes) -> io.BufferedReader:
    return io.BufferedReader(io.BytesIO(data))


def test_json_lines_on_stdin_give_one_document_per_line() -> None:
    lines = "".join(json.dumps({"id": f"s{i}", "text": f"t{i}"}) + "\n" for i in range(3))
    docs = list(read_inputs(["-"], stdin=stdin(lines.encode())))
    assert [(d.id, d.data) for d in docs] == [("s0", b"t0"), ("s1", b"t1"), ("s2", b"t2")]


def test_json_lines_longer_than_the_sniffed_head_are_all_read() -> None:
    line = json.dumps({"id": "x", "text": "w" * 1000}) + "\n"
    count = SNIFF_BYTES // len(line) * 3
    docs = list(read_inputs(["-"], stdin=stdin((line * count).encode())))
    assert len(docs) == count and all(d.data == b"w" * 1000 for d in docs)


def test_html_on_stdin_is_one_html_document() -> None:
    page = b"<!DOCTYPE html><html><body><p>Closed.</p></body></html>"
    [doc] = read_inputs(["-"], stdin=stdin(page))
    assert (doc.id, doc.media_type, doc.data) == ("-", "text/html", page)


def test_text_on_stdin_is_one_text_document() -> None:
    [doc] = read_inputs(["-"], stdin=stdin(b"The crossing is shut.\n{not json}\n"))
    assert (doc.id, doc.media_type) == ("-", "text/plain")


def test_stdin_over_the_limit_is_too_large() -> None:
    [doc] = read_inputs(["-"], stdin=stdin(b"x" * 2000), max_bytes=1000)
    assert (doc.error or "").startswith("InputTooLarge: ")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b'{"id": "a", "text": "b"}\n{"id"', "jsonl"),
        (b'\xef\xbb\xbf  {"id": "a"}', "jsonl"),
        (b"{not json at all", "text"),
        (b"  <!doctype html><html>", "html"),
        (b"<!-- saved page --><html lang='en'>", "html"),
        (b"<p>A paragraph</p>", "html"),
        (b"Plain text < with a sign", "text"),
        (b"", "text"),
    ],
)
def test_sniffing(head: bytes, kind: str) -> None:
    assert sniff(head) == kind
