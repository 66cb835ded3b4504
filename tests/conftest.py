"""Shared fixtures: a pipeline analyzer built once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def analyzer():  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import build_analyzer

    return build_analyzer()
