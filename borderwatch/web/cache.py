"""A read-through cache for the views that read much of the store, computed once.

The board, the activity counts and the status changes are reused while the
store's data version (``Store.data_version``, one small row that every
saved article moves on) is unchanged, and recomputed after any ingest, from
this process or another.  Requests that ask for the same answer while it is
being computed wait for that one computation (single flight) instead of
each starting their own; a failure reaches every waiter and is not kept.

A computation belongs to the requests waiting for it, each with its cancel
flag (``borderwatch.cancel``, raised by ``web.abandon`` when its client
goes): a waiter whose flag goes up stops waiting at once, and when the last
waiter has gone the computation's own flag goes up, so it stops at its next
step (``WorkCancelled``) and the next request for that answer starts anew.
A waiter with no flag (a command, a test) keeps it running to the end.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from borderwatch.cancel import CancelFlag, cancelling, current_flag, raise_if_cancelled

if TYPE_CHECKING:
    from borderwatch.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")
#: Answers kept at most (filters differ: as-of dates, country pairs).
CACHE_SIZE = 256
#: Seconds a waiter sleeps between two looks at its own cancel flag.
WAIT_SLICE_S = 0.05


class _Flight:
    """One computation in progress, and what it ended with."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None
        self.waiters = 0  # requests waiting for it, the one computing it included
        self.cancel = CancelFlag()  # raised when the last waiter has gone


class ReadCache:
    def __init__(self, store: Store, size: int = CACHE_SIZE) -> None:
        self.store = store
        self.size = size
        self.hits = 0
        self.misses = 0
        self.shared = 0  # requests that waited for another's computation
        self.cancelled = 0  # computations stopped because every waiter had gone
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._lock = threading.Lock()

    def fingerprint(self) -> int:
        return self.store.data_version()

    def get(self, key: Hashable, compute: Callable[[], T], version: Hashable = None) -> T:
        """The cached answer for ``key`` on the store as it is now, else ``compute()``
        (once, however many requests ask for it meanwhile).  ``version``, when
        given, stands for the store's data version: a fingerprint of all that
        ``compute`` reads (``store.board.place_version``), so that saves about
        other things leave the answer cached."""
        full = (self.fingerprint() if version is None else version, key)
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
            flight.waiters += 1
        flag = current_flag()
        unregister = flag.on_cancel(lambda: self._leave(full, flight)) if flag else lambda: None
        try:
            if leading:
                return self._compute(full, flight, compute)
            return self._wait(flight)
        finally:
            unregister()

    def _wait(self, flight: _Flight) -> Any:
        """Another request's computation: its answer, or its error; or
        ``WorkCancelled`` as soon as this request's own client has gone."""
        while not flight.done.wait(WAIT_SLICE_S):
            raise_if_cancelled()
        if flight.error is not None:
            raise flight.error
        return flight.value

    def _compute(self, full: Hashable, flight: _Flight, compute: Callable[[], T]) -> T:
        try:
            with cancelling(flight.cancel):
                flight.value = compute()
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                if self._flights.get(full) is flight:
                    del self._flights[full]
                if flight.error is None:
                    self.misses += 1
                    self._items[full] = flight.value
                    while len(self._items) > self.size:
                        self._items.popitem(last=False)
            flight.done.set()
        return flight.value  # type: ignore[no-any-return]

    def _leave(self, full: Hashable, flight: _Flight) -> None:
        """A waiter's client has gone; the last one to go stops the computation."""
        with self._lock:
            flight.waiters -= 1
            if flight.waiters > 0 or flight.done.is_set():
                return
            if self._flights.get(full) is flight:
                del self._flights[full]  # the next request for it starts anew
            self.cancelled += 1
        log.debug("no request waits for %r any more: stopping its computation", full)
        flight.cancel.cancel()
