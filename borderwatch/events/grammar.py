"""What a trigger word governs, read from the sentence's dependency parse.

A closure word whose object, subject or "to/for" complement names one kind
of traffic closes that kind only: "halted *bus services*",
"suspended *southbound lanes*", "fuel and timber *shipments* stay
suspended", "shut the gate *to foot traffic*".  That is a
``restriction`` (spec: "closed to trade, pedestrians still cross").  The
kinds of traffic are lemmas in the tables below; the parse tells which words
the trigger governs, however far apart they stand.

Pure functions over ``records.Parse``; nothing here loads a model.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from borderwatch.records import Parse

__all__ = [
    "about_a_facility",
    "decided_noun",
    "governed_heads",
    "governed_words",
    "governs_only",
    "limited_part",
    "negated",
    "parse_at",
    "untold_noun",
    "wished",
]

#: One kind of traffic among several: closing it leaves the crossing open to
#: the others.  People by what they do, goods and their carriers, a direction.
PEOPLE = frozenset(
    {
        "pedestrian", "passenger", "traveller", "traveler", "tourist", "pilgrim",
        "commuter", "visitor", "foreigner", "worker", "student", "patient",
        "refugee", "migrant", "vacationer", "holidaymaker", "shopper", "resident",
        "national", "citizen", "cyclist", "motorcyclist",
    }
)
#: ("trade" alone is left out: at many crossings trade is most of the traffic,
#: and "trade was halted" reads as the crossing's closure.)
GOODS = frozenset(
    {
        "cargo", "freight", "goods", "export", "import", "commercial",
        "truck", "lorry", "trucker", "haulier", "hauler", "container", "tanker", "bus",
        "car", "vehicle", "vehicular", "motor", "shipment", "consignment",
        "commodity", "fuel", "livestock", "cart", "motorcycle", "bicycle",
    }
)
#: One direction, or part of the day.
SOME_WAY = frozenset(
    {
        "northbound", "southbound", "eastbound", "westbound", "inbound", "outbound",
        "outgoing", "incoming", "departure", "arrival", "night", "overnight", "nighttime",
    }
)
PARTS = PEOPLE | GOODS | SOME_WAY

#: Head nouns that name the place itself: their modifiers say what it serves
#: ("the old trade road", "a busy cargo terminal"), not what stopped.
PLACE_HEADS = frozenset(
    {
        "route", "corridor", "crossing", "border", "gate", "point", "terminal", "post",
        "checkpoint", "port", "bridge", "road", "highway", "pass", "frontier", "station",
    }
)

#: Words that make the object everything, not a part ("all traffic", "both
#: passenger and cargo traffic", "the entire border").
WHOLE = frozenset({"all", "every", "entire", "whole", "both", "any"})

#: Nouns that stand for a flow and take what flows as "of" ("movement of
#: trucks", "entry of foreign vehicles", "the passage of goods").
FLOW = frozenset(
    {"movement", "entry", "exit", "passage", "traffic", "transit", "flow", "crossing",
     "transport", "transportation", "operation", "activity", "service", "clearance"}
)

#: Verbs that only carry the state word ("remained closed", "was kept shut").
CARRIERS = frozenset({"remain", "stay", "be", "keep", "have", "get", "become"})

#: Relations that open another clause: its words are not the trigger's.
OTHER_CLAUSE = frozenset(
    {"conj", "advcl", "ccomp", "relcl", "parataxis", "acl", "csubj", "cc", "appos"}
)

#: Complements whose object is what the trigger applies to ("closed to trucks").
TARGET_PREPS = frozenset({"to", "for", "of"})


def parse_at(parses: Sequence[Parse], start: int) -> Parse | None:
    """The parse of the sentence holding offset ``start``."""
    i = bisect_right(parses, start, key=lambda p: p.start) - 1  # no list per call: linear
    if i >= 0 and parses[i].start <= start < parses[i].end:
        return parses[i]
    return None


def _children(parse: Parse, head: int) -> Iterator[int]:
    for i, tok in enumerate(parse.tokens):
        if tok.head == head and i != head:
            yield i


def _trigger(parse: Parse, start: int, end: int) -> int | None:
    """The content word of a trigger span ("remained *closed*", "*shut* down")."""
    inside = [i for i, t in enumerate(parse.tokens) if start <= t.start < end]
    for i in inside:
        tok = parse.tokens[i]
        if tok.pos in ("VERB", "NOUN", "ADJ", "PROPN") and tok.lemma not in CARRIERS:
            return i
    return inside[0] if inside else None


def _phrase(parse: Parse, head: int) -> set[str]:
    """A noun and its modifiers ("timber and fuel shipments"), through "of"
    after a flow noun ("movement of trucks")."""
    words = {parse.tokens[head].lemma}
    if parse.tokens[head].lemma in PLACE_HEADS:
        return words
    for child in _children(parse, head):
        tok = parse.tokens[child]
        if tok.dep in ("compound", "amod", "nmod", "nummod", "det", "predet", "conj", "poss"):
            words |= _phrase(parse, child) if tok.dep in ("conj", "nmod") else {tok.lemma}
            for grand in _children(parse, child):
                if parse.tokens[grand].dep in ("conj", "compound"):
                    words.add(parse.tokens[grand].lemma)
        elif tok.dep == "prep" and tok.lemma == "of" and parse.tokens[head].lemma in FLOW:
            for obj in _children(parse, child):
                if parse.tokens[obj].dep == "pobj":
                    words |= _phrase(parse, obj)
    return words


def _clause(parse: Parse, verb: int, heads: set[int]) -> Iterator[int]:
    """Tokens of the trigger's own clause: reachable from it without entering
    another clause (a conjoined verb, an adverbial or relative clause)."""
    todo = list(heads)
    seen = set(todo)
    while todo:
        head = todo.pop()
        yield head
        for child in _children(parse, head):
            if child not in seen and parse.tokens[child].dep not in OTHER_CLAUSE:
                seen.add(child)
                todo.append(child)


def governed_heads(parse: Parse, start: int, end: int) -> list[int]:
    """Head tokens of the phrases a trigger at [start, end) applies to: its
    object, its subject when it has no object (passives, "trade halted"),
    and the objects of its "to/for" (and, for a noun, "of") complements."""
    t = _trigger(parse, start, end)
    if t is None:
        return []
    tokens = parse.tokens
    verb = t
    # "remained closed", "was kept shut": the clause's verb holds the subject.
    while tokens[verb].dep in ("acomp", "oprd", "xcomp") and tokens[verb].head != verb:
        head = tokens[verb].head
        if tokens[head].lemma not in CARRIERS and tokens[verb].dep == "xcomp":
            break  # "decided to close": the subject decided, it was not closed
        verb = head
    heads = {t, verb}
    # "would remain suspended": the parser may hang the subject on the auxiliary.
    heads |= {
        c for h in (t, verb) for c in _children(parse, h) if tokens[c].dep in ("aux", "auxpass")
    }
    objects = [c for h in heads for c in _children(parse, h) if tokens[c].dep in ("dobj", "obj")]
    subjects = [
        c for h in heads for c in _children(parse, h)
        if tokens[c].dep == "nsubjpass" or (tokens[c].dep == "nsubj" and not objects)
    ]
    found = objects + subjects
    for prep in _clause(parse, verb, heads):
        if tokens[prep].dep == "prep" and tokens[prep].lemma in ("to", "for"):
            found.extend(o for o in _children(parse, prep) if tokens[o].dep == "pobj")
    for h in heads:  # "the closure of the road", "suspension of trade"
        if tokens[h].pos != "NOUN":
            continue
        for prep in _children(parse, h):
            if tokens[prep].dep == "prep" and tokens[prep].lemma == "of":
                found.extend(o for o in _children(parse, prep) if tokens[o].dep == "pobj")
    return found


def governed_words(parse: Parse, start: int, end: int) -> list[set[str]]:
    """The words of each phrase the trigger applies to (see ``governed_heads``)."""
    return [_phrase(parse, h) for h in governed_heads(parse, start, end)]


#: Nouns that name a whole border line, not a crossing on it.
LINE_NOUNS = frozenset({"border", "frontier", "boundary"})


def _reach(parse: Parse, head: int) -> tuple[int, int]:
    """Character extent of a token and everything that hangs on it."""
    todo, lo, hi = [head], parse.tokens[head].start, parse.tokens[head].end
    seen = {head}
    while todo:
        for child in _children(parse, todo.pop()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
                lo, hi = min(lo, parse.tokens[child].start), max(hi, parse.tokens[child].end)
    return lo, hi


def governs_only(
    parse: Parse, start: int, end: int, wanted: tuple[int, int], others: Sequence[tuple[int, int]]
) -> bool:
    """The trigger at [start, end) applies to the phrase holding ``wanted``
    (character offsets) and to none holding one of ``others``: in "the X-Y
    border was shut, leaving trucks stuck at A and B", what was shut is the
    border; A and B are where the trucks wait."""
    heads = governed_heads(parse, start, end)
    if not any(
        wanted[0] <= parse.tokens[h].start < wanted[1] and parse.tokens[h].lemma in LINE_NOUNS
        for h in heads
    ):
        return False
    reaches = [_reach(parse, h) for h in heads]
    return not any(lo <= a < hi for lo, hi in reaches for a, _ in others)


#: Lemmas of closure words: a trigger hanging on one of them tells a
#: consequence ("shut the gate, halting the cattle lorries").
CLOSING = frozenset({"close", "shut", "seal", "block", "suspend", "halt", "closed", "remain"})


#: Closure words whose object or subject is what stopped.
STOPPING = frozenset(
    {
        "close", "closed", "closure", "shut", "shutdown", "seal", "sealed", "suspend",
        "suspended", "suspension", "halt", "halted", "block", "blocked", "blockade", "stop",
        "ban", "bar", "cut", "restrict", "limit",
    }
)


def limited_part(parse: Parse, start: int, end: int) -> bool:
    """The trigger applies to one kind of traffic only, not to all of it."""
    t = _trigger(parse, start, end)
    if t is None or parse.tokens[t].lemma not in STOPPING:
        return False  # "trucks waiting for it to reopen": who waits is not what stopped
    if parse.tokens[t].dep in ("advcl", "xcomp", "conj"):
        head = parse.tokens[parse.tokens[t].head]
        if head.lemma in CLOSING and parse.tokens[t].dep != "conj":
            return False  # what the closure stopped, not a limit of its own
    phrases = governed_words(parse, start, end)
    if any(words & WHOLE for words in phrases):
        return False
    named = set().union(*phrases) if phrases else set()
    if named & PEOPLE and named & GOODS:
        return False  # "trade and travel", "passengers and cargo": everything
    return any(words & PARTS for words in phrases)


#: Words that negate the word they hang on ("not", "n't", "never", "no").
NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither", "without"})

#: Heads whose complement is negated with them ("failed to reopen", "without
#: closing", "refused to open").
NEGATING_HEADS = frozenset({"fail", "refuse", "decline", "without", "deny", "avoid"})


#: Relations by which a trigger hangs on the word that may carry its negation
#: ("was never out of service": "out" hangs on "was" as a preposition).
CARRIED = frozenset({"acomp", "oprd", "xcomp", "auxpass", "pcomp", "acl", "prep"})


def negated(parse: Parse, start: int, end: int) -> bool | None:
    """The trigger at [start, end) is negated by the grammar of its clause, or
    None when the parse holds no word there.  "Did not close", "no closure",
    "has never been shut", "refused to reopen", "without closing" are; in "no
    one was hurt, but the border was closed" the "no" belongs to another clause.
    """
    t = _trigger(parse, start, end)
    if t is None:
        return None
    tokens = parse.tokens
    chain = [t]
    # "was not reported closed", "did not remain shut": the carrier verb holds "not"
    while tokens[chain[-1]].dep in CARRIED and len(chain) < 4:
        head = tokens[chain[-1]].head
        if head == chain[-1]:
            break
        chain.append(head)
    for i in chain:
        if tokens[i].lemma in NEGATING_HEADS and i != t:
            return True
        for child in _children(parse, i):
            tok = tokens[child]
            if tok.dep == "neg" or (tok.dep == "det" and tok.lemma == "no"):
                return True
            if tok.dep == "aux" and tok.lemma in NEGATORS:
                return True
    return False


#: Places that open and close but are no crossing ("the park reopened", "the
#: market was shut"): a status word about one of them says nothing of the border.
FACILITIES = frozenset(
    {
        "park", "hotel", "hospital", "school", "college", "university", "stadium", "mall",
        "airport", "mosque", "church", "temple", "museum", "cinema", "market", "bazaar",
        "club", "restaurant", "shop", "store", "factory", "mine", "zoo", "library", "ramp",
        "beach", "campus", "embassy", "consulate", "account", "website",
    }
)


def about_a_facility(parse: Parse, start: int, end: int) -> bool:
    """The trigger's subject or object is a facility, not a crossing ("Shelby
    Park reopened", "the bazaar near the gate was closed")."""
    heads = governed_heads(parse, start, end)
    lemmas = {parse.tokens[h].lemma for h in heads}
    return bool(lemmas & FACILITIES) and not lemmas & PLACE_HEADS


