"""Reading files and folders into RawDocuments; unreadable inputs become error documents."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from borderwatch.ingest import file_format, read_inputs


def write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_text_file_is_one_document_with_its_path_as_id(tmp_path: Path) -> None:
    path = write(tmp_path / "page.txt", b"The border is closed.\n")
    [doc] = read_inputs([path])
    assert (doc.id, doc.data, doc.media_type, doc.error) == (
        path,
        b"The border is closed.\n",
        "text/plain",
        None,
    )


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("a.html", "text/html"),
        ("a.htm", "text/html"),
        ("a.txt", "text/plain"),
        ("scrape", "text/plain"),
        ("a.HTML", "text/html"),
        ("notes.md", "auto"),
    ],
)
def test_media_type_follows_the_suffix(tmp_path: Path, name: str, media_type: str) -> None:
    [doc] = read_inputs([write(tmp_path / name, b"<p>x</p>")])
    assert doc.media_type == media_type


def test_gzip_files_are_unpacked_and_keep_the_inner_format(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html.gz", gzip.compress(b"<html><p>closed</p></html>"))
    [doc] = read_inputs([path])
    assert doc.data == b"<html><p>closed</p></html>" and doc.media_type == "text/html"
    assert doc.id == path


def test_missing_file_is_an_error_document_and_the_stream_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", b"text")
    missing, found = read_inputs([str(tmp_path / "missing.txt"), good])
    assert missing.id == str(tmp_path / "missing.txt")
    assert missing.error is not None and missing.error.startswith("InputError: ")
    assert found.error is None


def test_file_over_the_limit_is_input_too_large(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", b"x" * 101)
    [doc] = read_inputs([path], max_bytes=100)
    assert doc.error is not None and doc.error.startswith("InputTooLarge: ")
    assert doc.data == b""


def test_gzip_bomb_is_stopped_at_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "bomb.txt.gz", gzip.compress(b"x" * 1_000_000))
    [doc] = read_inputs([path], max_bytes=1000)
    assert doc.error is not None and doc.error.startswith("InputTooLarge: ")


def test_corrupt_gzip_is_an_error_document(tmp_path: Path) -> None:
    [doc] = read_inputs([write(tmp_path / "bad.txt.gz", b"\x1f\x8bnot really gzip")])
    assert doc.error is not None and doc.error.startswith("InputError: ")


def test_folder_is_walked_recursively_in_sorted_order_known_suffixes_only(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", b"b")
    write(tmp_path / "a" / "z.html", b"z")
    write(tmp_path / "a" / "c.txt.gz", gzip.compress(b"c"))
    write(tmp_path / "c.jsonl", b'{"id": "j1", "text": "j"}\n')
    write(tmp_path / "README", b"no suffix: skipped in folders")
    write(tmp_path / "notes.md", b"unknown suffix: skipped")
    write(tmp_path / "archive.gz", gzip.compress(b"no inner suffix: skipped"))
    write(tmp_path / ".hidden" / "h.txt", b"hidden: skipped")
    ids = [doc.id for doc in read_inputs([str(tmp_path)])]
    root = str(tmp_path)
    assert ids == [f"{root}/a/c.txt.gz", f"{root}/a/z.html", f"{root}/b.txt", "j1"]


def test_web_addresses_are_not_fetched_without_fetch_options(tmp_path: Path) -> None:
    [doc] = read_inputs(["https://example.org/news"])
    assert doc.error is not None
    assert doc.error.startswith("FetchError: fetching web addresses is off")


def test_reading_is_lazy() -> None:
    stream = read_inputs(["/no/such/1", "/no/such/2"])
    assert next(stream).id == "/no/such/1"


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("x.txt", "text"),
        ("x", "text"),
        ("dir/x.htm.gz", "html"),
        ("x.ndjson", "jsonl"),
        ("x.pdf", None),
        (".txt", "text"),
    ],
)
def test_file_format_by_suffix(path: str, fmt: str | None) -> None:
    assert file_format(path) == fmt
