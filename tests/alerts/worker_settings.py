"""Settings for the processes of the killed-worker test: the development settings, with
email sent to the test's SMTP server on localhost."""

import os

from tipwatch.settings.dev import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TW_ALERTS_SMTP_PORT"])
EMAIL_TIMEOUT = 30
