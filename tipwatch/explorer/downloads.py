"""Placements as CSV, JSON and XLSX, and a Frictionless data package describing the CSV.

All three formats hold exactly the rows and columns of the API's `placements` endpoint
(`PlacementRow`, from the tip app's read module), so a file read back equals the API's data.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_noop
from openpyxl import Workbook

from tipwatch.tip.filters import PlacementFilters
from tipwatch.tip.filters.resolve import TIER_VALUES
from tipwatch.tip.models import Bureau, SourceKind
from tipwatch.tip.names import ENGLISH, SPANISH, tier_name
from tipwatch.tip.services.dataset_files import BUNDLED_DATA_DIR
from tipwatch.tip.services.reading import PLACEMENT_COLUMNS, PlacementRow

CODEBOOK_FILE: Path = BUNDLED_DATA_DIR / "CODEBOOK.md"
PROVENANCE_FILE: Path = BUNDLED_DATA_DIR / "PROVENANCE.md"

CITATION = (
    "tipwatch TIP tier data (2001-2025), built from Kelley & Heiss, Scorecard Diplomacy (2017) "
    "replication data; Kelley & Simmons (2015) replication data; Heiss, tip_tiers_2017; and "
    "transcriptions of US State Department Trafficking in Persons Reports 2016-2025, checked "
    "against the reports' country narratives as published by the State Department, Refworld "
    "and ecoi.net."
)
LICENCE_NOTE = (
    "The tier placements are facts published by the US State Department, a work of the US "
    "government and in the public domain in the United States (17 U.S.C. 105). The research "
    "files they were compiled from are released under the MIT licence (Copyright (c) 2017 "
    "Judith Kelley and Andrew Heiss; Andrew Heiss 2017): keep that notice, and cite the "
    "sources, when you reuse this data. Each row names its own source."
)

FIELD_DESCRIPTIONS: dict[str, dict[str, Any]] = {
    "iso3": {
        "type": "string",
        "description": gettext_noop("ISO 3166-1 alpha-3 code; Kosovo is XKX."),
        "constraints": {"required": True, "pattern": "^[A-Z]{3}$"},
    },
    "country": {
        "type": "string",
        "description": gettext_noop("Short English name."),
        "constraints": {"required": True},
    },
    "report_year": {
        "type": "integer",
        "description": gettext_noop(
            "Year the report was published (the 2015 report covers April 2014 to March 2015)."
        ),
        "constraints": {"required": True, "minimum": 2001},
    },
    "tier": {
        "type": "string",
        "description": gettext_noop(
            "1, 2, 2WL (Tier 2 Watch List), 3 or special_case. A country-year "
            "with no row was not rated (or is a known coverage gap)."
        ),
        "constraints": {"required": True, "enum": TIER_VALUES},
    },
    "tier_label": {
        "type": "string",
        "description": gettext_noop("The tier in words."),
        "constraints": {"required": True, "enum": [tier_name(t, ENGLISH) for t in TIER_VALUES]},
    },
    "region": {
        "type": "string",
        "description": gettext_noop(
            "State Department regional bureau in that report year (approximate; see the codebook)."
        ),
        "constraints": {"enum": list(Bureau.values)},
    },
    "partial_year": {
        "type": "boolean",
        "description": gettext_noop("True when our data for that report year is incomplete."),
        "trueValues": ["true"],
        "falseValues": ["false"],
        "constraints": {"required": True},
    },
    "source_kind": {
        "type": "string",
        "description": gettext_noop(
            "What kind of source states this placement, strongest first: "
            "official (the State Department's own page), verbatim_copy (a faithful republication "
            "such as Refworld or ecoi.net), dataset (a research dataset), secondary, inferred "
            "(from lists and totals), or report_import."
        ),
        "constraints": {"required": True, "enum": list(SourceKind.values)},
    },
    "source_name": {
        "type": "string",
        "description": gettext_noop("The dataset, or the publisher of the web source."),
        "constraints": {"required": True},
    },
    "source_url": {
        "type": "string",
        "format": "uri",
        "description": gettext_noop("Where the placement can be checked."),
    },
    "page": {
        "type": "integer",
        "description": gettext_noop("Page in the printed report, where known."),
        "constraints": {"minimum": 1},
    },
    "quote": {
        "type": "string",
        "description": gettext_noop(
            "The report's own words for this country and year (its header line or "
            "tier sentence), from an official page or a verbatim copy."
        ),
    },
    "note": {"type": "string", "description": "Raw value, inference and caveats."},
    "inferred": {
        "type": "boolean",
        "description": gettext_noop(
            "True when no source states the placement; it follows from totals."
        ),
        "trueValues": ["true"],
        "falseValues": ["false"],
        "constraints": {"required": True},
    },
    "secondary": {
        "type": "boolean",
        "description": gettext_noop("True for a secondary or inferred source."),
        "trueValues": ["true"],
        "falseValues": ["false"],
        "constraints": {"required": True},
    },
    "country_es": {
        "type": "string",
        "description": gettext_noop(
            "Spanish name: CLDR's, or the report's own where they differ for a reason."
        ),
        "constraints": {"required": True},
    },
    "tier_label_es": {
        "type": "string",
        "description": gettext_noop("The tier in words, in Spanish."),
        "constraints": {"required": True, "enum": [tier_name(t, SPANISH) for t in TIER_VALUES]},
    },
}
assert tuple(FIELD_DESCRIPTIONS) == PLACEMENT_COLUMNS


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_csv(rows: list[PlacementRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(PLACEMENT_COLUMNS)
    for row in rows:
        writer.writerow([_cell(getattr(row, name)) for name in PLACEMENT_COLUMNS])
    return buffer.getvalue()


def to_json(rows: list[PlacementRow], filters: PlacementFilters, csv_url: str) -> str:
    document = {
        "title": "TIP Report tier placements",
        "filters": filters.raw,
        "count": len(rows),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "citation": CITATION,
        "licence": LICENCE_NOTE,
        "csv": csv_url,
        "placements": [row.as_dict() for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def to_xlsx(rows: list[PlacementRow], filters: PlacementFilters) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("placements")
    sheet.append(list(PLACEMENT_COLUMNS))
    for row in rows:
        sheet.append([getattr(row, name) for name in PLACEMENT_COLUMNS])
    about = workbook.create_sheet("about")
    about.append(["Placements", filters.describe()])
    about.append(["Rows", len(rows)])
    about.append(["Generated", timezone.now().isoformat(timespec="seconds")])
    about.append(["Citation", CITATION])
    about.append(["Licence", LICENCE_NOTE])
    for name, spec in FIELD_DESCRIPTIONS.items():
        about.append([name, spec["description"]])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def datapackage(csv_url: str, codebook_url: str, provenance_url: str, homepage: str) -> dict:
    """A Frictionless tabular data package whose one resource is the full placements CSV."""
    fields = [{"name": name, **spec} for name, spec in FIELD_DESCRIPTIONS.items()]
    return {
        "profile": "tabular-data-package",
        "name": "tipwatch-tip-placements",
        "title": "US Trafficking in Persons Report: tier placements with provenance",
        "description": (
            "Every country's tier in each annual US State Department Trafficking in Persons "
            "Report since 2001, one row per country and report year, each with the source "
            "that states it. Read the codebook for coding decisions and coverage gaps."
        ),
        "homepage": homepage,
        "version": "1.0.0",
        "created": timezone.now().isoformat(timespec="seconds"),
        "keywords": ["human trafficking", "TIP Report", "TVPA", "tiers"],
        "licenses": [
            {
                "name": "other-pd",
                "title": "US government work (public domain); sources under MIT",
                "path": provenance_url,
            }
        ],
        "licence_note": LICENCE_NOTE,
        "citation": CITATION,
        "codebook": codebook_url,
        "sources": [
            {"title": "Kelley & Heiss, Scorecard Diplomacy (2017) replication data"},
            {"title": "Kelley & Simmons (2015) replication data"},
            {"title": "Heiss, tip_tiers_2017"},
            {"title": "US State Department, Trafficking in Persons Reports 2001-2025"},
        ],
        "resources": [
            {
                "name": "placements",
                "path": csv_url,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
                "schema": {
                    "fields": fields,
                    "missingValues": [""],
                    "primaryKey": ["iso3", "report_year"],
                },
            }
        ],
    }
