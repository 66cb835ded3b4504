"""JSON Lines inputs: one document per line, ids kept, broken lines reported."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from borderwatch.ingest import read_inputs


def jsonl(tmp_path: Path, lines: list[str], name: str = "in.jsonl") -> str:
    path = tmp_path / name
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return str(path)


def test_each_line_is_a_document_with_its_own_id_and_fields(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        [
            json.dumps({"id": "a", "text": "Plain café text", "published": "2024-03-01"}),
            json.dumps({"id": "b", "html": "<p>x</p>", "url": "https://n.example/b"}),
            json.dumps({"id": 7, "text": "numeric id", "published": "2024-03-01T10:00:00Z"}),
        ],
    )
    a, b, c = read_inputs([path])
    assert (a.id, a.data, a.media_type, a.published, a.charset) == (
        "a",
        "Plain café text".encode(),
        "text/plain",
        "2024-03-01",
        "utf-8",
    )
    assert (b.id, b.media_type, b.url, b.published) == (
        "b",
        "text/html",
        "https://n.example/b",
        None,
    )
    assert (c.id, c.published) == ("7", "2024-03-01")


def test_broken_lines_become_error_documents_and_the_stream_goes_on(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        [
            json.dumps({"id": "ok1", "text": "fine"}),
            '{"id": "broken", "text": ',
            json.dumps({"id": "no-text", "url": "https://n.example"}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "bad-date", "text": "x", "published": "last Tuesday"}),
            "",
            json.dumps({"id": "ok2", "text": "fine too"}),
        ],
    )
    docs = list(read_inputs([path]))
    assert [d.id for d in docs] == ["ok1", f"{path}:2", "no-text", f"{path}:4", "bad-date", "ok2"]
    assert [d.error is None for d in docs] == [True, False, False, False, False, True]
    assert all(d.error.startswith("InputError: ") for d in docs if d.error)
    assert "not valid JSON" in (docs[1].error or "")
    assert "neither a 'text' nor an 'html'" in (docs[2].error or "")


def test_line_over_the_limit_is_too_large_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        [json.dumps({"id": "big", "text": "x" * 5000}), json.dumps({"id": "small", "text": "y"})],
    )
    big, small = read_inputs([path], max_bytes=1000)
    assert big.id == f"{path}:1" and (big.error or "").startswith("InputTooLarge: ")
    assert small.id == "small" and small.error is None


def test_gzipped_and_ndjson_files_are_read(tmp_path: Path) -> None:
    line = json.dumps({"id": "z", "text": "zipped"})
    [zipped] = read_inputs([jsonl(tmp_path, [line], "in.jsonl.gz")])
    [nd] = read_inputs([jsonl(tmp_path, [line], "in.ndjson")])
    assert zipped.data == nd.data == b"zipped"


def test_documents_stream_before_the_file_is_read_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "grow.jsonl"
    path.write_text(json.dumps({"id": "first", "text": "a"}) + "\n")
    stream = read_inputs([str(path)])
    assert next(stream).id == "first"
    with path.open("a") as handle:  # appended after the first document was handed out
        handle.write(json.dumps({"id": "second", "text": "b"}) + "\n")
    assert next(stream).id == "second"
