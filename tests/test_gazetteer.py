"""The shipped gazetteer: canonical names, spellings, countries, folding."""

from __future__ import annotations

import csv

from hypothesis import given
from hypothesis import strategies as st
from paths import SHARED

from borderwatch.gazetteer import fold_name, fold_text, load_gazetteer


def test_every_shared_row_is_shipped_with_its_canonical_name() -> None:
    path = SHARED / "data" / "gazetteer" / "border_crossings_curated.csv"
    with path.open(encoding="utf-8") as fh:
        names = [row["name"] for row in csv.DictReader(fh)]
    shipped = {c.name for c in load_gazetteer().crossings}
    assert set(names) == shipped


def test_any_spelling_finds_its_row() -> None:
    g = load_gazetteer()
    assert g.lookup("Torkhum").name == "Torkham"  # type: ignore[union-attr]
    assert g.lookup("tor kham").name == "Torkham"  # type: ignore[union-attr]
    assert g.lookup("Spin Boldak").name == "Chaman–Spin Boldak"  # type: ignore[union-attr]
    assert g.lookup("CHAMAN").name == "Chaman–Spin Boldak"  # type: ignore[union-attr]
    assert g.lookup("Kapikule").name == "Kapıkule–Kapitan Andreevo"  # type: ignore[union-attr]
    assert g.lookup("Wagah-Attari").name == "Attari–Wagah"  # type: ignore[union-attr]
    assert g.lookup("Nowhere Gate") is None


def test_country_pairs_are_sorted_iso_codes() -> None:
    for crossing in load_gazetteer().crossings:
        assert list(crossing.countries) == sorted(crossing.countries)
        assert all(len(code) == 2 and code.isupper() for code in crossing.countries)


def test_countries_and_adjectives_map_to_codes() -> None:
    g = load_gazetteer()
    assert g.country_code("Afghan") == "AF"
    assert g.country_code("Pakistan") == "PK"
    assert g.country_code("Türkiye") == "TR"


def test_corpus_canonical_names_resolve_except_the_documented_ones() -> None:
    import json

    from paths import DEV

    g = load_gazetteer()
    unknown = set()
    for line in DEV.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)["gold"]
        for name in gold["crossings_mentioned"]:
            if g.lookup(name) is None:
                unknown.add(name)
    assert not unknown


@given(st.text())
def test_folding_keeps_the_length(text: str) -> None:
    assert len(fold_text(text)) == len(text)


def test_folding_ignores_case_accents_and_dashes() -> None:
    assert fold_name("Kapıkule–Kapitan Andreevo") == fold_name("kapikule kapitan-andreevo")
