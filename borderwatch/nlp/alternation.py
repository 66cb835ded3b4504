"""Regex alternations of word lists, shared by the nlp finders.

A finder that scans for any of a few hundred words (month names, number words,
trigger stems) builds its pattern here: as a trie, which scans several times
faster than a flat ``a|b|c`` alternation or a ``(?i:...)`` group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["word_alternation"]


def word_alternation(words: Iterable[str], *, cased: bool = False) -> str:
    """Regex source for any of ``words`` in lower, Capitalised and UPPER forms
    (only as given when ``cased``), built as a trie: several times faster to scan
    for than a flat alternation or ``(?i:...)``."""
    forms = set(words) if cased else {
        f for w in words for f in (w, w[:1].upper() + w[1:], w.upper())}
    tree: dict[str, Any] = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{emit(tree)})"
