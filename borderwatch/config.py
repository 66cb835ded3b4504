"""Settings: frozen, every field with its help text.

Settings are read at the edges (CLI, web app factory, Spark driver) and
passed down as plain values.  ``tests/test_config.py`` checks that every
field is documented here and in ``docs/settings.md``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

#: The environment variable that names the store, as ``--store`` does.
STORE_ENV = "BORDERWATCH_STORE"
#: The environment variable giving the web app's public address, as ``serve --base-url``.
BASE_URL_ENV = "BORDERWATCH_BASE_URL"


def default_store_url() -> str:
    """``$BORDERWATCH_STORE``, else an SQLite file in the user's data folder.

    The folder is ``$XDG_DATA_HOME/borderwatch`` (``~/.local/share/borderwatch``
    when XDG_DATA_HOME is not set); the file is created on first use.
    """
    env = os.environ.get(STORE_ENV)
    if env:
        return env
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return "sqlite:///" + str(Path(base) / "borderwatch" / "borderwatch.db")


def default_base_url(host: str = "127.0.0.1", port: int = 8000) -> str:
    """``$BORDERWATCH_BASE_URL``, else ``http://HOST:PORT`` of ``serve`` (its defaults)."""
    env = os.environ.get(BASE_URL_ENV)
    if env:
        return env
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True, slots=True)
class Settings:
    store_url: str = field(
        default_factory=default_store_url,
        metadata=_help(
            "Where results are stored: sqlite:///path.db or postgresql://...; "
            "set by --store or BORDERWATCH_STORE; default "
            "~/.local/share/borderwatch/borderwatch.db."
        ),
    )
    published: str | None = field(
        default=None,
        metadata=_help(
            "Publication date (YYYY-MM-DD) for inputs that carry none; relative "
            "dates ('Sunday') are resolved against it. Set by --published."
        ),
    )
    max_bytes: int = field(
        default=20_000_000,
        metadata=_help(
            "Largest input read, in bytes (a file, a JSON line, standard input); a "
            "larger input gets an InputTooLarge error line and the run goes on."
        ),
    )
    max_depth: int = field(
        default=100,
        metadata=_help(
            "Deepest nesting of a JSON Lines record, in arrays and objects; a deeper "
            "record gets an InputTooDeep error line (before the JSON reader, whose own "
            "limit would end the run) and the run goes on."
        ),
    )
    max_seconds: float = field(
        default=300.0,
        metadata=_help(
            "Longest time spent reading one input, in seconds; a slower input gets an "
            "InputTooSlow error line and the run goes on. Enforced where inputs are read "
            "on the main thread (the CLI); 0 turns it off."
        ),
    )
    allow_private: bool = field(
        default=False,
        metadata=_help(
            "Allow fetching loopback and private addresses (ingest, follow); "
            "off by default. Set by --allow-private."
        ),
    )
    fetch_max_bytes: int = field(
        default=5_000_000,
        metadata=_help(
            "Largest page fetched from a web address (given, listed in a file, linked "
            "from a feed), in bytes; a larger one is that input's InputTooLarge error."
        ),
    )
    fetch_timeout: float = field(
        default=20.0,
        metadata=_help(
            "Longest time one fetch of a web address may take, redirects included, in "
            "seconds; a slower one is that input's FetchError."
        ),
    )
    base_url: str = field(
        default_factory=default_base_url,
        metadata=_help(
            "Public address of the web app (https://board.example.org); every absolute "
            "link (feeds, redirects, webhook messages) starts with it, never with the "
            "request's Host header. Set by serve --base-url or BORDERWATCH_BASE_URL; "
            "default http://HOST:PORT that serve listens on."
        ),
    )


def settings_help() -> dict[str, str]:
    """Every setting with its help text (for docs and the check in tests)."""
    return {f.name: f.metadata["help"] for f in fields(Settings)}