#: Words that tell a reopening noun as news: decided, announced or seen
#: happen ("announced the reopening", "approval of the reopening", "a ceremony
#: to mark the reopening", "welcomed the reopening").
TELLING = frozenset(
    {
        "announce", "order", "approve", "confirm", "declare", "decide", "agree", "mark",
        "celebrate", "inaugurate", "officiate", "witness", "attend", "grant", "authorize",
        "welcome", "hail", "commend", "praise", "report", "see", "begin", "start",
        "facilitate", "enable", "allow", "complete",
        "announcement", "approval", "decision", "directive", "ceremony",
    }
)
#: Parts of speech a trigger's content word has.
WORDS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
#: Prepositions that place a reopening noun in time: it happened ("after the
#: reopening", "since the reopening", "at the reopening on Monday").
SINCE = frozenset({"after", "since", "following", "upon", "at"})
#: Verbs whose subject a reopening noun may be when it tells news ("the
#: reopening came after talks", "the reopening took place on Monday").
HAPPENING = frozenset({"come", "take", "happen", "follow", "occur"})


def untold_noun(parse: Parse, start: int, end: int) -> bool | None:
    """A reopening noun that tells no reopening, or None when the trigger is
    no noun (or the parse holds no word there).

    "The delay in reopening", "demanded the reopening of the route", "the
    reopening will boost trade", "a reopening ceremony": the reopening is
    wished, weighed or named, not reported.  It is news when a telling word
    governs it, a time preposition places it, or it is the subject of a verb
    of happening."""
    tokens = parse.tokens
    inside = [i for i, tok in enumerate(tokens) if start <= tok.start < end and tok.pos in WORDS]
    if not inside:
        return None
    t = inside[-1]  # "re-opening": the word, not its prefix
    noun = tokens[t]
    if noun.dep in ("compound", "amod") and tokens[noun.head].pos == "NOUN":
        return True  # "the reopening ceremony", "a reopening decision"
    children = [tokens[c] for c in _children(parse, t)]
    takes_of = any(c.dep == "prep" and c.lemma == "of" for c in children)
    has_object = any(c.dep in ("dobj", "obj") for c in children)
    # the parser may tag "in reopening of the routes" a verb: "of" makes it a noun
    if noun.pos != "NOUN" and not (takes_of and not has_object):
        return None
    head = tokens[noun.head]
    if noun.dep in ("dobj", "obj", "nsubjpass", "attr", "appos", "conj") and head.lemma in TELLING:
        return False
    if noun.dep == "nsubj" and head.lemma in HAPPENING | TELLING:
        return False
    if noun.dep == "pobj":
        if head.lemma in SINCE:
            return False
        owner = tokens[head.head]
        if head.lemma in ("of", "for") and owner.lemma in TELLING:
            return False  # "the announcement of the reopening", "approval for phased reopening"
    return True


