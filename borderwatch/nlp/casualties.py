"""Killed and wounded in article text.

A trigger ("wounding", "were killed", "the deaths of", "sustained bullet wounds",
"no casualties") is found first; then the victims are read as a small noun
phrase after it (active: "wounding a Pakistani soldier") or before it
(passive: "one person was killed").  A victim phrase is a list of items joined
by "and"/"along with", each a number or article with up to three modifiers and
a head noun ("two other colleagues"), a title and name ("Major Ali Jawad"),
or a bare number ("killed 15"); the counts of the items are added up.
Killed and wounded stated together in one clause are merged into one mention.

Offsets index the text passed in: ``text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderwatch.nlp.alternation import word_alternation
from borderwatch.nlp.casualty_words import (
    AUX,
    DEMONYMS,
    HEADS,
    JOINERS,
    MODIFIERS,
    QUALIFIERS,
    TITLES,
    TRIGGERS,
)
from borderwatch.nlp.numbers import NUMBER_WORDS, parse_number
from borderwatch.records import Casualties, CasualtyMention

__all__ = ["find_casualties"]

# The triggers as whole phrases in any case, with their kind and victim side.
_TRIGGER_RES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(rf"\b(?i:{src})\b"), kind, side) for src, kind, side in TRIGGERS
)
# "no casualties", "no one was hurt": nobody killed or hurt (killed 0, wounded 0),
# or nobody killed ("no deaths": killed 0).
_NONE_HURT = re.compile(
    r"\b(?i:no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:any\s+)?(?P<noun>casualties|injuries|"
    r"deaths|fatalities|loss\s+of\s+lives?|loss\s+of\s+life)|without\s+(?:any\s+)?casualties|"
    r"(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been|got)\s+"
    r"(?:\w+ly\s+)?(?P<verb>hurt|injured|wounded|harmed|killed))\b"
)
# Word stems every trigger contains: only the text around them is searched.
_STEMS = re.compile(word_alternation([
    "kill", "martyr", "slain", "dead", "death", "died", "dies", "fatalit", "lives", "wound",
    "injur", "hurt", "harm", "casualt", "loss",
]))
_TOKEN = re.compile(r"[^\W_](?:[\w’'-]*[^\W_])?|[^\w\s]|\n")
# Tokens that end a clause: a victim phrase never reaches over them.
_CLAUSE_END = frozenset(".!?;:()\"“”|•\n")
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS) | {"hundred", "thousand"}
_REACH = 120  # characters read on each side of a trigger
_MERGE_GAP = 100  # killed and wounded this close in one sentence are one mention


@dataclass(frozen=True, slots=True)
class _Victims:
    start: int
    end: int
    count: int | None
    who: str | None


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    killed: int | None
    wounded: int | None
    who: str | None


Token = tuple[str, int, int]


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _is_head(word: str) -> bool:
    return word.lower() in HEADS or DEMONYMS.fullmatch(word) is not None


def _item(toks: list[Token], i: int) -> tuple[int | None, int, int, int, bool] | None:
    """One victim item from token ``i``: (count, first token, token after, after the
    number or article, counted).  ``counted`` is False for a plural head alone."""
    n = len(toks)
    first = i
    for size in (3, 2, 1):  # a qualifier, read past
        if i + size <= n and QUALIFIERS.match(" ".join(t[0].lower() for t in toks[i:i + size])):
            i += size
            break
    word = toks[i][0] if i < n else ""
    low = word.lower()
    count: int | None = None
    if low in TITLES and i + 1 < n and toks[i + 1][0][:1].isupper() and toks[i + 1][0] != "I":
        j = i + 1
        while j < n and j < i + 5 and toks[j][0][:1].isupper() and toks[j][0].isalpha():
            j += 1
        return 1, first, j, i, True
    if low in ("he", "she"):
        return 1, first, i + 1, i + 1, True
    j = i
    while j < n and (toks[j][0][0].isdigit() or toks[j][0].lower() in _NUMBER_WORD_SET
                     or (j > i and toks[j][0].lower() == "and" and j + 1 < n
                         and toks[j + 1][0].lower() in _NUMBER_WORD_SET)):
        j += 1
    if j > i:
        count = parse_number(" ".join(t[0] for t in toks[i:j]))
        if count is None:
            return None
    elif low in ("a", "an", "the", "another", "one", "his", "her"):
        count, j = 1, i + 1
    quant_end = j
    mods = 0
    while j < n and mods < 3 and not _is_head(toks[j][0]) and (
            toks[j][0].lower() in MODIFIERS or (toks[j][0][:1].isupper() and toks[j][0].isalpha()
                                                  and toks[j][0].lower() not in ("and", "the"))):
        j += 1
        mods += 1
    if j < n and _is_head(toks[j][0]):
        head = toks[j][0].lower()
        if quant_end == i:  # no number or article: "Army major" is one, "soldiers" unknown
            singular = not head.endswith("s") and head not in ("people", "men", "women",
                                                               "children", "personnel")
            return (1 if singular else None), first, j + 1, quant_end, singular
        return count, first, j + 1, quant_end, True
    numbered = quant_end > i and toks[i][0].lower() not in ("a", "an", "the", "his", "her")
    if numbered and mods == 0:
        return count, first, quant_end, quant_end, True  # a bare number: "killed 15"
    if numbered and toks[j - 1][0][:1].isupper():
        return count, first, j, quant_end, True  # "nine Pakistani (and six Afghan troops)"
    return None


def _victims(text: str, toks: list[Token], i: int) -> tuple[_Victims, int] | None:
    """A list of victim items from token ``i``; the token index after it."""
    items: list[tuple[int | None, int, int, int]] = []
    while True:
        item = _item(toks, i)
        if item is None:
            break
        count, first, after, quant_end, counted = item
        if items and not counted:
            break
        items.append((count, first, after, quant_end))
        i = after
        joined = False
        for joiner in JOINERS:
            k = i + (1 if i < len(toks) and toks[i][0] == "," else 0)
            words = tuple(t[0].lower() for t in toks[k:k + len(joiner)])
            if words == joiner and _item(toks, k + len(joiner)) is not None:
                i, joined = k + len(joiner), True
                break
        if not joined:
            break
    if not items:
        return None
    total: int | None = 0
    for count, *_ in items:
        total = None if total is None or count is None else total + count
    start, end = toks[items[0][1]][1], toks[items[-1][2] - 1][2]
    if len(items) == 1:
        _, first, after, quant_end = items[0]
        who = text[toks[quant_end][1]:toks[after - 1][2]] if quant_end < after else None
    else:
        who = " and ".join(text[toks[f][1]:toks[a - 1][2]] for _, f, a, _ in items)
    if who and who.lower() in ("he", "she", "others", "more"):
        who = None
    return _Victims(start, end, total, who), i


def _after(text: str, end: int) -> _Victims | None:
    toks = _tokens(text, end, min(len(text), end + _REACH))
    found = _victims(text, toks, 0)
    return found[0] if found else None


def _without_unit(toks: list[tuple[str, int, int]], stop: int) -> int:
    """Reads past the unit a victim phrase names ("three soldiers *of the
    Frontier Corps* were martyred"): up to four capitalised words after "of"."""
    k = stop
    while k > 0 and stop - k < 4 and toks[k - 1][0][:1].isupper():
        k -= 1
    if k == stop:
        return stop
    if k > 0 and toks[k - 1][0].lower() == "the":
        k -= 1
    return k - 1 if k > 0 and toks[k - 1][0].lower() == "of" else stop


def _before(text: str, start: int) -> _Victims | None:
    toks = _tokens(text, max(0, start - _REACH), start)
    stop = len(toks)
    while stop and (toks[stop - 1][0].lower() in AUX or toks[stop - 1][0] == ","):
        stop -= 1
    stop = _without_unit(toks, stop)
    floor = max((k + 1 for k, t in enumerate(toks[:stop]) if t[0] in _CLAUSE_END), default=0)
    for i in range(max(floor, stop - 14), stop):  # the longest phrase ending at the trigger
        found = _victims(text, toks, i)
        if found and found[1] == stop:
            return found[0]
    return None


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around trigger stems, merged; the rest cannot hold a trigger."""
    spans: list[tuple[int, int]] = []
    for m in _STEMS.finditer(text):
        start, end = max(0, m.start() - 40), min(len(text), m.end() + 40)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    windows = _windows(text)
    for pattern, kind, side in _TRIGGER_RES:
        for m in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            victims = _after(text, m.end()) if side in ("after", "both") else None
            if victims is None and side in ("before", "both"):
                victims = _before(text, m.start())
            if victims is None or victims.count is None:
                continue
            start, end = min(victims.start, m.start()), max(victims.end, m.end())
            n = victims.count
            hits.append(_Hit(start, end, n if kind == "killed" else None,
                             n if kind == "wounded" else None, victims.who))
    for m in (m for start, end in windows for m in _NONE_HURT.finditer(text, start, end)):
        only_deaths = (m.group("noun") or "").lower() in ("deaths", "fatalities") or (
            (m.group("verb") or "").lower() == "killed")
        hits.append(_Hit(m.start(), m.end(), 0, None if only_deaths else 0, None))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _merge(text: str, hits: list[_Hit]) -> list[_Hit]:
    merged: list[_Hit] = []
    for hit in hits:
        if merged:
            last = merged[-1]
            gap = text[last.end:hit.start]
            complementary = ((last.killed is None) != (hit.killed is None)
                             and (last.wounded is None) != (hit.wounded is None))
            if complementary and len(gap) <= _MERGE_GAP and not re.search(r"[.!?;\n]", gap):
                merged[-1] = _Hit(
                    last.start, hit.end,
                    last.killed if last.killed is not None else hit.killed,
                    last.wounded if last.wounded is not None else hit.wounded,
                    last.who or hit.who,
                )
                continue
        merged.append(hit)
    return merged


def find_casualties(text: str) -> list[CasualtyMention]:
    """Every statement of people killed or wounded in ``text``, in order."""
    return [
        CasualtyMention(h.start, h.end, text[h.start:h.end], Casualties(h.killed, h.wounded, h.who))
        for h in _merge(text, _hits(text))
    ]
