"""The Spanish journey end to end, through a real task worker and a real SMTP server on
localhost: someone joins from the Spanish join page following Peru, confirms, is approved, and
when a report moves Peru hears of it in Spanish, with every link leading to a Spanish page that
works. A member who chose English, following the same country, hears in English."""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from tests.alerts.factories import FollowerFactory
from tests.alerts.reports import NEW_YEAR, import_and_apply
from tests.alerts.smtp import alerts_smtp, run_worker, use_smtp_and_worker
from tests.members.helpers import join_data
from tipwatch.alerts.models import ChangeSet
from tipwatch.members.models import Member, MembershipType, MemberState
from tipwatch.tip.models import Country

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("tip_data"),
]

LINK = re.compile(r"https?://[^\s\"<>]+")


def text_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def paths_in(text: str) -> list[str]:
    # A full stop after a link ends the sentence, as mail programs read it.
    return [urlsplit(link.rstrip(".")).path for link in LINK.findall(text)]


def page_text(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_a_member_who_joins_in_spanish_hears_in_spanish_and_an_english_member_in_english(
    client: Client, admin_client: Client, spanish_join_page: Any, settings: Any
) -> None:
    # The report is imported first, by the tasks run at once; who hears of it is settled
    # only when staff release it.
    import_and_apply(admin_client)
    change_set = ChangeSet.objects.get()
    use_smtp_and_worker(settings)
    peru = Country.objects.get(iso3="PER")
    english = FollowerFactory.create(
        email="carla@example.org", follows=["PER"], language="en", state=MemberState.ACTIVE
    )
    with alerts_smtp() as inbox:
        data = join_data(
            membership_type=str(MembershipType.objects.active()[0].pk),
            alerts_opt_in="on",
            followed_countries=[str(peru.pk)],
        )
        assert client.post(spanish_join_page.url, data).status_code == 302
        run_worker()
        [confirm] = inbox.to("ana@example.org")
        assert confirm["Subject"] == "Confirme su dirección de correo para tipwatch"
        [confirm_path] = paths_in(text_of(confirm))
        assert confirm_path.startswith("/es/members/confirm/")
        assert "Dirección de correo confirmada" in " ".join(
            BeautifulSoup(client.post(confirm_path).content, "html.parser").get_text().split()
        )

        member = Member.objects.get(email="ana@example.org")
        assert member.language == "es"
        approved = admin_client.post(reverse("member_records:approve", args=[member.pk]))
        assert approved.status_code == 302
        run_worker()
        welcome = inbox.to("ana@example.org")[-1]
        assert welcome["Subject"] == "Bienvenido/a a tipwatch"
        assert "Gracias por apoyar nuestro trabajo" in text_of(welcome)
        assert paths_in(text_of(welcome))[0].startswith("/es/members/manage/")

        admin_client.post(reverse("alert_change_sets:release", args=[change_set.pk]))
        run_worker()

    [alert] = [m for m in inbox.to("ana@example.org") if m["List-Unsubscribe"]]
    assert alert["Content-Language"] == "es"
    # A long encoded subject may come back folded with a leading space.
    assert str(alert["Subject"]).strip() == (
        f"Perú: bajó de Nivel 2 a Lista de Vigilancia del Nivel 2 en el Informe TIP {NEW_YEAR}"
    )
    text = text_of(alert)
    assert "Perú (PER): bajó de Nivel 2 a Lista de Vigilancia del Nivel 2" in text
    assert "Página del país" in text
    assert "Dejar de recibir estas alertas" in text
    paths = paths_in(text)
    assert "/es/countries/PER/" in paths
    assert f"/es/reports/{NEW_YEAR}/" in paths
    assert all(path.startswith("/es/") for path in paths), paths
    for path in paths:  # every link leads to a page that works
        assert Client().get(path).status_code == 200, path
    unsubscribe = urlsplit(str(alert["List-Unsubscribe"]).strip().strip("<>")).path
    assert unsubscribe.startswith("/es/alerts/unsubscribe/")
    assert "Dejar de recibir alertas de países" in page_text(Client(), unsubscribe)

    [english_alert] = inbox.to(english.email)
    assert str(english_alert["Subject"]).strip() == (
        f"Peru: moved down from Tier 2 to Tier 2 Watch List in the {NEW_YEAR} TIP Report"
    )
    assert not any(path.startswith("/es/") for path in paths_in(text_of(english_alert)))
