"""The example responses of ``docs/api.md``: made from the sample store, checked by a test.

Each example in the doc is a marker line followed by a fenced block::

    <!-- example: GET /api/status?at=2023-02-21&countries=AF-PK -->
    ```json
    [...]
    ```

``python -m borderwatch.web.apidoc`` rewrites every block from the live app
on a fresh sample store (``borderwatch.web.sample``); ``tests/test_web_docs.py``
makes the same responses and fails when the doc and the app disagree.
"""

from __future__ import annotations

import json
import re
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
#: Where the examples pretend the server runs (links in feeds and messages).
BASE_URL = "http://127.0.0.1:8000"
#: Every fenced block that follows a marker, with the request the marker names.
EXAMPLE = re.compile(
    r"<!-- example: (?P<method>GET|POST) (?P<target>\S+)(?: -> (?P<status>\d{3}))? -->\n"
    r"```(?P<lang>\w*)\n(?P<body>(?:(?!```).)*?)\n?```",
    re.DOTALL,
)


@contextmanager
def sample_client() -> Iterator[Any]:
    """An in-process client on a fresh sample store (read-only app)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from borderwatch.web.app import create_app
    from borderwatch.web.sample import build_sample_store

    with tempfile.TemporaryDirectory() as folder:
        url = "sqlite:///" + str(Path(folder) / "sample.db")
        build_sample_store(url)
        with TestClient(create_app(url), base_url=BASE_URL) as client:
            yield client


def fetch(client: Any, method: str, target: str) -> tuple[int, str, str]:
    """(status, language, body text) of one example request, as the doc shows it."""
    response = client.request(method, target, json={} if method == "POST" else None)
    kind = response.headers.get("content-type", "")
    if kind.startswith(("application/json", "application/geo+json")):
        body = json.dumps(response.json(), indent=2, ensure_ascii=False)
        return response.status_code, "json", body
    lang = {"text/csv": "csv", "application/atom+xml": "xml", "application/x-ndjson": "jsonl"}
    text = response.text.replace("\r\n", "\n").rstrip("\n")
    return response.status_code, next((v for k, v in lang.items() if k in kind), "text"), text


def examples(doc: str) -> list[tuple[str, str, int, str, str]]:
    """(method, target, status, language, body) of every example in the doc."""
    return [
        (m["method"], m["target"], int(m["status"] or 200), m["lang"], m["body"])
        for m in EXAMPLE.finditer(doc)
    ]


def same(lang: str, documented: str, live: str) -> bool:
    """Whether the doc's block says what the app answers (JSON compared as data)."""
    if lang == "json":
        return bool(json.loads(documented) == json.loads(live))
    if lang == "jsonl":
        parse = [json.loads(line) for line in documented.splitlines() if line.strip()]
        return parse == [json.loads(line) for line in live.splitlines() if line.strip()]
    return documented.strip() == live.strip()


def rewrite(doc: str, client: Any) -> str:
    def replace(match: re.Match[str]) -> str:
        status, lang, body = fetch(client, match["method"], match["target"])
        code = "" if status == 200 else f" -> {status}"
        marker = f"<!-- example: {match['method']} {match['target']}{code} -->"
        return f"{marker}\n```{lang}\n{body}\n```"

    return EXAMPLE.sub(replace, doc)


if __name__ == "__main__":
    with sample_client() as c:
        DOC.write_text(rewrite(DOC.read_text(encoding="utf-8"), c), encoding="utf-8")
    print(f"rewrote the examples in {DOC}")
