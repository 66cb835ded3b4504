"""Stage 3, understand: Article -> Analysis.

Sentences, places (crossings, countries, whole borders), dates resolved
against the publication date, counts, casualties and quotes, each with
character offsets into ``Article.text``.  ``build_analyzer`` loads spaCy and
the gazetteer once; the analyzer it returns is then called per article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from borderwatch.records import Analysis, Article, DateMention, Parse, Sentence

__all__ = ["Analyzer", "build_analyzer"]


class Analyzer:
    """Callable Article -> Analysis, holding the loaded models and tables."""

    def __init__(self) -> None:
        from borderwatch.gazetteer import load_gazetteer
        from borderwatch.nlp.places import PlaceFinder
        from borderwatch.nlp.sentences import build_sentencizer

        self.gazetteer = load_gazetteer()
        self.places = PlaceFinder(self.gazetteer)
        self.nlp = build_sentencizer()
        self.parser: Any | None = None  # the English parse, loaded on first use
        self._parser_loaded = False

    def __call__(self, article: Article) -> Analysis:
        from borderwatch.gazetteer import fold_text
        from borderwatch.nlp.casualties import find_casualties
        from borderwatch.nlp.dates import find_dates
        from borderwatch.nlp.language import tag_languages
        from borderwatch.nlp.places import BORDER_WORDS
        from borderwatch.nlp.quantities import find_counts
        from borderwatch.nlp.quotes import find_quotes
        from borderwatch.nlp.sentences import split_sentences

        text = article.text
        folded = fold_text(text)
        hits = self.places.scan(folded)
        marks = sorted({h.start for h in hits} | {m.start() for m in BORDER_WORDS.finditer(folded)})

        def wanted(start: int, end: int) -> bool:
            i = bisect_left(marks, start)
            return i < len(marks) and marks[i] < end

        sentences = split_sentences(text, self.nlp, wanted)
        sentences = tag_languages(text, sentences)  # the lexicons of non-English text
        parses = self._parse(text, sentences, wanted)
        return Analysis(
            article=article,
            sentences=sentences,
            places=self.places.find(text, folded, hits, sentences, _dateline_span(article)),
            dates=_with_future_dates(find_dates(text, article.published), article.published),
            counts=tuple(find_counts(text)),
            casualties=tuple(find_casualties(text)),
            quotes=tuple(find_quotes(text, sentences)),
            parses=parses,
        )

    def _parse(
        self, text: str, sentences: tuple[Sentence, ...], wanted: Callable[[int, int], bool]
    ) -> tuple[Parse, ...]:
        """Parses of the English sentences in paragraphs that may carry border news."""
        from borderwatch.nlp.grammar import build_parser, is_english, parse_sentences

        if not any(wanted(s.start, s.end) for s in sentences) or not is_english(text):
            return ()
        if not self._parser_loaded:
            self.parser, self._parser_loaded = build_parser(), True

        def in_wanted_paragraph(start: int, end: int) -> bool:
            return wanted(text.rfind("\n", 0, start) + 1, _line_end(text, end))

        return parse_sentences(self.parser, sentences, in_wanted_paragraph)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _dateline_span(article: Article) -> tuple[int, int]:
    """Where the article's dateline stands in its text, near the top."""
    if not article.dateline:
        return (0, 0)
    start = article.text.find(article.dateline, 0, 400 + len(article.dateline))
    return (start, start + len(article.dateline)) if start >= 0 else (0, 0)


def _with_future_dates(dates: list[DateMention], published: str | None) -> tuple[DateMention, ...]:
    """Each mention also read forward, for announcements of the future."""
    from dataclasses import replace

    from borderwatch.nlp.dates import resolve_date_text

    return tuple(
        replace(d, future=resolve_date_text(d.text, published, prefer_future=True) or d.date)
        for d in dates
    )


def build_analyzer() -> Analyzer:
    return Analyzer()
