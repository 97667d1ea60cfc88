#!/usr/bin/env bash
# Load-test the explorer, the API and the downloads: gunicorn directly, the site through the
# production nginx config (deploy/nginx/tipwatch.conf: micro-cache, gzip step) and a static
# ceiling, in one run.
#
#   bench/explorer/run.sh            # 10 s per URL and server at 32 connections
#   DURATION=5s CONNECTIONS=64 bench/explorer/run.sh
#
# Serves the site with gunicorn (deploy/gunicorn.conf.py, 2 sync workers, production settings,
# SQLite prepared by `tipwatch setup`, per-worker locmem cache) on 127.0.0.1; runs one nginx
# (2 workers) with the production config rendered for loopback (bench/explorer/proxy_conf.py:
# no TLS, local ports and paths) beside a server of saved copies of each response (the
# ceiling); loads each URL on the three with wrk, then the CSV and JSON with gzip through the
# proxy and the ceiling; checks that an edit shows through the proxy within the shared-cache
# lifetime. Only loopback addresses are used; every run is bounded in time. Results go to
# bench/out/explorer/ (git-ignored). Installs wrk and nginx-light from Debian if missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bench/out/explorer"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
APP_PORT="${APP_PORT:-8181}"
STATIC_PORT="${STATIC_PORT:-8182}"
PROXY_PORT="${PROXY_PORT:-8183}"
REDIS_PORT="${REDIS_PORT:-8184}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
WORKERS="${WORKERS:-2}"
GUNICORN_ARGS="${GUNICORN_ARGS:---worker-class sync}"  # gthread gave p99 of 130-590 ms here
GZIP_RUNS="${GZIP_RUNS:-1}"  # 0 skips the gzip runs
SHARED_CACHE_SECONDS=5       # the app's s-maxage (TIPWATCH_SHARED_CACHE_SECONDS default)

URLS=(
  "country|/countries/PER/|html"
  "compare|/compare/?year=2015&group=latin-america|html"
  "api-placements|/api/v1/placements?year=2015|json"
  "csv-download|/downloads/placements.csv|csv"
)
GZIP_URLS=("api-placements" "csv-download")

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
      echo "Installing $2 from Debian..."
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null
    else
      echo "Install $2 (sudo apt-get install $2) to run this benchmark." >&2
      exit 1
    fi
  fi
}
need wrk wrk
need nginx nginx-light
need redis-server redis-server
[ -x "$PYTHON" ] || { echo "No virtualenv at $PYTHON: run 'make install' first." >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT/var" "$OUT/static" "$OUT/nginx/tmp" "$OUT/nginx/cache" "$OUT/wrk"

export DJANGO_SETTINGS_MODULE=tipwatch.settings.production
export SECRET_KEY="bench-only-$(date +%s)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false
export TIPWATCH_VAR_DIR="$OUT/var"
export DATABASE_CONN_MAX_AGE=600
unset DATABASE_URL
# Production requires a shared cache: the benchmark starts a Redis of its own.
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"

echo "Preparing the database (tipwatch setup) and static files..."
"$ROOT/.venv/bin/tipwatch" setup >"$OUT/setup.log" 2>&1
"$PYTHON" "$ROOT/manage.py" collectstatic --noinput >"$OUT/collectstatic.log" 2>&1

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >"$OUT/redis.log" 2>&1 &
PIDS+=("$!")

# shellcheck disable=SC2086
(cd "$ROOT" && exec "$ROOT/.venv/bin/gunicorn" tipwatch.wsgi -c "$ROOT/deploy/gunicorn.conf.py" \
  --workers "$WORKERS" $GUNICORN_ARGS --bind "127.0.0.1:$APP_PORT" \
  --log-level warning --error-logfile "$OUT/gunicorn.log") &
PIDS+=("$!")

for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/api/v1/reports/" 2>/dev/null && break
  sleep 0.2
done

echo "Warming the app's caches and saving static copies..."
for entry in "${URLS[@]}"; do
  IFS="|" read -r name path kind <<<"$entry"
  for _ in $(seq 1 8); do  # each worker has its own cache
    curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT$path"
  done
  curl -fsS -o "$OUT/static/$name.$kind" "http://127.0.0.1:$APP_PORT$path"
done

# One nginx, two servers: the ceiling (saved copies; .gz copies for gzip_static, made below)
# and the production config for the site.
"$PYTHON" "$ROOT/bench/explorer/proxy_conf.py" "$ROOT/deploy/nginx/tipwatch.conf" "$OUT" \
  "$OUT/var" "$PROXY_PORT" "$APP_PORT" >"$OUT/nginx/tipwatch.conf"
cat >"$OUT/nginx/nginx.conf" <<NGINX
worker_processes $WORKERS;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $OUT/nginx/tmp;
    proxy_temp_path $OUT/nginx/tmp;
    fastcgi_temp_path $OUT/nginx/tmp;
    uwsgi_temp_path $OUT/nginx/tmp;
    scgi_temp_path $OUT/nginx/tmp;

    # Log the site's requests that were not cache hits (and the background revalidations).
    log_subrequest on;
    map \$upstream_cache_status \$tipwatch_not_a_hit { HIT 0; default 1; }

    server {
        listen 127.0.0.1:$STATIC_PORT;
        root $OUT/static;
        sendfile on;
        tcp_nopush off;  # as in deploy/nginx/tipwatch.conf (see there)
        gzip_static on;
        types { text/html html; application/json json; text/csv csv; }
    }

    include $OUT/nginx/tipwatch.conf;
}
NGINX
nginx -t -q -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx"
nginx -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" -g "daemon off;" &
PIDS+=("$!")
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$STATIC_PORT/country.html" 2>/dev/null && break
  sleep 0.1
