"""The committed map shapes cover every entity in the dataset and record their source."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from tipwatch.explorer.worldmap import MAP_FILE, atlas
from tipwatch.tip.services.dataset_files import BUNDLED_DATA_DIR


def dataset_codes() -> set[str]:
    with (BUNDLED_DATA_DIR / "countries.csv").open(encoding="utf-8") as handle:
        return {row["iso3"] for row in csv.DictReader(handle)}


def test_every_country_in_the_dataset_has_a_shape_or_a_marker() -> None:
    countries = atlas()["countries"]

    missing = dataset_codes() - set(countries)
    assert not missing
    for code in dataset_codes():
        entry = countries[code]
        assert entry["d"] or entry["marker"], code


def test_small_states_and_territories_get_markers() -> None:
    countries = atlas()["countries"]

    for code in (
        "XKX",
        "HKG",
        "MAC",
        "SXM",
        "CUW",
        "ABW",
        "MLT",
        "BHR",
        "SGP",
        "MDV",
        "BRB",
        "LCA",
    ):
        assert countries[code]["marker"], code
    for code in ("PER", "BRA", "RUS", "USA"):
        assert not countries[code]["marker"], code


def test_paths_are_compact_svg_path_data_inside_the_canvas() -> None:
    data = atlas()
    assert data["width"] == 1000
    for code, entry in data["countries"].items():
        assert re.fullmatch(r"(M[-0-9. lmz]+)?", entry["d"]), code
        x, y = entry["centroid"]
        assert 0 <= x <= data["width"], code
        assert 0 <= y <= data["height"], code
    assert MAP_FILE.stat().st_size < 160_000


def test_the_source_and_licence_are_recorded() -> None:
    source = json.loads(MAP_FILE.read_text())["source"]
    assert source["package"] == "npm:world-atlas"
    assert source["version"] == "2.0.2"
    readme = (Path(MAP_FILE).parent / "README.md").read_text()
    assert "world-atlas" in readme
    assert "2.0.2" in readme
    assert "ISC" in readme
    assert "Natural Earth" in readme
