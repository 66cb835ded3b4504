"""Who acted: a noun phrase the parse makes the doer of an event's word, or nothing.

The actor is read from the dependency parse of the sentence, never from the
words around the trigger: the agent of a passive ("closed *by Taliban
security forces*"), else the subject of the trigger's verb ("*Pakistani
authorities* closed ..."), climbing from an infinitive or a conjoined verb to
the verb that holds the subject ("*the Lithuanian government* decided to
close ..."; "*Iran* closed X and reopened Y").  What comes back is the noun
phrase of that word: its determiners, adjectives, compounds, possessives and
an "of" phrase ("officials of the Interior Ministry"), never a relative clause,
an apposition or a verb.  A clause with a subject of its own stops the climb
("X said the decision to reopen ..." has no actor for "reopen").

A pronoun, a place acted on ("the crossing reopened"), a phrase that holds a
crossing's name, or a common noun that is no kind of actor ("traffic") is no
actor: ``None``.  Sentences without a parse (other languages) have no actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from borderwatch.events import triggers as t
from borderwatch.records import Parse, Token

__all__ = ["actor_phrase", "main_subject", "with_name"]

#: Relations along which the subject of a higher verb is the trigger's too:
#: an infinitive or predicate ("decided to *close*", "remained *closed*") and
#: a conjoined verb ("closed X and *reopened* Y").
CLIMB = frozenset({"xcomp", "acomp", "oprd", "conj", "auxpass", "aux"})
#: Subject relations that end the climb: the clause has a subject of its own
#: that is not an actor (a passive subject is the thing acted on).
OTHER_SUBJECTS = frozenset({"nsubjpass", "csubj", "csubjpass", "expl"})
#: Relations kept inside a noun phrase (left of and around its head).
INSIDE = frozenset(
    {"det", "predet", "compound", "amod", "nmod", "nummod", "poss", "case", "quantmod",
     "advmod", "npadvmod", "cc", "conj", "flat", "punct"}
)  # fmt: skip
#: Words whose lemma says the phrase is the place acted on or the thing that
#: moves, not who acted ("the crossing reopened", "traffic resumed").
NOT_ACTORS = frozenset(
    {"border", "crossing", "gate", "bridge", "checkpoint", "route", "port", "pass",
     "terminal", "traffic", "trade", "road", "point", "post", "closure", "decision",
     "movement", "flight", "service", "market", "activity", "situation", "tension",
     "it", "they", "this", "that", "which", "who"}
)  # fmt: skip
#: Marks that join the parts of one name ("Pak-Afghan", "Mtskheta-Stepantsminda").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: A word of a name: letters and digits, with inner hyphens, apostrophes and
#: dots ("U.S.", "Pak-Afghan", "’s"); "XYZ).-" or "/AGENCY/" end a phrase.
NAME_LIKE = re.compile(r"[\w’'.&]+(?:[-\u2010\u2011][\w’'.&]+)*")
#: Verbs of saying whose subject a pronoun in what they report stands for.
SAYING = frozenset({"say", "tell", "announce", "confirm", "state", "claim", "report"})
#: A head word written in capitals and this long is a dateline's place or
#: agency ("TEHRAN", "KAZINFORM"), not who acted (acronyms such as CBP are shorter).
DATELINE_LETTERS = 4
#: Longest phrase kept, in words: longer ones are not a name of who acted.
MAX_WORDS = 8
#: Words a phrase may not begin with once its determiner is dropped.
LEADING = frozenset({"the"})


def _children(parse: Parse, head: int) -> Iterator[int]:
    for i, tok in enumerate(parse.tokens):
        if tok.head == head and i != head:
            yield i


def _trigger(parse: Parse, start: int, end: int) -> int | None:
    """The content word of the trigger span (absolute offsets)."""
    inside = [i for i, tok in enumerate(parse.tokens) if start <= tok.start < end]
    for i in inside:
        if parse.tokens[i].pos in ("VERB", "NOUN", "ADJ", "PROPN"):
            return i
    return inside[0] if inside else None


def _doer(parse: Parse, trigger: int, text: str) -> int | None:
    """The head word of who did what the trigger says, climbing as ``CLIMB`` allows."""
    at = trigger
    for _ in range(4):
        kids = list(_children(parse, at))
        for kid in kids:  # a passive's "by" phrase: the agent
            tok = parse.tokens[kid]
            if tok.dep == "agent" or (
                tok.dep == "prep" and tok.lemma == "by" and parse.tokens[at].pos == "NOUN"
            ):
                objects = [k for k in _children(parse, kid) if parse.tokens[k].dep == "pobj"]
                return objects[0] if objects else None
        subjects = [k for k in kids if parse.tokens[k].dep == "nsubj"]
        if subjects:  # the one nearest the verb ("Imphal: the junta has sealed")
            nearest = min(subjects, key=lambda k: abs(k - at))
            return _past_dateline(parse, _told_by(parse, at, nearest), text)
        if any(parse.tokens[k].dep in OTHER_SUBJECTS for k in kids):
            return None
        token = parse.tokens[at]
        if token.dep not in CLIMB or token.head == at:
            return None
        at = token.head
    return None


def _is_dateline(tok: Token, text: str) -> bool:
    written = text[tok.start : tok.end]
    return len(written) >= DATELINE_LETTERS and written.isalpha() and written.isupper()


def _past_dateline(parse: Parse, subject: int, text: str) -> int:
    """ "KARACHI, Pakistan — Pakistani officials reopened": the parse may take
    the dateline for the subject and the real one for its conjunct."""
    if not _is_dateline(parse.tokens[subject], text):
        return subject
    joined = [k for k in _children(parse, subject) if parse.tokens[k].dep == "conj"]
    return joined[-1] if joined else subject


def _told_by(parse: Parse, verb: int, subject: int) -> int:
    """ "X said they closed it": a pronoun subject of a clause that a verb of
    saying holds stands for that verb's subject."""
    if parse.tokens[subject].pos != "PRON" or parse.tokens[verb].dep != "ccomp":
        return subject
    saying = parse.tokens[verb].head
    if parse.tokens[saying].lemma not in SAYING:
        return subject
    speakers = [k for k in _children(parse, saying) if parse.tokens[k].dep == "nsubj"]
    return speakers[0] if speakers else subject


