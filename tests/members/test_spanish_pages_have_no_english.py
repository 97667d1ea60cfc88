"""No interface string of the membership, alerts, search and error pages is left in English on
their Spanish versions: each page's English catalog entries are looked for in its Spanish
rendering. (The site's header and footer are checked with the pages that own them.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client

from tests.members.factories import MemberFactory
from tests.members.helpers import join_data
from tipwatch.members.models import MemberState
from tipwatch.members.tokens import MANAGE_SALT, make_token

pytestmark = pytest.mark.django_db

CATALOG = Path(settings.LOCALE_PATHS[0]) / "es" / "LC_MESSAGES" / "django.po"
# What is left of an entry once its placeholders and markup are taken out, long enough to be
# telling ("Email" is also a word a Spanish page may use).
FRAGMENT = re.compile(r"%\([a-z_]+\)s|\{[a-z_]+\}|<[^>]+>")
MIN_LENGTH = 12


def english_fragments(template: str) -> set[str]:
    with CATALOG.open("rb") as handle:
        catalog = read_po(handle, locale="es")
    fragments: set[str] = set()
    for message in catalog:
        if not message.id or not any(path.endswith(template) for path, _ in message.locations):
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        for text in ids:
            fragments.update(
                part.strip()
                for part in FRAGMENT.split(str(text))
                if len(part.strip()) >= MIN_LENGTH
            )
    return fragments


def english_left(response: Any, *templates: str) -> list[str]:
    main = BeautifulSoup(response.content, "html.parser").find("main") or BeautifulSoup(
        response.content, "html.parser"
    )
    text = " ".join(main.get_text().split())
    title = BeautifulSoup(response.content, "html.parser").title
    text += " " + (title.get_text() if title else "")
    return sorted(f for t in templates for f in english_fragments(t) if f in text)


def test_the_spanish_join_pages(client: Client, spanish_join_page: Any, membership_types) -> None:
    forms = ("members/join_page.html", "members/forms.py")
    # The English page shows what is looked for.
    assert "Keeping in touch (optional)" in english_left(client.get("/join/"), *forms)
    assert english_left(client.get("/es/join/"), *forms) == []
    refused = client.post("/es/join/", join_data(consent=None, name="", email=""))
    assert english_left(refused, *forms) == []
    assert english_left(client.get("/es/join/thanks/"), "members/join_thanks.html") == []


def test_the_spanish_self_service_pages(client: Client, home: Any) -> None:
    member = MemberFactory.create(language="es", state=MemberState.LAPSED)
    token = make_token(member, MANAGE_SALT)
    pages = {
        f"/es/members/manage/{token}/": ("members/manage.html", "members/forms.py"),
        f"/es/members/manage/{token}/cancel/": ("members/cancel_confirm.html",),
        f"/es/members/manage/{token}/erase/": ("members/erase_confirm.html",),
        "/es/members/manage/": ("members/manage_request.html",),
        "/es/members/manage/broken/": ("members/link_problem.html",),
        "/es/members/confirm/broken/": ("members/link_problem.html",),
        "/es/alerts/unsubscribe/broken/": ("alerts/unsubscribe_invalid.html",),
        "/es/no-such-page/": ("templates/404.html",),
        "/es/search/?q=zzzzqqq": ("sitesearch/search.html",),
    }
    for path, templates in pages.items():
        assert english_left(client.get(path), *templates) == [], path
