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

# No max_requests: a restarted worker starts with an empty in-process cache.
