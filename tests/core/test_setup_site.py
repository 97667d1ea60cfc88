"""`tipwatch setup --demo --port N` gives the demo site the development server's address."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_the_demo_site_address_carries_the_servers_port(settings: Any) -> None:
    settings.DEBUG = True

    call_command("setup", "--demo", "--port", "8123", stdout=io.StringIO())

    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8123"
    assert site.root_page.specific.full_url == "http://127.0.0.1:8123/"


def test_a_real_host_name_is_left_alone(settings: Any) -> None:
    settings.DEBUG = True
    Site.objects.filter(is_default_site=True).update(hostname="tipwatch.example.org", port=443)

    call_command("setup", "--demo", "--port", "8123", stdout=io.StringIO())

    assert Site.objects.get(is_default_site=True).root_url == "https://tipwatch.example.org"


def test_a_port_out_of_range_is_refused(settings: Any) -> None:
    settings.DEBUG = True
    with pytest.raises(CommandError, match="--port must be between 1 and 65535"):
        call_command("setup", "--demo", "--port", "70000")


def test_setup_leaves_no_background_work_for_the_worker(settings: Any) -> None:
    from django_tasks_db.models import DBTaskResult

    settings.DEBUG = True
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    call_command("setup", "--demo", stdout=io.StringIO())

    assert DBTaskResult.objects.count() == 0
