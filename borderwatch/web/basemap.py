"""Build the compact base map shipped in ``web/static/basemap.json``.

The page draws countries from Natural Earth admin-0 polygons
(``../shared/data/basemap/``, public domain; "Made with Natural Earth").
The source files are large (0.7-4.7 MB), so this module simplifies each ring
(Douglas-Peucker), rounds coordinates and keeps three attributes.  It is run
by hand when the source changes, never at serve time::

    python -m borderwatch.web.basemap            # rewrites static/basemap.json

The output is one JSON object::

    {"credit": str, "source": str, "countries": [
        {"a3": "AFG", "iso": "AF", "name": "Afghanistan",
         "rings": [[lon, lat, lon, lat, ...], ...]}]}

Rings are flat coordinate lists (half the brackets of GeoJSON).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

#: The Natural Earth file used: 50m keeps the Durand Line and small countries
#: recognisable when zoomed to one border; 110m drops too many places.
SOURCE_NAME = "ne_50m_admin_0_countries.geojson"
#: Douglas-Peucker tolerance in degrees (~5 km at the equator): the map is a
#: locator, not a survey; this keeps the file near 300 kB.
TOLERANCE_DEG = 0.05
#: Decimal places kept (0.01 degree is about 1 km).
DECIMALS = 2
#: Rings with a bounding box smaller than this (degrees) are dropped unless
#: they are a country's only ring: specks that cannot be seen at world scale.
MIN_RING_EXTENT_DEG = 0.08
#: Natural Earth leaves ISO_A2 as -99 for a few features (README caveats);
#: these are mapped by ADM0_A3 the way the gazetteer's QA mapped them.
ISO_BY_A3: dict[str, str] = {"FRA": "FR", "NOR": "NO", "CYN": "CY", "SOL": "SO", "KAS": "IN"}

CREDIT = "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com."

Point = tuple[float, float]


def shared_basemap_dir() -> Path:
    """``../shared/data/basemap`` relative to the repository root."""
    return Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "basemap"


def static_basemap_path() -> Path:
    return Path(__file__).resolve().parent / "static" / "basemap.json"


def _perpendicular(p: Point, a: Point, b: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on one open or closed line, iterative (no recursion limit)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _extent(ring: list[Point]) -> float:
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def _rings(geometry: dict) -> list[list[Point]]:
    """Outer and inner rings of a Polygon or MultiPolygon, as point lists."""
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    return [[(float(x), float(y)) for x, y, *_ in ring] for poly in polygons for ring in poly]


def compact_country(feature: dict, tolerance: float = TOLERANCE_DEG) -> dict | None:
    props = feature["properties"]
    a3 = props["ADM0_A3"]
    iso = props.get("ISO_A2") or "-99"
    if iso == "-99":
        iso = ISO_BY_A3.get(a3, "")
    raw = _rings(feature["geometry"])
    biggest = max(raw, key=_extent)
    rings: list[list[float]] = []
    for ring in raw:
        if ring is not biggest and _extent(ring) < MIN_RING_EXTENT_DEG:
            continue
        simple = simplify(ring, tolerance)
        if len(simple) < 4 and ring is not biggest:
            continue
        flat: list[float] = []
        for x, y in simple:
            flat += [round(x, DECIMALS), round(y, DECIMALS)]
        rings.append(flat)
    if not rings:
        return None
    return {"a3": a3, "iso": iso, "name": props.get("NAME") or a3, "rings": rings}


def build_basemap(source: Path, tolerance: float = TOLERANCE_DEG) -> dict:
    data = json.loads(source.read_text(encoding="utf-8"))
    countries = [c for f in data["features"] if (c := compact_country(f, tolerance))]
    countries.sort(key=lambda c: c["a3"])
    return {"credit": CREDIT, "source": f"Natural Earth 4.x, {source.name}", "countries": countries}


def write_basemap(source: Path | None = None, target: Path | None = None) -> Path:
    source = source or shared_basemap_dir() / SOURCE_NAME
    target = target or static_basemap_path()
    compact = build_basemap(source)
    target.write_text(json.dumps(compact, separators=(",", ":")), encoding="utf-8")
    return target


if __name__ == "__main__":
    path = write_basemap()
    print(f"wrote {path} ({path.stat().st_size} bytes)")
