"""The mentions around one sentence, looked up by offset.

The per-sentence steps (places, both sides named, counts, dates, casualties)
each filter the article's mentions to the sentence, or to it and the one
before.  Handing them the whole article's mentions costs sentences x
mentions, quadratic in the article's length; ``Nearby.around`` hands them an
``Analysis`` that holds only the mentions of those two sentences, found by
binary search (``borderwatch.offsets``).  Their results are the same.
"""

from __future__ import annotations

from dataclasses import replace

from borderwatch.offsets import StartIndex
from borderwatch.records import Analysis, Sentence

__all__ = ["Nearby"]


class Nearby:
    """One article's mentions, indexed once by their start offsets."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.places = StartIndex(analysis.places)
        self.dates = StartIndex(analysis.dates)
        self.counts = StartIndex(analysis.counts)
        self.casualties = StartIndex(analysis.casualties)

    def around(self, before: Sentence | None, sentence: Sentence) -> Analysis:
        """The analysis with only the mentions that start in ``before`` (the
        sentence before, if any) or in ``sentence``, in their order."""
        start, end = (before or sentence).start, sentence.end
        return replace(
            self.analysis,
            places=tuple(self.places.within(start, end)),
            dates=tuple(self.dates.within(start, end)),
            counts=tuple(self.counts.within(start, end)),
            casualties=tuple(self.casualties.within(start, end)),
        )
