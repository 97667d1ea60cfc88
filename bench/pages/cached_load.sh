#!/usr/bin/env bash
# Load test of pages served from the app's response cache, against the floor, in one run.
#
#   REDIS_URL=redis://127.0.0.1:6379/9 bench/pages/cached_load.sh [CODE_ROOT]
#
# Serves tipwatch (production settings, deploy/gunicorn.conf.py, 2 sync workers) on
# CACHED_PORT (8230) from CODE_ROOT (default: this checkout; another checkout of the project
# gives a before/after with the same virtualenv and database), and on BARE_PORT (8231) a bare
# Django view with no middleware returning the same bytes (bare.py), both under gunicorn with
# 2 sync workers. Each page gets ROUNDS (3) runs of `wrk -t2 -c$CONNECTIONS -d$DURATION`
# (32, 5s) on each server, interleaved, and the table gives median req/s (min-max), the median
# p99 and the ratio cached/bare: on a shared machine the ratio is what compares across runs.
# Needs a set-up database (`tipwatch setup --demo`, `collectstatic` with the production
# settings) at TIPWATCH_VAR_DIR or DATABASE_URL, and wrk. Afterwards prints the RSS of the
# cached server's workers.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CODE="$(cd "${1:-$ROOT}" && pwd)"
CACHED_PORT="${CACHED_PORT:-8230}"
BARE_PORT="${BARE_PORT:-8231}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"
OUT="$ROOT/bench/out/cached"
PAGES=(
  "explorer|/explorer/"
  "country|/countries/PER/"
  "compare|/compare/?year=2015&group=latin-america"
  "API placements|/api/v1/placements?year=2015"
)
export DJANGO_SETTINGS_MODULE=tipwatch.settings.production
export SECRET_KEY="${SECRET_KEY:-bench-only-cached}" ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false REDIS_URL="${REDIS_URL:?set REDIS_URL to a Redis database of the benchmark}"
mkdir -p "$OUT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
"$ROOT/.venv/bin/gunicorn" -c "$CODE/deploy/gunicorn.conf.py" --workers 2 \
  --bind "127.0.0.1:$CACHED_PORT" --chdir "$CODE" tipwatch.wsgi >"$OUT/cached.log" 2>&1 & PIDS+=($!)
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$CACHED_PORT/healthz" && break; sleep 0.5; done

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}'; }
run() {  # one wrk run: "req/s p99ms"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$1" >"$OUT/wrk.txt"
  awk '/Requests\/sec/ {r=$2} $1 == "99%" {v=$2; f=1; if (v ~ /us$/) f=0.001; else if (v ~ /ms$/) f=1; else if (v ~ /s$/) f=1000; sub(/[a-z]+$/, "", v); p=v*f} END {print r, p}' "$OUT/wrk.txt"
}
summary() {  # "median (min-max)" of the first column, median of the second
  local values; values="$(cat)"
  printf '%.0f (%.0f-%.0f) | %.1f' "$(cut -d' ' -f1 <<<"$values" | median)" \
    "$(cut -d' ' -f1 <<<"$values" | sort -n | head -1)" "$(cut -d' ' -f1 <<<"$values" | sort -n | tail -1)" \
    "$(cut -d' ' -f2 <<<"$values" | median)"
}
echo "$(date -u +%FT%TZ); code $(git -C "$CODE" rev-parse --short HEAD); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $ROUNDS rounds; median req/s (min-max) | median p99 ms"
echo
echo "| page | cached req/s | cached p99 | bare view req/s | bare p99 | cached/bare |"
echo "|---|---:|---:|---:|---:|---:|"
for row in "${PAGES[@]}"; do
  IFS='|' read -r name address <<<"$row"
  for _ in 1 2 3; do curl -fs -o "$OUT/body" "http://127.0.0.1:$CACHED_PORT$address"; done
  BARE_BODY="$OUT/body" "$ROOT/.venv/bin/gunicorn" --workers 2 --worker-class sync \
    --bind "127.0.0.1:$BARE_PORT" --chdir "$ROOT/bench/pages" --error-logfile "$OUT/bare.log" bare:application &
  bare=$!
  for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$BARE_PORT/" && break; sleep 0.3; done
  cached_runs=() bare_runs=()
  for _ in $(seq 1 "$ROUNDS"); do
    cached_runs+=("$(run "http://127.0.0.1:$CACHED_PORT$address")")
    bare_runs+=("$(run "http://127.0.0.1:$BARE_PORT$address")")
  done
  kill "$bare"; wait "$bare" 2>/dev/null || true
  c="$(printf '%s\n' "${cached_runs[@]}" | summary)"
  b="$(printf '%s\n' "${bare_runs[@]}" | summary)"
  ratio="$(awk -v c="${c%% *}" -v b="${b%% *}" 'BEGIN {printf "%.0f%%", 100*c/b}')"
  echo "| $name | ${c/ | / | } | ${b/ | / | } | $ratio |"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
master="${PIDS[0]}"
echo "worker RSS (MB): $(ps -o rss= --ppid "$master" | awk '{printf "%.0f ", $1/1024}')"
