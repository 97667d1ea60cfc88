#!/usr/bin/env bash
# Side-by-side load test of tipwatch's public pages against Wagtail's reference site
# (bakerydemo), in one run: bakerydemo, tipwatch with no page in the response cache
# ("uncached"), tipwatch from its app cache ("cached"), and nginx serving saved copies of
# tipwatch's pages (the static ceiling). Run by hand, not in CI.
#
#   git clone https://github.com/wagtail/bakerydemo.git /tmp/bakerydemo
#   git -C /tmp/bakerydemo checkout 5a01dcd        # Wagtail 7.2, Django 5.2
#   bench/pages/run.sh /tmp/bakerydemo
#   ROUNDS=5 DURATION=10s bench/pages/run.sh /tmp/bakerydemo
#
# Both sites run under gunicorn with 2 sync workers on SQLite, DEBUG off. bakerydemo gets a
# virtualenv of its own (its requirements/base.txt plus gunicorn, installed with uv) and a
# copy of the checkout under bench/out/pages/ (the checkout itself is not written to), set up
# with its own `migrate` and `load_initial_data`. tipwatch runs with its production settings
# (Redis db $REDIS_DB on localhost as the shared cache) after `tipwatch setup --demo`; the
# uncached server is the same site through bench/pages/uncached.py, which switches off only
# the whole-response cache; the shipped nginx front (micro-cache) runs on FRONT_PORT in front of
# the cached server. Each URL and server gets ROUNDS runs of `wrk -t2 -c32`, a round of every
# row and server at a time (so load that moves during the run falls on every row alike); the table
# gives the median requests/s with min-max, and the ratio of medians ours/bakerydemo. Results
# go to bench/out/pages/results.md (git-ignored), with the machine's load average, since a
# shared machine moves every figure: compare ratios from the same run.
set -euo pipefail

BAKERY_SRC="${1:?usage: bench/pages/run.sh PATH-TO-BAKERYDEMO-CHECKOUT}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bench/out/pages"
UV="$ROOT/.tools/bin/uv"
PY="$ROOT/.venv/bin/python"
CACHED_PORT="${CACHED_PORT:-8130}"
UNCACHED_PORT="${UNCACHED_PORT:-8131}"
BAKERY_PORT="${BAKERY_PORT:-8132}"
STATIC_PORT="${STATIC_PORT:-8180}"
FRONT_PORT="${FRONT_PORT:-8181}"
REDIS_DB="${REDIS_DB:-5}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"

[ -f "$BAKERY_SRC/bakerydemo/settings/base.py" ] || { echo "$BAKERY_SRC is not a bakerydemo checkout" >&2; exit 2; }
for tool in wrk nginx gunicorn; do
  command -v "$tool" >/dev/null || [ -x "$ROOT/.venv/bin/$tool" ] || { echo "needs $tool (apt-get install wrk nginx-light)" >&2; exit 2; }
done

# name|tipwatch URL|bakerydemo URL (the peer page of the same kind)
ROWS=(
  "home|/|/"
  "news index vs blog index|/news/|/blog/"
  "article vs blog article|/news/peru-tip-report-2015/|BLOG_ARTICLE"
  "standing page vs about|/about/|/about/"
  "country vs breads index|/countries/PER/|/breads/"
  "compare vs breads index|/compare/?year=2015&group=latin-america|/breads/"
  "API placements vs breads index|/api/v1/placements?year=2015|/breads/"
)

rm -rf "$OUT/wrk" "$OUT/static" "$OUT/nginx" "$OUT/front"
mkdir -p "$OUT/var" "$OUT/wrk" "$OUT/static" "$OUT/nginx/tmp"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "bakerydemo: virtualenv and copy under $OUT ..."
if [ ! -x "$OUT/bakery-venv/bin/gunicorn" ]; then
  "$UV" venv --quiet --python "$PY" "$OUT/bakery-venv"
  # django-tasks 0.9 (which Wagtail 7.2 allows) fails on Python 3.11 when a page is saved.
  "$UV" pip install --quiet --python "$OUT/bakery-venv/bin/python" -r "$BAKERY_SRC/requirements/base.txt" \
    gunicorn "django-tasks==0.8.1"
fi
rm -rf "$OUT/bakerydemo"
cp -r "$BAKERY_SRC" "$OUT/bakerydemo"
cat >"$OUT/bakerydemo/bench_settings.py" <<PYEOF
from bakerydemo.settings.base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["*"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "$OUT/bakery.sqlite3"}}
MEDIA_ROOT = "$OUT/bakery-media"
PYEOF
bakery() { (cd "$OUT/bakerydemo" && DJANGO_SETTINGS_MODULE=bench_settings "$OUT/bakery-venv/bin/python" "$@"); }
if [ ! -f "$OUT/bakery.sqlite3" ] || [ ! -d "$OUT/bakery-media/original_images" ]; then
  rm -rf "$OUT/bakery.sqlite3" "$OUT/bakery-media"
  bakery manage.py migrate --noinput >"$OUT/bakery-setup.log" 2>&1
  bakery manage.py load_initial_data >>"$OUT/bakery-setup.log" 2>&1
