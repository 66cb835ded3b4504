"""The language of a text; its tokens and lemmas come from ``wordforms``.

Language identification is py3langid's (a fastText-like classifier over
character n-grams, 97 languages); lemmas are simplemma's (dictionaries for
about 50 languages).  Both are loaded on first use, inside the functions,
so that importing this module costs nothing.

``tag_languages`` gives each sentence the language of its paragraph (an
article may quote a paragraph in another language); short paragraphs, whose
language cannot be told reliably, take the article's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from borderwatch.records import Sentence
from borderwatch.wordforms import UNSPACED, Token, lemma, normalize, tokens

__all__ = [
    "UNSPACED",
    "Token",
    "identify",
    "lemma",
    "normalize",
    "tag_languages",
    "tokens",
]

#: Below this many letters a paragraph's language is the article's: the
#: classifier is unreliable on a short line ("Kabul, 12 May").
MIN_LETTERS = 40

#: How much of an article tells its language (characters from its start):
#: the classifier's cost grows with the text it reads.
ARTICLE_SAMPLE = 2000


def identify(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is most likely in."""
    if not text.strip():
        return "en"
    from py3langid.langid import classify

    code, _ = classify(text[:4000])
    return str(code)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def tag_languages(
    text: str,
    sentences: tuple[Sentence, ...],
    wanted: Callable[[int, int], bool] = lambda start, end: True,
) -> tuple[Sentence, ...]:
    """Sentences with ``lang`` set: their paragraph's language, else the article's.

    Only paragraphs ``wanted(start, end)`` (those that may carry border news)
    are identified one by one; the others, read for nothing but quotes, take
    the article's language without paying for a classification.
    """
    if not any(wanted(s.start, s.end) for s in sentences):
        return sentences  # nothing here may carry border news: no language needed
    article = identify(text[:ARTICLE_SAMPLE])
    if article == "en":
        return sentences  # the default; English articles quote little else
    langs: dict[int, str] = {}
    tagged = []
    for sentence in sentences:
        start = text.rfind("\n", 0, sentence.start) + 1
        if start not in langs:
            end = text.find("\n", sentence.start)
            end = end if end >= 0 else len(text)
            paragraph = text[start:end]
            langs[start] = (
                identify(paragraph)
                if wanted(start, end) and _letters(paragraph) >= MIN_LETTERS
                else article
            )
        tagged.append(replace(sentence, lang=langs[start]))
    return tuple(tagged)


