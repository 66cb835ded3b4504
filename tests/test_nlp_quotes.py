"""Direct quotes: the quoted words, who said them, the sentences that hold them."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from borderwatch.nlp.quotes import find_quotes
from borderwatch.records import Sentence

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seed" / "000_9b8f5190a0bfcfb7.txt"


def naive_sentences(text: str) -> list[Sentence]:
    """Sentences cut after . ! ? (and a closing quote) or at line ends, for the tests."""
    spans = [m.span() for m in re.finditer(r"[^\s][^\n]*?(?:[.!?][”\"]?(?=\s|$)|(?=\n)|$)", text)]
    return [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans) if e > s]


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text, naive_sentences(text))]


def test_seed_quotes_are_attributed_to_baradar_and_sarhadi() -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes = find_quotes(text, naive_sentences(text))
    by_speaker = {q.speaker: q for q in quotes}
    assert by_speaker["Ziaul Haq Sarhadi"].text.startswith("Miles after miles you can see trucks")
    assert "Baradar" in by_speaker
    office = [q for q in quotes if q.speaker == "Baradar’s office"]
    assert office and office[0].text.startswith("The Pakistani side assured")
    assert all(q.speaker is not None for q in quotes)


def test_quote_text_has_no_marks_and_evidence_slices_the_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    for quote in find_quotes(text, naive_sentences(text)):
        ev = quote.evidence
        assert text[ev.start:ev.end] == ev.text
        assert quote.text in ev.text
        assert not quote.text.startswith(("“", '"')) and not quote.text.endswith(("”", '"'))


def test_attribution_after_the_quote() -> None:
    assert speakers('"The gate is shut until further notice," the agency said.') == [
        ("the agency", "The gate is shut until further notice,")]
    assert speakers("“Trade has resumed at the terminal,” said Nasir Khan.") == [
        ("Nasir Khan", "Trade has resumed at the terminal,")]
    assert speakers('"The border has reopened this morning," Abdullah Khan, a local official, '
                    "told The Associated Press.") == [
        ("Abdullah Khan", "The border has reopened this morning,")]


def test_attribution_before_the_quote() -> None:
    assert speakers("Taliban spokesman Zabihullah Mujahid asserted: “There is no threat "
                    "anywhere in the country.”") == [
        ("Zabihullah Mujahid", "There is no threat anywhere in the country.")]
    assert speakers("According to the ministry, “the crossing will open on Monday for trade.”") == [
        ("the ministry", "the crossing will open on Monday for trade.")]
    assert speakers("Officials said the road was “closed for all kinds of traffic today.”") == [
        ("Officials", "closed for all kinds of traffic today.")]


def test_a_pronoun_stands_for_the_last_person_named() -> None:
    text = ("Meanwhile, Amina Karimi, a trader at the market, deplored the halt at Chaman.\n\n"
            "“Hundreds of trucks are waiting for the gate to open,” she told reporters.")
    assert speakers(text) == [
        ("Amina Karimi", "Hundreds of trucks are waiting for the gate to open,")]


def test_the_statement_stands_for_the_body_that_issued_it() -> None:
    text = ("A statement issued by the Foreign Office said talks were held. "
            "“Both sides agreed to keep the crossing open,” the statement said.")
    assert speakers(text) == [
        ("the Foreign Office", "Both sides agreed to keep the crossing open,")]


def test_an_unattributed_quote_right_after_another_goes_on_in_the_same_voice() -> None:
    text = ('"We closed the crossing to trucks," the agency said in a tweet. '
            '"Cars and pedestrians may still pass through."')
    assert [s for s, _ in speakers(text)] == ["the agency", "the agency"]


def test_short_scare_quotes_are_dropped_unless_a_speech_verb_introduces_them() -> None:
    assert speakers("It accused them of building “unlawful structures” near the gate.") == []
    assert speakers("The group called it a “caravan” of migrants.") == []
    assert speakers("Baradar was also quoted as saying “special facilities” should be built.") == [
        ("Baradar", "special facilities")]
    assert speakers("He said “yes” to the request.") == []


def test_a_quote_may_span_sentences_and_its_evidence_covers_them() -> None:
    text = 'Intro line.\n"It was shut. It will open soon, God willing," he said. Next one.'
    (quote,) = find_quotes(text, naive_sentences(text))
    assert quote.text == "It was shut. It will open soon, God willing,"
    assert quote.evidence.text == '"It was shut. It will open soon, God willing," he said.'


def test_quote_marks_never_pair_across_paragraphs() -> None:
    text = 'He called it "historic.\n\nThe "new" rules apply to all trucks and cars alike.'
    assert find_quotes(text, naive_sentences(text)) == []


def test_quotes_without_sentences_take_the_paragraph_as_evidence() -> None:
    text = "First line.\nThe chief said: “The crossing stays closed until Friday.” Then more.\n"
    (quote,) = find_quotes(text, [])
    assert quote.speaker == "The chief"
    assert quote.evidence.text == text.splitlines()[1]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "«", "»", "said ", "he ", "told ", "the ",
                                 "statement ", "Ali Khan ", "according to ", ", ", ". ", "\n",
                                 "words here now ", "she "])
                | st.text(max_size=4), max_size=25).map("".join))
def test_any_text_gives_quotes_whose_evidence_slices_the_text(text: str) -> None:
    for quote in find_quotes(text, naive_sentences(text)):
        ev = quote.evidence
        assert text[ev.start:ev.end] == ev.text
        assert quote.text in text


def test_a_title_before_the_name_and_speech_verbs_of_other_languages() -> None:
    assert speakers('"The queues are the longest in years," said customs officer Lena Berg.') == [
        ("Lena Berg", "The queues are the longest in years,")]
    assert speakers("« Le poste restera fermé », a déclaré Paul Adjovi.") == [
        ("Paul Adjovi", "Le poste restera fermé")]
    assert speakers('"El paso sigue cerrado", dijo el alcalde de Ipiales, Marta Ruiz.') == [
        ("Marta Ruiz", "El paso sigue cerrado")]
