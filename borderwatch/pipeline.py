"""The one place where the stages meet.

1. ingest:     locations            -> RawDocument   (borderwatch.ingest)
2. extract:    RawDocument          -> Article       (borderwatch.extract)
3. understand: Article              -> Analysis      (borderwatch.nlp)
4. events:     Analysis             -> events, claims, quotes (borderwatch.events)
5. status:     events + claims      -> status at publication (borderwatch.status)

``process_document`` turns one input into a ``DocumentResult``; a failure of
one input becomes that result's ``error`` (counted by ``RunStats``) and the
run goes on.  Storing is the caller's business (``borderwatch.store``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from borderwatch.errors import BorderwatchError
from borderwatch.records import Analysis, Article, DocumentResult, RawDocument

Analyzer = Callable[[Article], Analysis]


@dataclass
class RunStats:
    """What a run did: inputs seen, inputs that failed, and why."""

    seen: int = 0
    failed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    def add(self, result: DocumentResult) -> None:
        self.seen += 1
        if result.error:
            self.failed += 1
            self.reasons[result.error.split(":", 1)[0]] += 1

    @property
    def all_failed(self) -> bool:
        return self.seen > 0 and self.failed == self.seen


def build_analyzer() -> Analyzer:
    """The understand stage, built once (loads spaCy and the gazetteer)."""
    from borderwatch.nlp import build_analyzer as _build

    return _build()


def process_document(
    raw: RawDocument, analyzer: Analyzer, published: str | None = None
) -> DocumentResult:
    """Read one input into a result; a failure becomes ``result.error``.

    ``published`` is used when the input itself carries no date.
    """
    from borderwatch.events import find_events
    from borderwatch.extract import extract_article
    from borderwatch.status import status_at_publication

    if raw.error:
        return DocumentResult(id=raw.id, article=None, error=raw.error)
    try:
        article = extract_article(raw, published=published)  # 2. extract
        analysis = analyzer(article)  # 3. understand
        found = find_events(analysis)  # 4. events
    except BorderwatchError as exc:
        return DocumentResult(id=raw.id, article=None, error=f"{type(exc).__name__}: {exc}")
    return DocumentResult(
        id=raw.id,
        article=article,
        events=found.events,
        quotes=analysis.quotes,
        status=status_at_publication(  # 5. status
            [e for e in found.events if e not in found.announced and e not in found.stale],
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
) -> Iterator[DocumentResult]:
    """Process inputs one by one, streaming results; counts go into ``stats``."""
    analyzer = analyzer or build_analyzer()
    for raw in raws:
        result = process_document(raw, analyzer, published)
        if stats is not None:
            stats.add(result)
        yield result
