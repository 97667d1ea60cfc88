"""Values kept in the shared cache under versioned keys, kept in this process as well.

A key that carries the content or data version read from the database for the request needs
no invalidation: after a publish or a data change no request asks for it again. So a process
may keep its own copy of what it read from the shared cache (Redis), which saves the round trip
and the unpickling. The page fragments (`pages/cache.py`) and the TIP data's indexes (reports by
year, the groups, the placement rows' index: `tip/services`) are kept this way.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any

from django.conf import settings
from django.core.cache import cache

COPY_SECONDS = 600
LOCAL_COPIES = 512


class LocalCopies:
    """The values most recently read from the shared cache, kept in this process as well.

    Every fragment of a page (the Site, the routed page, the chrome, the breadcrumbs...) and
    every index of the TIP data is kept under a key that carries the content or data version
    read from the database for the request, so a copy here needs no invalidation of its own:
    after a publish no request asks for its key again. Each one saves a round trip to the
    shared cache (Redis) and unpickling, ten or so per page. A copy is dropped after as long as
    the shared cache keeps it (a version can only go back when a database is restored).

    The objects are shared by the requests of a process, as they are in the cache before they
    are pickled: they may gain only what any request would load onto them (an image's
    renditions, a StreamField's parsed blocks), never anything about one request.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.entries: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            expires, value = found
            if expires < time.monotonic():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return value

    def put(self, key: str, value: Any) -> None:
        if self.limit <= 0:
            return
        with self.lock:
            self.entries[key] = (time.monotonic() + COPY_SECONDS, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.limit:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


local_copies = LocalCopies(int(getattr(settings, "TIPWATCH_LOCAL_FRAGMENTS", LOCAL_COPIES)))


def read(key: str) -> Any:
    """A value kept under a versioned key: this process's copy, else the shared cache's."""
    value = local_copies.get(key)
    if value is None:
        value = cache.get(key)
        if value is not None:
            local_copies.put(key, value)
    return value


def keep(key: str, value: Any) -> None:
    """Keep a value under a versioned key, in the shared cache and in this process."""
    cache.set(key, value, COPY_SECONDS)
    local_copies.put(key, value)
