"""Options of the long-running commands (follow, watch, serve) and of ``crossings``
that do not apply are refused (exit 2) instead of being ignored; their defaults never are."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from borderwatch.cli import main


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'empty.db'}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("follow", "FEEDS", "--once", "--every", "5m"), "--every does not apply with --once"),
        (
            ("follow", "FEEDS", "--once", "--base-url", "http://board.example"),
            "--base-url applies only with --webhook",
        ),
        (
            ("watch", "--webhook", "http://127.0.0.1:9/hook", "--once", "--every", "5"),
            "--every does not apply with --once",
        ),
        # a busy port: without the refusal, serve fails at once (69) rather than serving
        (("serve", "--every", "5", "--port", "BUSY"), "--every applies only with --webhook"),
        (("crossings", "--csv", "--json"), "--json does not apply with --csv"),
        (("crossings", "--csv", "--at", "2024-01-01"), "--at does not apply with --csv"),
    ],
)
def test_an_option_that_does_not_apply_is_refused(
    args: tuple[str, ...], message: str, store_url: str, tmp_path: Path
) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")  # refused: private
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        args = tuple({"FEEDS": str(feeds), "BUSY": port}.get(a, a) for a in args)

        code, out, err = invoke(*args, "--store", store_url)

    assert code == 2
    assert out == ""
    assert f"Error: {message}" in err


def test_the_same_options_where_they_apply_are_accepted(store_url: str, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")  # nobody listens
    code, _out, err = invoke(
        "follow", str(feeds), "--once", "--webhook", "http://127.0.0.1:9/hook",
        "--base-url", "http://board.example", "--tries", "1", "--allow-private",
        "--store", store_url,
    )  # fmt: skip
    assert code == 2  # the feed failed, after a round: no usage error
    assert "following 1 feed(s) once" in err and "Error: --" not in err

    state = str(tmp_path / "watch.json")
    code, _out, err = invoke(
        "watch", "--webhook", "http://127.0.0.1:9/hook", "--once", "--store", store_url,
        "--state", state,
    )  # fmt: skip
    assert code == 0, err

    code, _out, err = invoke("crossings", "--json", "--at", "2024-01-01", "--store", store_url)
    assert code == 0, err


def test_an_empty_crossings_list_says_so_and_json_stays_a_list(store_url: str) -> None:
    code, out, err = invoke("crossings", "--json", "--store", store_url)
    assert (code, out.strip(), err.strip()) == (0, "[]", "no crossing known yet")

    code, out, err = invoke("crossings", "--json", "--at", "2024-01-01", "--store", store_url)
    assert (code, out.strip(), err.strip()) == (0, "[]", "no crossing known by 2024-01-01")

    code, out, err = invoke("crossings", "--csv", "--store", store_url)
    assert code == 0
    assert out.startswith("id,name,alt_names,")
    assert err.strip() == "no crossing outside the gazetteer known yet"
