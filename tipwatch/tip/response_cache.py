"""Caching and conditional GET for every public reader of the TIP data: the explorer pages,
the downloads and the API.

Every response is stored under a key that carries the live data version
(`versioning.data_state`), so an import or an admin edit makes every stored response stale at
once without anyone having to know which keys exist. The same version gives the `ETag`, and
the time of the last change gives `Last-Modified`, so a client that already has the current
representation gets a `304 Not Modified`.

Pages are cached only for anonymous visitors without flash messages: editors see the Wagtail
user bar, which must not end up in a cached copy.

A response is kept under its address alone, with the versions it was made under (the data
state and the named `core.versions`, e.g. the content version), and a hit is served by
`ResponseCacheMiddleware`, early in the middleware stack: before sessions, authentication,
messages, CSRF, the language and Wagtail's redirects, which a stored page no longer needs. The
middleware checks the versions with one query and answers with the headers the rest of the
stack gave the stored response (the language, `X-Frame-Options`, `Vary`); the middleware outside
it (security headers, the Content-Security-Policy, CORS) runs on every response as before.
A visitor who may be signed in or has messages waiting (a session or messages cookie) goes
through the whole stack instead, where the decorator decides. The middleware also stores: only
what the decorator marked as shareable and what, after the whole stack, sets no cookie and
used no CSP nonce (a stored nonce would not match the next response's policy).

Shared caches in front of the site (the nginx micro-cache of `deploy/nginx/tipwatch.conf`) may
keep a cacheable response for `s-maxage` seconds (`TIPWATCH_SHARED_CACHE_SECONDS`, default 5):
that is how long an edit or an import can take to show through them. Browsers get `max-age=0,
must-revalidate`, so they always ask again and get a cheap 304 while nothing changed. Responses
that bypass the cache here (signed-in editors, pending messages) are `private`, so no shared
cache stores them.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from .versioning import DataState, read_state_for

logger = logging.getLogger(__name__)


def _cache_get(key: str) -> Any:
    """The stored entry, or None when the shared cache cannot be reached: a cache that is down
    makes pages slower, never unavailable (every GET passes through here)."""
    try:
        return cache.get(key)
    except Exception:
        logger.warning("response cache unreachable on read", exc_info=True)
        return None


def _cache_set(key: str, entry: Any) -> None:
    try:
        cache.set(key, entry, CACHE_SECONDS)
    except Exception:
        logger.warning("response cache unreachable on write", exc_info=True)


CACHE_SECONDS = 60 * 60
SHARED_CACHE_SECONDS = 5
HIT_HEADER = "X-Tipwatch-Cache"

View = Callable[..., HttpResponseBase]
Storable = Callable[[HttpRequest, HttpResponseBase], bool]
# What is kept: (stamp, version names, per visitor, status, headers, body).
Entry = tuple[str, tuple[str, ...], bool, int, dict[str, str], bytes]


@dataclass(frozen=True)
class _ToStore:
    """Put on a shareable response by the decorator; the middleware stores it on the way out."""

    key: str
    stamp: str
    versions: tuple[str, ...]
    per_visitor: bool


def entry_bytes(key: str, entry: Entry) -> int:
    """What an entry kept in this process costs, as near as the objects tell: the body, the
    headers, the stamp and the key with their objects' overhead, and the slot in the table.
    Within a few percent of what tracemalloc sees an unpickled entry take (tested)."""
    stamp, versions, _, _, headers, body = entry
    size = sys.getsizeof(body) + sys.getsizeof(headers) + sys.getsizeof(entry)
    size += sum(sys.getsizeof(name) + sys.getsizeof(value) for name, value in headers.items())
    size += sys.getsizeof(stamp) + sys.getsizeof(versions) + sys.getsizeof(key)
    return size + _SLOT_BYTES


# An OrderedDict's slot: the hash table entry and the linked-list node of each key.
_SLOT_BYTES = 100


class LocalEntries:
    """The most recently served entries, in this process, up to a number of bytes.

    Safe to keep without any invalidation of its own: an entry is served only after its stamp
    is checked against the versions read from the database for the request, as one from the
    shared cache is. It saves the round trip to Redis and unpickling the body (a quarter to
    half of a hit's time); the shared cache stays the source for the other workers. Every
    worker holds up to `limit` bytes of it, counted with the headers and the objects' overhead
    (`entry_bytes`), not the bodies alone. Not `LocMemCache`: that pickles on every get.

    An entry may also hold the whole answer the stack gave a hit on it (`Answer`: the status
    line and every header, the outer middleware's included), under the raw request it answered
    (`tip/early_hits.py`), so that the next such request is answered before Django handles it.
    An answer goes with its entry: replaced or dropped together.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        # Each entry with its size and the raw requests its answers are kept under.
        self.entries: OrderedDict[str, tuple[Entry, int, list[str]]] = OrderedDict()
        self.answers: dict[str, Answer] = {}
        self.lock = threading.Lock()

    def get(self, key: str) -> Entry | None:
        with self.lock:
            kept = self.entries.get(key)
            if kept is None:
                return None
            self.entries.move_to_end(key)
            return kept[0]

    def put(self, key: str, entry: Entry) -> None:
        size = entry_bytes(key, entry)
        with self.lock:
            self._drop(key)
            if size > self.limit:
                return
            self.entries[key] = (entry, size, [])
            self.size += size
            while self.size > self.limit:
                self._drop(next(iter(self.entries)))

    def answer(self, raw: str) -> Answer | None:
        """The answer kept under a raw request, if its entry is still kept."""
        with self.lock:
            answer = self.answers.get(raw)
            if answer is not None:
                self.entries.move_to_end(answer.key)
            return answer

    def keep_answer(self, raw: str, answer: Answer) -> None:
        """Keep what the stack answered with an entry, while the entry itself is kept."""
        size = answer_bytes(raw, answer)
        with self.lock:
            kept = self.entries.get(answer.key)
            if kept is None or kept[0] is not answer.entry or raw in self.answers:
                return
            entry, entry_size, raws = kept
            raws.append(raw)
            self.entries[answer.key] = (entry, entry_size + size, raws)
            self.answers[raw] = answer
            self.size += size
            while self.size > self.limit:
                self._drop(next(iter(self.entries)))

    def _drop(self, key: str) -> None:
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old[1]
            for raw in old[2]:
                self.answers.pop(raw, None)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.answers.clear()
            self.size = 0


@dataclass(frozen=True)
class Answer:
    """What the whole stack answered a hit on `entry` (kept under `key`) with."""

    key: str
    entry: Entry
    status: str
    headers: list[tuple[str, str]]


def answer_bytes(raw: str, answer: Answer) -> int:
    """What an answer adds to its entry: the raw request, the status line and the headers (the
    body is the entry's, shared)."""
    size = sys.getsizeof(raw) + sys.getsizeof(answer) + sys.getsizeof(answer.status)
    size += sys.getsizeof(answer.headers) + _SLOT_BYTES
    for pair in answer.headers:
        size += sys.getsizeof(pair) + sum(sys.getsizeof(part) for part in pair)
    return size


local_entries = LocalEntries(settings.TIPWATCH_LOCAL_RESPONSE_BYTES)


def cache_key(request: HttpRequest) -> str:
    where = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    return f"tipwatch:response:{digest}"


def stamp_from(token: str, versions: dict[str, int]) -> str:
    """What a stored response was made under (the data token and the versions it read): it
    is served only while this is unchanged."""
    return token + "".join(f".{name}={value}" for name, value in versions.items())


def make_etag(stamp: str, kind: str, request: HttpRequest) -> str:
    where = f"{kind}|{request.get_host()}|{request.get_full_path()}|{stamp}"
    return '"' + hashlib.sha1(where.encode(), usedforsecurity=False).hexdigest()[:20] + '"'


def _anonymous_without_messages(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not (hasattr(request, "_messages") and len(get_messages(request)) > 0)


def _may_be_for_one_visitor(request: HttpRequest) -> bool:
    """Whether the request carries what could make its page personal: a session (a signed-in
    editor or member) or messages waiting in a cookie."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies


def cache_control() -> str:
    """`Cache-Control` of a cacheable response: browsers revalidate, shared caches keep it."""
    seconds = int(getattr(settings, "TIPWATCH_SHARED_CACHE_SECONDS", SHARED_CACHE_SECONDS))
    return f"public, max-age=0, s-maxage={seconds}, must-revalidate"


def _validators(response: HttpResponseBase, etag: str, state: DataState) -> None:
    response["ETag"] = etag
    if state.last_modified_timestamp is not None:
        response["Last-Modified"] = http_date(state.last_modified_timestamp)
    response["Cache-Control"] = cache_control()


def _private(response: HttpResponseBase) -> HttpResponseBase:
    """Keep a response made for one visitor out of shared caches."""
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True)
    return response


def _from_entry(entry: Entry) -> HttpResponse:
    _, _, _, status, headers, content = entry
    response = HttpResponse(content, status=status, headers=headers)
    response[HIT_HEADER] = "hit"
    response["Cache-Control"] = cache_control()
    return response


def _current(request: HttpRequest, entry: Any) -> bool:
    """Whether a stored entry was made under the versions live now (one query per request)."""
    if not isinstance(entry, tuple) or len(entry) != 6:
        return False
    state, versions = read_state_for(request, entry[1])
    return bool(entry[0] == stamp_from(state.token, versions))


def cached(
    kind: str,
    *,
    per_visitor: bool = True,
    versions: tuple[str, ...] = (),
    storable: Storable | None = None,
) -> Callable[[View], View]:
    """Decorate a GET view: 304 when the client is current, else the cached or fresh response.

    `kind` separates the ETags of the kinds of response (`page`, `download`, `api`). With
    `per_visitor` (HTML pages), signed-in editors and visitors with pending messages bypass
    the cache. `versions` names the `core.versions` a response depends on besides the data
    (the content version: navigation, settings, news, which HTML pages also show).
    `storable` may refuse to keep a successful response made for one visitor (a form with a
    CSRF token, a cookie set): it is then sent as `private`, and neither this cache nor a
    shared one keeps it. A hit is normally served by `ResponseCacheMiddleware` before the view
    is reached; the lookup here serves those the middleware let through (a session cookie).
    """

    def decorator(view: View) -> View:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if request.method not in ("GET", "HEAD"):
                return view(request, *args, **kwargs)
            if per_visitor and not _anonymous_without_messages(request):
                return _private(view(request, *args, **kwargs))
            state, values = read_state_for(request, versions)
            stamp = stamp_from(state.token, values)
            etag = make_etag(stamp, kind, request)
            headers = HttpResponse()
            _validators(headers, etag, state)
            if per_visitor:
                patch_vary_headers(headers, ("Cookie",))
            not_modified = get_conditional_response(
                request,
                etag=etag,
                last_modified=state.last_modified_timestamp,
                response=headers,
            )
            if not_modified is not None and not_modified.status_code == 304:
                return not_modified
            key = cache_key(request)
            entry = _cache_get(key)
            response: HttpResponseBase
            if entry is not None and _current(request, entry):
                response = _from_entry(entry)
            else:
                response = view(request, *args, **kwargs)
                render = getattr(response, "render", None)
                if callable(render) and not getattr(response, "is_rendered", True):
                    render()
                if response.status_code != 200 or response.streaming:
                    return response
                if storable is not None and not storable(request, response):
                    return _private(response)
                response._tipwatch_store = _ToStore(key, stamp, versions, per_visitor)  # type: ignore[attr-defined]
                response[HIT_HEADER] = "miss"
            _validators(response, etag, state)
            if per_visitor:
                patch_vary_headers(response, ("Cookie",))
            return response

        return wrapper

    return decorator


class ResponseCacheMiddleware:
    """Serve a stored response as early as possible, and store what the decorator marked.

    Placed after the security, CSP, CORS and static-file middleware (which add their headers to
    hits too) and before everything a stored response does not need.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method in ("GET", "HEAD"):
            hit = self._hit(request)
            if hit is not None:
                return hit
        response = self.get_response(request)
        to_store: _ToStore | None = getattr(response, "_tipwatch_store", None)
        if to_store is not None:
            self._store(request, response, to_store)
        return response

    def _hit(self, request: HttpRequest) -> HttpResponseBase | None:
        key = cache_key(request)
        entry: Any = local_entries.get(key)
        if entry is not None and entry[2] and _may_be_for_one_visitor(request):
            return None  # the decorator decides, after authentication and messages
        if entry is None or not _current(request, entry):
            entry = _cache_get(key)
            if not isinstance(entry, tuple) or len(entry) != 6:
                return None
            if entry[2] and _may_be_for_one_visitor(request):
                return None
            if not _current(request, entry):
                return None
            local_entries.put(key, entry)
        response = _from_entry(entry)
        not_modified = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=read_state_for(request, ())[0].last_modified_timestamp,
            response=response,
        )
        if not_modified is not response:  # a 304 (Django hands the response back otherwise)
            return not_modified
        # For the handler (`tip/early_hits.py`), which keeps the answer once the stack is done.
        request._tipwatch_hit = (key, entry)  # type: ignore[attr-defined]
        return response

    def _store(self, request: HttpRequest, response: HttpResponseBase, to_store: _ToStore) -> None:
        # A cookie set on the way out (the session, the CSRF token, messages) or a CSP nonce
        # in the page makes it this visitor's page after all.
        if response.cookies or getattr(request, "_csp_nonce", None) is not None:
            for name in ("Cache-Control", HIT_HEADER):
                del response[name]
            patch_cache_control(response, private=True)
            return
        assert isinstance(response, HttpResponse)
        headers = {name: value for name, value in response.items() if name != HIT_HEADER}
        entry: Entry = (
            to_store.stamp,
            to_store.versions,
            to_store.per_visitor,
            response.status_code,
            headers,
            response.content,
        )
        _cache_set(to_store.key, entry)
        local_entries.put(to_store.key, entry)
