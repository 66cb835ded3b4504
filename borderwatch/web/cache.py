"""A read-through cache for the views that read much of the store, computed once.

The board, the activity counts and the status changes are reused while the
store's data version (``Store.data_version``, one small row that every
saved article moves on) is unchanged, and recomputed after any ingest, from
this process or another.  Requests that ask for the same answer while it is
being computed wait for that one computation (single flight) instead of
each starting their own; a failure reaches every waiter and is not kept.
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


class _Flight:
    """One computation in progress, and what it ended with."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


class ReadCache:
    def __init__(self, store: Store, size: int = CACHE_SIZE) -> None:
        self.store = store
        self.size = size
        self.hits = 0
        self.misses = 0
        self.shared = 0  # requests that waited for another's computation
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._lock = threading.Lock()

    def fingerprint(self) -> int:
        return self.store.data_version()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached answer for ``key`` on the store as it is now, else ``compute()``
        (once, however many requests ask for it meanwhile)."""
        full = (self.fingerprint(), key)
        with self._lock:
            if full in self._items:
                self._items.move_to_end(full)
                self.hits += 1
                return self._items[full]  # type: ignore[no-any-return]
            flight = self._flights.get(full)
            leading = flight is None
            if flight is None:
                flight = self._flights[full] = _Flight()
            else:
                self.shared += 1
        if not leading:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return flight.value  # type: ignore[no-any-return]
        try:
            flight.value = compute()
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                del self._flights[full]
                if flight.error is None:
                    self.misses += 1
                    self._items[full] = flight.value
                    while len(self._items) > self.size:
                        self._items.popitem(last=False)
            flight.done.set()
        return flight.value  # type: ignore[no-any-return]
