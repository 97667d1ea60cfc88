"""Response shapes of the public API, as they appear in its OpenAPI document.

They serialise the typed results of the tip app's read module (`PlacementRow`,
`CountryStanding`, `TierMove`, `Scope`...) and the models directly; `resolve_*` methods and
`_url` helpers fill the fields those results do not hold (names of nested objects, links).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse
from django.utils.translation import override
from ninja import Schema
from ninja.schema import DjangoGetter
from pydantic import Field, ModelWrapValidatorHandler, ValidationInfo, model_validator

from tipwatch.tip.names import ENGLISH, SPANISH, country_name, tier_name
from tipwatch.tip.services.reading import PlacementRow


def _absolute(context: Any, name: str, **kwargs: Any) -> str:
    request = context["request"]
    return str(request.build_absolute_uri(reverse(name, kwargs=kwargs or None)))


class ErrorDetail(Schema):
    status: int = Field(description="The HTTP status code, repeated.")
    code: str = Field(
        description="Stable machine-readable code: invalid_filter, invalid_parameter, "
        "unknown_parameter, conflicting_filters, not_found, method_not_allowed, server_error."
    )
    message: str = Field(description="What went wrong, in one sentence.")
    field: str | None = Field(None, description="The parameter at fault, if any.")
    allowed: list[Any] | None = Field(None, description="The values that would be accepted.")


class ErrorOut(Schema):
    error: ErrorDetail


class PlacementOut(Schema):
    iso3: str
    country: str
    report_year: int
    tier: str = Field(description="1, 2, 2WL, 3 or special_case")
    tier_label: str
    region: str | None = Field(description="State Department bureau in that report year.")
    partial_year: bool = Field(description="Our data for that report year is incomplete.")
    source_kind: str
    source_name: str
    source_url: str | None
    page: int | None
    quote: str | None
    note: str | None
    inferred: bool
    secondary: bool
    country_es: str = Field(description="Spanish name (CLDR, or the report's own).")
    tier_label_es: str = Field(
        description="The tier in Spanish, e.g. Lista de Vigilancia del Nivel 2."
    )

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(
        cls, values: Any, handler: ModelWrapValidatorHandler[PlacementOut], info: ValidationInfo
    ) -> Any:
        # Replaces ninja's validator of the same name, which wraps every value in a DjangoGetter
        # to resolve related managers, callables and files; a `PlacementRow` holds plain values
        # under the fields' own names, which pydantic reads directly (a page of 50 rows cost
        # twice the time otherwise). Anything else goes through ninja's way.
        if isinstance(values, PlacementRow):
            return handler(values)
        return handler(DjangoGetter(values, cls, info.context))


class CountryRef(Schema):
    iso3: str
    name: str


class GroupRef(Schema):
    slug: str
    name: str
    kind: str


class CountrySummary(Schema):
    iso3: str
    name: str
    name_es: str = Field(description="Spanish name (CLDR, or the report's own).")
    entity_type: str
    bureau: str | None = Field(description="Current State Department bureau.")
    current_tier: str | None = Field(description="Tier in the country's latest placement.")
    current_tier_label: str
    current_report_year: int | None
    url: str
    profile_url: str
    current_tier_label_es: str = Field(description="The current tier in Spanish.")

    @staticmethod
    def resolve_name_es(obj: Any) -> str:
        return country_name(obj, SPANISH)

    @staticmethod
    def resolve_current_tier_label_es(obj: Any) -> str:
        return tier_name(obj.current_tier, SPANISH)

    @staticmethod
    def resolve_url(obj: Any, context: Any) -> str:
        return _absolute(context, "api:country", iso3=obj.iso3)

    @staticmethod
    def resolve_profile_url(obj: Any, context: Any) -> str:
        return _absolute(context, "explorer:country", iso3=obj.iso3)


class SourceOut(Schema):
    kind: str
    name: str
    url: str | None
    page: int | None
    quote: str | None
    inferred: bool
    secondary: bool


class HistoryPlacement(Schema):
    report_year: int
    tier: str
    tier_label: str
    change: str = Field(description="up, down, same or new (see the rules engine).")
    previous_tier: str | None
    years_at_tier: int
    years_at_tier_is_minimum: bool
    partial_year: bool
    source: SourceOut
    note: str | None
    tier_label_es: str = Field(description="The tier in Spanish.")


class RuleFlagOut(Schema):
    report_year: int
    code: str
    provision: str | None
    message: str


class BureauSpan(Schema):
    bureau: str
    first_report_year: int
    last_report_year: int | None
    basis: str


class CurrentTier(Schema):
    report_year: int
    tier: str
    tier_label: str
    meaning: str
    statute: str | None
    tier_label_es: str = Field(description="The tier in Spanish.")
    meaning_es: str = Field(description="What the tier means, in Spanish.")


class CountryDetail(Schema):
    iso3: str
    name: str
    name_es: str = Field(description="Spanish name (CLDR, or the report's own).")
    entity_type: str
    aliases: list[str]
    bureau: str | None
    bureau_history: list[BureauSpan]
    groups: list[GroupRef]
    current: CurrentTier | None
    placements: list[HistoryPlacement]
    years_missing_from_data: list[int]
    rule_flags: list[RuleFlagOut]
    profile_url: str


class GroupSummary(Schema):
    slug: str
    name: str
    kind: str
    description: str
    member_count: int
    url: str

    @staticmethod
    def resolve_url(obj: Any, context: Any) -> str:
        return _absolute(context, "api:group", slug=obj.slug)


class GroupYear(Schema):
    report_year: int
    partial_year: bool
    counts: dict[str, int]
    missing_from_data: int


class GroupDetail(Schema):
    slug: str
    name: str
    kind: str
    description: str
    members: list[CountryRef]
    tier_counts_by_year: list[GroupYear]
    compare_url: str


class ReportSummary(Schema):
    year: int
    title: str
    publication_date: datetime.date | None
    source_url: str | None
    countries_assessed: int | None
    coverage: str
    partial: bool
    rated: int
    counts: dict[str, int]
    coverage_gaps: int
    url: str


class GapOut(Schema):
    iso3: str
    country: str
    reason: str
    country_es: str = Field(description="Spanish name.")


class MoveOut(Schema):
    iso3: str
    country: str = Field(alias="country_name")
    from_tier: str
    to_tier: str
    change: str
    country_es: str = Field(alias="country_name_es", description="Spanish name.")


class ReportDetail(ReportSummary):
    coverage_note: str
    period_start: datetime.date
    period_end: datetime.date
    previous_year: int | None
    gaps: list[GapOut]
    tiers: dict[str, list[CountryRef]]
    upgrades: list[MoveOut]
    downgrades: list[MoveOut]
    other_moves: list[MoveOut]
    page_url: str


class NarrativeTagOut(Schema):
    code: str = Field(description="Stable code, e.g. forced_labor.")
    label: str = Field(description="The same in words, e.g. forced labor.")
    label_es: str = Field(description="The same in Spanish, e.g. trabajo forzoso.")


class NarrativeSectionOut(Schema):
    name: str = Field(description="summary, trafficking_profile, prosecution, protection...")
    heading: str = Field(description="The section's heading as printed, or empty.")
    first_page: int | None = Field(description="The printed report's page the section starts on.")
    text: str


def _tags(codes: Any) -> list[dict[str, str]]:
    from tipwatch.tip.terms import tag_label

    return [
        {
            "code": str(code),
            "label": tag_label(str(code), ENGLISH),
            "label_es": tag_label(str(code), SPANISH),
        }
        for code in codes or []
    ]


class NarrativeOut(Schema):
    iso3: str = Field(alias="country.iso3")
    country: str = Field(alias="country.name")
    report_year: int = Field(alias="report.year")
    header: str = Field(description="The chapter's heading as printed.")
    first_page: int | None = Field(description="The printed report's first page of the chapter.")
    last_page: int | None
    summary: str = Field(description="The sentence giving the tier finding.")
    forms: list[NarrativeTagOut] = Field(description="Forms of trafficking the chapter names.")
    sectors: list[NarrativeTagOut] = Field(description="Economic sectors the chapter names.")
    places: list[str] = Field(description="Places the chapter names.")
    sections: list[NarrativeSectionOut]
    source_name: str
    source_url: str | None
    country_es: str = Field(description="Spanish name.")

    @staticmethod
    def resolve_country_es(obj: Any) -> str:
        return country_name(obj.country, SPANISH)

    @staticmethod
    def resolve_forms(obj: Any) -> list[dict[str, str]]:
        return _tags(obj.forms)

    @staticmethod
    def resolve_sectors(obj: Any) -> list[dict[str, str]]:
        return _tags(obj.sectors)

    @staticmethod
    def resolve_places(obj: Any) -> list[str]:
        return [str(place) for place in obj.places or []]

    @staticmethod
    def resolve_sections(obj: Any) -> list[Any]:
        return list(obj.sections.all())

    @staticmethod
    def resolve_source_url(obj: Any) -> str | None:
        return obj.source_url or None


class StatisticOut(Schema):
    iso3: str = Field(alias="country.iso3")
    country: str = Field(alias="country.name")
    report_year: int = Field(alias="report.year")
    metric: str
    metric_label: str
    value: int
    qualifier: str | None
    period_year: int
    quote: str
    page: int | None
    source_url: str | None
    country_es: str = Field(description="Spanish name.")
    metric_label_es: str = Field(description="The metric in Spanish.")

    @staticmethod
    def resolve_metric_label(obj: Any) -> str:
        with override(ENGLISH):
            return str(obj.get_metric_display())

    @staticmethod
    def resolve_metric_label_es(obj: Any) -> str:
        with override(SPANISH):
            return str(obj.get_metric_display())

    @staticmethod
    def resolve_country_es(obj: Any) -> str:
        return country_name(obj.country, SPANISH)

    @staticmethod
    def resolve_qualifier(obj: Any) -> str | None:
        return obj.qualifier or None

    @staticmethod
    def resolve_source_url(obj: Any) -> str | None:
        return obj.source_url or None


class ChangeOut(Schema):
    iso3: str
    country: str = Field(alias="country_name")
    from_tier: str | None
    from_label: str
    to_tier: str | None
    to_label: str
    change: str = Field(description="up, down, new (nothing comparable before) or dropped.")
    country_es: str = Field(alias="country_name_es", description="Spanish name.")
    from_label_es: str = Field(description="The tier before, in Spanish.")
    to_label_es: str = Field(description="The tier after, in Spanish.")


class ScopeOut(Schema):
    kind: str = Field(description="all, group or region")
    slug: str
    name: str = Field(alias="label")
