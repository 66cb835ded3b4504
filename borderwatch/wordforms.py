"""Words of a text in any language: tokens, their normal form and lemmas.

Shared by the understand stage (``nlp.language``) and the lexicon detector
(``events.lexicon_detect``), as ``gazetteer`` is: stage packages do not
import each other.  simplemma is imported inside ``lemma``, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["UNSPACED", "Token", "lemma", "normalize", "tokens"]

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
