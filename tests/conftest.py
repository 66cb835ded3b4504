"""Shared fixtures: a pipeline analyzer built once per session.

Property tests (hypothesis) run derandomized by default, so that CI gives the
same answer on the same tree; ``HYPOTHESIS_PROFILE=explore`` draws new
examples each run, the way to hunt for new failures before a change lands.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def analyzer():  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import build_analyzer

    return build_analyzer()
