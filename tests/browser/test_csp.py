"""Under the site's Content-Security-Policy, the public pages, the API docs and the Wagtail admin
work and the browser reports no violation."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from tipwatch.news.models import NewsPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PUBLIC_PAGES = [
    "/",
    "/news/",
    "/join/",
    "/search/?q=peru",
    "/explorer/",
    "/map/?year=2015",
    "/countries/PER/",
    "/compare/?year=2015&group=latin-america",
    "/reports/2015/",
    "/downloads/",
    "/members/manage/",
]


class ViolationRecorder:
    """Every CSP violation the page reports, from the console and from the DOM event."""

    def __init__(self, tab: Any) -> None:
        self.tab = tab
        self.console: list[str] = []
        tab.on("console", self._console)
        tab.add_init_script(
            "window.__cspViolations = [];"
            "document.addEventListener('securitypolicyviolation', e => window.__cspViolations"
            ".push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' +"
            " e.lineNumber));"
        )

    def _console(self, message: Any) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    def visit(self, url: str, ready: str = "body") -> list[str]:
        self.console.clear()
        response = self.tab.goto(url)
        assert response is not None
        assert response.status == 200, url
        assert "script-src" in (response.headers.get("content-security-policy") or ""), url
        self.tab.wait_for_selector(ready)
        self.tab.wait_for_load_state("networkidle")
        return [*self.console, *self.tab.evaluate("window.__cspViolations")]


def test_no_csp_violations_on_public_pages_docs_and_admin(
    live_server, page, tip_data, django_user_model
):
    call_command("load_demo_site", verbosity=0)
    article = NewsPage.objects.live().first()
    assert article is not None
    recorder = ViolationRecorder(page)

    violations = {}
    for path in [*PUBLIC_PAGES, article.url]:
        violations[path] = recorder.visit(live_server.url + path)
    # The API docs render with Swagger UI from the site's own files.
    violations["/api/v1/docs"] = recorder.visit(
        live_server.url + "/api/v1/docs", ready=".swagger-ui .info .title"
    )
    assert "tipwatch TIP Report API" in page.locator(".swagger-ui .info .title").inner_text()

    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    violations["/admin/"] = recorder.visit(live_server.url + "/admin/", ready="main")
    edit = f"/admin/pages/{article.pk}/edit/"
    violations[edit] = recorder.visit(live_server.url + edit, ready=".public-DraftEditor-content")
    # The editor works: typing into a rich-text block reaches the form.
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type(" Checked under the policy.")
    page.wait_for_function(
        "() => [...document.querySelectorAll('input')]"
        ".some(input => input.value.includes('Checked under the policy'))"
    )
    violations[edit] += page.evaluate("window.__cspViolations") + recorder.console

    assert {path: found for path, found in violations.items() if found} == {}
