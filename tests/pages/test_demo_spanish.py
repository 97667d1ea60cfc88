"""The demo site's Spanish tree: every page translated, served in Spanish, and known to
wagtail-localize, which shows an editor what an English edit leaves to translate."""

from __future__ import annotations

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from tests.html import attr, one
from tests.test_spanish_pages import english_words
from tipwatch.news.models import NewsPage
from tipwatch.pages.demo import content_es
from tipwatch.pages.demo.spanish import ContentMismatchError, register_with_localize
from tipwatch.pages.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo() -> None:
    call_command("load_demo_site", stdout=StringIO())


def english_pages() -> list[Page]:
    home = HomePage.objects.get(locale__language_code="en-gb")
    return list(home.get_descendants(inclusive=True).live().specific())


def test_every_demo_page_has_a_spanish_translation(demo: None) -> None:
    spanish = Locale.objects.get(language_code="es")
    for page in english_pages():
        translation = page.get_translation(spanish)
        assert translation.live, page.title
        assert translation.title != page.title, page.title
    assert NewsPage.objects.live().filter(locale=spanish).count() >= 3
    assert StandardPage.objects.live().filter(locale=spanish).count() == len(
        content_es.STANDARD_PAGES
    )


def test_spanish_demo_pages_read_in_spanish(demo: None, client) -> None:
    spanish = Locale.objects.get(language_code="es")
    for page in english_pages():
        if isinstance(page, HomePage):
            continue  # its tier card shows the tier data's own labels (see the report)
        url = page.get_translation(spanish).url
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert attr(one(BeautifulSoup(html, "html.parser"), "html"), "lang") == "es"
        if page.specific_class.__name__ != "JoinPage":  # its form is the members' pages'
            assert english_words(html) == [], url
    text = client.get("/es/noticias/peru-en-el-informe-tip-2015/").content.decode()
    assert "Lista de Vigilancia del Nivel 2" in text


def test_wagtail_localize_shows_translations_up_to_date_then_out_of_date(demo: None) -> None:
    # The status is read as an English-speaking editor sees it, whatever a test before left
    # active in this thread.
    translation.activate("en-gb")
    about = StandardPage.objects.get(locale__language_code="en-gb", slug="about")
    spanish = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(about),
        target_locale__language_code="es",
    )
    total, done = spanish.get_progress()
    assert total == done > 5
    assert spanish.get_status_display() == "Up to date"

    # The English page changes, and the editor syncs the translation from it.
    about.intro = "We are a voluntary group in the UK standing with people in Peru."
    about.save_revision().publish()
    spanish.source.update_from_db()
    total, done = spanish.get_progress()
    assert done == total - 1
    assert spanish.get_status_display() == "Waiting for translations"
    # The Spanish page keeps its text until the new string is translated.
    assert about.get_translation(spanish.target_locale).intro.startswith("Somos")


def test_a_spanish_page_out_of_step_with_the_english_is_refused(demo: None) -> None:
    about = StandardPage.objects.get(locale__language_code="en-gb", slug="about")
    es_about = about.get_translation(Locale.objects.get(language_code="es"))
    es_about.intro = ""
    with pytest.raises(ContentMismatchError, match=r"nuestros-fines.*intro"):
        register_with_localize(about, es_about)


def test_the_spanish_page_opens_in_wagtail_localizes_editor(
    demo: None, client, django_user_model
) -> None:
    editor = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "a-long-password-1"
    )
    client.force_login(editor)
    es_about = StandardPage.objects.get(locale__language_code="es", slug="nuestros-fines")
    response = client.get(f"/admin/pages/{es_about.pk}/edit/")
    assert response.status_code == 200
    assert "translation-editor" in response.content.decode()
    # And the English page offers to translate it (the submit view answers).
    about = StandardPage.objects.get(locale__language_code="en-gb", slug="about")
    assert client.get(f"/admin/localize/submit/page/{about.pk}/").status_code == 200


def test_the_spanish_demo_join_page_names_the_membership_types_in_spanish(
    demo: None, client
) -> None:
    html = client.get("/es/unase/").content.decode()
    listed = [
        " ".join(item.get_text().split())
        for item in BeautifulSoup(html, "html.parser").select("ul.membership-types li")
    ]
    assert listed == [
        "Individual: £30,00 al año. Para una persona.",
        "Tarifa reducida: £15,00 al año. Para estudiantes, personas sin empleo y jubilados.",
        "Organización: £100,00 al año. "
        "Para colectivos, sindicatos, escuelas y organizaciones benéficas.",
    ]


def test_a_demo_site_from_before_spanish_type_names_gets_them(demo: None) -> None:
    from tipwatch.members.models import MembershipType

    MembershipType.objects.update(name_es="", description_es="")
    call_command("load_demo_site", stdout=StringIO())
    assert dict(MembershipType.objects.values_list("slug", "name_es")) == {
        "individual": "Individual",
        "concession": "Tarifa reducida",
        "organisation": "Organización",
    }
    # An editor's own Spanish name is kept.
    MembershipType.objects.filter(slug="concession").update(name_es="Concesión")
    call_command("load_demo_site", stdout=StringIO())
    assert MembershipType.objects.get(slug="concession").name_es == "Concesión"
