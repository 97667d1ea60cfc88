from typing import Any

import pytest

from tests.alerts.smtp import ALERTS_SMTP_PORT
from tests.members.conftest import join_page, membership_types, spanish_join_page  # noqa: F401
from tests.pages.fixtures import _isolated_media_and_cache, home  # noqa: F401


@pytest.fixture
def smtp_settings(settings: Any) -> Any:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = ALERTS_SMTP_PORT
    settings.EMAIL_TIMEOUT = 5
    return settings