#: Verbs and nouns of asking and wanting: what they govern is wished, not done
#: ("appealed to the government to reopen the border", "demanded that the
#: gate be reopened", "a call for the reopening of the route").
WISHING = frozenset(
    {
        "appeal", "demand", "urge", "ask", "call", "request", "want", "hope", "seek", "press",
        "plead", "push", "petition", "insist", "wish", "beg", "lobby", "campaign", "plea",
    }
)
#: Auxiliaries of obligation: "the government must reopen it", "should be reopened".
OBLIGING = frozenset({"must", "should", "ought"})
#: Relations through which a wish reaches the word it governs.
WISHED_THROUGH = frozenset(
    {"xcomp", "ccomp", "advcl", "pcomp", "prep", "pobj", "dobj", "acl", "conj"}
)


def wished(parse: Parse, start: int, end: int) -> bool:
    """The trigger at [start, end) is asked for or owed, not done."""
    t = _trigger(parse, start, end)
    if t is None:
        return False
    tokens = parse.tokens
    node = t
    for _ in range(5):
        for child in _children(parse, node):
            tok = tokens[child]
            if tok.dep in ("aux", "auxpass") and tok.lemma in OBLIGING:
                return True
        if node != t and tokens[node].lemma in WISHING:
            return True
        if tokens[node].dep not in WISHED_THROUGH or tokens[node].head == node:
            return False
        node = tokens[node].head
    return False


