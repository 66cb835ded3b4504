"""Build borderwatch/data/crossings.csv and land_borders.csv from ../shared/data/.

The shipped gazetteer keeps the curated rows' canonical names, spellings,
country pairs, coordinates and their provenance (GeoNames CC BY 4.0,
UN/LOCODE via geoapify/un-locode MIT, Wikipedia infobox coordinates).
The land borders (which countries touch) come from the Natural Earth 1:50m
country polygons (public domain) in ``../shared/data/basemap/``: two
countries share a land border when their polygons share boundary vertices.
Run it again whenever the shared data changes:

    python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"
SOURCE = SHARED / "gazetteer" / "border_crossings_curated.csv"
COUNTRIES = SHARED / "basemap" / "ne_50m_admin_0_countries.geojson"
TARGET = ROOT / "borderwatch" / "data" / "crossings.csv"
BORDERS = ROOT / "borderwatch" / "data" / "land_borders.csv"
KEEP = (
    "id", "name", "alt_names", "country_a", "country_b", "lat", "lon", "kind",
    "coord_source", "coord_precision", "source",
)  # fmt: skip
#: Natural Earth 4.x gives no ISO code ("-99") for these; their codes.
ISO_FOR_A3 = {"FRA": "FR", "NOR": "NO", "KOS": "XK"}
#: Shared vertices (rounded to 1e-4 degrees) that make two countries neighbours;
#: one shared point is a tripoint or a touch at sea.
MIN_SHARED = 2


def build_crossings() -> None:
    with SOURCE.open(encoding="utf-8", newline="") as fh:
        rows = [{k: row[k] for k in KEEP} for row in csv.DictReader(fh)]
    with TARGET.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=KEEP, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} crossings to {TARGET.relative_to(ROOT)}")


def build_land_borders() -> None:
    features = json.loads(COUNTRIES.read_text(encoding="utf-8"))["features"]
    owners: dict[tuple[float, float], set[str]] = {}
    for feature in features:
        props = feature["properties"]
        code = props["ISO_A2"] if props["ISO_A2"] != "-99" else ISO_FOR_A3.get(props["ADM0_A3"])
        if not code:
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                for lon, lat in ring:
                    owners.setdefault((round(lon, 4), round(lat, 4)), set()).add(code)
    shared: Counter[tuple[str, str]] = Counter()
    for codes in owners.values():
        for a, b in combinations(sorted(codes), 2):
            shared[a, b] += 1
    pairs = sorted(pair for pair, count in shared.items() if count >= MIN_SHARED)
    with BORDERS.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# Countries that share a land border (ISO 3166-1 alpha-2, sorted), from the\n"
            "# Natural Earth 1:50m admin-0 polygons (public domain) by\n"
            "# scripts/build_gazetteer.py: polygons sharing boundary vertices.\n"
        )
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("country_a", "country_b"))
        writer.writerows(pairs)
    print(f"wrote {len(pairs)} land borders to {BORDERS.relative_to(ROOT)}")


def main() -> None:
    build_crossings()
    build_land_borders()


if __name__ == "__main__":
    main()
