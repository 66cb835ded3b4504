"""Time-travel: what the store knew on a day.

A view at day D (board, crossing page, timeline, exports, feed) is made
from the articles published on or before D only, so that nothing published
later changes it.  Every stored item carries ``known_on``: its article's
publication date, else (an undated article) the day it was ingested, since
an article exists by the day it was read.  An undated article ingested
after D is therefore never part of a view at D, and an undated article
never dates an event (``StoredEvent.effective_date`` stays None).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Known(Protocol):
    """Anything stored with the day its article was known by."""

    @property
    def known_on(self) -> str | None: ...


K = TypeVar("K", bound=Known)

__all__ = ["Known", "as_of", "known_by"]


def known_by(item: Known, day: str | None) -> bool:
    """Whether ``item``'s article was published on or before ``day`` (None: now).

    An item without ``known_on`` (read from a row made before it was kept)
    counts as known: it is never hidden for want of a date.
    """
    if day is None or item.known_on is None:
        return True
    return item.known_on[:10] <= day[:10]


def as_of(items: Iterable[K], day: str | None) -> list[K]:
    """The items known by ``day``, in their order."""
    return [item for item in items if known_by(item, day)]
