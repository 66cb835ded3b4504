"""The one place where the stages meet.

1. ingest:     locations            -> RawDocument   (borderwatch.ingest)
2. extract:    RawDocument          -> Article       (borderwatch.extract)
3. understand: Article              -> Analysis      (borderwatch.nlp)
4. events:     Analysis             -> events, claims, quotes (borderwatch.events)
5. status:     events + claims      -> status at publication (borderwatch.status)

``process_document`` turns one input into a ``DocumentResult``.  Any
exception raised while reading one input, expected (a ``BorderwatchError``)
or not (a bug, a library's own limit), becomes that result's ``error``:
its type and message, the traceback in the log at debug level (``--verbose``).
``RunStats`` counts failures, the unexpected ones apart, and the run goes on
with the next input.  An input that takes longer than ``max_seconds`` fails
with ``InputTooSlow``.  Storing is the caller's business (``borderwatch.store``).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType

from borderwatch.errors import BorderwatchError, InputTooSlow, expected_error_names
from borderwatch.records import Analysis, Article, DocumentResult, RawDocument

Analyzer = Callable[[Article], Analysis]

log = logging.getLogger(__name__)

#: Longest message of an unexpected error kept in an input's ``error``.
MAX_ERROR_CHARS = 300


@dataclass
class RunStats:
    """What a run did: inputs seen, inputs that failed, and why."""

    seen: int = 0
    failed: int = 0
    unexpected: int = 0  # failures not raised on purpose: bugs, libraries' limits
    reasons: Counter[str] = field(default_factory=Counter)

    def add(self, result: DocumentResult) -> None:
        self.seen += 1
        if result.error:
            self.failed += 1
            kind = result.error.split(":", 1)[0]
            self.reasons[kind] += 1
            if is_unexpected(result.error):
                self.unexpected += 1

    @property
    def all_failed(self) -> bool:
        return self.seen > 0 and self.failed == self.seen


def build_analyzer() -> Analyzer:
    """The understand stage, built once (loads spaCy and the gazetteer)."""
    from borderwatch.nlp import build_analyzer as _build

    return _build()


def is_unexpected(error: str) -> bool:
    """Whether an input's ``error`` names an exception borderwatch does not raise."""
    return error.split(":", 1)[0] not in _EXPECTED


_EXPECTED = expected_error_names()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``InputTooSlow`` in the block once ``seconds`` have passed.

    Uses SIGALRM, so it holds on the main thread of a POSIX process (the CLI)
    and is off elsewhere (a web server's worker threads); 0 turns it off.  An
    outer timer is put back, less the time spent here.
    """
    if (
        seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise InputTooSlow(f"reading took longer than the limit of {seconds:g} seconds")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            left = outer - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


def _error(exc: BaseException) -> str:
    message = str(exc)
    if len(message) > MAX_ERROR_CHARS:
        message = message[:MAX_ERROR_CHARS] + "…"
    return f"{type(exc).__name__}: {message}"


def process_document(
    raw: RawDocument,
    analyzer: Analyzer,
    published: str | None = None,
    *,
    max_seconds: float = 0,
) -> DocumentResult:
    """Read one input into a result; any failure becomes ``result.error``.

    ``published`` is used when the input itself carries no date;
    ``max_seconds`` (``Settings.max_seconds``; 0, the default, for none)
    limits the time spent on it.
    """
    if raw.error:
        return DocumentResult(id=raw.id, article=None, error=raw.error)
    try:
        with time_limit(max_seconds):
            return _read(raw, analyzer, published)
    except BorderwatchError as exc:
        return DocumentResult(id=raw.id, article=None, error=_error(exc))
    except Exception as exc:  # one input's failure never stops a run
        log.debug("%s failed unexpectedly", raw.id, exc_info=True)
        return DocumentResult(id=raw.id, article=None, error=_error(exc))


def _read(raw: RawDocument, analyzer: Analyzer, published: str | None) -> DocumentResult:
    from borderwatch.events import find_events
    from borderwatch.extract import extract_article
    from borderwatch.status import status_at_publication

    article = extract_article(raw, published=published)  # 2. extract
    analysis = analyzer(article)  # 3. understand
    found = find_events(analysis)  # 4. events
    not_in_force = set(found.announced) | set(found.stale)
    return DocumentResult(
        id=raw.id,
        article=article,
        events=found.events,
        quotes=analysis.quotes,
        status=status_at_publication(  # 5. status
            [e for e in found.events if e not in not_in_force],
            found.claims,
            article.published,
            found.crossings_mentioned,
        ),
        crossings_mentioned=found.crossings_mentioned,
        claims=found.claims,
    )


def process_all(
    raws: Iterable[RawDocument],
    published: str | None = None,
    stats: RunStats | None = None,
    analyzer: Analyzer | None = None,
    *,
    max_seconds: float = 0,
) -> Iterator[DocumentResult]:
    """Process inputs one by one, streaming results; counts go into ``stats``."""
    analyzer = analyzer or build_analyzer()
    for raw in raws:
        result = process_document(raw, analyzer, published, max_seconds=max_seconds)
        if stats is not None:
            stats.add(result)
        yield result
