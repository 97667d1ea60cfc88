"""Wagtail's images, documents, snippets and redirects apps as configured without the v3 API."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_migrate
from django.dispatch import Signal
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.redirects.signal_handlers import (
    autocreate_redirects_on_page_move,
    autocreate_redirects_on_slug_change,
)
from wagtail.documents import get_document_model
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images import get_image_model
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.images.signal_handlers import post_delete_file_cleanup
from wagtail.models.reference_index import ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.signals import page_slug_changed, post_page_move
from wagtail.snippets.apps import WagtailSnippetsAppConfig
from wagtail.snippets.models import create_extra_permissions

from tipwatch.core import wagtail_apps

ROOT = Path(__file__).resolve().parents[2]

# Digests of Wagtail's own ready(), which ours copy less the v3 API block. A Wagtail upgrade
# that changes one fails here: read the new one, copy what it adds, then record its digest.
UPSTREAM_READY: dict[type[AppConfig], str] = {
    WagtailImagesAppConfig: "52e409385bb1ad62",
    WagtailDocsAppConfig: "4cdf87a46dbf81ef",
    WagtailSnippetsAppConfig: "1ac35b5ed4034956",
    WagtailRedirectsAppConfig: "19d1a78049d84e47",
}


@pytest.mark.parametrize("upstream", list(UPSTREAM_READY), ids=lambda c: c.__name__)
def test_wagtails_ready_is_the_one_that_was_copied(upstream: type[AppConfig]) -> None:
    source = inspect.getsource(upstream.ready)
    assert hashlib.sha256(source.encode()).hexdigest()[:16] == UPSTREAM_READY[upstream]


def test_the_apps_keep_wagtails_names_and_labels() -> None:
    for ours, label in (
        (wagtail_apps.ImagesConfig, "wagtailimages"),
        (wagtail_apps.DocumentsConfig, "wagtaildocs"),
        (wagtail_apps.SnippetsConfig, "wagtailsnippets"),
        (wagtail_apps.RedirectsConfig, "wagtailredirects"),
    ):
        config = apps.get_app_config(label)
        assert type(config) is ours
        assert apps.is_installed(config.name)


def _connected(signal: Signal, receiver: Callable[..., object], sender: object = None) -> bool:
    """Whether ``receiver`` is connected (disconnecting says so; it is connected again)."""
    was = signal.disconnect(receiver, sender=sender)
    if was:
        signal.connect(receiver, sender=sender)
    return was


def test_what_wagtails_ready_registers_is_registered() -> None:
    image, document = get_image_model(), get_document_model()
    assert {image, document} <= ReferenceIndex.tracked_models
    for model in (image, document, Redirect):
        assert policy_registry.get_by_type(model, fallback=False) is not None
    assert _connected(post_page_move, autocreate_redirects_on_page_move)
    assert _connected(page_slug_changed, autocreate_redirects_on_slug_change)
    assert _connected(
        post_migrate, create_extra_permissions, sender=apps.get_app_config("wagtailsnippets")
    )
    assert _connected(post_delete, post_delete_file_cleanup, sender=image)


def test_loading_the_project_does_not_build_wagtails_v3_api() -> None:
    probe = (
        "import json, sys, django; django.setup(); "
        "print(json.dumps([m for m in ('wagtail.api.v3.api', 'rest_framework') "
        "if m in sys.modules]))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tipwatch.settings.dev"}
    loaded = subprocess.run(
        [sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(loaded.stdout) == []
