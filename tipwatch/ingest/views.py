"""Admin screens: upload a report, watch it being read, review the changes, apply them."""

import re
from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.models import ModelLogEntry

from tipwatch.core.audit import CHANGE_ACTION, describe_changes
from tipwatch.ingest.forms import UploadForm
from tipwatch.ingest.models import ImportRun, ProposedChange
from tipwatch.ingest.services import unknown_names
from tipwatch.ingest.services.apply import ApplyImport, ApplyRefusedError
from tipwatch.ingest.services.importer import (
    ImportFile,
    ImportRejectedError,
    ImportService,
    Submission,
)
from tipwatch.ingest.tasks import process_import
from tipwatch.tip.models import Country

PERMISSION = "tip.change_placement"


def _check(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


SOURCE_UPDATE = "Source update"
REVIEW_GROUPS = [
    ProposedChange.Action.UNRESOLVED.label,
    ProposedChange.Action.NEW.label,
    ProposedChange.Action.CHANGED.label,
    SOURCE_UPDATE,
    ProposedChange.Action.UNCHANGED.label,
    ProposedChange.Action.SKIPPED.label,
]


def review_group(change: ProposedChange) -> str:
    """The heading a row is listed under. A placement whose tier stays and whose page or
    quote differs only updates the source, which is not what "Changed" makes an editor expect."""
    if (
        change.kind == ProposedChange.Kind.PLACEMENT
        and change.action == ProposedChange.Action.CHANGED
        and change.before is not None
        and change.after is not None
        and change.before.get("tier") == change.after.get("tier")
    ):
        return SOURCE_UPDATE
    return str(change.get_action_display())


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
        grouped[change.get_kind_display()][review_group(change)].append(change)
    sections = [
        (
            kind,
            [(label, by_group[label]) for label in REVIEW_GROUPS if by_group.get(label)],
        )
        for kind, by_group in grouped.items()
    ]
    return render(
        request,
        "ingest/detail.html",
        {
            "run": run,
            "sections": sections,
            "title": f"Import #{run.pk}",
            "applied_entries": applied_entries(run),
            "countries": Country.objects.order_by("name").only("iso3", "name")
            if run.changes.filter(action=ProposedChange.Action.UNRESOLVED).exists()
            else [],
        },
    )


# The admin screens whose History shows what an import changed, by model.
HISTORY_URL_NAMES = {
    "placement": "placements:history",
    "statistic": "statistics:history",
    "narrative": "narratives:history",
    "report": "reports:history",
}


def applied_entries(run: ImportRun) -> list[dict[str, Any]]:
    """Every change the run applied, as logged, each with a link to its object's History."""
    entries = (
        ModelLogEntry.objects.filter(action=CHANGE_ACTION, data__import_run=run.pk)
        .select_related("content_type", "user")
        .order_by("timestamp", "pk")
    )
    rows = []
    for entry in entries:
        url_name = HISTORY_URL_NAMES.get(entry.content_type.model)
        rows.append(
            {
                "label": entry.label,
                "kind": entry.content_type.name,
                "changes": describe_changes(entry.data or {}),
                "history_url": reverse(url_name, args=[entry.object_id]) if url_name else "",
                "timestamp": entry.timestamp,
            }
        )
    return rows


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
def decide(request: HttpRequest, pk: int, change_pk: int) -> HttpResponse:
    """Map an unknown name to a country (kept as its alias) or skip it."""
    _check(request)
    change = get_object_or_404(ProposedChange, pk=change_pk, run_id=pk)
    decision = request.POST.get("decision", "")
    try:
        if decision == "skip":
            unknown_names.skip_unknown_name(change.pk)
            messages.info(request, f"Skipped '{change.name}': nothing from it will be applied.")
        elif decision == "map":
            iso3 = request.POST.get(f"country-{change.pk}", "")
            country = Country.objects.filter(iso3=iso3[:3]).first() if iso3.isalpha() else None
            if country is None:
                messages.error(request, f"Choose the country '{change.name}' stands for.")
                return redirect("ingest:detail", pk)
            unknown_names.map_unknown_name(change.pk, country, request.user)
            messages.success(
                request,
                f"'{change.name}' is now known as a name of {country.name}, for this and later "
                "imports; its tier is listed with the other placements.",
            )
        else:
            messages.error(request, "Choose to map the name to a country or to skip it.")
    except unknown_names.DecisionRefusedError as error:
        messages.error(request, f"Not changed: {error}.")
    return redirect("ingest:detail", pk)


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
