"""Cut an article's text into pieces so that evidence spans can be marked.

The template writes each piece escaped (Jinja2 autoescape) inside a
``<mark>`` when it belongs to a span; no HTML is ever built from article text
here.  Spans may overlap (two events in one sentence): a piece carries every
span that covers it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the text to highlight: ``kind`` is ``event`` or ``quote``."""

    start: int
    end: int
    kind: str
    ref: str  # the element id of its first piece ("ev-12", "q-3")


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def kinds(self) -> str:
        return " ".join(sorted({m.kind for m in self.marks}))

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(m.ref for m in self.marks)


def cut(text: str, marks: Sequence[Mark]) -> list[Piece]:
    """The text in order, split at every mark boundary; spans outside it are ignored."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        covering = tuple(m for m in valid if m.start <= start and end <= m.end)
        pieces.append(Piece(text[start:end], covering))
    return pieces


def anchors(pieces: Sequence[Piece]) -> dict[int, tuple[str, ...]]:
    """Piece index -> the refs whose first piece it is (an anchor is written there)."""
    seen: set[str] = set()
    found: dict[int, tuple[str, ...]] = {}
    for index, piece in enumerate(pieces):
        new = tuple(ref for ref in piece.refs if ref not in seen)
        if new:
            seen.update(new)
            found[index] = new
    return found
