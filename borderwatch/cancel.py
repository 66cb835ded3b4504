"""Work that stops when no one waits for it any more: a cancel flag per piece of work.

The web edge gives each request a ``CancelFlag`` (``web.abandon``) and raises
it when the request's client goes; the read cache gives a computation that
several requests share a flag of its own, raised when the last of them goes
(``web.cache``).  ``cancelling(flag)`` makes a flag the current one for the
code it runs (a context variable: worker threads started with the request's
context see it too).  Long work checks it between steps with
``raise_if_cancelled()``; the store checks it before every statement and
stops a statement already running (``store.interrupt``).  Cancelled work
raises ``errors.WorkCancelled``.

Python cannot stop a thread from outside: work stops where it checks, so a
computation ends within one step (one statement) of its flag being raised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from borderwatch.errors import WorkCancelled

__all__ = ["CancelFlag", "cancelling", "current_flag", "raise_if_cancelled"]


class CancelFlag:
    """Raised once, by whoever no longer wants the work; read by the work itself.

    Callbacks (``on_cancel``) run once, in the thread that raises the flag:
    they stop what a check between steps cannot reach (a running statement).
    They run holding the flag's lock, so a callback unregistered meanwhile
    (the statement ended) is either done or never run when ``unregister``
    returns: a connection back in its pool is never cancelled.
    """

    def __init__(self) -> None:
        self._raised = threading.Event()
        self._lock = threading.RLock()
        self._callbacks: dict[int, Callable[[], None]] = {}
        self._next = 0

    @property
    def cancelled(self) -> bool:
        return self._raised.is_set()

    def cancel(self) -> None:
        """Raise the flag and run the callbacks registered so far (once)."""
        with self._lock:
            if self._raised.is_set():
                return
            self._raised.set()
            callbacks = list(self._callbacks.values())
            self._callbacks.clear()
            for callback in callbacks:
                callback()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Run ``callback`` when the flag is raised (now, if it is); returns the
        function that unregisters it."""
        with self._lock:
            if not self._raised.is_set():
                key = self._next
                self._next += 1
                self._callbacks[key] = callback
                return lambda: self._forget(key)
        callback()
        return lambda: None

    def _forget(self, key: int) -> None:
        with self._lock:
            self._callbacks.pop(key, None)

    def wait(self, timeout: float) -> bool:
        """Whether the flag was raised within ``timeout`` seconds."""
        return self._raised.wait(timeout)


_CURRENT: ContextVar[CancelFlag | None] = ContextVar("borderwatch_cancel_flag", default=None)


def current_flag() -> CancelFlag | None:
    """The flag of the work running here; None outside any (a command, a test)."""
    return _CURRENT.get()


@contextmanager
def cancelling(flag: CancelFlag | None) -> Iterator[None]:
    """Make ``flag`` the current flag while the block runs."""
    token = _CURRENT.set(flag)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def raise_if_cancelled() -> None:
    """``WorkCancelled`` when the current work's flag is raised: a check between steps."""
    flag = _CURRENT.get()
    if flag is not None and flag.cancelled:
        raise WorkCancelled("the work was cancelled: no client waits for it any more")
