"""Words for a border and a crossing in other languages (``data/border_words.tsv``).

``places.py`` adds them to its English border words: next to one, a town's
name counts as its crossing, and those marked ``whole`` name a whole border.
Words of scripts written without spaces (Thai, Khmer, Chinese) are matched
anywhere; the others on word boundaries.  All are folded like the text they
are looked for in (``gazetteer.fold_text``).
"""

from __future__ import annotations

import re
from importlib import resources

from borderwatch.gazetteer import fold_name

__all__ = ["OTHER_BORDER_WORDS", "OTHER_WHOLE_BORDER", "written_without_spaces"]

#: Unicode blocks of scripts that write no spaces between words: Thai, Lao,
#: Myanmar, Khmer, CJK (with kana and the extension A block); and Ethiopic,
#: whose words carry prefixes and suffixes ("ከኤርትራ", from Eritrea), so
#: that a name is found inside them.
_UNSPACED_BLOCKS = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1200, 0x137F), (0x1780, 0x17FF),
    (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
)


def written_without_spaces(ch: str) -> bool:
    """Whether ``ch`` belongs to a script that puts no spaces between words."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _UNSPACED_BLOCKS)


def _alternation(whole_only: bool) -> str:
    """``|``-prefixed regex alternatives, to append to an English pattern."""
    spaced: list[str] = []
    unspaced: list[str] = []
    text = resources.files("borderwatch.data").joinpath("border_words.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _, word, whole, _ = line.split("\t")
        if whole_only and whole != "1":
            continue
        stem = word.endswith("*")
        pattern = re.escape(fold_name(word.rstrip("*"))) + (r"\w*" if stem else "")
        (unspaced if written_without_spaces(word[0]) else spaced).append(pattern)
    return r"|\b(?:" + "|".join(spaced) + r")\b|(?:" + "|".join(unspaced) + ")"


#: Any border or crossing word.
OTHER_BORDER_WORDS = _alternation(whole_only=False)
#: Words that name a whole border.
OTHER_WHOLE_BORDER = _alternation(whole_only=True)
