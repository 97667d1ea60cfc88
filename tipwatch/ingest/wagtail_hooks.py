from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls


@hooks.register("register_admin_urls")
def register_import_urls() -> list[Any]:
    return [path("imports/", include(urls, namespace="ingest"))]


class ImportMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return bool(request.user.has_perm("tip.change_placement"))


@hooks.register("register_admin_menu_item")
def register_import_menu_item() -> MenuItem:
    return ImportMenuItem("Report imports", reverse("ingest:index"), icon_name="upload", order=210)