fi
# Both sites use manifest storage for static files, which needs collectstatic with DEBUG off.
bakery manage.py collectstatic --noinput >>"$OUT/bakery-setup.log" 2>&1
BLOG_ARTICLE="$(bakery manage.py shell -c "from bakerydemo.blog.models import BlogPage; print(BlogPage.objects.live().order_by('path').first().url)" 2>/dev/null | tail -1)"

echo "tipwatch: database with the demo site ..."
export TIPWATCH_VAR_DIR="$OUT/var"
unset DATABASE_URL
# The demo site is loaded with the development settings (production refuses its known admin
# password); both use the same SQLite file under TIPWATCH_VAR_DIR.
DJANGO_SETTINGS_MODULE=tipwatch.settings.dev "$ROOT/.venv/bin/tipwatch" setup --demo \
  --port "$CACHED_PORT" >"$OUT/setup.log" 2>&1
export DJANGO_SETTINGS_MODULE=tipwatch.settings.production
export SECRET_KEY="bench-only-$(date +%s)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false
export REDIS_URL="redis://127.0.0.1:6379/$REDIS_DB"
"$ROOT/.venv/bin/python" "$ROOT/manage.py" collectstatic --noinput >>"$OUT/setup.log" 2>&1

GUNICORN="$ROOT/.venv/bin/gunicorn"
"$GUNICORN" -c "$ROOT/deploy/gunicorn.conf.py" --workers 2 --bind "127.0.0.1:$CACHED_PORT" \
  --chdir "$ROOT" tipwatch.wsgi >"$OUT/cached.log" 2>&1 & PIDS+=($!)
"$GUNICORN" -c "$ROOT/deploy/gunicorn.conf.py" --workers 2 --bind "127.0.0.1:$UNCACHED_PORT" \
  --chdir "$ROOT" --pythonpath "$ROOT/bench/pages" uncached:application >"$OUT/uncached.log" 2>&1 & PIDS+=($!)
(cd "$OUT/bakerydemo" && exec env DJANGO_SETTINGS_MODULE=bench_settings "$OUT/bakery-venv/bin/gunicorn" \
  --workers 2 --worker-class sync --bind "127.0.0.1:$BAKERY_PORT" bakerydemo.wsgi \
  >"$OUT/bakery.log" 2>&1) & PIDS+=($!)

cat >"$OUT/nginx/nginx.conf" <<NGEOF
worker_processes 2;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $OUT/nginx/tmp;
    proxy_temp_path $OUT/nginx/tmp;
    fastcgi_temp_path $OUT/nginx/tmp;
    uwsgi_temp_path $OUT/nginx/tmp;
    scgi_temp_path $OUT/nginx/tmp;
    default_type text/html;
    sendfile on;
    tcp_nodelay on;
    server { listen 127.0.0.1:$STATIC_PORT; root $OUT/static; }
}
NGEOF
# The shipped front (deploy/nginx/tipwatch.conf: micro-cache and gzip step), rendered for
# loopback by bench/explorer/proxy_conf.py, with both upstream servers on the cached app.
mkdir -p "$OUT/front/nginx/cache" "$OUT/front/var"
"$ROOT/.venv/bin/python" "$ROOT/bench/explorer/proxy_conf.py" "$ROOT/deploy/nginx/tipwatch.conf" \
  "$OUT/front" "$OUT/front/var" "$FRONT_PORT" "$CACHED_PORT" \
  | sed "s/server 127.0.0.1:8001 /server 127.0.0.1:$CACHED_PORT /" >"$OUT/front/tipwatch.conf"
sed -i "s|^    server { listen 127.0.0.1:$STATIC_PORT; root $OUT/static; }|&\n    map \$upstream_cache_status \$tipwatch_not_a_hit { default 1; HIT 0; }\n    include $OUT/front/tipwatch.conf;|" "$OUT/nginx/nginx.conf"
nginx -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log" & PIDS+=($!)

wait_up() { for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }
wait_up "http://127.0.0.1:$CACHED_PORT/"
wait_up "http://127.0.0.1:$UNCACHED_PORT/"
wait_up "http://127.0.0.1:$BAKERY_PORT/"

# Warm every server (renditions, charts, per-process caches) and save the ceiling's copies.
for row in "${ROWS[@]}"; do
  IFS='|' read -r name ours peer <<<"$row"
  [ "$peer" = BLOG_ARTICLE ] && peer="$BLOG_ARTICLE"
  slug="$(echo "$name" | tr -c 'a-z0-9\n' '-')"
  for _ in 1 2 3 4; do
    curl -fs -o /dev/null "http://127.0.0.1:$CACHED_PORT$ours"
    curl -fs -o /dev/null "http://127.0.0.1:$UNCACHED_PORT$ours"
    curl -fs -o /dev/null "http://127.0.0.1:$BAKERY_PORT$peer"
  done
  curl -fs -o "$OUT/static/$slug.html" "http://127.0.0.1:$CACHED_PORT$ours"
