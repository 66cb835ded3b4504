"""The web app: JSON API, pages, feeds and static assets, all served locally.

``create_app`` is imported lazily so that importing this package (for
example from the CLI) does not load FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(store_url: str, **options: Any) -> FastAPI:
    """See ``borderwatch.web.app.create_app``."""
    from borderwatch.web.app import create_app as _create_app

    return _create_app(store_url, **options)
