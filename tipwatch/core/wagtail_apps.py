"""Wagtail's images, documents, snippets and redirects apps, without Wagtail's v3 API.

Wagtail 8 builds the schemas and routers of its v3 API (``wagtail.api.v3``: django-ninja and
pydantic, and Django REST framework for redirects) in these apps' ``ready()``, whether or not the
API is installed. This project does not install or serve it, and building them was about 40% of
what loading Django and Wagtail costs: every ``tipwatch`` command, test run and web worker paid it
at start-up for nothing. These configs do what Wagtail's do in ``ready()`` except that; were
``wagtail.api.v3`` ever installed, they run Wagtail's own ``ready()`` whole.

Each ``ready()`` below is Wagtail's with its v3 block left out, so a Wagtail upgrade that changes
one must be read again: ``tests/core/test_wagtail_apps.py`` holds a digest of each of Wagtail's.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import ForeignKey
from django.db.models.signals import post_migrate
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig

V3_API = "wagtail.api.v3"


def _serves_v3_api() -> bool:
    return apps.is_installed(V3_API)


class ImagesConfig(WagtailImagesAppConfig):
    default = False

    def ready(self) -> None:
        if _serves_v3_api():
            super().ready()
            return
        from wagtail.admin.compare import register_comparison_class
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.admin.ui.fields import register_display_class
        from wagtail.images import get_image_model, get_permission_policy
        from wagtail.images.components import ImageDisplay
        from wagtail.images.edit_handlers import ImageFieldComparison
        from wagtail.images.signal_handlers import register_signal_handlers
        from wagtail.images.widgets import AdminImageChooser
        from wagtail.models.reference_index import ReferenceIndex
        from wagtail.permissions import register_permission_policy

        image = get_image_model()
        register_permission_policy(image, get_permission_policy())
        register_signal_handlers()
        register_form_field_override(ForeignKey, to=image, override={"widget": AdminImageChooser})
        register_comparison_class(ForeignKey, to=image, comparison_class=ImageFieldComparison)
        register_display_class(ForeignKey, to=image, display_class=ImageDisplay)
        ReferenceIndex.register_model(image)


class DocumentsConfig(WagtailDocsAppConfig):
    default = False

    def ready(self) -> None:
        if _serves_v3_api():
            super().ready()
            return
        from wagtail.admin.ui.fields import register_display_class
        from wagtail.documents import get_document_model, get_permission_policy
        from wagtail.documents.components import DocumentDisplay
        from wagtail.documents.signal_handlers import register_signal_handlers
        from wagtail.models.reference_index import ReferenceIndex
        from wagtail.permissions import register_permission_policy

        document = get_document_model()
        register_permission_policy(document, get_permission_policy())
        register_signal_handlers()
        register_display_class(ForeignKey, to=document, display_class=DocumentDisplay)
        ReferenceIndex.register_model(document)


class SnippetsConfig(WagtailSnippetsAppConfig):
    default = False

    def ready(self) -> None:
        if _serves_v3_api():
            super().ready()
            return
        from wagtail.snippets.models import create_extra_permissions, register_deferred_snippets

        register_deferred_snippets()
        post_migrate.connect(create_extra_permissions, sender=self)


class RedirectsConfig(WagtailRedirectsAppConfig):
    default = False

    def ready(self) -> None:
        if _serves_v3_api():
            super().ready()
            return
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.contrib.redirects.signal_handlers import (
            autocreate_redirects_on_page_move,
            autocreate_redirects_on_slug_change,
        )
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import page_slug_changed, post_page_move

        register_permission_policy(Redirect)
        post_page_move.connect(autocreate_redirects_on_page_move)
        page_slug_changed.connect(autocreate_redirects_on_slug_change)
