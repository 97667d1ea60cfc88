"""Choosing what to follow when joining: the focus country by default, hostile values refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.members.helpers import join_data
from tests.pages.test_site_settings import set_site
from tests.tip.factories import CountryFactory, GroupFactory
from tipwatch.members.forms import JoinForm
from tipwatch.members.models import Member

pytestmark = pytest.mark.django_db


def test_joining_follows_the_focus_country_unless_told_otherwise(home: Any) -> None:
    chile = CountryFactory.create(iso3="CHL", name="Chile")
    set_site(focus_country=chile)

    assert JoinForm().fields["followed_countries"].initial == [chile.pk]


def test_a_join_records_countries_groups_and_language(
    client: Client, join_page: Any, membership_types: Any
) -> None:
    peru = CountryFactory.create(iso3="PER", name="Peru")
    andes = GroupFactory.create(slug="andes", name="Andes")
    data = join_data(
        membership_type=str(membership_types[0].pk),
        alerts_opt_in="on",
        followed_countries=[str(peru.pk)],
        followed_groups=[str(andes.pk)],
        language="es",
    )

    assert client.post(join_page.url, data).status_code == 302

    member = Member.objects.get()
    assert list(member.followed_countries.all()) == [peru]
    assert list(member.followed_groups.all()) == [andes]
    assert member.language == "es"
    assert member.personal_data()["countries_followed"] == ["PER"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("followed_countries", "99999999999999999999999999"),
        ("followed_countries", "PER"),
        ("followed_countries", "-1"),
        ("followed_groups", "1e9"),
        ("language", "xx"),
        ("language", "e\u0301s"),
    ],
)
def test_hostile_follow_values_are_refused_and_nothing_is_written(
    client: Client, join_page: Any, membership_types: Any, field: str, value: str
) -> None:
    data = join_data(membership_type=str(membership_types[0].pk), alerts_opt_in="on")
    data[field] = value

    response = client.post(join_page.url, data)

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Member.objects.exists()
