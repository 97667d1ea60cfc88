"""A Spanish reader joins from the Spanish join page and confirms through the Spanish email."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail

from tests.members.conftest import join_page, membership_types, spanish_join_page  # noqa: F401
from tests.pages.fixtures import home  # noqa: F401
from tipwatch.members.models import Member, MemberState

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.usefixtures("spanish_join_page")
def test_joining_in_spanish(live_server: Any, page: Any, shoot: Any) -> None:
    page.goto(live_server.url + "/es/join/")
    assert page.locator("h1").inner_text() == "Hágase miembro"

    page.get_by_label("Nombre", exact=True).fill("Ana Quispe")
    page.get_by_role("button", name="Hacerme miembro").click()
    errors = page.locator(".error-summary").inner_text()
    assert "Confirme que acepta el aviso de privacidad." in errors
    assert page.get_by_label("Nombre", exact=True).input_value() == "Ana Quispe"
    shoot(page, "es-01-join-errors")

    page.get_by_label("Correo electrónico", exact=True).fill("ana@example.org")
    page.get_by_label("Individual: £30,00 al año").check()
    page.get_by_label("He leído el aviso de privacidad").check()
    page.get_by_label("Envíenme alertas").check()
    page.get_by_role("button", name="Hacerme miembro").click()
    page.wait_for_url("**/es/join/thanks/")
    assert page.locator("h1").inner_text() == "Revise su correo"
    shoot(page, "es-02-join-thanks")

    member = Member.objects.get(email="ana@example.org")
    assert member.language == "es"
    [message] = mail.outbox
    assert message.subject == "Confirme su dirección de correo para tipwatch"
    found = re.search(r"(http://\S+/es/members/confirm/\S+/)", str(message.body))
    assert found, message.body

    page.goto(found.group(1))
    page.get_by_role("button", name="Confirmar mi dirección de correo").click()
    assert page.locator("h1").inner_text() == "Dirección de correo confirmada"
    shoot(page, "es-03-confirmed")
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED
