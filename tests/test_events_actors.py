"""An actor is a noun phrase of the parse, or nothing (sentences written here)."""

from __future__ import annotations

import pytest

from borderwatch.events import find_events
from borderwatch.records import Article, Event


def _events(analyzer, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    found = find_events(analyzer(Article(id="t", text=text, published="2024-03-06")))
    events = [e for e in found.events if e.type in ("closure", "reopening", "restriction")]
    assert events, f"no status event read from {text!r}"
    return events


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pakistani authorities closed the Torkham crossing on Monday.", "Pakistani authorities"),
        (
            "The Torkham crossing was closed on Sunday by Afghan border forces.",
            "Afghan border forces",
        ),
        ("The Torkham crossing was closed on Sunday by the Taliban.", "Taliban"),
        (
            "The Interior Ministry decided on Friday to close the Torkham crossing.",
            "Interior Ministry",
        ),
        (
            "The Taliban administration said they closed the Torkham crossing on Monday.",
            "Taliban administration",
        ),
        (
            "KARACHI, Pakistan — Pakistani officials reopened the Torkham crossing on Tuesday.",
            "Pakistani officials",
        ),
        (
            "Officials of the Interior Ministry shut the Torkham crossing on Monday.",
            "Officials of the Interior Ministry",
        ),
    ],
)
def test_the_actor_is_the_noun_phrase_of_who_acted(analyzer, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.actor for e in _events(analyzer, text)} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        # the subject is the place acted on, or the traffic through it
        "The Torkham crossing reopened on Tuesday after a week.",
        "Traffic at the Torkham crossing remained suspended on Monday.",
        # a pronoun with no one named before it
        "They closed the Torkham crossing on Monday.",
        # a speaker is not who reopened it
        "Lawmaker Ahmad Karimi said the decision to reopen the Torkham crossing came late.",
    ],
)
def test_no_noun_phrase_no_actor(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.actor for e in _events(analyzer, text)] == [None] * len(_events(analyzer, text))


def test_an_actor_never_ends_in_a_verb_or_a_function_word(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Sunday, the Pakistani government decided to close the Chaman crossing. "
        "Afghan officials in Kandahar said they were surprised. "
        "The Chaman crossing was reopened on Wednesday by the Pakistani government."
    )
    found = find_events(analyzer(Article(id="t", text=text, published="2024-03-06")))
    actors = {e.actor for e in found.events if e.actor}
    assert actors == {"Pakistani government"}


def test_he_is_the_subject_of_the_sentence_before(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interior Minister Dawit Kelemu toured the north last week.\n\n"
        "The Ethiopian Interior Minister visited Moyale on Monday. "
        "He closed the Moyale crossing on Tuesday after a dispute."
    )
    (event,) = [e for e in _events(analyzer, text) if e.type == "closure"]
    assert event.actor == "Dawit Kelemu (Ethiopian Interior Minister)"
    # without a name given earlier, the title is the actor
    untitled = (
        "The Ethiopian Interior Minister visited Moyale on Monday. "
        "He closed the Moyale crossing on Tuesday after a dispute."
    )
    (event,) = [e for e in _events(analyzer, untitled) if e.type == "closure"]
    assert event.actor == "Ethiopian Interior Minister"
