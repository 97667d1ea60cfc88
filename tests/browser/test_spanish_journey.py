"""A Spanish-speaking visitor: home, news, an article, Peru's country profile, and joining,
every page in Spanish under /es/; and back to English on the same page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.management import call_command

from tipwatch.tip.services.dataset_loader import DatasetLoader

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def assert_spanish(page: Any, live_server: Any) -> None:
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.url.startswith(live_server.url + "/es/"), page.url
    # The site's own chrome, on every page whoever renders the content.
    assert page.locator(".skip-link").inner_text() == "Saltar al contenido principal"
    assert page.locator(".language-switcher [aria-current]").inner_text() == "Español"


def test_spanish_visitor_reads_the_news_and_reaches_the_join_page(
    live_server: Any, page: Any, shoot: Any
) -> None:
    DatasetLoader().load()
    call_command("load_demo_site", verbosity=0)

    page.goto(live_server.url + "/es/")
    assert_spanish(page, live_server)
    assert page.locator("h1").inner_text() == "Derechos humanos y desarrollo en el Perú"
    assert page.locator("#latest-news-heading").inner_text() == "Últimas noticias"
    assert page.locator(".latest-news .card").count() == 3
    shoot(page, "es-01-home")

    page.get_by_role("link", name="Todas las noticias").click()
    page.wait_for_url("**/es/noticias/")
    assert_spanish(page, live_server)
    titles = page.locator(".cards .card__title a").all_inner_texts()
    assert titles[0] == "Nuestra asamblea general anual"
    assert "30 de julio de 2015" in page.locator(".cards").inner_text()
    shoot(page, "es-02-news")

    page.get_by_role("link", name="El Perú en el Informe TIP 2015: Nivel 2").click()
    page.wait_for_url("**/es/noticias/peru-en-el-informe-tip-2015/")
    assert_spanish(page, live_server)
    article = page.locator("article").inner_text()
    assert "Lista de Vigilancia del Nivel 2" in article
    assert page.locator(".breadcrumbs a").all_inner_texts() == [
        "Inicio",
        "Todas las noticias",
    ]
    shoot(page, "es-03-article")

    # The article cites the 2015 report; the report's page lists Peru.
    page.locator(".source a").first.click()
    page.wait_for_url("**/es/reports/2015/")
    assert_spanish(page, live_server)
    page.locator('main a[href="/es/countries/PER/"]').first.click()
    page.wait_for_url("**/es/countries/PER/")
    assert_spanish(page, live_server)
    shoot(page, "es-04-peru")

    page.locator(".site-nav").get_by_role("link", name="Únase").click()
    page.wait_for_url("**/es/unase/")
    assert_spanish(page, live_server)
    assert page.locator("h1").inner_text() == "Por qué asociarse"
    shoot(page, "es-05-join")

    # The switcher takes the visitor to the same page in English.
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r".*/join/$"))
    assert page.locator("html").get_attribute("lang") == "en-GB"
    assert page.locator("h1").inner_text() == "Why join"
