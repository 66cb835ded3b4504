"""Attach attributes to a candidate: date, actor, reason, counts, casualties.

Each function reads one sentence's mentions (already found by the
understand stage) and picks what belongs to the trigger; nothing here finds
new things in the text except the actor and reason phrases, which are read
around the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderwatch.events import triggers as t
from borderwatch.events.grammar import governing
from borderwatch.records import (
    Casualties,
    CasualtyMention,
    Count,
    CountMention,
    DateMention,
    Parse,
    Sentence,
)


def _distance(mention: DateMention, at: int) -> int:
    return min(abs(mention.start - at), abs(mention.end - at))


def pick_date(
    dates: Sequence[DateMention],
    sentence: Sentence,
    trigger_start: int,
    rivals: Sequence[tuple[int, bool]] = (),
    ahead: bool = False,
    parse: Parse | None = None,
) -> DateMention | None:
    """The date mention of the sentence nearest to the trigger (absolute offsets).

    ``rivals`` are the positions of the other events' words in a sentence
    that tells a reopening and the closure it ends, each flagged True for
    the sentence's main event.  A date then belongs to the trigger just
    before it ("reopened on Saturday after it was closed on Tuesday"), or to
    the main event when it comes first ("On Saturday, Iran reopened ...
    after a week-long closure").  Where the sentence is parsed, a date belongs
    to the trigger it hangs on ("Closed for years, Syria yesterday reopened").
    """
    inside = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
    if ahead:
        # An announcement's date follows its words ("agreed on Wednesday to
        # reopen the crossing from Saturday").
        inside = [d for d in inside if d.start >= trigger_start] or inside
    if rivals:
        triggers = sorted(rivals)
        main = next((pos for pos, is_main in triggers if is_main), triggers[0][0])

        def owner(d: DateMention) -> int:
            if parse is not None:
                governed = governing(parse, d.start, [pos for pos, _ in triggers])
                if governed is not None:
                    return governed
            before = [pos for pos, _ in triggers if pos <= d.start]
            return before[-1] if before else main

        inside = [d for d in inside if owner(d) == trigger_start]
    if not inside:
        return None
    return min(inside, key=lambda d: _distance(d, trigger_start))


#: Number words of a closure's length, in the languages the triggers know.
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
    # French, Spanish and German ("apres trois semaines de fermeture", folded)
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "zwei": 2, "drei": 3, "vier": 4, "funf": 5,
}  # fmt: skip
#: Units of a closure's length, in days (0: hours, counted as whole days).
_UNITS = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0,
    "jour": 1, "jours": 1, "semaine": 7, "semaines": 7, "dia": 1, "dias": 1,
    "semana": 7, "semanas": 7, "tag": 1, "tage": 1, "tagen": 1, "woche": 7, "wochen": 7,
}  # fmt: skip
#: "after a four-day closure", "after remaining closed for six days",
#: "ending a week-long shutdown", "after 26 hours of standstill".
_SPAN = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")[ -](?P<unit>" + "|".join(_UNITS) + r")\b"
)


def closure_length_days(folded_sentence: str) -> int | None:
    """How long the closure a reopening ended lasted, in days, when stated."""
    match = _SPAN.search(folded_sentence)
    if match is None:
        return None
    raw = match.group("n")
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    per = _UNITS[match.group("unit")]
    return n * per if per else n // 24


def pick_counts(counts: Sequence[CountMention], sentence: Sentence) -> tuple[Count, ...]:
    held = [c.count for c in counts if sentence.start <= c.start and c.end <= sentence.end]
    seen: list[Count] = []
    for count in held:
        if count not in seen:
            seen.append(count)
    return tuple(seen)


def pick_casualties(mentions: Sequence[CasualtyMention], sentence: Sentence) -> Casualties | None:
    inside = [m.casualties for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    if not inside:
        return None
    killed = [c.killed for c in inside if c.killed is not None]
    wounded = [c.wounded for c in inside if c.wounded is not None]
    who = next((c.who for c in inside if c.who), None)
    return Casualties(
        killed=sum(killed) if killed else None,
        wounded=sum(wounded) if wounded else None,
        who=who,
    )


_OPPONENT = re.compile(
    r"^\s*with\s+(?P<other>(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:[a-z]+\s+){0,2}"
    r"(?:guards|forces|troops|soldiers|police|army|militants|personnel|officials))\b"
)
_PRONOUN_SUBJECT = re.compile(r"^(?:[^,]{0,40},\s*)?(?:they|he|she|it)\b", re.IGNORECASE)


def find_opponent(sentence_text: str, trigger_end: int) -> str | None:
    """The other side of a clash: "traded fire with Pakistani border guards"."""
    match = _OPPONENT.match(sentence_text[trigger_end:])
    return match.group("other").strip() if match else None


def has_pronoun_subject(sentence_text: str) -> bool:
    """ "On Monday, they traded fire": the actor is the previous sentence's."""
    return _PRONOUN_SUBJECT.match(sentence_text) is not None


def find_reason(sentence_text: str, trigger_end: int) -> str | None:
    """The stated cause after the trigger ("due to ...", "over ...")."""
    match = t.REASON.search(sentence_text, trigger_end)
    if match is None:
        return None
    reason = match.group("reason").strip()
    reason = re.split(
        r"\s+(?:and|but|while|which|as|"
        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        reason,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    return reason.strip(" \"“”'") or None