def _inside_word(parse: Parse, i: int, text: str) -> bool:
    """A hyphen joining two words ("Pak-Afghan"), not a mark setting a phrase off."""
    tok = parse.tokens[i]
    return (
        text[tok.start : tok.end] in HYPHENS
        and 0 < tok.start
        and tok.end < len(text)
        and text[tok.start - 1].isalnum()
        and text[tok.end].isalnum()
    )


def _bracketed(parse: Parse, run: list[int], text: str) -> bool:
    """A phrase in brackets ("BISHKEK (Reuters) -"): a dateline's agency."""
    first, last = parse.tokens[run[0]], parse.tokens[run[-1]]
    return text[: first.start].rstrip().endswith("(") and text[last.end :].lstrip().startswith(")")


def _phrase(parse: Parse, head: int, text: str) -> list[int]:
    """The token indices of the noun phrase of ``head``, contiguous, in order,
    cut at punctuation that sets something off (a dateline, a bracket)."""
    keep = {head}
    todo = [head]
    while todo:
        at = todo.pop()
        for kid in _children(parse, at):
            tok = parse.tokens[kid]
            of_phrase = tok.dep == "prep" and tok.lemma == "of"
            if tok.dep in INSIDE or of_phrase or (tok.dep == "pobj" and at != head):
                keep.add(kid)
                todo.append(kid)

    def joins(i: int) -> bool:
        if i not in keep:
            return False
        tok = parse.tokens[i]
        written = text[tok.start : tok.end]
        if tok.pos == "PUNCT":
            return _inside_word(parse, i, text)
        return NAME_LIKE.fullmatch(written) is not None

    run = [head]
    while joins(run[0] - 1):
        run.insert(0, run[0] - 1)
    while joins(run[-1] + 1):
        run.append(run[-1] + 1)
    # a phrase ends on a word, not on a comma, a conjunction or an "of"
    while len(run) > 1 and parse.tokens[run[-1]].dep in ("punct", "cc", "prep", "case"):
        run.pop()
    while len(run) > 1 and parse.tokens[run[0]].dep in ("punct", "cc"):
        run.pop(0)
    return run


