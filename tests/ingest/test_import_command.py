"""`tipwatch import-report`: dry runs, proposals, applying, re-importing and bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from tests.ingest.parsing.fixtures import encrypted_pdf, scanned_pdf, truncated
from tests.ingest.reports import ATLANTIS, CHILE, PERU, pdf_report, plain_pdf, text_report
from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.tip.models import Narrative, Placement, Statistic

pytestmark = pytest.mark.django_db


def import_report(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("import_report", str(path), "--year", "2015", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "tip-2015.pdf"
    path.write_bytes(pdf_report(PERU, CHILE, ATLANTIS))
    return path


def snapshot() -> tuple[int, ...]:
    return (
        ImportRun.objects.count(),
        Placement.objects.filter(source_kind="report_import").count(),
        Statistic.objects.count(),
        Narrative.objects.count(),
        ModelLogEntry.objects.count(),
    )


def test_dry_run_prints_one_json_object_and_writes_nothing(
    tip_data: object, report_pdf: Path
) -> None:
    before = snapshot()

    data = json.loads(import_report(report_pdf, "--dry-run", "--format", "json"))

    assert snapshot() == before
    assert set(data) == {"report_year", "pages", "countries", "problems"}
    assert (data["report_year"], data["pages"]) == (2015, 3)
    peru, chile, atlantis = data["countries"]
    assert (peru["name"], peru["iso3"], peru["tier"], peru["pages"]) == (
        "PERU",
        "PER",
        "2",
        [277, 277],
    )
    assert peru["sections"] == [
        "summary",
        "recommendations",
        "prosecution",
        "protection",
        "prevention",
    ]
    convictions = {s["period_year"]: s for s in peru["statistics"] if s["metric"] == "convictions"}
    assert convictions[2014]["value"] == 19
    assert convictions[2013]["value"] == 41
    assert convictions[2014]["page"] == 277
    assert "convicted 19 traffickers in 2014" in convictions[2014]["quote"]
    assert convictions[2014]["section"] == "prosecution"
    assert chile["tier"] == "1"
    assert atlantis["iso3"] is None
    for statistic in peru["statistics"]:
        assert set(statistic) == {
            "metric",
            "value",
            "period_year",
            "qualifier",
            "quote",
            "page",
            "section",
        }


def test_an_import_proposes_changes_for_review(tip_data: object, report_pdf: Path) -> None:
    output = import_report(report_pdf)

    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.READY
    assert "Review and apply it in the admin" in output
    unknown = run.changes.get(kind=ProposedChange.Kind.UNKNOWN_COUNTRY)
    assert (unknown.name, unknown.action) == ("ATLANTIS", "unresolved")
    peru_tier = run.changes.get(kind="placement", country__iso3="PER")
    assert peru_tier.before is not None
    assert peru_tier.after is not None
    assert peru_tier.before["tier"] == peru_tier.after["tier"] == "2"
    assert peru_tier.after["page"] == 277
    assert run.changes.filter(kind="statistic", action="new").count() == 8
    assert not Statistic.objects.exists()
    assert Placement.objects.get(country__iso3="PER", report__year=2015).source_kind == "dataset"


def test_apply_writes_cited_facts_with_an_audit_trail(tip_data: object, report_pdf: Path) -> None:
    import_report(report_pdf, "--apply")

    peru = Placement.objects.get(country__iso3="PER", report__year=2015)
    assert (peru.tier, peru.source_kind, peru.page, peru.quote) == (
        "2",
        "report_import",
        277,
        "PERU: Tier 2",
    )
    conviction = Statistic.objects.get(country__iso3="PER", metric="convictions", period_year=2014)
    assert (conviction.value, conviction.page, conviction.section) == (19, 277, "prosecution")
    narrative = Narrative.objects.get(country__iso3="PER", report__year=2015)
    assert [s.name for s in narrative.sections.all()][:2] == ["summary", "recommendations"]
    entry = ModelLogEntry.objects.filter(object_id=str(conviction.pk), action="tipwatch.change")
    assert entry.get().data["reason"].startswith("Applied import #")
    assert ImportRun.objects.get().status == ImportRun.Status.APPLIED


def test_importing_the_same_file_again_changes_nothing(tip_data: object, report_pdf: Path) -> None:
    import_report(report_pdf, "--apply")
    before = snapshot()

    output = import_report(report_pdf, "--apply")

    assert snapshot() == before
    assert "Applied" in output.splitlines()[0]


def test_a_text_file_with_the_same_narratives_proposes_nothing_new_after_apply(
    tip_data: object, report_pdf: Path, tmp_path: Path
) -> None:
    import_report(report_pdf, "--apply")
    text = tmp_path / "tip-2015.txt"
    text.write_text(text_report(PERU, CHILE, ATLANTIS), encoding="utf-8")

    import_report(text)

    run = ImportRun.objects.latest("created_at")
    actions = set(run.changes.exclude(kind="unknown_country").values_list("action", flat=True))
    assert actions == {"unchanged"}


def test_a_new_tier_is_proposed_as_a_change(tip_data: object, tmp_path: Path) -> None:
    path = tmp_path / "peru.txt"
    path.write_text(
        text_report([line.replace("PERU: Tier 2", "PERU: Tier 2 Watch List") for line in PERU]),
        encoding="utf-8",
    )

    import_report(path)

    change = ImportRun.objects.get().changes.get(kind="placement")
    assert change.before is not None
    assert change.after is not None
    assert (change.action, change.before["tier"], change.after["tier"]) == ("changed", "2", "2WL")


BAD_INPUTS = {
    "not-a-pdf.pdf": (b"%PDF-1.7\nthis is not really a PDF", "damaged"),
    "notes.docx": (b"PK\x03\x04\x00\x00binary", ""),
    "encrypted.pdf": (None, "encrypted"),
    "truncated.pdf": (None, "truncated"),
    "scanned.pdf": (None, "scanned PDF: run OCR first"),
    "empty.pdf": (b"", "empty"),
    "novel.pdf": (None, "not a TIP report"),
    "twice.txt": (None, "twice"),
}


def bad_file(name: str) -> bytes:
    content, _ = BAD_INPUTS[name]
    if content is not None:
        return content
    return {
        "encrypted.pdf": lambda: encrypted_pdf(),
        "truncated.pdf": lambda: truncated(pdf_report(PERU, CHILE)),
        "scanned.pdf": lambda: scanned_pdf(),
        "novel.pdf": lambda: plain_pdf("It was a dark and stormy night.", "The end."),
        "twice.txt": lambda: text_report(PERU, CHILE, PERU).encode(),
    }[name]()


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
@pytest.mark.parametrize("mode", [[], ["--dry-run"], ["--apply"]])
def test_bad_input_gets_one_message_exit_2_and_writes_nothing(
    tmp_path: Path, name: str, mode: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(bad_file(name))
    before = snapshot()

    with pytest.raises(CommandError) as caught:
        import_report(path, *mode)

    assert caught.value.returncode == 2
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(name)
    assert BAD_INPUTS[name][1].lower() in message.lower()
    assert message.endswith("nothing was written")
    assert snapshot() == before


def test_a_missing_file_and_a_bad_year_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        import_report(tmp_path / "missing.pdf")
    with pytest.raises(CommandError, match="--year 1990 is not a report year"):
        call_command("import_report", str(tmp_path), "--year", "1990")


@pytest.mark.usefixtures("tip_data")
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, settings: object
) -> None:
    settings.TIPWATCH_IMPORT_MAX_FILE_MB = 1  # type: ignore[attr-defined]
    path = tmp_path / "huge.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b" " * (2 * 1024 * 1024))
    before = snapshot()

    with pytest.raises(CommandError) as refused:
        import_report(path, "--apply")

    assert refused.value.returncode == 2
    assert str(refused.value) == (
        "huge.pdf: the file is 2.0 MB, more than the limit of 1 MB "
        "(TIPWATCH_IMPORT_MAX_FILE_MB); nothing was written"
    )
    assert snapshot() == before
