#!/usr/bin/env bash
# Load-test the explorer, the API and the downloads against a static ceiling.
#
#   bench/explorer/run.sh            # 10 s per URL at 32 connections
#   DURATION=5s CONNECTIONS=64 bench/explorer/run.sh
#
# Serves the site with gunicorn (2 workers, production settings, SQLite prepared by
# `tipwatch setup`, per-worker locmem cache) on 127.0.0.1, saves each response as a static
# file served by nginx on another loopback port (the ceiling), and loads both with wrk.
# Only loopback addresses are used; every run is bounded in time. Results go to
# bench/out/explorer/ (git-ignored). Installs wrk and nginx-light from Debian if missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bench/out/explorer"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
APP_PORT="${APP_PORT:-8181}"
STATIC_PORT="${STATIC_PORT:-8182}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
WORKERS="${WORKERS:-2}"
GUNICORN_ARGS="${GUNICORN_ARGS:---worker-class sync}"  # gthread gave p99 of 130-590 ms here

URLS=(
  "country|/countries/PER/|html"
  "compare|/compare/?year=2015&group=latin-america|html"
  "api-placements|/api/v1/placements?year=2015|json"
  "csv-download|/downloads/placements.csv|csv"
)

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
[ -x "$PYTHON" ] || { echo "No virtualenv at $PYTHON: run 'make install' first." >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT/var" "$OUT/static" "$OUT/nginx/tmp" "$OUT/wrk"

export DJANGO_SETTINGS_MODULE=tipwatch.settings.production
export SECRET_KEY="bench-only-$(date +%s)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false
export TIPWATCH_VAR_DIR="$OUT/var"
export DATABASE_CONN_MAX_AGE=600
unset DATABASE_URL REDIS_URL

echo "Preparing the database (tipwatch setup) and static files..."
"$ROOT/.venv/bin/tipwatch" setup >"$OUT/setup.log" 2>&1
"$PYTHON" "$ROOT/manage.py" collectstatic --noinput >"$OUT/collectstatic.log" 2>&1

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# shellcheck disable=SC2086
(cd "$ROOT" && exec "$ROOT/.venv/bin/gunicorn" tipwatch.wsgi --workers "$WORKERS" $GUNICORN_ARGS \
  --bind "127.0.0.1:$APP_PORT" --log-level warning --error-logfile "$OUT/gunicorn.log") &
PIDS+=("$!")

for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/api/v1/reports/" 2>/dev/null && break
  sleep 0.2
done

echo "Warming the caches and saving static copies..."
for entry in "${URLS[@]}"; do
  IFS="|" read -r name path kind <<<"$entry"
  for _ in $(seq 1 8); do  # each worker has its own cache
    curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT$path"
  done
  curl -fsS -o "$OUT/static/$name.$kind" "http://127.0.0.1:$APP_PORT$path"
done

cat >"$OUT/nginx/nginx.conf" <<NGINX
worker_processes $WORKERS;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $OUT/nginx/tmp;
    proxy_temp_path $OUT/nginx/tmp;
    fastcgi_temp_path $OUT/nginx/tmp;
    uwsgi_temp_path $OUT/nginx/tmp;
    scgi_temp_path $OUT/nginx/tmp;
    types { text/html html; application/json json; text/csv csv; }
    server {
        listen 127.0.0.1:$STATIC_PORT;
        root $OUT/static;
    }
}
NGINX
nginx -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" -g "daemon off;" &
PIDS+=("$!")
sleep 0.5

run_wrk() {  # label url
  echo "  wrk $2"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" >"$OUT/wrk/$1.txt" 2>&1
}

echo "Loading each URL for $DURATION at $CONNECTIONS connections..."
for entry in "${URLS[@]}"; do
  IFS="|" read -r name path kind <<<"$entry"
  run_wrk "$name.app" "http://127.0.0.1:$APP_PORT$path"
  run_wrk "$name.static" "http://127.0.0.1:$STATIC_PORT/$name.$kind"
done

"$PYTHON" "$ROOT/bench/explorer/report.py" "$OUT" "${URLS[@]}" \
  --settings "gunicorn --workers $WORKERS $GUNICORN_ARGS; nginx worker_processes $WORKERS; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
