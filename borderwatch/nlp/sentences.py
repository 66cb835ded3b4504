"""Sentences with character offsets.

Paragraphs (lines) are hard boundaries: headings, captions and datelines
stand alone.  Paragraphs that may carry border news (a border word or a
place in them) are split by spaCy's rule-based sentencizer on a blank
English pipeline, whose tokenizer knows abbreviations ("Calif.", "U.S.",
"Gen.").  Other paragraphs stay whole: nothing is read from them but
quotes, and skipping spaCy there keeps throughput close to extraction's.

spaCy is never handed more than ``MAX_PIECE_CHARS`` at once: it refuses a
text over its ``max_length`` (error E088), and a paragraph that long is a
page without line breaks.  Such a paragraph is split into pieces first, at
the last sentence end (else space) before the limit; only the sentence at
each cut can change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from borderwatch.records import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")

#: Longest piece of a paragraph handed to spaCy at once (its own limit,
#: ``max_length``, is 1,000,000 characters).  Far above any real paragraph.
MAX_PIECE_CHARS = 100_000

#: Where a long paragraph is best cut: after a sentence's end, else at a space.
_CUTS = (". ", "? ", "! ", " ")


def build_sentencizer() -> Any:
    """A blank English spaCy pipeline with the rule-based sentencizer."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``limit`` characters, cut after
    the last sentence end (else space) in the second half of each piece."""
    result: list[tuple[int, int]] = []
    while end - start > limit:
        cut = start + limit
        for mark in _CUTS:
            at = text.rfind(mark, start + limit // 2, start + limit)
            if at >= 0:
                cut = at + len(mark)
                break
        result.append((start, cut))
        start = cut
    result.append((start, end))
    return result


def split_sentences(
    text: str, nlp: Any, wanted: Callable[[int, int], bool] = lambda start, end: True
) -> tuple[Sentence, ...]:
    """Every sentence of ``text``; only paragraphs ``wanted(start, end)`` are split."""
    limit = min(MAX_PIECE_CHARS, getattr(nlp, "max_length", MAX_PIECE_CHARS))
    # (start, end, split by spaCy?) per paragraph, or per piece of a long one
    units: list[tuple[int, int, bool]] = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        if wanted(start, end):
            units.extend((s, e, True) for s, e in pieces(text, start, end, limit))
        else:
            units.append((start, end, False))
    docs = iter(nlp.pipe(text[s:e] for s, e, split in units if split))
    spans: list[tuple[int, int]] = []
    for start, end, split in units:
        if split:
            doc = next(docs)
            for sent in doc.sents:
                spans.append((start + sent.start_char, start + sent.end_char))
        else:
            spans.append((start, end))
    return _as_sentences(text, spans)


def _as_sentences(text: str, spans: Sequence[tuple[int, int]]) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for start, end in spans:
        start, end = _trimmed(text, start, end)
        if start < end:
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return tuple(sentences)
