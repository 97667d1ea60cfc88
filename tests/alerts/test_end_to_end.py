"""The issue's demo, end to end: a member joins following Peru, an editor imports a report in
which Peru moves to the Tier 2 Watch List, staff release the change set, a real task worker
sends through a real SMTP server on localhost. Exactly one email, to the right member only."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from tests.alerts.factories import FollowerFactory
from tests.alerts.reports import NEW_YEAR, import_and_apply
from tests.alerts.smtp import alerts_smtp, run_worker, use_smtp_and_worker
from tests.members.helpers import join_data, links_in
from tipwatch.alerts.models import ChangeSet, ChangeSetState, Delivery, DeliveryState
from tipwatch.members.models import Member, MembershipType, MemberState
from tipwatch.tip.models import Country

# The worker closes its database connection after each task, as in production.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("tip_data"),
]

LINK = re.compile(r"https?://[^\s\"<>]+")


def join_following_peru(client: Client, join_page: Any, admin_client: Client) -> Member:
    peru = Country.objects.get(iso3="PER")
    data = join_data(
        membership_type=str(MembershipType.objects.active()[0].pk),
        alerts_opt_in="on",
        followed_countries=[str(peru.pk)],
        language="en",
    )
    assert client.post(join_page.url, data).status_code == 302
    [confirm] = [m for m in mail.outbox if "confirm" in m.subject.lower()]
    assert client.post(links_in(confirm)[0]).status_code == 200
    member = Member.objects.get(email="ana@example.org")
    approved = admin_client.post(reverse("member_records:approve", args=[member.pk]))
    assert approved.status_code == 302
    member.refresh_from_db()
    assert member.state == MemberState.ACTIVE
    assert list(member.followed_countries.values_list("iso3", flat=True)) == ["PER"]
    return member


def test_a_member_following_peru_hears_once_and_a_chile_follower_not_at_all(
    client: Client, admin_client: Client, join_page: Any, settings: Any
) -> None:
    member = join_following_peru(client, join_page, admin_client)
    chile_only = FollowerFactory.create(email="carla@example.org", follows=["CHL"])

    import_and_apply(admin_client)
    change_set = ChangeSet.objects.get()
    assert change_set.state == ChangeSetState.HELD  # an import waits for release

    use_smtp_and_worker(settings)
    released = admin_client.post(
        reverse("alert_change_sets:release", args=[change_set.pk]), follow=True
    )
    assert "1 emails queued in 1 batches" in released.content.decode()
    with alerts_smtp() as inbox:
        run_worker()
        run_worker()  # nothing left: a second worker pass sends nothing

    assert inbox.to(chile_only.email) == []
    [message] = inbox.messages
    assert message["To"] == member.email
    assert (
        message["Subject"]
        == f"Peru: moved down from Tier 2 to Tier 2 Watch List in the {NEW_YEAR} TIP Report"
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert "/alerts/unsubscribe/" in unsubscribe
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Peru (PER): moved down from Tier 2 to Tier 2 Watch List" in text
    assert "Chile" not in text
    assert "Peru (PER)" in html
    links = set(LINK.findall(text))
    paths = {urlsplit(link).path for link in links}
    assert "/countries/PER/" in paths
    assert f"/reports/{NEW_YEAR}/" in paths
    assert any(p.startswith("/members/manage/") for p in paths)
    for link in links:  # every link works
        parts = urlsplit(link)
        assert client.get(parts.path).status_code == 200, link

    change_set.refresh_from_db()
    assert change_set.state == ChangeSetState.SENT
    delivery = Delivery.objects.get()
    assert (delivery.member_id, delivery.state) == (member.pk, DeliveryState.SENT)

    # Sending again, by the command, sends nothing.
    from io import StringIO

    out = StringIO()
    with alerts_smtp() as again:
        call_command("alerts", "send", str(change_set.pk), stdout=out)
    assert again.messages == []
    assert out.getvalue().strip() == f"Change set #{change_set.pk}: sent 0, skipped 1, failed 0"
