"""Settings shared by every environment. Values that differ come from the environment."""

import importlib.util
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from .env import env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(env_str("TIPWATCH_VAR_DIR", str(BASE_DIR / "var")))

# django-ninja is not an installed app: importing it loads pydantic and ninja's schema machinery
# (about 0.15 s), which every command (an import, a tier query) would pay while only the API
# needs it. What the app would add, its API docs page's template and static files, is found here
# by path; finding the package does not import it. The API's docs page renders that template
# (`api.docs.LocalSwagger`).
_NINJA_SPEC = importlib.util.find_spec("ninja")
if _NINJA_SPEC is None or not _NINJA_SPEC.origin:
    raise ImportError("django-ninja is not installed: run `make install`")
NINJA_DIR = Path(_NINJA_SPEC.origin).parent

INSTALLED_APPS = [
    "tipwatch.core",
    "tipwatch.tip",
    "tipwatch.ingest",
    "tipwatch.pages",
    "tipwatch.news",
    "tipwatch.members",
    "tipwatch.alerts",
    "tipwatch.sitesearch",
    "tipwatch.briefings",
    "tipwatch.explorer",
    "tipwatch.api",
    "corsheaders",
    "wagtail_localize",
    # Replaces wagtail.locales: the locale admin that also syncs translated trees.
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    # wagtail.contrib.redirects, .snippets, .documents and .images without the v3 API, which
    # this project does not serve (see the module).
    "tipwatch.core.wagtail_apps.RedirectsConfig",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "tipwatch.core.wagtail_apps.SnippetsConfig",
    "tipwatch.core.wagtail_apps.DocumentsConfig",
    "tipwatch.core.wagtail_apps.ImagesConfig",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_ratelimit",
    "csp",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tipwatch.core.csp.SiteCSPMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tipwatch.tip.response_cache.ResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tipwatch.core.language.UrlLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "tipwatch.core.middleware.RejectMalformedInputMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "tipwatch.urls"

# The API and the downloads may be read from any site (django-cors-headers); they are public
# and read-only, and take no credentials.
CORS_URLS_REGEX = r"^/(api|downloads|es/downloads)/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_HEADERS = ("If-None-Match", "If-Modified-Since")
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified")

WSGI_APPLICATION = "tipwatch.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates", NINJA_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'tipwatch.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection is checked before a request reuses it, so a database restart costs
        # one reconnect instead of an error for each worker's next request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite serves the demo and small sites, where the app servers, the worker and commands
    # share one file. In write-ahead-log mode readers and the one writer do not block each
    # other, and a commit appends to the log instead of writing and syncing a rollback journal
    # and the database (with synchronous=NORMAL the log is synced at checkpoints: a power cut
    # may lose the last commits, never corrupt the file). A writer that finds the file locked
    # waits up to 20 s instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "core.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# English is served where it always was; Spanish under /es/ (i18n_patterns in tipwatch/urls.py).
LANGUAGES = [("en-gb", "English"), ("es", "Español")]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static", NINJA_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tipwatch",
    }
}

# Rate limits (django-ratelimit) count per client address: the one the trusted proxies saw.
# 0 when the app answers the internet itself; 1 behind the shipped nginx.
TIPWATCH_TRUSTED_PROXIES = env_int("TIPWATCH_TRUSTED_PROXIES", 0)
RATELIMIT_IP_META_KEY = "tipwatch.core.client.client_ip"
# With the cache down, let forms through rather than refuse every visitor.
RATELIMIT_FAIL_OPEN = True

# Bytes of recent responses each worker keeps a copy of (tip/response_cache.py), counted with
# their headers and the objects' overhead; 0 keeps none. Every worker holds this much on top of
# the app itself (docs/performance.md, "Worker memory").
TIPWATCH_LOCAL_RESPONSE_BYTES = env_int("TIPWATCH_LOCAL_RESPONSE_BYTES", 4 * 1024 * 1024)

# The release the deployment serves (a commit or tag); cached HTML is keyed on it. Empty: a
# digest of the installed code (tipwatch/core/release.py).
TIPWATCH_RELEASE = env_str("TIPWATCH_RELEASE", "")

# The Redis cache (settings.caches.shared_cache) logs each error it ignores here.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "tipwatch.cache"

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Reading an uploaded report (untrusted) and the lease of the process reading it. A real
# 500-page report needs a small part of each limit; see docs/importing.md.
TIPWATCH_IMPORT_MAX_FILE_MB = env_int("TIPWATCH_IMPORT_MAX_FILE_MB", 200)
TIPWATCH_IMPORT_MAX_PAGES = env_int("TIPWATCH_IMPORT_MAX_PAGES", 2000)
TIPWATCH_IMPORT_MAX_PAGE_CHARS = env_int("TIPWATCH_IMPORT_MAX_PAGE_CHARS", 50_000)
TIPWATCH_IMPORT_MAX_SECONDS = env_int("TIPWATCH_IMPORT_MAX_SECONDS", 120)
TIPWATCH_IMPORT_MAX_MEMORY_MB = env_int("TIPWATCH_IMPORT_MAX_MEMORY_MB", 512)
TIPWATCH_IMPORT_LEASE_SECONDS = env_int("TIPWATCH_IMPORT_LEASE_SECONDS", 60)

# Member emails are sent by the task worker; a failed send is tried again after 1, 2, 4, 8 and
# 16 minutes (members.tasks).
TIPWATCH_MAIL_ATTEMPTS = env_int("TIPWATCH_MAIL_ATTEMPTS", 6)
TIPWATCH_MAIL_RETRY_SECONDS = env_int("TIPWATCH_MAIL_RETRY_SECONDS", 60)
# Alerts (docs/alerts.md): admin edits of one report year within this many seconds fold into one
# change set; imports and dataset reloads wait for staff to release them; emails go out in
# batches of this many, one SMTP connection per batch.
TIPWATCH_ALERTS_FOLD_SECONDS = env_int("TIPWATCH_ALERTS_FOLD_SECONDS", 600)
TIPWATCH_ALERTS_HOLD_IMPORTS = True
TIPWATCH_ALERTS_BATCH_SIZE = env_int("TIPWATCH_ALERTS_BATCH_SIZE", 200)

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "tipwatch <noreply@localhost>")

WAGTAIL_SITE_NAME = "tipwatch"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
# The upload form checks an image's pixel count from its header (core/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "tipwatch.core.image_forms.ImageForm"
# Wagtail's own avatar instead of Gravatar's: the admin loads no third-party images (they showed
# broken where the content security policy or the network kept them out) and sends no hash of
# editors' email addresses away.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The admin loads nothing from other sites: no avatars from Gravatar, no check for new releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "txt", "xlsx", "zip"]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
SITE_ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# Content-Security-Policy on every response (django-csp). Scripts only from this site or with the
# request's nonce (`{{ request.csp_nonce }}`, for pages that are never cached: a cached page
# would carry an old nonce). Styles allow inline `style` attributes, which the Wagtail admin and
# the charts' SVG use; a nonce would disable that, so styles take none. The admin also allows
# inline scripts (core.csp explains why).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

TIPWATCH_ADMIN_PATH = "/admin/"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
