"""Reading the sources' CSV files and decoding what their rows hold: names and tier codes."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from .errors import fail


def norm_key(name: str) -> str:
    """Matching key for a country name: accents, apostrophe style, case and spacing ignored."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().split())


def clean_name(name: str) -> str:
    return " ".join(name.split())


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        fail(f"missing source file: {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tier_from_number(raw: str) -> str | None:
    """Kelley/Heiss and Kelley-Simmons coding: 1, 2, 2.5 (Watch List), 3, 555, 666."""
    raw = raw.strip()
    if raw in ("", "NA", "nan"):
        return None
    value = float(raw)
    mapping = {1.0: "1", 2.0: "2", 2.5: "2WL", 3.0: "3", 666.0: "special_case", 555.0: None}
    if value not in mapping:
        fail(f"unknown numeric tier code {raw!r}")
    return mapping[value]


LABEL_TIERS = {
    "tier 1": "1",
    "tier 2": "2",
    "tier 2 watchlist": "2WL",
    "tier 2 watch list": "2WL",
    "tier 3": "3",
    "special case": "special_case",
}


def tier_from_label(raw: str) -> str:
    key = " ".join(raw.lower().split())
    if key not in LABEL_TIERS:
        fail(f"unknown tier label {raw!r}")
    return LABEL_TIERS[key]


TIER_CODE_TEXT = {"1": "1", "2": "2", "2WL": "2.5", "3": "3", "special_case": "666"}
