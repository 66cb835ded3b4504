"""Crossings the gazetteer lacks, recognised from how the text names them.

The place names here are invented, so that no gazetteer row can match them.
"""

from __future__ import annotations

import pytest

from borderwatch.records import Article, PlaceMention


def _crossings(analyzer, text: str, dateline: str | None = None) -> list[PlaceMention]:  # type: ignore[no-untyped-def]
    places = analyzer(Article(id="t", text=text, dateline=dateline)).places
    return [p for p in places if p.kind == "crossing"]


def _names(analyzer, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [p.crossing for p in _crossings(analyzer, text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("India halted imports through the Velmora land port from Bangladesh.", "Velmora"),
        ("Kyrgyzstan shut the Tashkur-Bel checkpoint on the border with Tajikistan.",
         "Tashkur-Bel"),
        ("Thai troops closed the Ban Norrat border crossing with Cambodia.", "Ban Norrat"),
        ("Trucks from Kenya were stuck at the Dorvale border post near Ethiopia.", "Dorvale"),
        ("Pakistan and Afghanistan reopened the checkpost at Qarim Tangi on Monday.",
         "Qarim Tangi"),
        ("Latvia suspended the work of the border crossing Velnisk on the Belarus border.",
         "Velnisk"),
        ("Israel reopened the Zorin crossing into Gaza for aid trucks.", "Zorin"),
    ],
)  # fmt: skip
def test_a_name_before_or_after_a_crossing_word_is_a_crossing(  # type: ignore[no-untyped-def]
    analyzer, text: str, name: str
) -> None:
    assert _names(analyzer, text) == [name]


def test_the_name_keeps_its_text_and_offsets(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "India closed the Velmora Land Port with Bangladesh on Friday."
    (found,) = _crossings(analyzer, text)
    assert found.crossing == "Velmora"
    assert text[found.start : found.end] == found.text == "Velmora"
    assert found.countries == ("BD", "IN")


def test_two_sides_joined_by_a_dash_are_one_crossing(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Senegal closed the Dalaba – Kerr Moro border crossing with Gambia."
    assert _names(analyzer, text) == ["Dalaba–Kerr Moro"]


def test_a_bridge_pass_or_gate_keeps_its_head_word(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Myanmar and Thailand closed the Seven Lanterns Pass to traders."
    assert _names(analyzer, text) == ["Seven Lanterns Pass"]


def test_a_list_before_a_plural_head_gives_each_name(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters in Kosovo blocked the Varnik, Drenac and Kolja border crossings with Serbia."
    assert _names(analyzer, text) == ["Varnik", "Drenac", "Kolja"]


def test_a_list_after_a_plural_head_gives_each_name(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Vietnam reopened the border gates of Loc Thanh, Mau Son and Bac Dai with China."
    assert _names(analyzer, text) == ["Loc Thanh", "Mau Son", "Bac Dai"]


def test_later_mentions_of_a_recognised_name_count(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Serbia and Kosovo closed the Varnik border crossing on Monday. "
        "Varnik remained shut on Tuesday, officials said."
    )
    assert _names(analyzer, text) == ["Varnik", "Varnik"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan closed the Afghan border crossing on Sunday.",
        "Afghans crossing Torkham waited for hours before Pakistan let them in.",
        "An Army checkpoint near the Afghanistan border was attacked in Pakistan.",
        "Thai police set up the checkpoint in Buriram province near Cambodia.",
        "Trucks lined up at a northern Velmora border crossing between Kenya and Ethiopia.",
        "The Border Crossing Agreement between Indonesia and Malaysia was updated.",
        "Traffic crossing the Canada-U.S. border was slow on Friday.",
        "The ECOWAS Border Post was opened between Ghana and Togo.",
        "India and Bangladesh closed the border crossing on Sunday.",
    ],
)
def test_countries_organisations_areas_and_verbs_are_not_crossings(  # type: ignore[no-untyped-def]
    analyzer, text: str
) -> None:
    assert [n for n in _names(analyzer, text) if n != "Torkham"] == []


def test_a_town_in_the_dateline_or_as_a_city_is_not_a_crossing(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "VELMORA, Bangladesh (AP) — India closed the Velmora land port on Friday. "
        "Shops in the city of Velmora stayed open."
    )
    found = _crossings(analyzer, text, dateline="VELMORA, Bangladesh (AP) —")
    assert [(p.crossing, text[p.start : p.start + 30]) for p in found] == [
        ("Velmora", "Velmora land port on Friday. S")
    ]


def test_a_headline_in_title_case_gives_no_name(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Migrants Pass Border As India Reopens Crossing\n\nNothing else happened in Bangladesh."
    assert _names(analyzer, text) == []


def test_a_near_spelling_of_a_listed_crossing_is_that_crossing(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Iran closed the Islam Qalat border crossing with Afghanistan on Saturday."
    assert _names(analyzer, text) == ["Islam Qala–Dogharoun"]


def test_a_name_without_a_country_pair_is_dropped(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert _names(analyzer, "Officials closed the Velmora checkpoint on Friday.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name in apposition to the head after it
        ("Kenya said Dorvale, a small border post on the Ethiopian side, shut.", ["Dorvale"]),
        # a name with its other name aside
        ("Syria and Iraq closed the Tal Varna (Qasrik) crossing.", ["Tal Varna"]),
        # "the border at A"
        ("Senegal shut the Gambia–Senegal border at Dalaba on Monday.", ["Dalaba"]),
        # French puts the head first
        ("L'Algérie rouvre le poste frontalier d'Oum Varda avec la Tunisie.", ["Oum Varda"]),
        # regions' possessives inside a list before a plural head
        ("India said Velmora's Dalaba-Korin and Tashkur's Ordabay-Venn trading points with "
         "Bangladesh would close.", ["Dalaba-Korin", "Ordabay-Venn"]),
        # a list after a plural head and a colon
        ("Kazakhstan reopened the checkpoints with China: Tashkur, Velnisk and Ordabay.",
         ["Tashkur", "Velnisk", "Ordabay"]),
    ],
)  # fmt: skip
def test_other_ways_of_presenting_a_crossing(  # type: ignore[no-untyped-def]
    analyzer, text: str, names: list[str]
) -> None:
    assert _names(analyzer, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # one name before a plural head is an area's crossings
        "Malaysia reopened the Velmora border gates with Indonesia on Friday.",
        # the area around a crossing, in apposition to a head
        "Finland shut Velnisk in Lapland, the last crossing point with Russia.",
        # a person after a plural head
        "The head of the Iraqi border crossings Dr Kazem Tarvi met Syrian officials.",
    ],
)
def test_areas_and_people_next_to_a_head_are_not_crossings(  # type: ignore[no-untyped-def]
    analyzer, text: str
) -> None:
    assert _names(analyzer, text) == []


def test_a_listed_crossing_named_in_a_list_of_crossings_counts(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey shut the crossings of Velnisk, Bab al-Salamah and Tashkur with Syria."
    assert "Öncüpınar–Bab al-Salameh" in _names(analyzer, text)


def test_a_numbered_bridge_is_not_the_listed_first_one() -> None:
    from borderwatch.gazetteer import load_gazetteer, resemble

    gazetteer = load_gazetteer()
    first = resemble(gazetteer, "Thai–Lao Friendship Bridge", ("LA", "TH"))
    assert first is not None
    assert resemble(gazetteer, "Third Thai–Lao Friendship Bridge", ("LA", "TH")) is None
    assert resemble(gazetteer, "Thai–Lao Friendship Bridge No. 3", ("LA", "TH")) is None


def test_crossings_listed_after_a_border_count(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Kazakhstan reopened posts on the border with Russia (Velnisk, Ordabay and Tashkur)."
    assert _names(analyzer, text) == ["Velnisk", "Ordabay", "Tashkur"]


def test_a_listed_crossing_named_shortly_with_one_country(analyzer) -> None:  # type: ignore[no-untyped-def]
    from borderwatch.records import Article

    text = "Israel reopened the Allenby crossing for passenger traffic on Monday."
    analysis = analyzer(Article(id="t", text=text, published="2024-03-06"))
    crossings = [p for p in analysis.places if p.kind == "crossing"]
    assert [(p.text, p.crossing) for p in crossings] == [("Allenby", "Allenby Bridge")]


def test_an_ordinal_names_another_bridge_than_the_first(analyzer) -> None:  # type: ignore[no-untyped-def]
    from borderwatch.records import Article

    def crossings(text: str) -> list[str | None]:
        analysis = analyzer(Article(id="t", text=text, published="2024-03-06"))
        return [p.crossing for p in analysis.places if p.kind == "crossing"]

    assert crossings("The 2nd Thai-Lao Friendship Bridge was closed on Monday.") == [
        "Second Thai–Lao Friendship Bridge"
    ]
    assert crossings("The first Thai-Lao Friendship Bridge was closed on Monday.") == [
        "First Thai–Lao Friendship Bridge"
    ]
    # a bridge the gazetteer lacks keeps its number, never becoming the first
    assert crossings("The 7th Thai-Lao Friendship Bridge was closed on Monday.") == [
        "7th Thai-Lao Friendship Bridge"
    ]


def test_a_name_after_two_other_countries_is_not_that_crossing(analyzer) -> None:  # type: ignore[no-untyped-def]
    from borderwatch.records import Article

    def crossings(text: str) -> list[str | None]:
        analysis = analyzer(Article(id="t", text=text, published="2024-03-06"))
        return [p.crossing for p in analysis.places if p.kind == "crossing"]

    # "Friendship Bridge" alone names the Thai-Lao bridge; not after Thailand-Myanmar
    assert crossings("The Thailand-Myanmar friendship bridge at Mae Sai reopened.") == [
        "Mae Sai–Tachileik"
    ]
    assert crossings("The Thai-Lao Friendship Bridge was closed on Monday.") == [
        "First Thai–Lao Friendship Bridge"
    ]


def test_a_generic_name_is_never_a_crossing_of_its_own(analyzer) -> None:  # type: ignore[no-untyped-def]
    from borderwatch.events import find_events
    from borderwatch.records import Article

    text = (
        "Iran reopened the Taftan crossing on Monday.\n"
        "The Zero Point gate had been shut for weeks."
    )
    found = find_events(analyzer(Article(id="t", text=text, published="2024-03-06")))
    assert {e.crossing for e in found.events} == {"Taftan–Mirjaveh"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names in quotation marks before a plural head
        ("Kazakhstan reopened the “Zarbek” and “Tolagay” automobile checkpoints "
         "on the border with Uzbekistan.", ["Zarbek", "Tolagay"]),
        # a list set off by dashes after the border the crossings stand on
        ("Two of the border crossing points on the Latvian border with Russia - "
         "Zorvik and Pelnas - were closed.", ["Zorvik", "Pelnas"]),
        # a counted plural head, then its names; an area after a name is an aside
        ("Rebels reopened two border trade posts on the China-Myanmar border, Mong Hsatu "
         "in Namkam Township and Wan Pongo, on Monday.", ["Mong Hsatu", "Wan Pongo"]),
    ],
)  # fmt: skip
def test_lists_of_names_in_quotes_dashes_or_after_a_count(  # type: ignore[no-untyped-def]
    analyzer, text: str, names: list[str]
) -> None:
    assert sorted(set(_names(analyzer, text))) == sorted(names)


def test_a_plural_head_kept_in_a_name_is_singular(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Traffic at the Rio Verdal and Santa Olva International Bridges on the US-Mexico "
        "border was halted."
    )
    assert sorted(set(_names(analyzer, text))) == ["Rio Verdal", "Santa Olva International Bridge"]


def test_a_list_announced_after_borders_or_linked_to_by_gates(analyzer) -> None:  # type: ignore[no-untyped-def]
    namely = "Nigeria reopened four land borders with Benin, namely Velmora, Dorvale and Qarim."
    assert _names(analyzer, namely) == ["Velmora", "Dorvale", "Qarim"]
    linking = (
        "China reopened three border gates with Myanmar, linking to Tashkur, Norrat and Selvo."
    )
    assert _names(analyzer, linking) == ["Tashkur", "Norrat", "Selvo"]
    # "the gates", named by where they lead, after a dash or a comma
    dashed = (
        "China reopened two border gates with Myanmar on Monday. "
        "The gates—linking to Tashkur and Norrat—were shut last year."
    )
    assert _names(analyzer, dashed) == ["Tashkur", "Norrat"]
    # gates alone open no list ("the gates of the park, Tashkur said")
    assert _names(analyzer, "The gates of the Norrat park were shut, Tashkur said.") == []
    # "borders" without an announced list names regions, not crossings
    assert _names(analyzer, "Troops patrolled the Velmora and Dorvale borders with Benin.") == []
