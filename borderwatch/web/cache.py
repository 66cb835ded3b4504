"""A read-through cache for the views that read the whole store.

The board, the activity counts and the status changes are computed from
every stored event, so each costs time in proportion to the store.  The store
only grows (saving the same text twice changes nothing), so its row counts
are a cheap fingerprint of its content: an answer is reused while the
fingerprint is unchanged, and recomputed after any ingest, from this process
or another.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from borderwatch.store import Store

T = TypeVar("T")
#: Answers kept at most (filters differ: as-of dates, country pairs).
CACHE_SIZE = 256


class ReadCache:
    def __init__(self, store: Store, size: int = CACHE_SIZE) -> None:
        self.store = store
        self.size = size
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def fingerprint(self) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.store.table_counts().items()))

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached answer for ``key`` on the store as it is now, else ``compute()``."""
        full = (self.fingerprint(), key)
        with self._lock:
            if full in self._items:
                self._items.move_to_end(full)
                self.hits += 1
                return self._items[full]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self.misses += 1
            self._items[full] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
