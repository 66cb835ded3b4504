"""Stage 3, understand: Article -> Analysis.

Sentences, places (crossings, countries, whole borders), dates resolved
against the publication date, counts, casualties and quotes, each with
character offsets into ``Article.text``.  ``build_analyzer`` loads spaCy and
the gazetteer once; the analyzer it returns is then called per article.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from borderwatch.records import Analysis, Article, DateMention, Parse, PlaceMention, Sentence

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
        from borderwatch.nlp.open_crossings import HEAD as CROSSING_HEAD
        from borderwatch.nlp.places import BORDER_WORDS
        from borderwatch.nlp.quantities import find_counts
        from borderwatch.nlp.quotes import find_quotes
        from borderwatch.nlp.sentences import split_sentences

        text = article.text
        folded = fold_text(text)
        hits = self.places.scan(folded)
        # Paragraphs that may carry border news: a crossing's name, a border
        # word or a crossing's head word ("land port", "checkpost") in them (a
        # country's name alone is not enough).
        marks = sorted(
            {h.start for h in hits if h.spelling.kind == "crossing"}
            | {m.start() for m in BORDER_WORDS.finditer(folded)}
            | {m.start() for m in CROSSING_HEAD.finditer(folded)}
        )

        def wanted(start: int, end: int) -> bool:
            i = bisect_left(marks, start)
            return i < len(marks) and marks[i] < end

        sentences = split_sentences(text, self.nlp, wanted)
        if not marks:
            # No crossing and no border word: nothing here can carry border
            # news, so places, dates, counts and casualties are not looked for.
            return Analysis(article, sentences, quotes=tuple(find_quotes(text, sentences)))
        sentences = tag_languages(text, sentences, wanted)  # the lexicons of non-English text
        places = self.places.find(text, folded, hits, sentences, _dateline_span(article))
        return Analysis(
            article=article,
            sentences=sentences,
            places=places,
            dates=_with_future_dates(find_dates(text, article.published), article.published),
            counts=tuple(find_counts(text)),
            casualties=tuple(find_casualties(text)),
            quotes=tuple(find_quotes(text, sentences)),
            parses=self._parse(folded, sentences, places),
        )

    def _parse(
        self, folded: str, sentences: tuple[Sentence, ...], places: tuple[PlaceMention, ...]
    ) -> tuple[Parse, ...]:
        """Parses of the English sentences that name a crossing or a border."""
        from borderwatch.nlp.grammar import build_parser, parse_sentences, worth_parsing

        chosen = worth_parsing(folded, sentences, places)
        if not chosen:
            return ()
        if not self._parser_loaded:
            self.parser, self._parser_loaded = build_parser(), True
        return parse_sentences(self.parser, chosen)


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
