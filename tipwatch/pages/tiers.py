"""The focus country's tier card on the home page, and links to a report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils import translation

from tipwatch.tip.models import Country, Placement, Report
from tipwatch.tip.versioning import data_state_for

from .cache import content_version, keep, read
from .sites import site_for

if TYPE_CHECKING:
    from django.http import HttpRequest


@dataclass(frozen=True)
class TierCard:
    country: Country | None
    placement: Placement | None
    latest_report: Report | None
    report_url: str = ""

    @property
    def has_data(self) -> bool:
        return self.placement is not None

    @property
    def is_partial(self) -> bool:
        return bool(self.placement and self.placement.report.is_partial)

    @property
    def newer_report_without_placement(self) -> Report | None:
        """The latest report, when our data holds no placement for the country in it."""
        if (
            self.placement
            and self.latest_report
            and self.latest_report.year > self.placement.report.year
        ):
            return self.latest_report
        return None


def explorer_report_url(year: int) -> str:
    """The site's own page for a report year."""
    return reverse("explorer:report", kwargs={"year": year})


def report_link(report: Report | None, year: int) -> str:
    return explorer_report_url(year)


def tier_card(country: Country | None) -> TierCard:
    if country is None:
        return TierCard(country=None, placement=None, latest_report=None)
    placement = (
        Placement.objects.filter(country=country)
        .select_related("report")
        .order_by("-report__year")
        .first()
    )
    latest = Report.objects.order_by("-year").first()
    url = report_link(placement.report, placement.report.year) if placement else ""
    return TierCard(country=country, placement=placement, latest_report=latest, report_url=url)


def tier_card_for(request: HttpRequest) -> TierCard:
    """The tier card of the request's site's focus country, built once per data and content
    version (the focus country is a site setting; bulk data loads send no signal, so the data
    version is part of the key too)."""
    from .models import SiteSettings

    site = site_for(request)
    versions = f"{content_version(request)}:{data_state_for(request).token}"
    # The card links to the report's page in the active language.
    key = f"tipwatch:tiercard:{versions}:{site.pk if site else 0}:{translation.get_language()}"
    card = read(key)
    if card is None:
        card = tier_card(SiteSettings.for_request(request).focus_country)
        keep(key, card)
    return card
