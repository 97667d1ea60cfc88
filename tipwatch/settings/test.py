"""Settings for the test suite: fast hashing, in-memory email, locmem cache."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

# One process per test run: a per-process cache is enough for the rate limits here.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# The response cache's per-process copies (`tip/response_cache.py`) outlive `cache.clear()`,
# which many tests use to start from an empty cache; the tests of those copies switch them on
# (the `local_copies` fixture).
TIPWATCH_LOCAL_RESPONSE_BYTES = 0
