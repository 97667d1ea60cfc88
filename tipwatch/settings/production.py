"""Production: every secret and host comes from the environment, and start-up fails without them."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SITE_ALLOWED_HOSTS
from .caches import shared_cache
from .env import env_bool, env_int, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
ALLOWED_HOSTS = SITE_ALLOWED_HOSTS
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must be set in the environment for production (comma-separated host names)."
    )

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Every app server must share one cache: rate-limit counts and cached pages live there.
_redis_url = env_str("REDIS_URL", "")
if not _redis_url:
    raise ImproperlyConfigured(
        "REDIS_URL must be set in the environment for production (the cache every app server "
        "shares, e.g. redis://127.0.0.1:6379/0)."
    )
CACHES = shared_cache(_redis_url)

# Persistent database connections (seconds kept open; each is health-checked before reuse, see
# base.py). Opening a connection per request cost the cached explorer pages 2.75x their
# throughput on the same machine. 0 closes after every request (e.g. behind pgbouncer in
# transaction mode).
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 600)  # noqa: F405

# The shipped deployment puts nginx in front of gunicorn (deploy/nginx/tipwatch.conf).
TIPWATCH_TRUSTED_PROXIES = env_int("TIPWATCH_TRUSTED_PROXIES", 1)

# Run `tipwatch manage db_worker` as a service beside the web server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers and service managers probe gunicorn directly over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^(healthz|readyz)$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS from the app as well as from nginx, so that the site is safe behind any proxy. One year,
# subdomains and preload by default; each can be changed (SECURE_HSTS_SECONDS=0 turns it off).
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
