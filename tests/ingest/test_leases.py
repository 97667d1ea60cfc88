"""Import runs hold a lease: a run whose reader is gone is failed with why, and can be retried."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from tests.ingest.reports import CHILE, PERU, pdf_report
from tipwatch.ingest.models import ImportRun
from tipwatch.ingest.services import importer
from tipwatch.ingest.services.importer import ImportFile, ImportService
from tipwatch.tip.models import Statistic

pytestmark = pytest.mark.usefixtures("tip_data")


@pytest.fixture(autouse=True)
def media(tmp_path: Path, settings: object) -> Path:
    root = tmp_path / "media"
    settings.MEDIA_ROOT = root  # type: ignore[attr-defined]
    return root


def stored_files(media: Path) -> list[Path]:
    return sorted(path for path in media.rglob("*") if path.is_file())


def stuck_run(content: bytes, *, seconds_ago: int = 3600) -> ImportRun:
    """A run left `running` by a reader that died ``seconds_ago`` seconds ago."""
    run, _ = ImportService().submit(ImportFile("tip-2015.pdf", content), 2015)
    ImportRun.objects.filter(pk=run.pk).update(
        status=ImportRun.Status.RUNNING,
        lease="worker-7 4242 0123456789ab",
        heartbeat_at=timezone.now() - timedelta(seconds=seconds_ago),
        progress_done=1,
        progress_total=1,
        attempts=1,
    )
    run.refresh_from_db()
    return run


def test_the_status_of_an_abandoned_run_is_failed_with_why(admin_client: Client) -> None:
    run = stuck_run(pdf_report(PERU))

    data = admin_client.get(reverse("ingest:status", args=[run.pk])).json()

    assert (data["status"], data["finished"]) == ("failed", True)
    assert data["error"].startswith("The process reading this file (process 4242 on worker-7)")
    assert "no sign of life since" in data["error"]
    page = admin_client.get(reverse("ingest:detail", args=[run.pk])).content.decode()
    assert 'http-equiv="refresh"' not in page
    assert "Retry the import" in page


def test_a_run_within_its_lease_is_left_running(admin_client: Client) -> None:
    run = stuck_run(pdf_report(PERU), seconds_ago=5)

    data = admin_client.get(reverse("ingest:status", args=[run.pk])).json()

    assert (data["status"], data["finished"]) == ("running", False)


def test_retrying_from_the_admin_reads_the_stored_file_again(
    admin_client: Client, media: Path
) -> None:
    run = stuck_run(pdf_report(PERU, CHILE))
    admin_client.get(reverse("ingest:status", args=[run.pk]))

    response = admin_client.post(reverse("ingest:retry", args=[run.pk]))

    assert response.status_code == 302
    run.refresh_from_db()
    assert (run.status, run.error, run.attempts) == (ImportRun.Status.READY, "", 2)
    assert run.changes.filter(kind="statistic").exists()
    assert stored_files(media) == [media / run.file.name]


def test_only_a_failed_run_can_be_retried(admin_client: Client) -> None:
    run, _ = ImportService().submit(ImportFile("tip-2015.pdf", pdf_report(PERU)), 2015)
    ImportService().process(run)
    assert run.status == ImportRun.Status.READY

    response = admin_client.post(reverse("ingest:retry", args=[run.pk]), follow=True)

    assert "Not retried: import #" in response.content.decode()
    assert "is ready for review, not failed" in response.content.decode()


def test_uploading_a_failed_file_again_reads_it_again_without_a_second_copy(
    admin_client: Client, media: Path
) -> None:
    content = pdf_report(PERU, CHILE)
    run = stuck_run(content)

    response = admin_client.post(
        reverse("ingest:upload"),
        {"file": SimpleUploadedFile("tip-2015.pdf", content), "year": 2015},
        follow=True,
    )

    page = response.content.decode()
    assert f"Import #{run.pk} of this file had failed: reading it again." in page
    assert "nothing changes" not in page
    assert ImportRun.objects.count() == 1
    run.refresh_from_db()
    assert run.status == ImportRun.Status.READY
    assert len(stored_files(media)) == 1


def test_any_error_while_processing_fails_the_run(
    admin_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(self: object) -> list[object]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importer.ProposalBuilder, "build", crash)

    response = admin_client.post(
        reverse("ingest:upload"),
        {"file": SimpleUploadedFile("tip-2015.pdf", pdf_report(PERU)), "year": 2015},
    )

    assert response.status_code == 302
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert run.error == "Reading the import failed unexpectedly: RuntimeError('disk on fire')"
    assert run.lease == ""


def import_report(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("import_report", str(path), "--year", "2015", *args, stdout=out)
    return out.getvalue()


def test_the_command_refuses_a_file_another_process_is_reading(tmp_path: Path) -> None:
    content = pdf_report(PERU, CHILE)
    run = stuck_run(content, seconds_ago=2)
    path = tmp_path / "tip-2015.pdf"
    path.write_bytes(content)

    with pytest.raises(CommandError) as refused:
        import_report(path, "--apply")

    assert refused.value.returncode == 1
    # The age is measured when the command runs: on a loaded machine it may be a second or
    # two more than the heartbeat's, never less.
    refusal = re.fullmatch(
        rf"import #{run.pk} of this file for 2015 is being read by process 4242 on worker-7 "
        r"\(last sign of life (\d+) s ago\): wait for it to finish.*",
        str(refused.value),
        re.DOTALL,
    )
    assert refusal is not None, str(refused.value)
    assert 2 <= int(refusal[1]) < 30
    assert not Statistic.objects.exists()


def test_the_command_reads_a_failed_run_again_and_applies_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], media: Path
) -> None:
    content = pdf_report(PERU, CHILE)
    run = stuck_run(content)
    path = tmp_path / "tip-2015.pdf"
    path.write_bytes(content)

    output = import_report(path, "--apply")

    assert (
        f"Import #{run.pk} of this file had failed (The process reading" in capsys.readouterr().err
    )
    assert output.startswith(f"Import #{run.pk} of tip-2015.pdf: Applied")
    run.refresh_from_db()
    assert (run.status, run.attempts) == (ImportRun.Status.APPLIED, 2)
    assert Statistic.objects.filter(country__iso3="PER").exists()
    assert len(stored_files(media)) == 1


@override_settings(TIPWATCH_IMPORT_LEASE_SECONDS=1)
def test_a_reader_that_lost_its_lease_drops_its_results(monkeypatch: pytest.MonkeyPatch) -> None:
    run, _ = ImportService().submit(ImportFile("tip-2015.pdf", pdf_report(PERU)), 2015)
    ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.QUEUED)
    build = importer.ProposalBuilder.build

    def failed_meanwhile(self: importer.ProposalBuilder) -> list[object]:
        # Another process found the lease expired and failed the run while this one worked.
        ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.FAILED, lease="")
        return build(self)  # type: ignore[return-value]

    monkeypatch.setattr(importer.ProposalBuilder, "build", failed_meanwhile)

    ImportService().process(run)

    run.refresh_from_db()
    assert run.status == ImportRun.Status.FAILED
    assert not run.changes.exists()


def test_a_run_left_running_before_leases_existed_is_failed_too(admin_client: Client) -> None:
    run = stuck_run(pdf_report(PERU))
    ImportRun.objects.filter(pk=run.pk).update(
        heartbeat_at=None, lease="", created_at=timezone.now() - timedelta(days=3)
    )

    data = admin_client.get(reverse("ingest:status", args=[run.pk])).json()

    assert (data["status"], data["finished"]) == ("failed", True)
    assert data["error"].startswith("The process reading this file (unknown process) stopped")


def test_the_command_retries_an_import_by_its_number_from_the_stored_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run = stuck_run(pdf_report(PERU, CHILE))
    out = io.StringIO()

    call_command("import_report", "--retry", str(run.pk), "--apply", stdout=out)

    assert f"Import #{run.pk} of this file had failed" in capsys.readouterr().err
    assert out.getvalue().startswith(f"Import #{run.pk} of tip-2015.pdf: Applied")
    run.refresh_from_db()
    assert (run.status, run.attempts) == (ImportRun.Status.APPLIED, 2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--retry", "999999"], "there is no import #999999; nothing was written"),
        (["--retry", "1", "some.pdf"], "--retry IMPORT takes no file, --year or --dry-run"),
        (["--apply"], "give a report file (or folder, or zip), or --retry IMPORT"),
    ],
)
def test_bad_retries_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    with pytest.raises(CommandError) as refused:
        call_command("import_report", *args)

    assert (refused.value.returncode, str(refused.value)) == (2, message)
