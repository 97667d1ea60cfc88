"""Pages outside the page tree still render when no Wagtail site exists yet."""

import pytest
from django.test import Client
from wagtail.models import Site


@pytest.mark.django_db
def test_an_explorer_page_renders_without_a_site(client: Client) -> None:
    Site.objects.all().delete()

    response = client.get("/reports/")

    assert response.status_code == 200
    assert b'property="og:image"' not in response.content
