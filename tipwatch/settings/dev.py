"""Local development: debug on, SQLite unless DATABASE_URL says otherwise, emails to the console."""

from .base import *  # noqa: F403
from .base import SITE_ALLOWED_HOSTS
from .env import env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = SITE_ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]

# Report imports run in a worker process, which `tipwatch serve` starts beside the web server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

(VAR_DIR / "static").mkdir(parents=True, exist_ok=True)  # noqa: F405

# One process on one machine: a per-process cache is enough for the rate limits here.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
