"""Killed and wounded: who, how many, one mention per clause."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderwatch.nlp.casualties import find_casualties
from borderwatch.records import Casualties

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seed" / "000_9b8f5190a0bfcfb7.txt"
DEV = SHARED / "data" / "corpus" / "dev.jsonl"


def found(text: str) -> list[Casualties]:
    return [m.casualties for m in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards traded fire, wounding a Pakistani soldier.",
         Casualties(None, 1, "Pakistani soldier")),
        ("Gunmen killed two soldiers and injured five.", Casualties(2, 5, "soldiers")),
        ("One person was killed and nine wounded.", Casualties(1, 9, "person")),
        ("The blast tore through the market, leaving three dead.", Casualties(3, None, None)),
        ("The clash left 15 dead and 85 injured.", Casualties(15, 85, None)),
        ("A major was martyred in the firing.", Casualties(1, None, "major")),
        ("The shelling killed 12 and injured 40 villagers.", Casualties(12, 40, "villagers")),
        ("A Pakistani army major died after being shot.",
         Casualties(1, None, "Pakistani army major")),
        ("At least 6 customs officers were killed and two others injured.",
         Casualties(6, 2, "customs officers")),
        ("The explosion killed 9 people and wounded over 30 others.", Casualties(9, 30, "people")),
        ("The bombings caused more than 130 deaths.", Casualties(130, None, None)),
    ],
)
def test_killed_and_wounded_are_read_in_active_and_passive_clauses(
        text: str, expected: Casualties) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firing went on, injuring Major Ali Khan and two other colleagues.",
         Casualties(None, 3, "Major Ali Khan and two other colleagues")),
        ("The raid resulted in injuring three customs officers and two Uzbek drivers.",
         Casualties(None, 5, "three customs officers and two Uzbek drivers")),
        ("A shooting resulted in the deaths of three travellers and the attacker.",
         Casualties(4, None, "three travellers and the attacker")),
        ("Inspector Lena Berg along with three other colleagues sustained injuries.",
         Casualties(None, 4, "Inspector Lena Berg and three other colleagues")),
        ("She was among four Kyrgyz and seven Tajik guards wounded in the shelling.",
         Casualties(None, 11, "four Kyrgyz and seven Tajik guards")),
    ],
)
def test_listed_victims_are_added_up(text: str, expected: Casualties) -> None:
    assert found(text) == [expected]


def test_killed_and_wounded_in_one_clause_are_one_mention() -> None:
    text = "The raid resulted in the martyrdom of a police officer and injuries to 4 others."
    (mention,) = find_casualties(text)
    assert mention.casualties == Casualties(1, 4, "police officer")
    assert text[mention.start:mention.end] == mention.text
    assert mention.text.startswith("the martyrdom") and mention.text.endswith("4 others")


def test_killed_and_wounded_in_separate_sentences_stay_apart() -> None:
    assert found("Two soldiers were killed. Later, five guards were wounded.") == [
        Casualties(2, None, "soldiers"), Casualties(None, 5, "guards")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No casualties were reported.", Casualties(0, 0, None)),
        ("Officials said no one was hurt.", Casualties(0, 0, None)),
        ("There were no immediate reports of casualties.", Casualties(0, 0, None)),
        ("Nobody was killed in the exchange.", Casualties(0, None, None)),
    ],
)
def test_no_casualties_is_zero(text: str, expected: Casualties) -> None:
    assert found(text) == [expected]


def test_named_officer_who_embraced_martyrdom_is_one_killed() -> None:
    text = "The school is named after Captain Bilal Ahmed, who embraced martyrdom in 2011."
    assert found(text) == [
        Casualties(1, None, "Captain Bilal Ahmed")]


@pytest.mark.parametrize(
    "text",
    [
        "A similar clash killed dozens last year.",
        "The worldwide death toll from the flu outbreak has passed 2,000.",
        "Soldiers were wounded.",
        "The crossing was closed on Sunday.",
        "Taliban forces were killed off from the talks.",
        "Trade is dead.",
    ],
)
def test_vague_or_unrelated_statements_give_no_casualties(text: str) -> None:
    assert find_casualties(text) == []


def test_a_victim_phrase_does_not_reach_over_a_line_break() -> None:
    assert found("Torkham border\n\n| Army major succumbs to injuries") == [
        Casualties(1, None, "Army major")]


def test_seed_has_one_wounded_pakistani_soldier() -> None:
    assert found(SEED.read_text(encoding="utf-8")) == [Casualties(None, 1, "Pakistani soldier")]


def test_dev_corpus_gold_casualties_are_found() -> None:
    if not DEV.exists():
        pytest.skip("the shared corpus is not checked out next to the repository")
    total = hit = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        mentions = [m.casualties for m in find_casualties(record["text"])]
        for event in record["gold"]["events"]:
            gold = event.get("casualties")
            if gold:
                total += 1
                hit += any((c.killed, c.wounded) == (gold["killed"], gold["wounded"])
                           for c in mentions)
    assert total >= 5
    assert hit / total >= 0.8


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["killed ", "wounded ", "and ", "two ", "Major ", "Ali ",
                                  "were ", "no one ", "dead ", "the deaths of ", "soldiers ",
                                  "a ", "injuries to ", "15 ", ", ", ".", "\n", "|"])
                | st.text(max_size=4), max_size=20).map("".join))
def test_any_text_gives_mentions_that_slice_the_text(text: str) -> None:
    for mention in find_casualties(text):
        assert text[mention.start:mention.end] == mention.text
        counts = (mention.casualties.killed, mention.casualties.wounded)
        assert any(n is not None for n in counts)
        assert all(n is None or n >= 0 for n in counts)


def test_a_unit_between_victims_and_a_passive_trigger_is_read_past() -> None:
    found = find_casualties("Four guards of the Border Police were killed and two others wounded.")
    assert [(m.casualties.killed, m.casualties.wounded) for m in found] == [(4, 2)]
