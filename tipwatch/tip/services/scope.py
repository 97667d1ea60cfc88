"""Which countries a reading covers: a named group, a bureau in one report year, or all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext, pgettext

from ..models import Country, Group
from ..names import group_name


class ScopeKind(StrEnum):
    GROUP = "group"
    REGION = "region"
    ALL = "all"


ALL_COUNTRIES = "all"  # the one name for "every country", as a slug and as a kind


@dataclass(frozen=True)
class Scope:
    """A set of countries with a name: what the explorer, the API and the briefings compare."""

    label: str
    slug: str
    description: str
    countries: list[Country]
    kind: ScopeKind = ScopeKind.GROUP
    # The name inside a sentence when it differs from the label: "in all countries", "en el
    # Caribe" (the label reads "All countries", "El Caribe").
    running: str = ""

    @property
    def in_sentence(self) -> str:
        return self.running or self.label

    @staticmethod
    def label_for(group: Group | None, bureau: str = "") -> str:
        """The label of a group's scope or a region's, without reading its countries."""
        if group is not None:
            return group_name(group)
        return gettext("%(bureau)s bureau") % {"bureau": bureau}

    @classmethod
    def for_group(cls, group: Group) -> Scope:
        return cls(
            cls.label_for(group),
            group.slug,
            group.description,
            list(group.members.order_by("name")),
            running=group_name(group, in_sentence=True),
        )

    @classmethod
    def for_region(cls, bureau: str, year: int) -> Scope:
        countries = list(Country.objects.in_region(bureau, year).order_by("name"))
        return cls(
            cls.label_for(None, bureau),
            bureau,
            gettext(
                "Countries under the State Department's %(bureau)s bureau in the %(year)s report."
            )
            % {"bureau": bureau, "year": year},
            countries,
            ScopeKind.REGION,
        )

    @classmethod
    def all_countries(cls, countries: Iterable[Country] | None = None) -> Scope:
        """Every country in our data (pass them when already read, to save the query)."""
        members = (
            sorted(countries, key=lambda c: c.name)
            if countries is not None
            else list(Country.objects.order_by("name"))
        )
        return cls(
            gettext("All countries"),
            ALL_COUNTRIES,
            gettext("Every country and territory in our data."),
            members,
            ScopeKind.ALL,
            running=pgettext("in a sentence", "all countries"),
        )

    @property
    def is_all(self) -> bool:
        return self.kind == ScopeKind.ALL
