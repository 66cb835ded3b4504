"""The language of a text, its tokens and their lemmas.

Language identification is py3langid's (a fastText-like classifier over
character n-grams, 97 languages); lemmas are simplemma's (dictionaries for
about 50 languages).  Both are loaded on first use, inside the functions,
so that importing this module costs nothing.

``tag_languages`` gives each sentence the language of its paragraph (an
article may quote a paragraph in another language); short paragraphs, whose
language cannot be told reliably, take the article's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from borderwatch.records import Sentence

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

#: Languages whose script writes no spaces between words (Thai, Lao, Khmer,
#: Burmese, Chinese, Japanese), or that attach affixes to them in a syllabic
#: script (Amharic): their lexicons match by substring.
UNSPACED = frozenset({"th", "lo", "km", "my", "zh", "ja", "am"})

#: Arabic-script letters written two ways (Arabic vs Persian/Urdu forms, the
#: tied and the plain h), and the zero-width joiners Persian puts inside words.
_LETTER_VARIANTS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ە": "ه", "\u200c": None, "\u200d": None,
     "ـ": None}
)


def identify(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is most likely in."""
    if not text.strip():
        return "en"
    from py3langid.langid import classify

    code, _ = classify(text[:4000])
    return str(code)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def tag_languages(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Sentences with ``lang`` set: their paragraph's language, else the article's."""
    article = identify(text)
    if article == "en":
        return sentences  # the default; English articles quote little else
    langs: dict[int, str] = {}
    tagged = []
    for sentence in sentences:
        start = text.rfind("\n", 0, sentence.start) + 1
        if start not in langs:
            end = text.find("\n", sentence.start)
            paragraph = text[start : end if end >= 0 else len(text)]
            langs[start] = identify(paragraph) if _letters(paragraph) >= MIN_LETTERS else article
        tagged.append(replace(sentence, lang=langs[start]))
    return tuple(tagged)


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets in the text the token was read from
    end: int
    text: str  # lower case, normalized (``normalize``)


def normalize(word: str) -> str:
    """Lower case, Arabic-script letter variants unified, joiners dropped."""
    return word.lower().translate(_LETTER_VARIANTS)


def _word_char(ch: str) -> bool:
    # Letters, digits, and the combining vowel signs of Indic and other
    # scripts (category M), which ``str.isalnum`` does not count.
    return ch.isalnum() or ch in "\u200c\u200d" or unicodedata.category(ch)[0] == "M"


_APOSTROPHE = re.compile(r"['’]")


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their offsets (an apostrophe splits them)."""
    found: list[Token] = []
    start = -1
    for i, ch in enumerate(text + " "):
        if _word_char(ch) and not _APOSTROPHE.match(ch):
            if start < 0:
                start = i
        elif start >= 0:
            found.append(Token(start, i, normalize(text[start:i])))
            start = -1
    return found


#: simplemma's languages (those its dictionaries cover) that lexicons use.
_LEMMA_LANGS = frozenset(
    {"ar", "bg", "cs", "de", "el", "es", "et", "fa", "fi", "fr", "he", "hi", "hy", "ka", "lt",
     "lv", "mk", "ms", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "sw", "tr", "uk"}
)


def lemma(word: str, lang: str) -> str:
    """simplemma's lemma of ``word`` in ``lang`` (the word itself if unknown)."""
    if lang not in _LEMMA_LANGS or not word.isalpha():
        return word
    from simplemma import lemmatize

    return normalize(lemmatize(word, lang=lang))
