"""Several saved pages imported together as one run: a folder or a zip."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from tipwatch.core.commands import UsageError
from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.ingest.parsing import CountryMatcher, ReportReadError, parse_report
from tipwatch.ingest.parsing.bundle import read_bundle, read_report, zip_folder


def _page(year: int, name: str, header: str, body: str) -> str:
    return (
        "<html><body>"
        '<section class="usa-banner"><div>An official website of the United States Government'
        "</div></section>"
        f"<main><h1>{year} Trafficking in Persons Report: {name}</h1>"
        f"<h2>{header}</h2><p>{body}</p></main>"
        '<footer class="usa-footer"><p>Back to Top</p></footer></body></html>'
    )


PERU = _page(
    2019,
    "Peru",
    "PERU: Tier 2",
    "The Government of Peru does not fully meet the minimum standards. Authorities "
    "investigated 59 cases, compared with 70 in 2017.",
)
CHILE = _page(
    2019,
    "Chile",
    "CHILE: Tier 1",
    "The Government of Chile fully meets the minimum standards. The government convicted "
    "nine traffickers.",
)
MATCHER = CountryMatcher([("PER", "Peru", []), ("CHL", "Chile", [])])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "tip-2019"
    pages.mkdir()
    (pages / "chile.html").write_text(CHILE, encoding="utf-8")
    (pages / "peru.html").write_text(PERU, encoding="utf-8")
    (pages / ".DS_Store").write_bytes(b"\x00\x01")
    return pages


def test_a_folder_reads_as_one_document_in_name_order(folder: Path) -> None:
    data = zip_folder(folder)
    assert data == zip_folder(folder)  # the same folder, the same bytes (and sha256)
    document = read_report(data)
    assert [page.number for page in document.pages] == [1, 2]
    assert document.file_starts == frozenset({1, 2})
    parsed = parse_report(document, 2019, MATCHER)
    assert [(c.iso3, c.tier) for c in parsed.countries] == [("CHL", "1"), ("PER", "2")]
    chile = parsed.countries[0]
    # Chile's narrative ends with its file: Peru's page title is not appended to it.
    assert "Peru" not in chile.narrative.text
    assert {(s.metric, s.value) for s in chile.statistics} == {("convictions", 9)}


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not really a zip", "the zip file cannot be read"),
        (_zip({"empty.txt": b""}), "empty.txt: the file is empty"),
        (_zip({"inner.zip": _zip({"a.txt": b"x"})}), "a zip inside the zip"),
        (_zip({"__MACOSX/._peru.html": b"x"}), "the zip file holds no files"),
        (_zip({"scan.bin": b"\x00\x01\x02"}), "scan.bin: unsupported file type"),
    ],
)
def test_bad_bundles_name_the_problem(data: bytes, message: str) -> None:
    with pytest.raises(ReportReadError, match=message):
        read_bundle(data)


@pytest.mark.django_db
def test_folder_imports_in_one_run_with_the_year_from_the_pages(
    tip_data: object, folder: Path
) -> None:
    out = io.StringIO()
    call_command("import_report", str(folder), "--dry-run", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["report_year"] == 2019
    assert [(c["iso3"], c["tier"]) for c in data["countries"]] == [("CHL", "1"), ("PER", "2")]

    call_command("import_report", str(folder), stdout=io.StringIO())
    (run,) = ImportRun.objects.all()
    assert (run.original_name, run.report_year, run.status) == ("tip-2019.zip", 2019, "ready")
    placements = run.changes.filter(kind=ProposedChange.Kind.PLACEMENT)
    assert sorted(c.country.iso3 for c in placements if c.country) == ["CHL", "PER"]


@pytest.mark.django_db
def test_a_page_that_states_no_year_needs_one(tip_data: object, tmp_path: Path) -> None:
    path = tmp_path / "peru.txt"
    path.write_text("PERU: Tier 2\nThe Government of Peru does not fully meet the standards.\n")
    with pytest.raises(UsageError, match="does not say which year's report it is"):
        call_command("import_report", str(path), "--dry-run", stdout=io.StringIO())


@pytest.mark.django_db
def test_a_zip_uploaded_in_the_admin_shows_every_country_for_review(
    tip_data: object, folder: Path, admin_client: Client
) -> None:
    upload = SimpleUploadedFile("tip-2019.zip", zip_folder(folder))
    response = admin_client.post(reverse("ingest:upload"), {"file": upload, "year": 2019})
    assert response.status_code == 302
    run = ImportRun.objects.latest("created_at")
    assert run.status == ImportRun.Status.READY
    page = admin_client.get(reverse("ingest:detail", args=[run.pk])).content.decode()
    assert "Ready for review" in page
    assert "Peru" in page
    assert "Chile" in page
