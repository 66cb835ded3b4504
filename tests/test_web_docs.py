"""docs/api.md shows real responses; docs/web.md documents every option."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest

from borderwatch.cli import web_cmds
from borderwatch.web import apidoc

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with apidoc.sample_client() as c:
        yield c


def api_examples() -> list[tuple[str, str, int, str, str]]:
    return apidoc.examples((DOCS / "api.md").read_text(encoding="utf-8"))


def test_the_api_doc_has_examples() -> None:
    assert len(api_examples()) >= 12


@pytest.mark.parametrize(
    ("method", "target", "status", "lang", "body"),
    api_examples(),
    ids=[f"{m} {t}" for m, t, *_ in api_examples()],
)
def test_each_documented_example_is_what_the_app_answers(
    client: Any, method: str, target: str, status: int, lang: str, body: str
) -> None:
    live_status, live_lang, live_body = apidoc.fetch(client, method, target)
    assert live_status == status
    assert live_lang == lang
    if not apidoc.same(lang, body, live_body):
        diff = difflib.unified_diff(
            body.splitlines(), live_body.splitlines(), "docs/api.md", "the app", lineterm=""
        )
        pytest.fail(
            f"docs/api.md is out of date for {method} {target}; check the change, then run "
            "`python -m borderwatch.web.apidoc`\n" + "\n".join(list(diff)[:60])
        )


def test_every_api_route_has_an_example(client: Any) -> None:
    documented = [(m, t.split("?")[0]) for m, t, *_ in api_examples()]
    schema = client.get("/openapi.json").json()["paths"]
    for path, operations in schema.items():
        if path == "/openapi.json":
            continue
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in operations:
            assert any(m == method.upper() and pattern.match(t) for m, t in documented), (
                f"no example for {method.upper()} {path} in docs/api.md"
            )


@pytest.mark.parametrize("command", web_cmds.COMMANDS, ids=lambda c: c.name)
def test_every_option_of_the_web_commands_is_in_web_md(command: click.Command) -> None:
    doc = (DOCS / "web.md").read_text(encoding="utf-8")
    assert f"borderwatch {command.name}" in doc
    for param in command.params:
        for flag in getattr(param, "opts", []):
            if flag.startswith("--"):
                assert flag in doc, f"{command.name} {flag} is not documented in docs/web.md"
