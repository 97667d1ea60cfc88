"""Admin screens: upload a report, watch it being read, review the changes, apply them."""

import re
from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from tipwatch.ingest.forms import UploadForm
from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.ingest.services.apply import ApplyImport, ApplyRefusedError
from tipwatch.ingest.services.importer import (
    ImportFile,
    ImportRejectedError,
    ImportService,
    Submission,
)
from tipwatch.ingest.tasks import process_import

PERMISSION = "tip.change_placement"


def _check(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def index(request: HttpRequest) -> HttpResponse:
    _check(request)
    ImportRun.objects.fail_abandoned()
    runs = ImportRun.objects.select_related("created_by")[:100]
    return render(request, "ingest/index.html", {"runs": runs})


def upload(request: HttpRequest) -> HttpResponse:
    _check(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        run, outcome = ImportService().submit(
            ImportFile(file.name, file.read()), form.cleaned_data["year"], request.user
        )
        if outcome in (Submission.NEW, Submission.RETRY):
            process_import.enqueue(run.pk)
        if outcome == Submission.RETRY:
            messages.info(request, f"Import #{run.pk} of this file had failed: reading it again.")
        elif outcome == Submission.IN_PROGRESS:
            messages.info(request, f"Import #{run.pk} of this file is already being read.")
        elif outcome == Submission.DONE_BEFORE:
            messages.info(request, "This file was imported before for that year: nothing changes.")
        return redirect("ingest:detail", run.pk)
    return render(request, "ingest/upload.html", {"form": form})


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    _check(request)
    ImportRun.objects.filter(pk=pk).fail_abandoned()
    run = get_object_or_404(ImportRun, pk=pk)
    grouped: dict[str, dict[str, list[ProposedChange]]] = defaultdict(lambda: defaultdict(list))
    for change in run.changes.select_related("country"):
        grouped[change.get_kind_display()][change.action].append(change)
    sections = [
        (
            kind,
            [
                (action, by_action[action])
                for action in ProposedChange.Action.values
                if by_action.get(action)
            ],
        )
        for kind, by_action in grouped.items()
    ]
    return render(
        request,
        "ingest/detail.html",
        {"run": run, "sections": sections, "title": f"Import #{run.pk}"},
    )


def status(request: HttpRequest, pk: int) -> JsonResponse:
    _check(request)
    ImportRun.objects.filter(pk=pk).fail_abandoned()
    run = get_object_or_404(ImportRun, pk=pk)
    return JsonResponse(
        {
            "status": run.status,
            "percent": run.percent,
            "label": run.progress_label,
            "error": run.error,
            "finished": run.is_finished,
        }
    )


# At most 18 ASCII digits: str.isdigit() also accepts superscripts such as "²", which int()
# refuses, and a longer number cannot be a change's id (it would overflow the database's bigint).
_CHANGE_ID = re.compile(r"[0-9]{1,18}")


def _accepted_ids(values: list[str]) -> list[int] | None:
    """The change ids ticked on the review form, or None when any value is not an id."""
    if not all(_CHANGE_ID.fullmatch(value) for value in values):
        return None
    return [int(value) for value in values]


@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    _check(request)
    run = get_object_or_404(ImportRun, pk=pk)
    accepted = _accepted_ids(request.POST.getlist("accept"))
    if accepted is None:
        return HttpResponseBadRequest(
            "Each accepted change must be given by its number (ASCII digits only).",
            content_type="text/plain; charset=utf-8",
        )
    try:
        summary = ApplyImport(run, request.user).apply(accepted)
    except ApplyRefusedError as error:
        messages.error(request, f"Not applied: {error}.")
        return redirect("ingest:detail", run.pk)
    messages.success(
        request,
        f"Applied {summary.placements} placements, {summary.statistics} statistics and "
        f"{summary.narratives} narratives.",
    )
    return redirect("ingest:detail", run.pk)


@require_POST
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    _check(request)
    ImportRun.objects.filter(pk=pk).fail_abandoned()
    run = get_object_or_404(ImportRun, pk=pk)
    try:
        ImportService().retry(run)
    except ImportRejectedError as error:
        messages.error(request, f"Not retried: {error}.")
        return redirect("ingest:detail", run.pk)
    process_import.enqueue(run.pk)
    messages.info(request, f"Import #{run.pk} is queued to be read again.")
    return redirect("ingest:detail", run.pk)
