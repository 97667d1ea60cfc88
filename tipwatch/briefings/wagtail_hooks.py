"""Admin wiring: the "Draft briefing" screen and the "Check facts" action on news pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from tipwatch.news.models import NewsPage

CHECK_ACTION = "action-check-facts"


@hooks.register("register_admin_urls")
def register_briefing_urls() -> list[Any]:
    # Imported here, not at module level: Wagtail imports every hooks module whenever Django
    # starts, and the composer and claim checker are only needed once the admin serves a page.
    from . import admin_views

    return [
        path("briefings/draft/", admin_views.draft_briefing, name="briefings_draft"),
        path("briefings/check/<int:page_id>/", admin_views.check_page, name="briefings_check"),
    ]


@hooks.register("register_admin_menu_item")
def register_draft_menu_item() -> MenuItem:
    return MenuItem("Draft briefing", reverse("briefings_draft"), icon_name="edit", order=210)


class CheckFactsMenuItem(ActionMenuItem):
    """Saves the draft, then shows the fact check of what was saved."""

    label = "Save draft and check facts"
    name = CHECK_ACTION
    icon_name = "tasks"

    def is_shown(self, context: dict[str, Any]) -> bool:
        page = context.get("page")
        return (
            context.get("view") == "edit"
            and isinstance(page, NewsPage)
            and not context.get("locked_for_user")
        )


@hooks.register("register_page_action_menu_item")
def register_check_facts_action() -> ActionMenuItem:
    return CheckFactsMenuItem(order=15)


@hooks.register("after_edit_page")
def check_facts_after_save(request: HttpRequest, page: Page) -> HttpResponse | None:
    if request.method == "POST" and request.POST.get(CHECK_ACTION):
        return redirect("briefings_check", page.pk)
    return None


@hooks.register("register_page_header_buttons")
def check_facts_header_button(
    page: Page, user: Any, view_name: str, next_url: str | None = None
) -> Iterator[PageMenuItem]:
    news = page.specific_class is not None and issubclass(page.specific_class, NewsPage)
    if news and page.permissions_for_user(user).can_edit():
        yield PageMenuItem(
            "Check facts",
            url=reverse("briefings_check", args=[page.pk]),
            icon_name="tasks",
            priority=12,
            page=page,
        )
