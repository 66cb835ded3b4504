"""Build borderwatch/data/crossings.csv from ../shared/data/gazetteer/.

The shipped gazetteer keeps the curated rows' canonical names, spellings,
country pairs, coordinates and their provenance (GeoNames CC BY 4.0,
UN/LOCODE via geoapify/un-locode MIT, Wikipedia infobox coordinates).
Run it again whenever the shared gazetteer changes:

    python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".." / "shared" / "data" / "gazetteer" / "border_crossings_curated.csv"
TARGET = ROOT / "borderwatch" / "data" / "crossings.csv"
KEEP = (
    "id", "name", "alt_names", "country_a", "country_b", "lat", "lon", "kind",
    "coord_source", "coord_precision", "source",
)


def main() -> None:
    with SOURCE.open(encoding="utf-8", newline="") as fh:
        rows = [{k: row[k] for k in KEEP} for row in csv.DictReader(fh)]
    with TARGET.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=KEEP, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} crossings to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
