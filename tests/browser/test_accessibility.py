"""Every kind of public page passes axe-core's WCAG 2.2 A and AA rules in a real browser."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tipwatch.news.models import NewsPage
from tipwatch.tip.services.dataset_loader import DatasetLoader

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
}


def test_public_pages_have_no_wcag_violations(live_server: Any, page: Any) -> None:
    DatasetLoader().load()
    call_command("load_demo_site", verbosity=0)
    article = NewsPage.objects.live().first()
    assert article is not None
    paths = [
        "/",
        "/news/",
        article.url,
        "/join/",
        "/search/?query=peru",
        "/explorer/",
        "/map/?year=2015",
        "/countries/PER/",
        "/compare/?year=2015&group=latin-america",
        "/reports/2015/",
        "/downloads/",
    ]
    axe = Axe()
    problems = {}
    for path in paths:
        page.goto(live_server.url + path)
        results = axe.run(page, options=WCAG_AA)
        violations = results.response["violations"]
        if violations:
            problems[path] = [
                f"{v['id']} ({v['impact']}): {v['help']} at "
                + ", ".join(str(node["target"]) for node in v["nodes"][:3])
                for v in violations
            ]

    assert problems == {}


def test_spanish_pages_have_no_wcag_violations(live_server: Any, page: Any) -> None:
    call_command("load_demo_site", verbosity=0)
    article = NewsPage.objects.live().filter(locale__language_code="es").first()
    assert article is not None
    axe = Axe()
    problems = {}
    for path in ["/es/", "/es/noticias/", article.url]:
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == "es"
        violations = axe.run(page, options=WCAG_AA).response["violations"]
        if violations:
            problems[path] = [
                f"{v['id']} ({v['impact']}): {v['help']} at "
                + ", ".join(str(node["target"]) for node in v["nodes"][:3])
                for v in violations
            ]
    assert problems == {}
