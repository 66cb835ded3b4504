"""Shared fixtures: a pipeline analyzer built once per session; store URLs per backend.

Property tests (hypothesis) run derandomized by default, so that CI gives the
same answer on the same tree; ``HYPOTHESIS_PROFILE=explore`` draws new
examples each run, the way to hunt for new failures before a change lands.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from store_backends import StoreUrls

from borderwatch.ingest import addresses as addresses_module

settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def analyzer():  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import build_analyzer

    return build_analyzer()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
    ]
)
def backend(request: pytest.FixtureRequest) -> str:
    """Each store test runs once per backend (``tests/store_backends.py``)."""
    return str(request.param)


@pytest.fixture
def store_urls(backend: str, tmp_path: Path) -> Iterator[StoreUrls]:
    """``store_urls(name)``: a new, empty store of the test's backend."""
    urls = StoreUrls(backend, tmp_path)
    yield urls
    urls.cleanup()


@pytest.fixture
def loopback_counts_as_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 treated as a public address, so that the test site can stand
    in for a public site that redirects to a private address."""
    real = addresses_module.forbidden_reason

    def reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
        return None if str(address) == "127.0.0.1" else real(address)

    monkeypatch.setattr(addresses_module, "forbidden_reason", reason)
