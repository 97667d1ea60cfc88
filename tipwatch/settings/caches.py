"""The shared cache every app server uses in production, and how it behaves when Redis is down."""

from __future__ import annotations

from typing import Any

# How long a request may wait for Redis before it goes on uncached (seconds).
REDIS_TIMEOUT_SECONDS = 0.5


def shared_cache(redis_url: str) -> dict[str, dict[str, Any]]:
    """`CACHES` for Redis at `redis_url`.

    With Redis down every cache call logs the error (logger `tipwatch.cache`) and answers as a
    miss: pages are rendered uncached instead of failing, and rate limits let requests through
    (`RATELIMIT_FAIL_OPEN`). One mechanism at the cache layer covers every cached view.
    """
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            },
        }
    }
