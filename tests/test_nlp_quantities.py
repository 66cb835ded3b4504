"""Counts of vehicles and people: number, qualifier and what is counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderwatch.nlp.quantities import find_counts
from borderwatch.records import Count

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seed" / "000_9b8f5190a0bfcfb7.txt"
DEV = SHARED / "data" / "corpus" / "dev.jsonl"


def counts(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.count.what, c.count.value, c.count.qualifier) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 6,000 trucks with goods are stuck.", ("trucks", 6000, "more than")),
        ("Over 200 buses waited.", ("buses", 200, "more than")),
        ("Up to 300 containers pile up.", ("containers", 300, "up to")),
        ("About 40 migrants crossed.", ("migrants", 40, "about")),
        ("Around 3,000 Thai civilians gathered.", ("Thai civilians", 3000, "about")),
        ("Nearly 90 pilgrims returned.", ("pilgrims", 90, "about")),
        ("An estimated 3,000 migrants waited.", ("migrants", 3000, "about")),
        ("Some 450 trucks were stranded.", ("trucks", 450, "about")),
        ("At least 12 drivers slept in cabs.", ("drivers", 12, "at least")),
        ("Fewer than 20 cars passed.", ("cars", 20, "less than")),
        ("520 trucks are waiting.", ("trucks", 520, "exactly")),
        ("6000 lorries queued.", ("lorries", 6000, "exactly")),
    ],
)
def test_qualifiers_follow_the_corpus_conventions(text: str,
                                                  expected: tuple[str, int, str]) -> None:
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 thousand large vehicles are waiting.", ("large vehicles", 2000, "exactly")),
        ("Up to 1.5 million people fled.", ("people", 1_500_000, "up to")),
        ("2.5k migrants arrived.", ("migrants", 2500, "exactly")),
        ("Five hundred pilgrims crossed.", ("pilgrims", 500, "exactly")),
        ("A hundred and fifty passengers waited.", ("passengers", 150, "exactly")),
        ("Twelve tourists were turned back.", ("tourists", 12, "exactly")),
        ("Twenty-five buses left.", ("buses", 25, "exactly")),
        ("Nearly two thousand passengers crossed.", ("passengers", 2000, "about")),
    ],
)
def test_numbers_are_read_in_digits_scales_and_words(text: str,
                                                    expected: tuple[str, int, str]) -> None:
    assert counts(text) == [expected]


def test_a_range_counts_its_first_number_as_about() -> None:
    assert counts("5,000-6,000 trucks were stuck.") == [("trucks", 5000, "about")]
    assert counts("Between 800 and 1,000 migrants crossed.") == [("migrants", 800, "about")]
    assert counts("Up to 5,000-6,000 trucks.") == [("trucks", 5000, "up to")]


def test_what_keeps_kind_modifiers_and_proper_adjectives_only() -> None:
    assert counts("Hundreds of goods vehicles were stuck.") == [
        ("goods vehicles", None, "hundreds")]
    assert counts("70 India-bound trucks wait.") == [("trucks", 70, "exactly")]
    assert counts("Around 50 trucks and trailers were stranded.") == [
        ("trucks and trailers", 50, "about")]
    assert counts("Hundreds of stranded passengers slept in mosques.") == [
        ("passengers", None, "hundreds")]
    assert counts("Thousands of Thais have been waiting.") == [("Thais", None, "thousands")]
    assert counts("Two big passenger buses left.") == [("passenger buses", 2, "exactly")]


def test_hundreds_and_thousands_are_counts_without_a_value() -> None:
    assert counts("It left hundreds of travelers stranded.") == [("travelers", None, "hundreds")]
    assert counts("Tens of thousands of refugees fled.") == [("refugees", None, "thousands")]
    assert counts("Several thousand heavy trucks are stuck.") == [
        ("heavy trucks", None, "thousands")]
    assert counts("The closure left thousands stranded on either side.") == [
        ("people", None, "thousands")]


def test_more_after_a_count_counts_the_same_thing() -> None:
    assert counts("Some 450 trucks were stranded, with 600 more forced to stop.") == [
        ("trucks", 450, "about"), ("trucks", 600, "exactly")]
    assert counts("Some 450 trucks were stranded. 600 more officials came.") == [
        ("trucks", 450, "about")]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of trucks were stuck.",
        "Scores of people waited.",
        "A large number of vehicles queued.",
        "A 25-km queue of trucks formed.",
        "The chief received $43,000 a month.",
        "Afghan soil hosts 6,000–6,500 fighters.",
        "Trade rose 89% and 5 percent of trucks.",
        "It closed on January 8 two days later.",
        "The 25-year-old driver died.",
        "One of the trucks overturned.",
        "It has been closed for 20 days.",
        "In 2019\nTrucks were stuck.",
        "Call 99999999999999999999 trucks hotline.",
        "Million people marched.",
    ],
)
def test_money_distances_vague_amounts_and_other_numbers_give_no_count(text: str) -> None:
    assert find_counts(text) == []


def test_russian_counts_are_read() -> None:
    assert counts("за ночь скопилось около 600 машин") == [("vehicles", 600, "about")]


def test_mention_text_spans_qualifier_to_noun() -> None:
    text = "Since Sunday, more than 6,000 trucks with goods have been stuck."
    (mention,) = find_counts(text)
    assert mention.text == "more than 6,000 trucks"
    assert text[mention.start:mention.end] == mention.text
    assert mention.count == Count("trucks", 6000, "more than")


def test_seed_article_counts_its_trucks_but_not_the_teaser_fighters() -> None:
    found = counts(SEED.read_text(encoding="utf-8"))
    assert ("trucks", 6000, "more than") in found
    assert all(what != "fighters" for what, _, _ in found)


def test_dev_corpus_gold_counts_are_found() -> None:
    if not DEV.exists():
        pytest.skip("the shared corpus is not checked out next to the repository")
    total = hit = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found = {(c.count.what, c.count.value, c.count.qualifier)
                 for c in find_counts(record["text"])}
        for event in record["gold"]["events"]:
            for gold in event.get("counts") or []:
                total += 1
                hit += (gold["what"], gold["value"], gold["qualifier"]) in found
    assert total >= 10
    assert hit / total >= 0.85


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–$%k\nhundreds of trucks more than "
                                             "about people Thais and two")) | st.characters(),
               max_size=120))
def test_any_text_gives_counts_that_slice_the_text(text: str) -> None:
    for mention in find_counts(text):
        assert text[mention.start:mention.end] == mention.text
        assert mention.count.value is None or mention.count.value > 0


def test_counts_in_other_languages_with_their_qualifiers_and_dot_grouping() -> None:
    def first(text: str) -> tuple[str, int | None, str]:
        count = find_counts(text)[0].count
        return count.what, count.value, count.qualifier

    assert first("Rund 800 Lastwagen stecken an der Grenze fest.") == ("trucks", 800, "about")
    assert first("Plus de 300 camions attendent au poste.") == ("trucks", 300, "more than")
    assert first("Más de 2.000 camiones esperan en la frontera.") == ("trucks", 2000, "more than")
    assert first("About 1.5 million people crossed last year.")[1] == 1_500_000


def test_vague_amounts_in_other_languages() -> None:
    def first(text: str) -> tuple[str, int | None, str]:
        count = find_counts(text)[0].count
        return count.what, count.value, count.qualifier

    assert first("Des centaines de camions sont bloqués au poste.") == ("trucks", None, "hundreds")
    assert first("Miles de personas esperan en el puente.") == ("people", None, "thousands")
    assert first("Tausende Menschen warten an der Grenze.") == ("people", None, "thousands")


def test_russian_and_ukrainian_thousands() -> None:
    def first(text: str) -> tuple[str, int | None, str]:
        count = find_counts(text)[0].count
        return count.what, count.value, count.qualifier

    queue = "Собралась очередь из более чем 1,7 тыс грузовиков."
    assert first(queue) == ("trucks", 1700, "more than")
    assert first("Более тысячи фур ждут в очереди.") == ("trucks", 1000, "more than")
    assert first("На пункті чекало 2300 ваговозів.") == ("trucks", 2300, "exactly")
    # without a qualifier "тысячи" is "thousands", a vague amount
    assert first("Тысячи людей ждут на границе.") == ("people", None, "thousands")
