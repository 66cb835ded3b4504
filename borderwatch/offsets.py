"""Looking up mentions by offset, so that per-sentence work stays linear.

Every stage finds mentions (places, dates, counts, casualties) once over the
whole text and then works sentence by sentence.  Filtering all of an
article's mentions for each sentence costs sentences x mentions: quadratic in
the article's length (a 6 MB page took five minutes).  ``StartIndex`` sorts
the mentions' start offsets once; a lookup is then a binary search.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Generic, Protocol, TypeVar

__all__ = ["SpanIndex", "StartIndex"]


class _HasStart(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_HasStart)


class StartIndex(Generic[T]):
    """Items with a ``start`` offset, looked up by the range their start is in.

    ``within(start, end)`` returns the same items, in the same order, as
    ``[x for x in items if start <= x.start < end]``, whether or not
    ``items`` is sorted.  The items are not copied: do not change them.
    """

    __slots__ = ("_items", "_order", "_starts", "_sorted")

    def __init__(self, items: Sequence[T]) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: items[i].start)
        self._starts = [items[i].start for i in self._order]
        self._sorted = all(a < b for a, b in zip(self._order, self._order[1:], strict=False))

    def __len__(self) -> int:
        return len(self._items)

    def within(self, start: int, end: int) -> list[T]:
        """The items whose start lies in ``[start, end)``, in their given order."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        picked = self._order[lo:hi]
        if not self._sorted:
            picked = sorted(picked)
        return [self._items[i] for i in picked]


class SpanIndex:
    """Character spans, asked whether any of them overlaps a range.

    ``overlaps(start, end)`` answers as ``any(start < b and a < end for a, b
    in spans)`` does, by a binary search over the spans sorted by start with
    the running maximum of their ends.
    """

    __slots__ = ("_starts", "_max_ends")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._max_ends = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some span starts before ``end`` and ends after ``start``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_ends[i - 1] > start
