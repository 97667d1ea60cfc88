"""`/countries/`: every country with its current tier, and one country's annotated history."""

from typing import Any

from django.db.models import Prefetch
from django.http import HttpRequest
from django.urls import reverse
from ninja.pagination import paginate

from tipwatch.tip.filters.params import PathText
from tipwatch.tip.filters.resolve import resolve_country
from tipwatch.tip.models import Country, Group
from tipwatch.tip.names import ENGLISH, SPANISH, country_name, tier_name
from tipwatch.tip.rules import TIER_MEANINGS, Tier
from tipwatch.tip.services.reading import CountryStanding, country_history, country_standings
from tipwatch.tip.tier_text import tier_meaning

from .. import schemas
from ..pagination import LinkedPagination
from ..readonly import ReadOnlyRouter
from ._common import ERRORS, api_cache, reject_unknown

router = ReadOnlyRouter(tags=["countries"])


@router.get(
    "",
    response={200: list[schemas.CountrySummary], **ERRORS},
    url_name="countries",
    summary="All countries, with their current tier",
)
@api_cache
@paginate(LinkedPagination)
def list_countries(request: HttpRequest) -> list[CountryStanding]:
    reject_unknown(request)
    return country_standings()


@router.get(
    "{iso3}",
    response={200: schemas.CountryDetail, **ERRORS},
    url_name="country",
    summary="One country: its history annotated by the rules engine, flags, groups, bureau",
)
@api_cache
def get_country(request: HttpRequest, iso3: PathText) -> dict[str, Any]:
    reject_unknown(request)
    found = resolve_country(iso3, "iso3", status=404)
    assert found is not None
    country = (
        Country.objects.filter(pk=found.pk)
        .prefetch_related(
            "aliases",
            "bureau_assignments",
            Prefetch("groups", queryset=Group.objects.order_by("kind", "name")),
        )
        .get()
    )
    history = country_history(country)
    data = history.as_dict()
    latest = history.latest
    current = None
    if latest is not None:
        tier = Tier(latest.placement.tier)
        current = {
            "report_year": latest.placement.report.year,
            "tier": tier.value,
            "tier_label": tier_name(tier, ENGLISH),
            "tier_label_es": tier_name(tier, SPANISH),
            "meaning": tier_meaning(tier, ENGLISH).summary,
            "meaning_es": tier_meaning(tier, SPANISH).summary,
            "statute": TIER_MEANINGS[tier].statute,
        }
    return {
        "iso3": country.iso3,
        "name": country.name,
        "name_es": country_name(country, SPANISH),
        "entity_type": country.entity_type,
        "aliases": data["aliases"],
        "bureau": data["current_region"],
        "bureau_history": sorted(
            country.bureau_assignments.all(), key=lambda span: span.first_report_year
        ),
        "groups": list(country.groups.all()),
        "current": current,
        "placements": data["placements"],
        "years_missing_from_data": data["years_missing_from_data"],
        "rule_flags": data["rule_flags"],
        "profile_url": request.build_absolute_uri(
            reverse("explorer:country", kwargs={"iso3": country.iso3})
        ),
    }
