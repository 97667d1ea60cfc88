#!/usr/bin/env bash
# The deployment on several hosts, on one machine: every host is a Linux network namespace on a
# private bridge, and the scenario of docs/deploy.md ("Proving the deployment") runs against it.
#
#   sudo deploy/test/cluster.sh          # about 5 minutes; needs root; never part of CI
#
# Hosts (10.231.0.0/24 on the bridge twc-br0, which has no address on this machine and no route
# out, so no packet leaves it):
#   twc-nginx  .10   nginx with deploy/nginx/tipwatch.conf (TLS with a throwaway certificate)
#   twc-app1   .11   gunicorn with deploy/gunicorn.conf.py (production settings)
#   twc-app2   .12   gunicorn, the same
#   twc-worker .13   manage.py db_worker
#   twc-db     .20   a PostgreSQL cluster of its own (initdb into the run directory)
#   twc-redis  .21   a redis-server of its own, and a throwaway SMTP server for joining emails
#   twc-client .100  wrk, and visitors joining from .101-.130
# The machine's own PostgreSQL and Redis are never touched. The code, the virtualenv and the
# var directory (media, static files) are shared by all hosts, as a shared mount would be.
#
# The scenario, timed from the start of the load (T0):
#   0-60 s   wrk, 64 connections, over a mix of public URLs through nginx (deploy/test/mix.lua)
#   3-57 s   a visitor starts joining every 2 s, each from a different client address
#   4-52 s   the editor (manage.py shell on app2) publishes a news page or changes a placement
#            every 6 s and watches each change appear on both app hosts and through nginx
#   3 s      the editor uploads a report for import; the worker reads it; once it is reading,
#            the worker host's processes get SIGKILL, and it restarts 3 s later
#   20 s     every process on app1 (gunicorn's master and workers) gets SIGKILL; gunicorn
#            restarts 8 s later
#   38 s     Redis stops for 10 s
#   until 200 s  the import must be applied, or be marked failed and then succeed on a retry
# Then deploy/test/report.py prints the figures and checks, from nginx's logs (with the app host
# that answered each request), the editor's and visitors' logs and database snapshots taken
# before and after. The exit status is 0 only if every check passed.
#
# Environment: OUT (results, default deploy/test/out), MAX_SECONDS (hard limit for the whole
# run, default 900), KEEP=1 (keep the run directory in /tmp for inspection), STOP_AFTER_SETUP=1
# (build the cluster, check that every URL answers, take the first snapshot, tear it down).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/deploy/test"
OUT="${OUT:-$HERE/out}"
MAX_SECONDS="${MAX_SECONDS:-900}"
PY="$ROOT/.venv/bin/python"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
NET=10.231.0
BRIDGE=twc-br0
HOSTS=(nginx app1 app2 worker db redis client)
declare -A ADDRESS=([nginx]=10 [app1]=11 [app2]=12 [worker]=13 [db]=20 [redis]=21 [client]=100)
VISITOR_FIRST=101
VISITOR_COUNT=30
DURATION=60
CONNECTIONS=64
SITE=tipwatch.test

die() { echo "cluster: $*" >&2; exit 2; }

# --- What the run needs -------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || die "run as root (network namespaces): sudo $0"
[ -x "$PY" ] || die "no virtualenv at $ROOT/.venv: run 'make install' first"
[ -x "$PGBIN/initdb" ] || die "no PostgreSQL server binaries in $PGBIN (apt-get install postgresql-15, or set PGBIN)"
id postgres >/dev/null 2>&1 || die "no postgres user to run PostgreSQL as"
need() {  # command debian-package
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2 from Debian..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null \
    || die "could not install $2"
  command -v "$1" >/dev/null 2>&1 || die "$2 did not provide $1"
}
need wrk wrk
need nginx nginx-light
need redis-server redis-server
need openssl openssl
need curl curl
for host in "${HOSTS[@]}"; do
  ! ip netns list | grep -qw "twc-$host" || die "namespace twc-$host exists: another run, or a crashed one (ip netns del twc-$host)"
done
! ip link show "$BRIDGE" >/dev/null 2>&1 || die "bridge $BRIDGE exists: another run, or a crashed one (ip link del $BRIDGE)"

