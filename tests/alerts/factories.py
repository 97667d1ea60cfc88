from __future__ import annotations

from typing import Any

import factory
from django.utils import timezone

from tests.members.factories import MemberFactory
from tests.tip.factories import CountryFactory
from tipwatch.alerts.models import ChangeSet, ChangeSetEntry, ChangeSetState, Source
from tipwatch.members.models import Member, MemberState
from tipwatch.tip.models import Country, Group


class FollowerFactory(MemberFactory):
    """An active member who wants alerts; `follows` (ISO3 codes) and `follows_groups` (slugs)."""

    class Meta:
        skip_postgeneration_save = True

    state = MemberState.ACTIVE
    alerts_opt_in = True
    approved_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def follows(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            assert isinstance(self, Member)
            self.followed_countries.set(Country.objects.filter(iso3__in=list(extracted)))

    @factory.post_generation
    def follows_groups(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            assert isinstance(self, Member)
            self.followed_groups.set(Group.objects.filter(slug__in=list(extracted)))


class ChangeSetFactory(factory.django.DjangoModelFactory[ChangeSet]):
    class Meta:
        model = ChangeSet

    source = Source.IMPORT
    report_year = 2026
    state = ChangeSetState.HELD
    reason = "Applied import #1 of tip-2026.pdf"


class EntryFactory(factory.django.DjangoModelFactory[ChangeSetEntry]):
    class Meta:
        model = ChangeSetEntry

    change_set = factory.SubFactory(ChangeSetFactory)
    country = factory.SubFactory(CountryFactory)
    old_tier = "2"
    new_tier = "2WL"
    change = "down"
    flags_added = factory.LazyFunction(lambda: ["would_be_downgraded_next_year_unless_waived"])
    reason = "Applied import #1 of tip-2026.pdf"


def change_set_touching(*countries: Country, **kwargs: Any) -> ChangeSet:
    change_set = ChangeSetFactory.create(**kwargs)
    for country in countries:
        EntryFactory.create(change_set=change_set, country=country)
    return change_set
