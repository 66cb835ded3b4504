"""Build the shared land boundaries shipped in ``web/static/borders.json``.

A whole-border event ("the Afghanistan – Pakistan border was sealed") is
drawn on the map as the border itself: the line two countries share.  The
line is taken from the same Natural Earth 1:50m admin-0 polygons as the base
map (``web/basemap.py``): the two countries' polygons are drawn from one
topology, so their common boundary is the run of vertices both rings hold.
Each run is simplified (Douglas-Peucker) and rounded as the base map is.
Only the pairs of ``borderwatch/data/land_borders.csv`` (the gazetteer's
pairs, found the same way) are kept.  Run by hand when the source changes::

    python -m borderwatch.web.borderlines        # rewrites static/borders.json

The output is one JSON object::

    {"credit": str, "source": str,
     "borders": {"AF-PK": [[lon, lat, lon, lat, ...], ...], ...}}

Lines are flat coordinate lists; a pair has one line per stretch of shared
boundary (most have one).  Natural Earth's boundaries are de facto and
generalised (1 to 3 km off at this scale): a locator, not an authority.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from borderwatch.web.basemap import (
    CREDIT,
    DECIMALS,
    ISO_BY_A3,
    SOURCE_NAME,
    TOLERANCE_DEG,
    Point,
    _rings,
    shared_basemap_dir,
    simplify,
)

#: Vertices are matched after rounding to this many decimals (about 1 m):
#: Natural Earth writes a shared vertex identically in both countries.
MATCH_DECIMALS = 6
#: Runs shorter than this many vertices are specks where two outlines touch
#: at a corner, not a stretch of border.
MIN_RUN = 2


def static_borders_path() -> Path:
    return Path(__file__).resolve().parent / "static" / "borders.json"


def land_border_pairs() -> list[tuple[str, str]]:
    """The gazetteer's country pairs with a land border, sorted."""
    path = Path(__file__).resolve().parents[1] / "data" / "land_borders.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return sorted((row["country_a"], row["country_b"]) for row in csv.DictReader(lines))


def _key(point: Point) -> tuple[float, float]:
    return (round(point[0], MATCH_DECIMALS), round(point[1], MATCH_DECIMALS))


def shared_runs(rings_a: list[list[Point]], rings_b: list[list[Point]]) -> list[list[Point]]:
    """The stretches of ``rings_a`` whose vertices ``rings_b`` holds too."""
    other = {_key(p) for ring in rings_b for p in ring}
    runs: list[list[Point]] = []
    for ring in rings_a:
        points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
        inside = [_key(p) in other for p in points]
        if all(inside) or not any(inside):
            if all(inside) and len(points) >= MIN_RUN:
                runs.append([*points, points[0]])
            continue
        # start just after a vertex that is not shared, so no run wraps around
        first = inside.index(False)
        order = points[first + 1 :] + points[: first + 1]
        flags = inside[first + 1 :] + inside[: first + 1]
        run: list[Point] = []
        for point, shared in zip(order, flags, strict=True):
            if shared:
                run.append(point)
                continue
            if len(run) >= MIN_RUN:
                runs.append(run)
            run = []
        if len(run) >= MIN_RUN:
            runs.append(run)
    return runs


def build_borders(source: Path, tolerance: float = TOLERANCE_DEG) -> dict:
    data = json.loads(source.read_text(encoding="utf-8"))
    rings: dict[str, list[list[Point]]] = {}
    for feature in data["features"]:
        props = feature["properties"]
        iso = props.get("ISO_A2") or "-99"
        if iso == "-99":
            iso = ISO_BY_A3.get(props["ADM0_A3"], "")
        if iso:
            rings.setdefault(iso, []).extend(_rings(feature["geometry"]))
    borders: dict[str, list[list[float]]] = {}
    for a, b in land_border_pairs():
        if a not in rings or b not in rings:
            continue
        lines = []
        for run in shared_runs(rings[a], rings[b]):
            flat: list[float] = []
            for x, y in simplify(run, tolerance):
                flat += [round(x, DECIMALS), round(y, DECIMALS)]
            lines.append(flat)
        if lines:
            borders[f"{a}-{b}"] = lines
    return {"credit": CREDIT, "source": f"Natural Earth 4.x, {source.name}", "borders": borders}


def write_borders(source: Path | None = None, target: Path | None = None) -> Path:
    source = source or shared_basemap_dir() / SOURCE_NAME
    target = target or static_borders_path()
    target.write_text(json.dumps(build_borders(source), separators=(",", ":")), encoding="utf-8")
    return target


if __name__ == "__main__":
    path = write_borders()
    print(f"wrote {path} ({path.stat().st_size} bytes)")
