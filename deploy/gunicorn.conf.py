"""gunicorn settings for production, behind nginx (deploy/nginx/tipwatch.conf).

    gunicorn -c deploy/gunicorn.conf.py tipwatch.wsgi

Command-line options override these (the benchmark passes --bind and --workers). See
docs/deploy.md, "Reverse proxy and caching".
"""

import os

# Loopback by default: nginx is the public face. An app server on its own host binds to its
# private address (GUNICORN_BIND=10.0.0.11:8000) and lets in only nginx (firewall). For a unix
# socket use GUNICORN_BIND=unix:/run/tipwatch/gunicorn.sock and the matching upstream in nginx.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers: one request per worker at a time, which is safe because nginx buffers requests
# and responses (slow clients wait on nginx, not on a worker). On 2 cores, gthread workers gave
# similar throughput and a far worse p99 (bench/explorer/README.md). Roughly one per core.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"

# nginx waits 60 s (proxy_read_timeout); a worker stuck longer is restarted.
timeout = 60
graceful_timeout = 30

# Trust X-Forwarded-* only from nginx: this machine, or nginx's private address when the app
# server has a host of its own (FORWARDED_ALLOW_IPS=10.0.0.10).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# nginx writes the access log (with the cache status); gunicorn logs errors to stderr.
accesslog = None
errorlog = "-"
loglevel = "warning"

# The app is loaded once, in the master, before the workers are forked (`preload_app`): what
# every worker would load alike (Django, Wagtail, the URL patterns) is read once, and the
# shared libraries are mapped once and touched in a worker only where it uses them. A worker
# started that way measured 138 MB RSS against 153 MB loading the app itself
# (bench/pages/memory.py, docs/performance.md). The price: a HUP restarts the workers on the
# code the master loaded, so a code update is a restart of the service (docs/deploy.md).
preload_app = True


def when_ready(server):
    """Before the first fork: what every worker would load on its first request is loaded
    once, to be shared (`tipwatch/core/prefork.py`: the URL patterns), no connection opened
    while loading may be shared by the workers, and the objects loaded so far are moved out
    of the collector's reach, so that a collection in a worker does not write to (and so copy)
    the pages they share with the master."""
    import gc

    from django.apps import apps
    from django.db import connections

    if apps.ready:  # the app preloaded
        from tipwatch.core.prefork import load_shared

        load_shared()
    connections.close_all()
    gc.freeze()


# No max_requests: a restarted worker starts with an empty in-process cache.
