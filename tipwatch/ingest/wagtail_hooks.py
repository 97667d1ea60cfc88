from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@hooks.register("register_admin_urls")
def register_import_urls() -> list[Any]:
    # Imported here, not at module level: Wagtail imports every hooks module whenever Django
    # starts, and the import views and services are only needed once the admin serves a page.
    from . import urls

    return [path("imports/", include(urls, namespace="ingest"))]


class ImportMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return bool(request.user.has_perm("tip.change_placement"))


@hooks.register("register_admin_menu_item")
def register_import_menu_item() -> MenuItem:
    return ImportMenuItem("Report imports", reverse("ingest:index"), icon_name="upload", order=210)