def governing(parse: Parse, at: int, candidates: Sequence[int]) -> int | None:
    """Which of ``candidates`` (offsets of trigger words) the word at ``at``
    hangs on, read up its chain of heads; None when none of them governs it.

    "Closed for years, Syria *yesterday* reopened the post": the day hangs on
    "reopened", though it stands nearer to "Closed"."""
    tokens = parse.tokens
    word = next((i for i, tok in enumerate(tokens) if tok.start <= at < tok.end), None)
    if word is None:
        return None
    owners = {
        i: pos for pos in candidates for i, tok in enumerate(tokens) if tok.start <= pos < tok.end
    }
    for _ in range(12):
        if word in owners:
            return owners[word]
        head = tokens[word].head
        if head == word:
            return None
        word = head
    return None


#: Verbs that make a closure noun news of its own: the closure is decided or
#: made known here ("has ordered the closure of the bridge", "announced the
#: closure of the crossings").
DECIDING = frozenset({"announce", "order", "approve", "decide", "declare", "confirm"})


def decided_noun(parse: Parse, start: int, end: int) -> bool:
    """The trigger at [start, end) is a noun that a deciding verb takes as its
    object: the closure is news, not one the article told elsewhere."""
    t = _trigger(parse, start, end)
    if t is None:
        return False
    tok = parse.tokens[t]
    head = parse.tokens[tok.head]
    return tok.pos == "NOUN" and tok.dep in ("dobj", "obj", "nsubjpass") and head.lemma in DECIDING
