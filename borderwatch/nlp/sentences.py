"""Sentences with character offsets.

Paragraphs (lines) are hard boundaries: headings, captions and datelines
stand alone.  Paragraphs that may carry border news (a border word or a
place in them) are split by spaCy's rule-based sentencizer on a blank
English pipeline, whose tokenizer knows abbreviations ("Calif.", "U.S.",
"Gen.").  Other paragraphs stay whole: nothing is read from them but
quotes, and skipping spaCy there keeps throughput close to extraction's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from borderwatch.records import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")


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


def split_sentences(
    text: str, nlp: Any, wanted: Callable[[int, int], bool] = lambda start, end: True
) -> tuple[Sentence, ...]:
    """Every sentence of ``text``; only paragraphs ``wanted(start, end)`` are split."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    to_split = [(s, e) for s, e in paragraphs if wanted(s, e)]
    docs = iter(nlp.pipe(text[s:e] for s, e in to_split))
    split_set = set(to_split)
    for start, end in paragraphs:
        if (start, end) in split_set:
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
