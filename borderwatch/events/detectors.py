"""One pure detector per event type: a sentence view in, candidates out.

Detectors find triggers (tables in ``triggers.py``) and decide the type;
they do not choose places or attach attributes (``places.py`` and
``attributes.py`` do), and they do no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from borderwatch.events import triggers as t
from borderwatch.events.grammar import (
    about_a_facility,
    decided_noun,
    limited_part,
    negated,
    untold_noun,
    wished,
)
from borderwatch.records import EventType, Parse, Sentence


@dataclass(frozen=True, slots=True)
class SentenceView:
    """A sentence with its folded text (same length, same offsets)."""

    sentence: Sentence
    folded: str
    has_place: bool  # a crossing, a whole border or an anaphora is named
    two_sides: bool = False  # officials or countries of both sides are named
    crossings: tuple[tuple[int, int], ...] = ()  # named crossings, sentence offsets
    parse: Parse | None = None  # the dependency parse, for English sentences


@dataclass(frozen=True, slots=True)
class Candidate:
    type: EventType
    start: int  # trigger offsets, relative to the sentence
    end: int
    future: bool = False
    prior: bool = False  # a closure implied by "reopened after a closure"
    reference: bool = False  # "the closure": names a state told elsewhere
    noun: bool = False  # the trigger is a noun ("closure"), not a verb


#: How far before a trigger cue words (negation, "if", "will") are looked for.
WINDOW = 40

#: Uses of trigger words that are something else ("close to the border",
#: "closing ceremony", "resumed firing", "restored order").
NOT_CLOSURE = re.compile(
    r"(?:close(?:ly)? (?:to|by|ties|ally|allies|relative|cooperation|proximity|contact|eye|watch|look|range|call|friend)|"
    r"clos(?:e|ed|ing) (?:doors?|door|ceremony|ceremonies|session|remarks|date|price)|"
    r"closed.door|clos(?:ed|e|ing) (?:a |the )?(?:loopholes?|gaps?|holes?|breach\w*)|closing (?:of )?(?:the )?(?:ceremony|parade|session|ranks)|"
    r"clos(?:ed|e) (?:in|down) on|block(?:ed)? (?:attempts?|efforts?)|"
    r"shut(?:ting)? (?:up|out)|halting (?:english|speech)|"
    r"suspend(?:ed|s)? (?:sentence|player|account|officials?|staff|him|her|them)|"

    r"stopp?(?:ed|ing) (?:\w+ )?(?:groups?|migrants|people|refugees|asylum seekers|smugglers|him|her|them)|"
    r"stopp?(?:ed|ing) (?:short|by|to)|bann?ed (?:books?|groups?|organi[sz]ations?|outfit))"
)
#: What was suspended or halted, said before the verb, when it is no traffic
#: ("the charges were suspended", "work was halted").
NOT_CLOSURE_BEFORE = re.compile(
    r"\b(?:charges?|fees?|tax\w*|levy|levies|tolls?|fines?|work|construction|fencing|"
    r"operations? against|flights?|classes|schools?) (?:\w+ ){0,2}(?:were |was |are |is |has been |have been )?$"
)
NOT_REOPENING = re.compile(
    r"(?:resum(?:e|ed|es|ing|ption) (?:of )?(?:firing|fighting|shelling|attacks?|hostilities|talks|negotiations|dialogue|work|construction|fencing|operations against)|"
    r"restor(?:e|ed|es|ing|ation) (?:of )?(?:order|calm|peace|ties|relations|normalcy to the region|trust|power|electricity|democracy))"
)
#: Words before "reopen" that make it a wish or a wait, not a reopening.
REOPEN_BLOCKERS = re.compile(
    r"\b(?:wait(?:ing|ed)? for|await(?:ing|s|ed)?|until|till|before|since|talks? (?:to|on|about)|"
    r"negotiations? (?:to|on)|bids? to|discuss\w*|for (?:it|them|the \w+(?: \w+)?) to|"
    r"(?:talks|negotiations|meetings?|efforts?|attempts?)\b(?:\W+\w+){0,8}?\W+to|urg\w+|demand\w*|"
    r"call\w* (?:for|on)|push\w* for|seek\w*|sought|ask\w*|hope\w*|appeal\w*|efforts? to|"
    r"plans? to|want\w* to|no (?:\w+ ){0,5}(?:on|of|about|for)|when|"
    r"not|no|yet to|refus\w+ to|fail\w* to|pressing for|press for|"
    r"(?:was|were|had been) (?:due|supposed|meant) to)\b(?:\W+\w+){0,5}\W*$"
)


#: "Only residents will be allowed": a rule of the regime in force, stated in
#: the future tense, not an announcement of a change to come.
RULE_IN_FORCE = re.compile(r"(?:\W+\w+){0,2}?\W+(?:allowed|permitted|required|mandatory)\b")

#: An agreement already in place ("under the agreement", "through a mutual
#: agreement"): the means of something else, not a meeting.
EXISTING_AGREEMENT = re.compile(
    r"\b(?:through|under|in line with|in accordance with|as per|according to|per) (?:the |a |an |this |that )?(?:\w+ )?$"
)

#: Waiting as a measure of service, not people held up ("waiting times").
ROUTINE_WAIT = re.compile(r"waiting (?:times?|periods?|hours|lines?)\b")

GOES_ON = re.compile(r"\b(?:will|would|to) (?:stay|remain|continue to be|be kept)\s+$")

#: A meeting that has not happened ("a flag meeting ... had not taken place yet").
NOT_HELD = re.compile(
    r"(?:\W+\w+){0,8}?\W+(?:had|has|have)? ?(?:not|yet to|never) (?:yet )?(?:taken place|been held|happened|materiali[sz]ed|take place|be held)"
)

#: A start date right after the trigger in languages that put it there.
FROM_NEXT = re.compile(r"(?:\W+\w+){0,3}?\W+(?:ab (?:morgen|\w+tag|sonnabend)|a partir (?:de|du))\b")

#: The words that except what follows them ("except", "apart from", "other than").
EXCEPT_BEFORE = re.compile(
    r"\b(?:except|excepting|apart from|other than|with the exception of|save|but not)\s+(?:for\s+)?(?:the\s+)?$"
)

#: Exceptions so narrow that the crossing is closed all the same.
NARROW = re.compile(
    r"\b(?:ambulances?|emergenc\w*|medical evacuations?|diplomats?|diplomatic|"
    r"(?:nationals|citizens) returning home|returning (?:nationals|citizens)|repatriat\w+)\b"
)

#: Passage let to some only, anywhere after a closure word in its sentence.
ONLY_LET = re.compile(rf"\b{t.LET_ONLY}\b")

#: How long a crossing had been shut, right after its reopening ("reopens
#: after two days", "resumed after nearly ten months").
CLOSED_FOR = re.compile(
    r"(?:\W+\w+){0,4}?\W+after (?P<span>(?:(?:nearly|almost|more than|over|about|some) )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) "
    r"(?:hours?|days?|weeks?|months?|years?))\b(?! of (?:talks|negotiations|discussions|fighting|clashes|protests?))"
)

#: Opening hours, not a reopening ("opened round the clock", "open 24/7").
HOURS = re.compile(r"\W*(?:for )?(?:(?:24|twenty four)\W*(?:hours?|7)|(?:round|around) the clock)")

#: A closure word that says a state goes on ("remains suspended").
STILL = re.compile(
    r"(?:remain\w*|stay\w*|stayed|kept) (?:shut|closed|sealed|blocked|suspended|halted)|"
    r"still (?:suspended|closed|halted|blocked|shut)"
)

AFTER = re.compile(r"\bafter\s+$")

#: A past habit just before a rule of passage ("used to close at night").
USED_TO = re.compile(r"\bused to (?:\w+ )?$")

CLASH_NOUN = re.compile(r"clash(?:es)?|shooting(?: incident| attack)?|firing|exchange of fire|shelling|skirmish(?:es)?|gunfire")

AGAIN = re.compile(r"\bagain\b|\bre ?clos\w*|\bonce more\b")

#: Trigger nouns, and the determiners that make them point back at a state
#: the article tells elsewhere ("the closure has caused problems").
NOUN = re.compile(r"closures?|shutdowns?|suspension|blockade|halt|standstill|traffic halt")
REFERENCE = re.compile(r"\b(?:the|this|that|its|their|his|her|recent|current|ongoing|\w+ s)\s+(?:\w+\s+)?$")

#: Words right after a trigger noun that make it a wish ("reopening ... demanded").
WISHED = re.compile(r"(?:\W+\w+){0,6}?\W+(?:demanded|sought|urged|called for|requested)\b")


#: Restriction words that stand alone as a trigger.  The bare noun
#: "restrictions" is left out: "COVID-19 restrictions" are rules in general,
#: not a limit applied at the crossing.
RESTRICTED = re.compile(
    r"\brestrict(?:s|ed|ing)\b|\b(?:border|entry|crossing|travel|transit) restrictions\b|"
    r"\brestrictions (?:on|at) (?:the )?(?:border|crossing|entry|movement|traffic|trade|travel|trucks|vehicles)\b|"
    r"\bonly (?:pedestrians|cargo|trucks|aid)\b|\bopen only (?:to|for)\b|"
    r"\bopen (?:only )?(?:between|from) \d{1,2}\b|\b(?:shorter|reduced|shortened|limited) (?:opening |working )?hours\b|"
    # "only food, cement and iron are currently permitted" (folded: commas are spaces)
    r"\bonly (?:\w+ +){1,20}?(?:will be |are |is |were |would be )?(?:\w+ly )?"
    r"(?:allowed|permitted)\b|"
    r"\bpermits? (?:only )?(?:the )?(?:transfer|entry|passage|delivery) of (?:\w+ )?aid\b|"
    # "has limited border crossing with Kazakhstan", "curbed the entry of trucks"
    r"\b(?:limit(?:s|ed|ing)?|curb(?:s|ed|ing)?|tighten(?:s|ed|ing)?|reduc(?:e|es|ed|ing)) (?:the )?"
    r"(?:\w+ ){0,2}(?:border crossings?|crossings?|entry|entries|traffic|movement|passage|transit|"
    r"imports?|exports?|trade|travel)\b|"
    # "imposed strict travelling restrictions", "introduced ID checks", "new visa rules"
    r"\b(?:impos|introduc|reimpos|enforc)\w* (?:\w+ ){0,4}(?:restrictions|rules|curbs|checks|controls|"
    r"requirements?|ban|limits)\b|"
    r"\b(?:restrictions|curbs|checks|controls) (?:\w+ ){0,5}(?:were|was|have been|has been) "
    r"(?:introduced|imposed|reimposed|enforced)\b"
)


def _window(view: SentenceView, start: int) -> str:
    return view.folded[max(0, start - WINDOW) : start]


def _negated(view: SentenceView, start: int) -> bool:
    """A negation just before the trigger, or a denial anywhere before it in
    the sentence ("denied reports circulating on social media that the
    border had been closed")."""
    if t.DENIAL.search(view.folded, 0, start) is not None:
        return True
    if view.parse is not None:  # the grammar of the clause, where there is a parse
        said = negated(view.parse, view.sentence.start + start, view.sentence.start + start + 1)
        if said is not None:
            return said
    return t.NEGATION.search(_window(view, start)) is not None


def _hypothetical(view: SentenceView, start: int) -> bool:
    before = _window(view, start)
    return any(m.end() >= len(before) - 30 for m in t.HYPOTHETICAL.finditer(before))


#: A reopening phrase that announces ("will be opened", "the gate is set to open").
ANNOUNCING = re.compile(r"^(?:will|would|shall|to be|set to)\b|\b(?:will|would|to) open\b")


def _future(view: SentenceView, start: int, end: int) -> bool:
    before = _window(view, start)
    phrase = view.folded[start:end]
    if phrase.startswith("remain") or RULE_IN_FORCE.match(view.folded, end):
        return False
    if GOES_ON.search(before):  # "would stay suspended": a state that goes on
        return False
    if any(m.end() >= len(before) - 25 for m in t.FUTURE.finditer(before)):
        return True
    # "schließt ab Freitag", "ferme à partir de lundi": the start comes after.
    return FROM_NEXT.match(view.folded, end) is not None


def excepted_crossings(view: SentenceView) -> list[tuple[int, int]]:
    """Crossings a sentence excepts ("closed all crossings except Terespol")."""
    return [
        (a, b) for a, b in view.crossings if EXCEPT_BEFORE.search(view.folded, max(0, a - 30), a)
    ]


def _limited(view: SentenceView, start: int, end: int) -> bool:
    """A limit word near the trigger turns closure/reopening into restriction.

    An exception that names a crossing ("all crossings except Terespol") is no
    limit: the others are closed, and the excepted one is simply not.
    """
    folded = view.folded
    for a, _ in excepted_crossings(view):
        m = EXCEPT_BEFORE.search(folded, max(0, a - 30), a)
        if m:
            folded = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
    near = folded[max(0, start - 100) : end + 70]
    wide = folded[max(0, start - 100) : end + 120]
    if closed_to_people(folded, end):
        return True  # "closed to all foreigners", "shut to Israelis": others still cross
    if re.search(r"\b(?:except|only|but)\b", near) and NARROW.search(wide):
        return False  # "closed to all traffic except nationals returning home"
    if re.search(r"\ball (?:traffic|movement|trade|crossings|vehicles|border)\b|\b(?:to|for) all\b", near) or (
        t.ALL_KINDS.search(wide)
    ):
        if not re.search(r"\bonly\b|\bpartial|\bpartly|\bexcept", near):
            return False
    if ONLY_LET.search(folded, end):
        return True  # "suspended movement ..., allowing only returning travellers to pass"
    return (
        t.LIMIT.search(near) is not None
        or _parsed(view, limited_part, start, end)
        or t.STILL_PASSING.search(wide) is not None
        or t.DOCUMENTS.search(near) is not None
        or t.LIMIT_OBJECT.match(view.folded, end) is not None
    )


#: "closed to all non-Greeks", "shut to Israelis", "closed for foreign
#: nationals": the people a closure word is said to apply to.
CLOSED_TO = re.compile(
    r"(?:(?:\W+\w+){0,3}?\W+to|\W+for) (?:all )?(?:non )?(\w+)(?: (\w+))?"
)
#: Words for a group of people by where they come from or belong.
PEOPLE_BY_ORIGIN = frozenset(
    "foreigners foreign nationals citizens residents expatriates expats locals".split()
)


def closed_to_people(folded: str, end: int) -> bool:
    """The closure word at ``end`` applies to one group of people, named by
    origin ("to all foreigners", "to Israelis", "for Afghan nationals")."""
    from borderwatch.gazetteer import load_gazetteer

    m = CLOSED_TO.match(folded, end)
    if m is None:
        return False
    word, following = m.group(1), m.group(2) or ""
    if word in PEOPLE_BY_ORIGIN or following in PEOPLE_BY_ORIGIN:
        return word not in ("all", "the")
    gazetteer = load_gazetteer()
    # a demonym in the plural ("Israelis", "Greeks"); a country's adjective
    # alone ("to Afghan trade") names no people
    return word.endswith("s") and gazetteer.country_code(word[:-1]) is not None


def _parsed(
    view: SentenceView, reader: Callable[[Parse, int, int], bool | None], start: int, end: int
) -> bool:
    """What a reader of the parse (``events/grammar.py``) says of the trigger at
    [start, end) of the sentence; False where the sentence has no parse."""
    if view.parse is None:
        return False
    at = view.sentence.start
    return bool(reader(view.parse, at + start, at + end))


def _facility(view: SentenceView, candidate: Candidate) -> bool:
    """A status word whose subject or object is a park, a market, a school."""
    if candidate.type not in ("closure", "reopening", "restriction"):
        return False
    return _parsed(view, about_a_facility, candidate.start, candidate.end)


#: The nouns of a reopening ("the reopening", "the resumption").
REOPENING_NOUN = re.compile(r"re ?opening|resumption|restoration")


def _untold(view: SentenceView, start: int, end: int) -> bool:
    """A reopening noun that is wished, weighed or named, not reported."""
    if not REOPENING_NOUN.fullmatch(view.folded, start, end):
        return False
    return _parsed(view, untold_noun, start, end)


def _reference(view: SentenceView, start: int, end: int, noun: bool) -> bool:
    """A trigger noun that points back at an event told elsewhere ("the closure
    has caused problems"), unless a deciding verb takes it: "ordered the
    closure of the bridge", "confirmed the clashes" are news of their own."""
    return (
        noun
        and REFERENCE.search(_window(view, start)) is not None
        and not _parsed(view, decided_noun, start, end)
    )


def detect_status_changes(view: SentenceView) -> list[Candidate]:
    """closure, reopening and restriction triggers of one sentence."""
    found: list[Candidate] = []
    folded = view.folded
    reopenings = []
    limited_reopening = False
    for m in t.REOPENING.finditer(folded):
        if NOT_REOPENING.match(folded, m.start()) or REOPEN_BLOCKERS.search(
            folded, max(0, m.start() - 2 * WINDOW), m.start()
        ):
            continue
        if WISHED.match(folded, m.end()) or HOURS.match(folded, m.end()):
            continue
        if _hypothetical(view, m.start()) or _untold(view, m.start(), m.end()):
            continue
        if _parsed(view, wished, m.start(), m.end()):
            continue
        lo = max(0, m.start() - 60)
        partial = [
            p for p in t.PARTIAL_REOPENING.finditer(folded, lo, m.end() + 70)
            # "reopened, while the Rainbow Bridge remained closed": a contrast
            # about another named crossing limits nothing here.
            if not any(p.start() <= a < p.end() for a, _ in view.crossings)
        ]
        # "temporarily opened to allow 100 citizens to return", "reopened for three hours"
        for_a_while = t.FOR_A_WHILE.match(folded, m.end()) is not None or (
            t.EXCEPTIONALLY.search(folded, max(0, m.start() - 30), m.end() + 30) is not None
            and t.FOR_A_PURPOSE.search(folded, m.start(), m.end() + 60) is not None
        )
        kind: EventType = "restriction" if partial or for_a_while else "reopening"
        reopenings.append(m)
        limited_reopening = limited_reopening or kind == "restriction"
        # the trigger may hold its own future ("will be opened", "set to open")
        ahead = _future(view, m.start(), m.end()) or ANNOUNCING.search(m.group(0)) is not None
        found.append(Candidate(kind, m.start(), m.end(), ahead))
    for m in t.CLOSURE.finditer(folded):
        if NOT_CLOSURE.match(folded, m.start()) or NOT_CLOSURE_BEFORE.search(_window(view, m.start())):
            continue
        if any(r.start() <= m.start() < r.end() for r in reopenings):
            continue
        phrase = m.group(0)
        negated_reopen = phrase.startswith(("not ", "yet to", "await", "wait"))
        if not negated_reopen and (_negated(view, m.start()) or _hypothetical(view, m.start())):
            continue
        if _parsed(view, wished, m.start(), m.end()):
            continue  # "demanded that the gate be shut", "the army must close it"
        # A closure told in a sentence with a reopening is the one the
        # reopening ends ("reopened after a four-day closure", "after 26 hours
        # of standstill, the border was opened"), unless it came again.
        prior = bool(reopenings) and AGAIN.search(folded, max(0, m.start() - 40), m.end() + 20) is None
        still = STILL.search(folded, max(0, m.start() - 16), m.end())
        ongoing = still is not None and not AFTER.search(folded, 0, still.start())
        if prior and limited_reopening and ongoing:
            # "opened only to returning Afghans; travel into Iran remains
            # suspended": the other half of one limited state, not its past.
            prior, limited = False, True
        elif prior and ongoing and m.start() > reopenings[-1].end():
            # "X and Y reopened, but the Allenby Bridge remains closed": the
            # present state of another place, told after the reopening.
            prior, limited = False, _limited(view, m.start(), m.end())
        elif prior:
            # "cargo clearance resumed after it was suspended": the limit named
            # before the reopening tells what the closure stopped.
            head = folded[: reopenings[0].start()]
            limited = t.PART_SUBJECT.search(head) is not None and not t.ALL_KINDS.search(head)
        else:
            limited = _limited(view, m.start(), m.end())
        kind = "restriction" if limited else "closure"
        noun = NOUN.fullmatch(phrase) is not None
        reference = _reference(view, m.start(), m.end(), noun)
        found.append(
            Candidate(
                kind, m.start(), m.end(), _future(view, m.start(), m.end()) and not prior, prior,
                reference, noun,
            )
        )
    if reopenings and not any(c.prior for c in found):
        # "reopens after two days", "resumed after ten months": the time it
        # was shut, a closure the reopening ends
        for m in reopenings:
            gap = CLOSED_FOR.match(folded, m.end())
            if gap is not None:
                found.append(Candidate("closure", gap.start("span"), gap.end(), prior=True))
                break
    for m in t.DOCUMENTS.finditer(folded):
        if not _hypothetical(view, m.start()):
            found.append(Candidate("restriction", m.start(), m.end(), _future(view, m.start(), m.end())))
    for m in t.OPEN_STATE.finditer(folded):
        # "remains open, though only for holders of visas": a limited state
        if t.PARTIAL_REOPENING.search(folded, m.end(), m.end() + 45) and not _negated(view, m.start()):
            found.append(Candidate("restriction", m.start(), m.end()))
    for m in t.LIMITED_PASSAGE.finditer(folded):
        # "had been opening between 6 am and 10 pm": the rule before, not now
        before = folded[max(0, m.start() - 25) : m.start()]
        if t.PLUPERFECT.search(before) or USED_TO.search(before):
            continue
        if m.group(0).endswith("only") and NARROW.search(folded, m.end(), m.end() + 60):
            continue  # "allowed only ambulances": closed all the same
        if not _negated(view, m.start()) and not _hypothetical(view, m.start()):
            found.append(Candidate("restriction", m.start(), m.end(), _future(view, m.start(), m.end())))
    for m in t.CONDITIONAL_PASSAGE.finditer(folded):
        # "can cross between 7 am and 5 pm", "may enter with a valid visa"
        if not _negated(view, m.start()) and not _hypothetical(view, m.start()):
            found.append(Candidate("restriction", m.start(), m.end(), _future(view, m.start(), m.end())))
    for m in t.KEPT_OUT.finditer(folded):
        # "pedestrians cannot enter": the negation is the limit itself
        if not _hypothetical(view, m.start()):
            found.append(Candidate("restriction", m.start(), m.end(), _future(view, m.start(), m.end())))
    for m in RESTRICTED.finditer(folded):
        if not _negated(view, m.start()) and not _hypothetical(view, m.start()):
            # "only ambulances will be allowed": a closure with narrow exceptions.
            narrow: EventType = "closure" if NARROW.search(m.group(0)) else "restriction"
            found.append(Candidate(narrow, m.start(), m.end(), _future(view, m.start(), m.end())))
    return found


def detect_clash(view: SentenceView) -> list[Candidate]:
    found = []
    for m in t.CLASH.finditer(view.folded):
        if _negated(view, m.start()) or _hypothetical(view, m.start()):
            continue
        # "closed after the clash": a clash told elsewhere, named again
        noun = CLASH_NOUN.fullmatch(m.group(0)) is not None
        reference = _reference(view, m.start(), m.end(), noun)
        found.append(Candidate("clash", m.start(), m.end(), reference=reference, noun=noun))
    return found[:1]


def detect_stranded(view: SentenceView) -> list[Candidate]:
    if t.HELD.search(view.folded) is None or t.MOVING_AGAIN.search(view.folded):
        return []
    for m in t.STRANDED.finditer(view.folded):
        if _negated(view, m.start()) or ROUTINE_WAIT.match(view.folded, m.start()):
            continue
        return [Candidate("stranded", m.start(), m.end())]
    return []


def detect_talks(view: SentenceView) -> list[Candidate]:
    """Meetings of both sides, even when announced ("officials would meet"),
    and meetings told as held ("a meeting was held to resolve the crisis")."""
    if not view.two_sides and t.MEETING_HELD.search(view.folded) is None:
        return []
    for m in t.TALKS.finditer(view.folded):
        if _negated(view, m.start()) or EXISTING_AGREEMENT.search(_window(view, m.start())):
            continue
        if NOT_HELD.match(view.folded, m.end()):
            continue
        return [Candidate("talks", m.start(), m.end(), _future(view, m.start(), m.end()))]
    return []


#: Every detector, in the order their events are listed.
DETECTORS: tuple[Callable[[SentenceView], list[Candidate]], ...] = (
    detect_status_changes,
    detect_clash,
    detect_stranded,
    detect_talks,
)


def detect(view: SentenceView) -> list[Candidate]:
    """All candidates of one sentence; background sentences give none."""
    if t.BACKGROUND.search(view.folded):
        return []
    found: list[Candidate] = []
    for detector in DETECTORS:
        found.extend(detector(view))
    if view.sentence.lang != "en":  # other languages: their lexicons (lexicons/*.tsv)
        from borderwatch.events.lexicon_detect import with_lexicon

        found = with_lexicon(view, found)
    opening = t.LONG_AGO.search(view.folded, 0, 25)
    return [
        c for c in found
        if not _facility(view, c)
        and not opening
        and not t.LONG_AGO.search(view.folded, max(0, c.start - 30), c.start)
        and not _habitual(view.folded, c.start)
    ]


#: Where one clause of a sentence ends and the next begins.
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:where|which|while|but|whereas)\b")


def _habitual(folded: str, at: int) -> bool:
    """A habit word in the clause of the trigger at ``at``."""
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(folded)]
    start = max((b for b in breaks if b < at), default=0)
    end = min((b for b in breaks if b > at), default=len(folded))
    return t.HABITUAL.search(folded, start, end) is not None
