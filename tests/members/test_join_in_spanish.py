"""Joining from the Spanish join page: the page, its errors, the self-service pages and every
email are in Spanish, with links to the Spanish pages; an English member's mail stays English
whatever language is active when it is written."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import translation

from tests.html import attr, css, one
from tests.members.factories import MemberFactory
from tests.members.helpers import join_data, last_link, links_in
from tipwatch.members import emails, services
from tipwatch.members.models import Member, MemberState
from tipwatch.members.tokens import MANAGE_SALT, make_token

pytestmark = pytest.mark.django_db


def page_text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def post_join(client, page, membership_type, **overrides):
    return client.post(page.url, join_data(membership_type=str(membership_type.pk), **overrides))


def test_the_spanish_join_page_and_its_errors_are_in_spanish(client, spanish_join_page):
    assert spanish_join_page.url == "/es/join/"
    response = client.get(spanish_join_page.url)
    html = BeautifulSoup(response.content, "html.parser")
    text = page_text(response)
    assert "Tipos de membresía" in text
    assert "Individual: £30,00 al año" in text
    assert "Hacerme miembro" in text
    assert "Types of membership" not in text
    language = one(html, "select", attrs={"name": "language"})
    assert attr(one(language, "option", selected=True), "value") == "es"

    refused = client.post(spanish_join_page.url, join_data(consent=None, name=""))
    text = page_text(refused)
    assert "Escriba su nombre." in text
    assert "Elija un tipo de membresía." in text
    assert "Confirme que acepta el aviso de privacidad." in text
    assert (
        css(BeautifulSoup(refused.content, "html.parser"), "title").get_text().startswith("Error:")
    )
    assert mail.outbox == []


def test_joining_in_spanish_sends_spanish_mail_with_spanish_links(
    client, spanish_join_page, membership_types
):
    response = post_join(client, spanish_join_page, membership_types[0])
    assert response["Location"] == "/es/join/thanks/"
    assert "Revise su correo" in page_text(client.get(response["Location"]))

    member = Member.objects.get()
    assert member.language == "es"  # no choice sent: the page's language
    [message] = mail.outbox
    assert message.subject == "Confirme su dirección de correo para tipwatch"
    assert message.extra_headers["Content-Language"] == "es"
    body = str(message.body)
    assert body.startswith("Estimado/a Ana Quispe:")
    assert "Gracias por pedir hacerse miembro de tipo «individual» de tipwatch." in body
    [link] = links_in(message)
    assert link.startswith("/es/members/confirm/")

    asked = client.get(link)
    assert "Confirmar mi dirección de correo" in page_text(asked)
    confirmed = client.post(link)
    assert "Dirección de correo confirmada" in page_text(confirmed)
    member.refresh_from_db()
    assert member.state == MemberState.CONFIRMED

    services.approve(member)
    welcome = mail.outbox[-1]
    assert welcome.subject == "Bienvenido/a a tipwatch"
    assert "ya está activa y debe renovarse el" in str(welcome.body)
    due = member.renewal_due
    assert due is not None
    assert f"{due.day} de " in str(welcome.body)
    assert f" de {due.year}." in str(welcome.body)
    # Approval happens outside any request: the link is built on the site's own address.
    assert "/es/members/manage/" in str(welcome.body)


def test_a_spanish_page_leaves_the_members_own_choice_of_language(
    client, spanish_join_page, membership_types
):
    post_join(client, spanish_join_page, membership_types[0], language="en")
    assert Member.objects.get().language == "en"
    [message] = mail.outbox
    assert message.subject == "Please confirm your email address for tipwatch"
    assert message.extra_headers["Content-Language"] == "en"
    assert links_in(message)[0].startswith("/members/confirm/")


def test_mail_follows_the_member_not_the_language_active_when_it_is_written(home):
    english = MemberFactory.create(email="ed@example.org", language="en")
    spanish = MemberFactory.create(email="sol@example.org", language="es")
    with translation.override("es"):
        emails.deliver("manage_link", english, "http://testserver")
    with translation.override("en-gb"):
        emails.deliver("manage_link", spanish, "http://testserver")
    to_english, to_spanish = mail.outbox
    assert to_english.subject == "Manage your tipwatch membership"
    assert links_in(to_english)[0].startswith("/members/manage/")
    assert to_spanish.subject == "Gestione su membresía de tipwatch"
    assert links_in(to_spanish)[0].startswith("/es/members/manage/")


def test_a_spanish_members_renewal_reminder_names_the_day_in_spanish(home):
    member = MemberFactory.create(
        language="es", state=MemberState.ACTIVE, renewal_due=datetime.date(2027, 3, 5)
    )
    assert services.send_renewal_reminder(member)
    [message] = mail.outbox
    assert message.subject == "Su membresía de tipwatch debe renovarse el 5 de marzo de 2027"
    assert "La cuota anual es de £30,00." in str(message.body)


def test_the_self_service_pages_answer_in_the_links_language(client, home):
    member = MemberFactory.create(email="sol@example.org", language="es")
    asked = client.post("/es/members/manage/", {"email": member.email})
    assert "Revise su correo" in page_text(asked)
    link = last_link(member.email)
    assert link.startswith("/es/members/manage/")

    text = page_text(client.get(link))
    assert "Su membresía" in text
    assert "Pendiente (correo sin confirmar)" in text
    assert "Guardar mis datos" in text
    saved = client.post(
        link,
        {"name": "Sol Mamani", "membership_type": member.membership_type_id, "language": "es"},
        follow=True,
    )
    assert "Sus datos se han guardado." in page_text(saved)
    assert "Borrar sus datos" in page_text(client.get(link + "erase/"))
    assert "Cancelar su membresía" in page_text(client.get(link + "cancel/"))
    broken = client.get("/es/members/manage/not-a-token/")
    assert broken.status_code == 400
    assert "Este enlace no funciona" in page_text(broken)


def test_the_privacy_link_leads_to_the_notice_in_the_pages_language(client, spanish_join_page):
    def privacy_link(path: str) -> str:
        html = BeautifulSoup(client.get(path).content, "html.parser")
        return attr(
            one(html, "a", string="aviso de privacidad" if "/es/" in path else "privacy notice"),
            "href",
        )

    assert privacy_link("/es/join/") == "/privacy/"  # not translated yet: the English notice
    privacy = spanish_join_page.privacy_page
    privacy.specific.copy_for_translation(spanish_join_page.locale).save_revision().publish()
    assert privacy_link("/es/join/") == "/es/privacy/"
    assert privacy_link("/join/") == "/privacy/"


def type_choices(html: BeautifulSoup) -> list[str]:
    """The labels of the membership type radio buttons."""
    return [
        label.get_text()
        for radio in html.find_all("input", attrs={"name": "membership_type"})
        for label in html.find_all("label", attrs={"for": attr(radio, "id")})
    ]


def test_membership_types_are_named_in_spanish_on_spanish_pages_and_in_spanish_mail(
    client, spanish_join_page, membership_types
):
    concession = membership_types[1]
    response = client.get(spanish_join_page.url)
    html = BeautifulSoup(response.content, "html.parser")
    listed = [" ".join(li.get_text().split()) for li in html.select("ul.membership-types li")]
    # In the types' order (English name, their sort order being equal).
    assert listed == [
        "Tarifa reducida: £15,00 al año. Para estudiantes, personas sin empleo y jubilados.",
        "Individual: £30,00 al año. For one person.",
    ]
    # A type with no Spanish description yet shows the English one, marked as English.
    assert not html.select("ul.membership-types li")[0].select("[lang]")
    assert attr(html.select("ul.membership-types li")[1].select("span")[0], "lang") == "en"
    assert "Tarifa reducida: £15,00 al año" in type_choices(html)
    english = page_text(client.get("/join/"))
    assert "Concession: £15.00 a year. For students, the unwaged and pensioners." in english
    assert "Tarifa reducida" not in english

    post_join(client, spanish_join_page, concession, email="sol@example.org")
    [confirm] = mail.outbox
    assert "hacerse miembro de tipo «tarifa reducida» de tipwatch" in str(confirm.body)
    client.post(links_in(confirm)[0])
    member = Member.objects.get()
    services.approve(member)
    assert "Su membresía «Tarifa reducida» de tipwatch ya está activa" in " ".join(
        str(mail.outbox[-1].body).split()
    )
    link = f"/es/members/manage/{make_token(member, MANAGE_SALT)}/"
    manage = BeautifulSoup(client.get(link).content, "html.parser")
    details = " ".join(one(manage, "dl").get_text().split())
    assert "Tarifa reducida" in details, details
    assert "Concession" not in details
    assert type_choices(manage) == ["Tarifa reducida: £15,00 al año", "Individual: £30,00 al año"]
    checked = one(manage, "input", attrs={"name": "membership_type", "checked": True})
    assert attr(checked, "value") == str(concession.pk)


def test_an_english_member_of_a_type_with_a_spanish_name_reads_the_english_one(
    home, membership_types
):
    member = MemberFactory.create(
        language="en",
        state=MemberState.ACTIVE,
        membership_type=membership_types[1],
        renewal_due=datetime.date(2027, 3, 5),
    )
    with translation.override("es"):
        assert services.send_renewal_reminder(member)
    body = " ".join(str(mail.outbox[-1].body).split())
    assert "Your Concession membership of tipwatch is due for renewal on 5 March 2027." in body
