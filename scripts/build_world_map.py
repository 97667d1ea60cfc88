#!/usr/bin/env python3
"""Build the explorer's world map shapes from the npm package `world-atlas` (Natural Earth).

A development-time tool, run once when the shapes need refreshing; the application only reads
the file this writes, ``tipwatch/explorer/data/world-map.json``, and never fetches anything.

    python scripts/build_world_map.py                      # runs `npm pack world-atlas@2.0.2`
    python scripts/build_world_map.py --package-dir DIR    # an unpacked world-atlas package

What it does:

1. reads ``countries-50m.json`` (TopoJSON, Natural Earth 1:50m admin-0 countries) and decodes
   its quantised, delta-encoded arcs;
2. maps each shape's ISO 3166-1 numeric id to the alpha-3 code through Debian's ``iso-codes``
   table (``/usr/share/iso-codes/json/iso_3166-1.json``), plus a few shapes that carry no id
   (Kosovo -> XKX; Somaliland is drawn as part of Somalia, as the TIP Report treats it);
3. cuts rings that cross the antimeridian (Russia, Fiji...) at 180 degrees, projects every
   point with the Equal Earth projection onto a 1000-unit-wide canvas, leaves
   out Antarctica, simplifies each ring (Douglas-Peucker, 0.45 units) and drops slivers;
4. writes compact SVG path data per ISO3 (0.1-unit integer grid, relative commands), the
   position of a circle marker for entities too small to see or click (or missing from the
   atlas: see ``EXTRA_POINTS``), and the source's name, version and licence.

Standard library only. Output is deterministic.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUT_FILE = REPO_ROOT / "tipwatch" / "explorer" / "data" / "world-map.json"
PACKAGE = "world-atlas"
VERSION = "2.0.2"
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")

WIDTH = 1000.0
TOLERANCE = 0.45  # Douglas-Peucker tolerance in canvas units
MIN_RING_AREA = 0.6  # rings smaller than this are dropped (the largest ring is always kept)
MARKER_AREA = 16.0  # entities whose drawn area is below this also get a circle marker
SOUTH_LIMIT = -57.0  # latitude of the bottom edge (Antarctica is left out)
NORTH_LIMIT = 84.0

# Shapes without an ISO numeric id in world-atlas, by their Natural Earth name.
NAMED_SHAPES = {"Kosovo": "XKX", "Somaliland": "SOM"}
# ISO numeric codes Natural Earth uses that iso-codes does not list (none at present).
EXTRA_NUMERIC: dict[str, str] = {}
# Entities the TIP Report rates that the atlas does not draw: marker only, at (lon, lat).
EXTRA_POINTS = {
    "TUV": ("Tuvalu", 179.2, -8.5),
    "NRU": ("Nauru", 166.93, -0.53),
}
LEFT_OUT = {"010"}  # Antarctica

# Equal Earth projection (Savric, Patterson and Jenny, 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX = 2 * math.sqrt(3) * math.pi / (3 * A1)  # x at lon 180, lat 0
SCALE = WIDTH / (2 * X_MAX)


def project(lon: float, lat: float) -> tuple[float, float]:
    lam, phi = math.radians(lon), math.radians(max(min(lat, 89.9), -89.9))
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        2
        * math.sqrt(3)
        * lam
        * math.cos(theta)
        / (3 * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    )
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return (x + X_MAX) * SCALE, -y * SCALE


TOP = project(0, NORTH_LIMIT)[1]
BOTTOM = project(0, SOUTH_LIMIT)[1]
HEIGHT = BOTTOM - TOP


def to_canvas(lon: float, lat: float) -> tuple[float, float]:
    x, y = project(lon, lat)
    return x, y - TOP


# --- TopoJSON --------------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


# --- the antimeridian ------------------------------------------------------------------------


def unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make longitudes continuous (a ring crossing 180 degrees gets values beyond +-180)."""
    result = [ring[0]]
    for lon, lat in ring[1:]:
        previous = result[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        result.append((lon, lat))
    return result


def clip(ring: list[tuple[float, float]], edge: float, keep_below: bool) -> list:
    """Sutherland-Hodgman against the meridian `edge`: keep lon <= edge (or >= edge)."""

    def inside(point: tuple[float, float]) -> bool:
        return point[0] <= edge if keep_below else point[0] >= edge

    output: list[tuple[float, float]] = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if inside(current):
            if not inside(previous):
                output.append(_cross(previous, current, edge))
            output.append(current)
        elif inside(previous):
            output.append(_cross(previous, current, edge))
    return output


def _cross(a: tuple[float, float], b: tuple[float, float], edge: float) -> tuple[float, float]:
    t = (edge - a[0]) / (b[0] - a[0])
    return edge, a[1] + t * (b[1] - a[1])


def split_at_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Rings that cross 180 degrees, cut into pieces that each lie within -180..180."""
    continuous = unwrap(ring)
    lons = [lon for lon, _ in continuous]
    if min(lons) >= -180 and max(lons) <= 180:
        return [ring]
    pieces = []
    for low in (-540, -180, 180):
        part = clip(clip(continuous, low, keep_below=False), low + 360, keep_below=True)
        if len(part) >= 3:
            shift = -360 if low == 180 else 360 if low == -540 else 0
            pieces.append([(lon + shift, lat) for lon, lat in part])
    return pieces


# --- geometry --------------------------------------------------------------------------------


def area(ring: list[tuple[float, float]]) -> float:
    return 0.5 * sum(
        x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
    )


def centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    a = area(ring)
    if abs(a) < 1e-9:
        xs, ys = zip(*ring, strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cx / (6 * a), cy / (6 * a)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                distance = math.hypot(px - x1, py - y1)
            else:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance and index > 0:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def path_data(rings: list[list[tuple[float, float]]]) -> str:
    """SVG path data on a 0.1-unit grid, with relative moves so the text stays short."""
    parts: list[str] = []
    cursor = (0, 0)
    for ring in rings:
        grid = [(round(x * 10), round(y * 10)) for x, y in ring]
        deduped = [p for i, p in enumerate(grid) if i == 0 or p != grid[i - 1]]
        if deduped[-1] == deduped[0]:
            deduped.pop()
        if len(deduped) < 3:
            continue
        start = deduped[0]
        parts.append(f"m{_num(start[0] - cursor[0])} {_num(start[1] - cursor[1])}")
        steps = []
        previous = start
        for point in deduped[1:]:
            steps.append(f"{_num(point[0] - previous[0])} {_num(point[1] - previous[1])}")
            previous = point
        parts.append("l" + " ".join(steps) + "z")
        cursor = start  # after z the current point is the subpath's start
    text = "".join(parts)
    return "M" + text[1:] if text.startswith("m") else text


def _num(tenths: int) -> str:
    value = tenths / 10
    return str(int(value)) if tenths % 10 == 0 else f"{value:.1f}"


# --- build -----------------------------------------------------------------------------------


def fetch_package(workdir: Path) -> Path:
    subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=workdir, check=True)
    with tarfile.open(workdir / f"{PACKAGE}-{VERSION}.tgz") as archive:
        archive.extractall(workdir, filter="data")
    return workdir / "package"


def build(package_dir: Path) -> dict:
    meta = json.loads((package_dir / "package.json").read_text())
    if meta["version"] != VERSION:
        sys.exit(f"expected {PACKAGE} {VERSION}, found {meta['version']}")
    topology = json.loads((package_dir / "countries-50m.json").read_text())
    arcs = decode_arcs(topology)
    numeric = {
        row["numeric"]: row["alpha_3"] for row in json.loads(ISO_CODES.read_text())["3166-1"]
    }
    numeric.update(EXTRA_NUMERIC)

    shapes: dict[str, dict] = {}
    other: list[dict] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        gid = geometry.get("id")
        name = geometry["properties"]["name"]
        if gid in LEFT_OUT:
            continue
        iso3 = numeric.get(gid) if gid else NAMED_SHAPES.get(name)
        rings = []
        for polygon in polygons(geometry):
            for index, ring_arcs in enumerate(polygon):
                for piece in split_at_antimeridian(ring_points(ring_arcs, arcs)):
                    rings.append((index == 0, [to_canvas(lon, lat) for lon, lat in piece]))
        entry = shapes.setdefault(iso3, {"names": [], "rings": []}) if iso3 else None
        if entry is None:
            other.append({"name": name, "rings": rings})
        else:
            entry["names"].append(name)
            entry["rings"].extend(rings)

    countries: dict[str, dict] = {}
    for iso3, entry in sorted(shapes.items()):
        outer = [ring for is_outer, ring in entry["rings"] if is_outer]
        largest = max(outer, key=lambda r: abs(area(r)))
        total = sum(abs(area(r)) for r in outer)
        kept = []
        for _, ring in entry["rings"]:
            simple = simplify(ring, TOLERANCE)
            if ring is largest or abs(area(simple)) >= MIN_RING_AREA:
                kept.append(simple if len(simple) >= 4 else ring)
        cx, cy = centroid(largest)
        countries[iso3] = {
            "name": entry["names"][0],
            "d": path_data(kept),
            "centroid": [round(cx, 1), round(cy, 1)],
            "marker": total < MARKER_AREA,
        }
    for iso3, (name, lon, lat) in sorted(EXTRA_POINTS.items()):
        if iso3 in countries:
            continue
        x, y = to_canvas(lon, lat)
        countries[iso3] = {
            "name": name,
            "d": "",
            "centroid": [round(x, 1), round(y, 1)],
            "marker": True,
        }

    other_land = []
    for item in sorted(other, key=lambda o: o["name"]):
        kept = [simplify(r, TOLERANCE) for _, r in item["rings"]]
        kept = [r for r in kept if abs(area(r)) >= MIN_RING_AREA]
        if kept:
            other_land.append({"name": item["name"], "d": path_data(kept)})

    return {
        "source": {
            "package": f"npm:{PACKAGE}",
            "version": VERSION,
            "file": "countries-50m.json",
            "licence": "ISC (package); the shapes are Natural Earth data, in the public domain",
            "projection": "Equal Earth",
            "built_by": "scripts/build_world_map.py",
        },
        "width": WIDTH,
        "height": round(HEIGHT, 1),
        "countries": countries,
        "other_land": other_land,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package-dir", type=Path, help="an unpacked world-atlas package")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package_dir = args.package_dir or fetch_package(Path(tmp))
        data = build(package_dir)
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    OUT_FILE.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    markers = sorted(k for k, v in data["countries"].items() if v["marker"])
    print(
        f"Wrote {OUT_FILE.relative_to(REPO_ROOT)}: {len(data['countries'])} entities, "
        f"{OUT_FILE.stat().st_size // 1024} KiB; markers for {len(markers)}: {' '.join(markers)}"
    )


if __name__ == "__main__":
    main()