done

echo "Checking the proxy (same content as the app, cache hits, bypass for sessions)..."
same_content() {  # a b: equal but for the host's port (nginx passes $host) and chart ids
  local normalise='s/127\.0\.0\.1:[0-9]+/127.0.0.1/g; s/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/UUID/g'
  cmp -s <(sed -E "$normalise" "$1") <(sed -E "$normalise" "$2")
}
status() {  # url [curl args...]: the X-Cache-Status of a GET
  curl -fsS -o /dev/null -D - "${@:2}" "$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-cache-status" {print $2}'
}
{
  for entry in "${URLS[@]}"; do
    IFS="|" read -r name path kind <<<"$entry"
    url="http://127.0.0.1:$PROXY_PORT$path"
    first="$(status "$url")"
    curl -fsS -o "$OUT/proxied.$kind" "$url"
    same_content "$OUT/proxied.$kind" "$OUT/static/$name.$kind" \
      || { echo "the proxy's $path differs from the app's" >&2; exit 1; }
    second="$(status "$url")"
    gz_first="$(status "$url" -H 'Accept-Encoding: gzip')"
    curl -fsS -H 'Accept-Encoding: gzip' -o "$OUT/static/$name.$kind.gz" "$url"
    gzip -t "$OUT/static/$name.$kind.gz"  # the ceiling serves the proxy's own gzip bytes
    gz_second="$(status "$url" -H 'Accept-Encoding: gzip')"
    session="$(status "$url" -H 'Cookie: sessionid=bench')"
    echo "$path: plain $first then $second; gzip $gz_first then $gz_second; with a session $session"
    [ "$second" = HIT ] && [ "$gz_second" = HIT ] && [ "$session" = BYPASS ] \
      || { echo "unexpected cache statuses for $path" >&2; exit 1; }
  done
} | tee "$OUT/checks.txt"

run_wrk() {  # label url [wrk args...]
  echo "  $1"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${@:3}" "$2" >"$OUT/wrk/$1.txt" 2>&1
}

echo "Loading each URL for $DURATION at $CONNECTIONS connections..."
for entry in "${URLS[@]}"; do
  IFS="|" read -r name path kind <<<"$entry"
  run_wrk "$name.app" "http://127.0.0.1:$APP_PORT$path"
  : >"$OUT/nginx/upstream.log"
  run_wrk "$name.proxy" "http://127.0.0.1:$PROXY_PORT$path"
  cp "$OUT/nginx/upstream.log" "$OUT/wrk/$name.proxy.upstream.log"
  run_wrk "$name.static" "http://127.0.0.1:$STATIC_PORT/$name.$kind"
done
if [ "$GZIP_RUNS" = 1 ]; then
  for name in "${GZIP_URLS[@]}"; do
    for entry in "${URLS[@]}"; do
      IFS="|" read -r entry_name path kind <<<"$entry"
      [ "$entry_name" = "$name" ] || continue
      : >"$OUT/nginx/upstream.log"
      run_wrk "$name.gzip.proxy" "http://127.0.0.1:$PROXY_PORT$path" -H "Accept-Encoding: gzip"
      cp "$OUT/nginx/upstream.log" "$OUT/wrk/$name.gzip.proxy.upstream.log"
      run_wrk "$name.gzip.static" "http://127.0.0.1:$STATIC_PORT/$name.$kind" \
        -H "Accept-Encoding: gzip"
    done
  done
fi

echo "Checking that a data change shows through the proxy within ${SHARED_CACHE_SECONDS} s..."
check_url="http://127.0.0.1:$PROXY_PORT/api/v1/placements?year=2015"
etag() { curl -fsS -o /dev/null -D - "$check_url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}'; }
before="$(etag)"
"$PYTHON" "$ROOT/manage.py" shell -c \
  "from tipwatch.tip.versioning import bump_data_version; bump_data_version()" >/dev/null
start="$(date +%s.%N)"
shown=""
while :; do
  now="$(date +%s.%N)"
  waited="$(awk -v a="$now" -v b="$start" 'BEGIN {printf "%.2f", a - b}')"
  if [ "$(etag)" != "$before" ]; then shown="$waited"; break; fi
  if awk -v w="$waited" -v s="$SHARED_CACHE_SECONDS" 'BEGIN {exit !(w > s + 5)}'; then break; fi
  sleep 0.1
done
if [ -n "$shown" ]; then
  printf "The new data version showed through the proxy after %.1f s (bound: %s s).\n" \
    "$shown" "$SHARED_CACHE_SECONDS" | tee -a "$OUT/checks.txt"
else
  echo "The new data version did NOT show through the proxy within $((SHARED_CACHE_SECONDS + 5)) s." \
    | tee -a "$OUT/checks.txt"
  exit 1
fi

gzip_args=()
[ "$GZIP_RUNS" = 1 ] && gzip_args=(--gzip "${GZIP_URLS[@]}")
"$PYTHON" "$ROOT/bench/explorer/report.py" "$OUT" "${URLS[@]}" "${gzip_args[@]}" \
  --settings "gunicorn -c deploy/gunicorn.conf.py --workers $WORKERS $GUNICORN_ARGS; nginx worker_processes $WORKERS (deploy/nginx/tipwatch.conf without TLS, and the ceiling); wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
