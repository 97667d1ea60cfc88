"""The benchmark's settings: development settings, database tasks, email to the local sink."""

import os

from tipwatch.settings.dev import *  # noqa: F403

DEBUG = False  # DEBUG keeps every query in memory: 20,000 members would measure that instead
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("BENCH_SMTP_PORT", "8027"))
EMAIL_TIMEOUT = 60
