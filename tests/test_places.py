"""Finding crossings, countries and whole borders in text."""

from __future__ import annotations

from borderwatch.records import Article


def _places(analyzer, text: str):  # type: ignore[no-untyped-def]
    return analyzer(Article(id="t", text=text)).places


def test_crossing_spellings_and_offsets(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Trucks queued at Torkhum while Spin Buldak stayed open."
    found = [p for p in _places(analyzer, text) if p.kind == "crossing"]
    assert [p.crossing for p in found] == ["Torkham", "Chaman–Spin Boldak"]
    for p in found:
        assert text[p.start : p.end] == p.text


def test_accented_and_unaccented_text_match(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Lorries waited at Kapıkule border gate.",
        "Lorries waited at KAPIKULE border gate.",
    ):
        names = [p.crossing for p in _places(analyzer, text) if p.kind == "crossing"]
        assert names == ["Kapıkule–Kapitan Andreevo"]


def test_a_town_name_needs_a_border_word(analyzer) -> None:  # type: ignore[no-untyped-def]
    plain = "Car makers in Detroit reported higher sales."
    assert not [p for p in _places(analyzer, plain) if p.kind == "crossing"]
    border = "Trucks backed up on the bridge from Detroit to Windsor at the border."
    assert [p.crossing for p in _places(analyzer, border) if p.kind == "crossing"][
        0
    ] == "Ambassador Bridge"


def test_word_boundaries_are_respected(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert not [
        p for p in _places(analyzer, "The Torkhamite dynasty ruled.") if p.kind == "crossing"
    ]


def test_whole_border_mention_gets_the_country_pair(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The Pakistan-Afghanistan border was sealed on Sunday."
    borders = [p for p in _places(analyzer, text) if p.kind == "border"]
    assert borders and borders[0].countries == ("AF", "PK")
