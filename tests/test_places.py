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


def _borders(analyzer, text: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [p.countries for p in _places(analyzer, text) if p.kind == "border"]


def test_one_countrys_borders_with_a_list_are_each_a_border(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Greece closed its land borders with Albania, North Macedonia and Bulgaria."
    # the border the word and its nearest countries name, then each of the list
    assert _borders(analyzer, text)[1:] == [("AL", "GR"), ("GR", "MK"), ("BG", "GR")]
    spanish = "Colombia cerró los pasos fronterizos con Perú, Brasil y Venezuela."
    assert sorted(_borders(analyzer, spanish)[1:]) == [("BR", "CO"), ("CO", "PE"), ("CO", "VE")]


def test_borders_named_by_their_two_countries_are_each_a_border(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two checkpoints on the Latvian-Russian border and two on the "
        "Belarusian-Lithuanian border stay shut."
    )
    assert _borders(analyzer, text)[1:] == [("LV", "RU"), ("BY", "LT")]
    assert _borders(analyzer, "Pakistan closed its border with Afghanistan.") == [("AF", "PK")]


def test_a_closure_goes_to_each_border_of_the_list(analyzer) -> None:  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import process_document
    from borderwatch.records import RawDocument

    def events(text: str) -> list[tuple[str, tuple[str, ...]]]:
        raw = RawDocument(id="t", data=text.encode(), media_type="text", published="2024-05-01")
        return [(e.type, e.countries) for e in process_document(raw, analyzer).events]

    closed = events("Germany closed its borders with Poland and Austria on Monday.")
    assert closed == [("closure", ("DE", "PL")), ("closure", ("AT", "DE"))]


def _places_read(analyzer, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import process_document
    from borderwatch.records import RawDocument

    raw = RawDocument(id="t", data=text.encode(), media_type="text", published="2024-05-01")
    return {
        (e.type, e.crossing or "border:" + "-".join(e.countries))
        for e in process_document(raw, analyzer).events
    }


def test_the_border_means_the_whole_border_when_the_story_opens_with_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the lead names the border, a crossing comes later: "the border" is the line
    border_first = (
        "Nepal sealed its border with India on Monday ahead of the local elections.\n\n"
        "Guards at Sunauli turned back a few traders before noon.\n\n"
        "Trucks have been stuck at the border since the morning, a customs officer said."
    )
    assert ("stranded", "border:IN-NP") in _places_read(analyzer, border_first)
    # the lead names the crossing: "the border" is that crossing
    crossing_first = (
        "Nepal closed the Sunauli crossing on Monday ahead of the local elections.\n\n"
        "Trucks have been stuck at the border since the morning, a customs officer said."
    )
    read = _places_read(analyzer, crossing_first)
    assert ("stranded", "Sunauli–Belahiya") in read
    assert ("stranded", "border:IN-NP") not in read
