"""What a sentence's surroundings say: both sides named, counts, continuation."""

from __future__ import annotations

import re

from borderwatch.events import triggers as t
from borderwatch.records import Analysis, Sentence


def two_sides(analysis: Analysis, sentence: Sentence, before: Sentence | None, folded: str) -> bool:
    """Both sides are named: two countries, or words like "both sides".

    A sentence that goes on from the previous one ("He met officials there")
    counts the countries of that sentence too.
    """
    if t.TWO_SIDES.search(folded):
        return True
    if TALKS_WITH.search(folded):
        return True  # "we held talks with the Afghan authorities": the speaker is the other side
    spans = [sentence]
    if before is not None and CONTINUES.match(sentence.text):
        spans.append(before)
    codes = {
        p.countries[0]
        for p in analysis.places
        if p.kind == "country" and any(s.start <= p.start < s.end for s in spans)
    }
    return len(codes) >= 2


def counted(analysis: Analysis, sentence: Sentence) -> bool:
    return any(sentence.start <= c.start < sentence.end for c in analysis.counts)


def officials_meet(folded: str) -> bool:
    """Officials of the sides meet, or a meeting is held, in a sentence that names no place."""
    if t.MEETING_HELD.search(folded) is not None:
        return True
    return t.OFFICIALS.search(folded) is not None and t.TALKS.search(folded) is not None


#: Talks with the officials of one side: the speaker or subject is the other
#: ("had discussions with the Zambian authorities", "met with Afghan officials").
TALKS_WITH = re.compile(
    r"\b(?:talks|meetings?|discussions?|dialogue|negotiations|consultations?|met|meet|meets|"
    r"agreement|agreed) with (?:the |their |its |his |her )?(?:\w+ ){0,2}(?:officials|authorities|"
    r"government|ministers?|ministry|administration|commanders?|representatives|leadership|officers)\b"
)

#: A sentence that goes on with the previous one's subject and time.
CONTINUES = re.compile(r"^(?:he|she|they|it|the two sides|both sides|there)\b", re.IGNORECASE)