RUN="$(mktemp -d /tmp/tipwatch-cluster.XXXXXX)"
chmod 755 "$RUN"
mkdir -p "$RUN"/{logs,var,nginx/cache,nginx/tmp,tls,acme,redis,pgsock,pg} "$OUT"
chown postgres "$RUN/pgsock" "$RUN/pg"
chmod 700 "$RUN/pg"
LOGS="$RUN/logs"
EVENTS="$LOGS/events.jsonl"
: >"$EVENTS"

# --- Clean-up: only what this run created --------------------------------------------------------
cleanup() {
  local status=$?
  trap - EXIT INT TERM ERR
  set +e
  echo "Cleaning up (namespaces, processes, PostgreSQL cluster)..."
  if [ -n "${WATCHDOG:-}" ]; then
    kill $(pgrep -P "$WATCHDOG") "$WATCHDOG" 2>/dev/null  # the watchdog and its sleep
  fi
  if [ -f "$RUN/pg/postmaster.pid" ]; then
    ip netns exec twc-db runuser -u postgres -- "$PGBIN/pg_ctl" -D "$RUN/pg" -m immediate -w stop >/dev/null 2>&1
  fi
  for host in "${HOSTS[@]}"; do
    if ip netns list | grep -qw "twc-$host"; then
      # Every process in a namespace this run created is one this run started.
      for pid in $(ip netns pids "twc-$host" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
    fi
  done
  sleep 0.5
  for host in "${HOSTS[@]}"; do
    ip netns del "twc-$host" 2>/dev/null
  done
  ip link del "$BRIDGE" 2>/dev/null
  cp -r "$LOGS" "$OUT/" 2>/dev/null
  cp "$RUN/nginx/"*.log "$OUT/logs/" 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then echo "Run directory kept: $RUN"; else rm -rf "$RUN"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo "cluster: interrupted" >&2; exit 130' INT
trap 'echo "cluster: stopped (time limit of ${MAX_SECONDS} s or TERM)" >&2; exit 124' TERM
trap 'echo "cluster: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
( exec >/dev/null 2>&1; sleep "$MAX_SECONDS"; kill -TERM $$ ) &
WATCHDOG=$!

event() {  # name [json fields]: one line in the events log, timed from T0 once it is set
  local t
  t="$(awk -v now="$(date +%s.%N)" -v t0="${T0:-0}" 'BEGIN { printf "%.3f", (t0 > 0 ? now - t0 : 0) }')"
  echo "{\"event\": \"$1\", \"t\": $t, \"epoch\": $(date +%s.%N)${2:+, $2}}" >>"$EVENTS"
  echo "  [t=${t}s] $1 ${2:-}"
}
on() { local host=$1; shift; ip netns exec "twc-$host" "$@"; }

# --- The network --------------------------------------------------------------------------------
echo "Building the network ($NET.0/24 on $BRIDGE)..."
ip link add "$BRIDGE" type bridge
ip link set "$BRIDGE" up
for host in "${HOSTS[@]}"; do
  ip netns add "twc-$host"
  ip link add "twv-$host" type veth peer name eth0 netns "twc-$host"
  ip link set "twv-$host" master "$BRIDGE" up
  ip -n "twc-$host" link set lo up
  ip -n "twc-$host" addr add "$NET.${ADDRESS[$host]}/24" dev eth0
  ip -n "twc-$host" link set eth0 up
done
for i in $(seq 0 $((VISITOR_COUNT - 1))); do
  ip -n twc-client addr add "$NET.$((VISITOR_FIRST + i))/24" dev eth0
done

# --- PostgreSQL and Redis hosts --------------------------------------------------------------------
echo "Starting PostgreSQL (its own cluster in $RUN/pg) and Redis..."
runuser -u postgres -- "$PGBIN/initdb" -D "$RUN/pg" -A trust -U postgres --no-sync >"$LOGS/initdb.log" 2>&1
echo "host all all $NET.0/24 trust" >>"$RUN/pg/pg_hba.conf"
install -o postgres -m 644 /dev/null "$LOGS/postgres.log"
on db runuser -u postgres -- "$PGBIN/pg_ctl" -D "$RUN/pg" -l "$LOGS/postgres.log" -w -t 60 start \
  -o "-c listen_addresses=$NET.${ADDRESS[db]} -c port=5432 -c unix_socket_directories=$RUN/pgsock -c max_connections=100" \
  >/dev/null
on db psql -h "$NET.${ADDRESS[db]}" -U postgres -qc "CREATE DATABASE tipwatch" >/dev/null
on client timeout 5 bash -c "</dev/tcp/$NET.${ADDRESS[db]}/5432" \
  || die "the client host cannot reach the database host: the network is not up"

start_redis() {
  on redis setsid redis-server --bind "$NET.${ADDRESS[redis]}" --port 6379 --save "" --appendonly no \
    --protected-mode no --dir "$RUN/redis" --logfile "$LOGS/redis.log" --daemonize no &
  for _ in $(seq 1 50); do
    on redis redis-cli -h "$NET.${ADDRESS[redis]}" ping >/dev/null 2>&1 && return
    sleep 0.1
  done
  die "redis did not start"
}
start_redis
# The members' emails go to a throwaway SMTP server on the Redis host (Python's smtpd, 3.11).
on redis setsid "$PY" -W ignore -m smtpd -n -c DebuggingServer "$NET.${ADDRESS[redis]}:2525" \
  >"$LOGS/smtp.log" 2>&1 &

# --- The site's configuration, shared by the app and worker hosts ----------------------------------
export DJANGO_SETTINGS_MODULE=tipwatch.settings.production
SECRET_KEY="cluster-$(openssl rand -hex 32)"
export SECRET_KEY
export ALLOWED_HOSTS="$SITE"
export DATABASE_URL="postgres://postgres@$NET.${ADDRESS[db]}:5432/tipwatch"
export DATABASE_CONN_MAX_AGE=600
export REDIS_URL="redis://$NET.${ADDRESS[redis]}:6379/0"
export TIPWATCH_VAR_DIR="$RUN/var"
export WAGTAILADMIN_BASE_URL="https://$SITE"
export EMAIL_HOST="$NET.${ADDRESS[redis]}" EMAIL_PORT=2525
export FORWARDED_ALLOW_IPS="$NET.${ADDRESS[nginx]}"
export WEB_CONCURRENCY=2
cd "$ROOT"

echo "Preparing the database (tipwatch setup --demo), static files and a 300-page report..."
"$PY" bench/make_report_pdf.py "$RUN/report.pdf" --pages 300 --year 2015 >"$LOGS/make_report.log" 2>&1 &
REPORT_PID=$!
# The demo content needs the development settings (it refuses to run with DEBUG off); the
# database is the cluster's all the same.
on app1 env DJANGO_SETTINGS_MODULE=tipwatch.settings.dev "$ROOT/.venv/bin/tipwatch" setup --demo \
  >"$LOGS/setup.log" 2>&1 || die "tipwatch setup failed: see $LOGS/setup.log"
on app1 "$PY" manage.py collectstatic --noinput >"$LOGS/collectstatic.log" 2>&1
wait "$REPORT_PID" || die "making the report PDF failed: see $LOGS/make_report.log"

# --- App, worker and nginx hosts ----------------------------------------------------------------------
start_app() {  # app1|app2
  local host=$1
  on "$host" setsid "$ROOT/.venv/bin/gunicorn" tipwatch.wsgi -c deploy/gunicorn.conf.py \
    --bind "$NET.${ADDRESS[$host]}:8000" --error-logfile "$LOGS/$host.log" >>"$LOGS/$host.log" 2>&1 &
}
ready() {  # host: /readyz on the app host answers 200
  on nginx curl -fsS -o /dev/null --max-time 2 -H "Host: $SITE" \
    "http://$NET.${ADDRESS[$1]}:8000/readyz" 2>/dev/null
}
wait_ready() {  # host seconds
  local deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do ready "$1" && return 0; sleep 0.2; done
  return 1
}
start_worker() {
  on worker setsid "$PY" manage.py db_worker --no-reload --no-startup-delay --interval 0.5 \
    >>"$LOGS/worker.log" 2>&1 &
}
kill_host() {  # host: SIGKILL every process on it, as when the machine dies
  local pid
  for pid in $(ip netns pids "twc-$1"); do kill -KILL "$pid" 2>/dev/null || true; done
}

echo "Starting two app servers, the worker and nginx..."
start_app app1
start_app app2
start_worker
wait_ready app1 60 || die "app1 did not become ready: see $LOGS/app1.log"
wait_ready app2 60 || die "app2 did not become ready: see $LOGS/app2.log"
on nginx curl -sS --max-time 5 -H "Host: $SITE" "http://$NET.${ADDRESS[app1]}:8000/readyz" >"$LOGS/readyz-app1.json"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=$SITE" \
  -keyout "$RUN/tls/privkey.pem" -out "$RUN/tls/fullchain.pem" >/dev/null 2>&1
"$PY" "$HERE/render_nginx.py" "$ROOT/deploy/nginx/tipwatch.conf" "$RUN" "$RUN/var" \
  "$NET.${ADDRESS[app1]}:8000" "$NET.${ADDRESS[app2]}:8000" >"$RUN/nginx/tipwatch.conf"
cat >"$RUN/nginx/nginx.conf" <<NGINX
worker_processes 1;
user root;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    keepalive_requests 1000000;
    client_body_temp_path $RUN/nginx/tmp;
    proxy_temp_path $RUN/nginx/tmp;
    fastcgi_temp_path $RUN/nginx/tmp;
    uwsgi_temp_path $RUN/nginx/tmp;
    scgi_temp_path $RUN/nginx/tmp;
    include $RUN/nginx/tipwatch.conf;
}
NGINX
on nginx nginx -t -q -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx"
on nginx setsid nginx -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" -g "daemon off;" >"$LOGS/nginx.out" 2>&1 &
for _ in $(seq 1 50); do
  on client curl -ksS -o /dev/null --max-time 2 --resolve "$SITE:443:$NET.${ADDRESS[nginx]}" \
    "https://$SITE/healthz" 2>/dev/null && break
  sleep 0.2
done

echo "Warming up (each URL once per app server worker) and checking every URL answers..."
mapfile -t PATHS < <(grep -oE '^  "/[^"]*"' "$HERE/mix.lua" | tr -d ' "')
for path in "${PATHS[@]}"; do
  for _ in 1 2 3 4; do
    code="$(on client curl -ksS -o /dev/null -w '%{http_code}' --max-time 30 -H 'Accept-Encoding: gzip' \
      --resolve "$SITE:443:$NET.${ADDRESS[nginx]}" "https://$SITE$path")"
  done
  echo "  $path -> $code"
  [ "$code" = 200 ] || die "$path answers $code before the scenario starts"
done

echo "Snapshot before the scenario..."
snapshot() {  # file
  on app2 env SNAPSHOT_OUT="$1" "$PY" manage.py shell -c \
    "import runpy; runpy.run_path('deploy/test/snapshot.py', run_name='__main__')"
}
snapshot "$LOGS/before.json"
: >"$RUN/nginx/front.log"
: >"$RUN/nginx/gzip.log"
on nginx kill -USR1 "$(cat "$RUN/nginx/nginx.pid")"  # reopen the emptied logs

if [ "${STOP_AFTER_SETUP:-0}" = 1 ]; then
  echo "STOP_AFTER_SETUP=1: the cluster is up and answers; not running the scenario."
  exit 0
fi

# --- The scenario ----------------------------------------------------------------------------------
# The editor starts first (a Django shell takes seconds to start on a busy machine) and waits for
# T0 in a file, so that its plan and the load share one clock.
on app2 env SCENARIO_T0_FILE="$RUN/t0" SCENARIO_LOG="$LOGS/editor.jsonl" SCENARIO_REPORT="$RUN/report.pdf" \
  SCENARIO_ACTION_TIMES=4,10,16,22,28,34,40,46,52 SCENARIO_IMPORT_AT=3 SCENARIO_IMPORT_DEADLINE=200 \
  SCENARIO_VISIBLE_DEADLINE=90 \
  SCENARIO_TARGETS="app1=http://$NET.${ADDRESS[app1]}:8000,app2=http://$NET.${ADDRESS[app2]}:8000,nginx=https://$NET.${ADDRESS[nginx]}" \
  "$PY" manage.py shell -c "import runpy; runpy.run_path('deploy/test/editor.py', run_name='__main__')" \
  >"$LOGS/editor.out" 2>&1 &
EDITOR_PID=$!
for _ in $(seq 1 600); do
  grep -q editor_ready "$LOGS/editor.jsonl" 2>/dev/null && break
  sleep 0.2
done
grep -q editor_ready "$LOGS/editor.jsonl" 2>/dev/null || die "the editor did not start: see $LOGS/editor.out"

T0="$(date +%s.%N)"
echo "$T0" >"$RUN/t0"
echo "Scenario: ${DURATION} s of load at $CONNECTIONS connections, with failures (T0=$T0)"
event scenario_start "\"t0\": $T0"
on client wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 20s --latency -s "$HERE/mix.lua" \
  "https://$NET.${ADDRESS[nginx]}" >"$LOGS/wrk.txt" 2>&1 &
WRK_PID=$!
on client "$PY" "$HERE/visitors.py" "https://$NET.${ADDRESS[nginx]}" "$SITE" "$LOGS/visitors.jsonl" \
  "$T0" 3 57 2 "$NET.$VISITOR_FIRST" "$VISITOR_COUNT" >"$LOGS/visitors.out" 2>&1 &
VISITORS_PID=$!

since() { awk -v now="$(date +%s.%N)" -v t0="$T0" 'BEGIN { printf "%d", now - t0 }'; }
sleep_to() { local d; d="$(awk -v now="$(date +%s.%N)" -v t0="$T0" -v at="$1" 'BEGIN { d = t0 + at - now; print (d > 0 ? d : 0) }')"; sleep "$d"; }
import_state() {
  on db psql -h "$NET.${ADDRESS[db]}" -U postgres -d tipwatch -AtF' ' -c \
    "SELECT status, progress_done, progress_total FROM ingest_importrun ORDER BY id DESC LIMIT 1" 2>/dev/null
}

# Three failures, each on its own clock so that a slow recovery does not delay the next.
# The worker host dies while it reads the report, and comes back 3 s later.
(
  killed=0
  while [ "$(since)" -lt 19 ]; do
    read -r status progress total <<<"$(import_state)" || true
    if [ "${status:-}" = running ] && [ "${progress:-0}" -gt 0 ] && [ "${progress:-0}" -lt "${total:-0}" ]; then
      kill_host worker
      event worker_killed "\"import_progress\": \"$progress/$total\""
      killed=1
      break
    fi
    sleep 0.2
  done
  [ "$killed" = 1 ] || event worker_kill_missed "\"import_state\": \"$(import_state)\""
  sleep 3
  start_worker
  event worker_restarted
) &
WORKER_FAILURE=$!
# App host 1 dies at 20 s and comes back 8 s later.
(
  sleep_to 20
  kill_host app1
  event app1_killed
  sleep 8
  start_app app1
  event app1_restarting
  if wait_ready app1 60; then event app1_ready; else event app1_not_ready; fi
) &
APP_FAILURE=$!
# Redis stops at 38 s for 10 s.
(
  sleep_to 38
  event redis_stopping
  on redis redis-cli -h "$NET.${ADDRESS[redis]}" shutdown nosave >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do
    on redis redis-cli -h "$NET.${ADDRESS[redis]}" ping >/dev/null 2>&1 || break
    sleep 0.1
  done
  event redis_stopped
  sleep 10
  start_redis
  event redis_started
) &
REDIS_FAILURE=$!

wait "$WRK_PID" || true
event load_done
wait "$WORKER_FAILURE" "$APP_FAILURE" "$REDIS_FAILURE" || true
wait "$VISITORS_PID" || true
echo "Waiting for the editor (the import may take until t=200 s)..."
wait "$EDITOR_PID" || true
event editor_done
sleep 2
snapshot "$LOGS/after.json"
on nginx kill -USR1 "$(cat "$RUN/nginx/nginx.pid")"  # flush the access logs
sleep 1.5
cp "$RUN/nginx/front.log" "$RUN/nginx/gzip.log" "$RUN/nginx/error.log" "$LOGS/"

echo
trap - ERR
set +e
"$PY" "$HERE/report.py" "$LOGS" | tee "$LOGS/report.txt"
result=${PIPESTATUS[0]}
set -e
exit "$result"