def _is_actor(words: Sequence[Token], head: Token, text: str, sentence_start: int) -> bool:
    """A name (a proper noun or a capitalised adjective not opening the
    sentence: "Pakistani authorities") or a head noun that names who acts."""
    if head.pos == "PRON" or head.lemma in NOT_ACTORS:
        return False
    if _is_dateline(head, text):
        return False  # a dateline ("KABUL, Afghanistan (AP) —"), not a subject
    if t.ACTOR_HEADS.search(text[head.start : head.end].lower()):
        return True
    for tok in words:
        written = text[tok.start : tok.end]
        if tok.pos == "PROPN" and written[:1].isupper():
            return True
        if tok.pos == "ADJ" and written[:1].isupper() and tok.start > sentence_start:
            return True
    return False


def actor_phrase(
    parse: Parse | None,
    text: str,
    trigger_start: int,
    trigger_end: int,
    names: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The actor of the trigger at ``[trigger_start, trigger_end)`` (offsets into
    ``text``, the article's), or None.  ``names`` are the spans of crossing
    names in the sentence: a phrase holding one is the place, not the actor."""
    if parse is None:
        return None
    trigger = _trigger(parse, trigger_start, trigger_end)
    if trigger is None:
        return None
    doer = _doer(parse, trigger, text)
    if doer is None:
        return None
    run = _phrase(parse, doer, text)
    words = [parse.tokens[i] for i in run]
    if len(words) > MAX_WORDS or not _is_actor(words, parse.tokens[doer], text, parse.start):
        return None
    if _bracketed(parse, run, text):
        return None
    start, end = words[0].start, words[-1].end
    if any(start < name_end and name_start < end for name_start, name_end in names):
        return None
    phrase = " ".join(text[start:end].split())
    if words[0].lemma in LEADING and len(words) > 1:
        rest = " ".join(text[words[1].start : end].split())
        # "the Interior Ministry" -> "Interior Ministry"; "The government" -> "the government"
        phrase = rest if rest[:1].isupper() else words[0].lemma + " " + rest
    return phrase or None


def main_subject(parse: Parse | None, text: str) -> str | None:
    """The actor phrase of a sentence's main verb ("The Pakistani Defense
    Minister visited Kabul" -> "Pakistani Defense Minister"): whom "he" or
    "they" at the head of the next sentence stands for."""
    if parse is None:
        return None
    root = next(
        (i for i, tok in enumerate(parse.tokens) if tok.head == i and tok.pos in ("VERB", "AUX")),
        None,
    )
    if root is None:
        return None
    tok = parse.tokens[root]
    return actor_phrase(parse, text, tok.start, tok.end)


#: A title of office written before a person's name ("Defense Minister
#: Khawaja Mohammad Asif"): two to four capitalised words after it.
_NAME_AFTER = r"\s+((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)"


def with_name(title: str, text: str, before: int) -> str:
    """A title ("Pakistani Defense Minister") with the name the article gave
    its holder earlier ("Defense Minister Khawaja Mohammad Asif"), as
    "Khawaja Mohammad Asif (Pakistani Defense Minister)"; else the title."""
    words = title.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]):
        return title
    office = re.escape(" ".join(words[-2:]))
    found = re.search(office + _NAME_AFTER, text[:before])
    if found is None:
        return title
    return f"{found.group(1)} ({title})"
