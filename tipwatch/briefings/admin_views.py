"""Admin screens: draft a briefing as a news article, and check the facts of a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page

from tipwatch.news.models import NewsIndexPage
from tipwatch.tip.models import Report

from .composer import BriefingComposer
from .drafts import DraftError, news_index, save_draft
from .facts import BriefingError
from .forms import CheckOptionsForm, DraftBriefingForm
from .models import BriefingDraft
from .pagetext import page_text
from .verify import CheckedClaim, CheckResult, ClaimChecker


def draft_briefing(request: HttpRequest) -> HttpResponse:
    """Compose a briefing and save it as a draft news article, then open it in the editor."""
    index: NewsIndexPage | None = None
    problem = ""
    try:
        index = news_index()
    except DraftError as error:
        problem = str(error)
    if index is not None and not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied

    if request.method == "POST" and index is not None:
        form = DraftBriefingForm(request.POST)
        if form.is_valid():
            country = form.cleaned_data["country"]
            group = form.cleaned_data["group"]
            try:
                report = Report.objects.get(year=form.cleaned_data["year"])
                briefing = BriefingComposer().compose(
                    country, report, group, form.cleaned_data["lang"]
                )
                result = save_draft(briefing, country, group, user=request.user)
            except (BriefingError, DraftError, Report.DoesNotExist) as error:
                form.add_error(None, str(error))
            else:
                action = "Created the draft" if result.created else "Added a new revision to"
                messages.success(request, f"{action} \u201c{result.page.title}\u201d.")
                return redirect("wagtailadmin_pages:edit", result.page.pk)
    else:
        initial = {}
        if request.GET.get("country"):
            initial["country"] = request.GET["country"].strip().upper()
        for key in ("year", "group", "lang"):
            if request.GET.get(key):
                initial[key] = request.GET[key]
        form = DraftBriefingForm(initial=initial)
    return TemplateResponse(
        request,
        "briefings/admin/draft.html",
        {
            "form": form,
            "problem": problem,
            "page_title": "Draft a briefing",
            "header_icon": "edit",
            "recent": BriefingDraft.objects.select_related("country", "group", "page")[:10],
        },
    )


@dataclass(frozen=True)
class Segment:
    text: str
    checked: CheckedClaim | None = None
    number: int = 0


def segments(text: str, result: CheckResult) -> list[Segment]:
    """The text cut at the claims' spans, for highlighting."""
    parts: list[Segment] = []
    position = 0
    for number, checked in enumerate(result.claims, start=1):
        start, end = checked.claim.span
        if start < position:
            continue
        if start > position:
            parts.append(Segment(text[position:start]))
        parts.append(Segment(text[start:end], checked, number))
        position = end
    if position < len(text):
        parts.append(Segment(text[position:]))
    return parts


def default_year(page: Page) -> int | None:
    """The report a page is about: its briefing's, a year topic, or the latest before it."""
    draft = BriefingDraft.objects.filter(page_id=page.pk).first()
    if draft is not None:
        return draft.report_year
    years = set(Report.objects.values_list("year", flat=True))
    topics = getattr(page, "topics", None)
    if topics is not None:
        for name in topics.names():
            if name.isdigit() and int(name) in years:
                return int(name)
    date = getattr(page, "date", None)
    reports = Report.objects.order_by("-year")
    if date is not None:
        before = reports.filter(publication_date__lte=date).first()
        if before is not None:
            return before.year
    latest = reports.first()
    return latest.year if latest else None


def check_page(request: HttpRequest, page_id: int) -> HttpResponse:
    """Check the claims in the page's latest draft against the data."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    text = page_text(draft)
    year = default_year(page)
    options = CheckOptionsForm(request.GET or None, initial={"year": year})
    lang = ""
    if options.is_bound and options.is_valid():
        year = options.cleaned_data["year"]
        lang = options.cleaned_data["lang"]
    context: dict[str, Any] = {
        "page": page,
        "options": options,
        "page_title": f"Check facts: {draft.title}",
        "header_icon": "tasks",
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "year": year,
    }
    if year is None:
        context["problem"] = "There is no report in the data to check against: load the data."
    elif not text.strip():
        context["problem"] = "The page has no text to check."
    else:
        record = BriefingDraft.objects.filter(page_id=page.pk).select_related("group").first()
        checker = ClaimChecker(year, default_group=record.group.slug if record else None)
        # The explanations speak the text's language: the one chosen, a briefing's own, or
        # the one the text is mostly written in.
        explain_in = lang or (record.lang if record else None)
        result = checker.check_text(text, lang or None, explain_in)
        context.update(result=result, counts=result.counts(), segments=segments(text, result))
    return TemplateResponse(request, "briefings/admin/check.html", context)