done

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2}'; }
measure() {  # one wrk run of a URL, kept as $OUT/wrk/TAG-ROUND.txt
  # A long timeout: on a loaded machine a slow page must count as slow, not vanish.
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$1" >"$OUT/wrk/$2-$3.txt"
}
rate() {  # median and min-max of a tag's ROUNDS runs, and the median p99 latency: "median min max p99ms"
  local tag="$1" values=() p99s=()
  for round in $(seq 1 "$ROUNDS"); do
    values+=("$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk/$tag-$round.txt")")
    # wrk --latency prints "99%  12.34ms" (us, ms or s): in milliseconds.
    p99s+=("$(awk '$1 == "99%" {v=$2; f=1; if (v ~ /us$/) f=0.001; else if (v ~ /ms$/) f=1; else if (v ~ /s$/) f=1000; sub(/[a-z]+$/, "", v); print v*f}' "$OUT/wrk/$tag-$round.txt")")
  done
  printf '%s %s %s %s' "$(printf '%s\n' "${values[@]}" | median | xargs printf '%.0f')" \
    "$(printf '%s\n' "${values[@]}" | sort -n | head -1 | xargs printf '%.0f')" \
    "$(printf '%s\n' "${values[@]}" | sort -n | tail -1 | xargs printf '%.0f')" \
    "$(printf '%s\n' "${p99s[@]}" | median | xargs printf '%.1f')"
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "# Pages side by side with bakerydemo"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; load average before: $LOAD_BEFORE;"
  echo "gunicorn 2 sync workers each, SQLite; wrk -t2 -c$CONNECTIONS -d$DURATION, $ROUNDS rounds: median req/s (min-max);"
  echo "p99: the median of the rounds' 99th-percentile latency (wrk --latency), milliseconds."
  echo
  echo "| page | bakerydemo | ours uncached | ratio | ours cached | cached p99 ms | behind the front | front p99 ms | static ceiling | front/ceiling |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$OUT/results.md"
# Rounds outermost: each round measures every row on every server once, so that the machine's
# load moving during the run falls on all rows alike, and rows compared with each other (the
# compare and country pages) are measured minutes apart no more than once a round.
for round in $(seq 1 "$ROUNDS"); do
  echo "  round $round of $ROUNDS ..."
  for row in "${ROWS[@]}"; do
    IFS='|' read -r name ours peer <<<"$row"
    [ "$peer" = BLOG_ARTICLE ] && peer="$BLOG_ARTICLE"
    slug="$(echo "$name" | tr -c 'a-z0-9\n' '-')"
    measure "http://127.0.0.1:$BAKERY_PORT$peer" "$slug-bakery" "$round"
    measure "http://127.0.0.1:$UNCACHED_PORT$ours" "$slug-uncached" "$round"
    measure "http://127.0.0.1:$CACHED_PORT$ours" "$slug-cached" "$round"
    measure "http://127.0.0.1:$FRONT_PORT$ours" "$slug-front" "$round"
    measure "http://127.0.0.1:$STATIC_PORT/$slug.html" "$slug-static" "$round"
  done
done
for row in "${ROWS[@]}"; do
  IFS='|' read -r name ours peer <<<"$row"
  slug="$(echo "$name" | tr -c 'a-z0-9\n' '-')"
  read -r b bmin bmax _ <<<"$(rate "$slug-bakery")"
  read -r u umin umax _ <<<"$(rate "$slug-uncached")"
  read -r c cmin cmax cp99 <<<"$(rate "$slug-cached")"
  read -r f fmin fmax fp99 <<<"$(rate "$slug-front")"
  read -r s smin smax _ <<<"$(rate "$slug-static")"
  ratio="$(awk -v u="$u" -v b="$b" 'BEGIN {if (b > 0) printf "%.2fx", u/b; else print "-"}')"
  share="$(awk -v f="$f" -v s="$s" 'BEGIN {if (s > 0) printf "%.0f%%", 100*f/s; else print "-"}')"
  echo "| $name | $b ($bmin-$bmax) | $u ($umin-$umax) | $ratio | $c ($cmin-$cmax) | $cp99 | $f ($fmin-$fmax) | $fp99 | $s ($smin-$smax) | $share |" >>"$OUT/results.md"
done
{
  echo
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  master="$(pgrep -f "bind 127.0.0.1:$CACHED_PORT" | head -1)"
  echo "tipwatch worker RSS (MB, cached server, after the run): $(ps -o rss= --ppid "$master" | awk '{printf "%.0f ", $1/1024}')"
  master="$(pgrep -f "bind 127.0.0.1:$UNCACHED_PORT" | head -1)"
  echo "tipwatch worker RSS (MB, uncached server, after the run): $(ps -o rss= --ppid "$master" | awk '{printf "%.0f ", $1/1024}')"
} >>"$OUT/results.md"
cat "$OUT/results.md"
