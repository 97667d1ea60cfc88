"""Briefings use the figures and narrative that a report import has applied."""

from __future__ import annotations

import pytest

from tests.ingest.reports import CHILE, PERU, text_report
from tipwatch.briefings.briefing import to_markdown
from tipwatch.briefings.composer import BriefingComposer
from tipwatch.ingest.services.apply import ApplyImport
from tipwatch.ingest.services.importer import ImportFile, ImportService
from tipwatch.tip.models import Country, Group

pytestmark = pytest.mark.usefixtures("tip_data")


def compose(lang: str = "en") -> str:
    briefing = BriefingComposer().compose(
        Country.objects.get(iso3="PER"), 2015, Group.objects.get(slug="latin-america"), lang
    )
    return to_markdown(briefing)


def test_without_an_import_the_trend_sentence_is_left_out() -> None:
    assert "convictions" not in compose().lower()


def test_imported_figures_are_cited_with_their_page() -> None:
    upload = ImportFile("tip-2015.txt", text_report(PERU, CHILE).encode())
    ApplyImport(ImportService().import_file(upload, 2015)).apply()

    text = compose()

    assert "19" in text
    assert "41" in text
    assert "page 277" in text
    assert "convict" in text.lower()
