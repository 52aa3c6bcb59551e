#!/usr/bin/env bash
# Load test of the account, authorisation and post list pages, and of screening as people type, on PostgreSQL
# (issue 4, section 5; issue 11, section 8).
#
# For each scale (default: 1 and 10) it starts the real WAR on Payara Micro against a fresh PostgreSQL schema,
# seeds 10,000 x scale accounts, 50,000 x scale employees, 100,000 x scale authorisations and 100,000 x scale
# official posts, logs 20 users in,
# and runs wrk against each page: the first page, a filtered page and a sorted page. Two loads per page:
#   users : 20 users, each pausing between pages as people reading a list do: 0.5 to 1.5 x THINK_MS (default
#           1000 ms), drawn at random so that the users do not click in step;
#   flood : 20 connections with no pause at all (a stress figure: on 2 shared cores it measures queueing).
# It also reports start-up time (process start to /health/ready = 200) and the server's memory (RSS).
#
# Needs: wrk, psql, python3, a built WAR (mvn -DskipTests package), PostgreSQL at 127.0.0.1:5432 (trust auth).
# Usage: admin-web/src/load/run-load-test.sh [scale ...]      Results: admin-web/target/load/results.txt
# ONLY='accounts sorted' measures only the pages whose name matches the pattern (ONLY='posts|screening': the
# post pages and the screening as people type).
# JAVA_OPTS adds options to the server's JVM, e.g. a flight recording to see where the time goes:
#   JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/load.jfr,settings=profile' run-load-test.sh 1
# KEEP_SCHEMA=1 leaves the seeded schemas (load_x1, load_x10) for EXPLAIN ANALYZE afterwards.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
WAR="$ROOT/admin-web/target/admin-web.war"
JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar"
PG_HOST=127.0.0.1 PG_USER=postgres PG_DB=test
DURATION="${DURATION:-30s}"
THINK_MS="${THINK_MS:-1000}"
OUT="$ROOT/admin-web/target/load"
ONLY="${ONLY:-}"
SCALES=("$@")
[ ${#SCALES[@]} -eq 0 ] && SCALES=(1 10)
mkdir -p "$OUT"
for tool in wrk psql python3; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[ -f "$WAR" ] || { echo "build the WAR first: mvn -DskipTests package" >&2; exit 2; }
[ -f "$JAR" ] || { echo "Payara Micro is not in ~/.m2: $JAR" >&2; exit 2; }

PAGES=(
  "accounts first    /app/accounts.xhtml"
  "accounts filtered /app/accounts.xhtml?state=SUSPENDED&platform=FACEBOOK"
  "accounts sorted   /app/accounts.xhtml?sort=owningArea&order=desc"
  "authorisations first    /app/authorisations.xhtml"
  "authorisations filtered /app/authorisations.xhtml?status=SUSPENDED"
  "authorisations sorted   /app/authorisations.xhtml?sort=until&order=desc"
  "posts first             /app/posts.xhtml"
  "posts review-queue      /app/posts.xhtml?status=SUBMITTED"
  "posts by-author         /app/posts.xhtml?author=L00000100&sort=when&order=desc"
)
if [ -n "$ONLY" ]; then
  chosen=(); for page in "${PAGES[@]}"; do [[ "$page" =~ $ONLY ]] && chosen+=("$page"); done; PAGES=("${chosen[@]}")
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
psql_() { psql -h $PG_HOST -U $PG_USER -d $PG_DB -v ON_ERROR_STOP=1 -q "$@"; }

SERVER=""
stop_server() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi; SERVER=""; }
trap stop_server EXIT

for scale in "${SCALES[@]}"; do
  schema="load_x$scale"
  psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
  port=$(free_port)
  work="$OUT/x$scale"; rm -rf "$work"; mkdir -p "$work"
  started=$(date +%s.%N)
  DB_URL="jdbc:postgresql://$PG_HOST:5432/$PG_DB?currentSchema=$schema" DB_USER=$PG_USER \
    DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource DEMO_DATA=true ADMIN_INITIAL_PASSWORD=Load-Test-2026 \
    java -Xmx1g ${JAVA_OPTS:-} -Dsmg.data.dir="$work/data" -jar "$JAR" --deploy "$WAR" --contextroot / --port "$port" \
    --nocluster --rootdir "$work/payara" > "$work/server.log" 2>&1 &
  SERVER=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
    kill -0 "$SERVER" 2>/dev/null || { echo "the server died; see $work/server.log" >&2; exit 1; }
    if [ "$(python3 -c "print(int($(date +%s.%N) - $started))")" -gt 300 ]; then
      echo "not ready after 5 minutes (a failed deployment?); see $work/server.log" >&2; exit 1
    fi
    sleep 0.5
  done
  ready=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
  rss_ready=$(( $(ps -o rss= -p "$SERVER") / 1024 ))
  echo "x$scale: ready in ${ready}s, RSS ${rss_ready} MiB; seeding..."
  seed_started=$(date +%s)
  PGOPTIONS="-c search_path=$schema" psql_ -v scale="$scale" -f "$HERE/seed.sql"
  echo "x$scale: seeded in $(( $(date +%s) - seed_started ))s: $(PGOPTIONS="-c search_path=$schema" psql_ -At -c \
    "SELECT (SELECT count(*) FROM social_media_account) || ' accounts, ' || (SELECT count(*) FROM employee) \
     || ' employees, ' || (SELECT count(*) FROM authorisation) || ' authorisations'")"
  python3 "$HERE/login.py" "http://127.0.0.1:$port" alex Demo-Password-2026 20 > "$work/cookies"
  # Warm-up: let the JIT compile the page rendering before anything is measured.
  for page in "${PAGES[@]}"; do
    COOKIES="$work/cookies" wrk -t4 -c4 -d8s -s "$HERE/pages.lua" "http://127.0.0.1:$port${page##* }" -- 0 \
      ui-datatable > /dev/null
  done
  for load in users flood; do
    think=$THINK_MS; [ $load = flood ] && think=0
    for page in "${PAGES[@]}"; do
      name="${page% /*}"; name="$(echo $name)"; url="${page##* }"
      result=$(COOKIES="$work/cookies" wrk -t20 -c20 -d"$DURATION" -s "$HERE/pages.lua" \
        "http://127.0.0.1:$port$url" -- "$think" ui-datatable | grep -E '^(RESULT|WRONG)')
      echo "x$scale $load $name: ${result#RESULT }" | tee -a "$OUT/results.txt"
    done
  done
  if [ -z "$ONLY" ] || [[ "screening" =~ $ONLY ]]; then
    # Screening as people type: 20 people, each sending a 280-character draft to the writing page once a second.
    # Twenty people, each their own user (the screening allows one request per 700 ms per person), with alex's
    # demo password.
    # They are CMB officers with no seeded authorisation, each holding a Communication Account Manager's
    # authorisation for every account, so the writing page offers them the accounts.
    PGOPTIONS="-c search_path=$schema" psql_ -c "INSERT INTO authorisation (id, holder, holder_name, holder_role,
      all_cmb_accounts, valid_from, valid_until, granted_by, granted_at, status, status_changed_at, version)
      SELECT md5('typist' || t.n)::uuid::text, t.id, t.name, 'COMMUNICATION_ACCOUNT_MANAGER', true,
      TIMESTAMPTZ '2026-01-01 00:00:00+00', now() + interval '365 days', 'C1001', TIMESTAMPTZ '2026-01-01 00:00:00+00',
      'GRANTED', TIMESTAMPTZ '2026-01-01 00:00:00+00', 0
      FROM (SELECT e.id, e.name, row_number() OVER (ORDER BY e.id) AS n FROM employee e WHERE e.business_area = 'CMB'
            AND e.id LIKE 'L%' AND NOT EXISTS (SELECT 1 FROM authorisation a WHERE a.holder = e.id)
            ORDER BY e.id LIMIT 20) t
      ON CONFLICT DO NOTHING" -c "INSERT INTO authorisation_activity (authorisation_id, activity)
      SELECT md5('typist' || g)::uuid::text, 'PUBLISH' FROM generate_series(1, 20) g ON CONFLICT DO NOTHING" \
      -c "INSERT INTO authorisation_status_change (id, authorisation_id, list_index, status, changed_at, reason)
      SELECT md5('typist-change' || g)::uuid::text, md5('typist' || g)::uuid::text, 0, 'GRANTED',
      TIMESTAMPTZ '2026-01-01 00:00:00+00', 'granted' FROM generate_series(1, 20) g ON CONFLICT DO NOTHING"
    PGOPTIONS="-c search_path=$schema" psql_ -c "INSERT INTO app_user (username, employee_id, password_hash,
      must_change_password, enabled, version) SELECT 'typist' || g, a.holder,
      (SELECT password_hash FROM app_user WHERE username = 'alex'), false, true, 0
      FROM generate_series(1, 20) g JOIN authorisation a ON a.id = md5('typist' || g)::uuid::text
      ON CONFLICT DO NOTHING" -c "INSERT INTO app_user_role (username, role_name) SELECT 'typist' || g,
      'AUTHORISED_CONTRIBUTOR' FROM generate_series(1, 20) g ON CONFLICT DO NOTHING"
    for i in $(seq 1 20); do python3 "$HERE/login.py" "http://127.0.0.1:$port" "typist$i" Demo-Password-2026 1; done \
      > "$work/typists"
    account=$(PGOPTIONS="-c search_path=$schema" psql_ -At -c \
      "SELECT id FROM social_media_account WHERE state = 'ACTIVE' ORDER BY id LIMIT 1")
    result=$(python3 "$HERE/typing.py" "http://127.0.0.1:$port" "$work/typists" "$account" "${DURATION%s}")
    echo "x$scale users screening-as-typed: $result" | tee -a "$OUT/results.txt"
  fi
  rss_after=$(( $(ps -o rss= -p "$SERVER") / 1024 ))
  echo "x$scale startup: ready_s=$ready rss_ready_mib=$rss_ready rss_after_load_mib=$rss_after" \
    | tee -a "$OUT/results.txt"
  stop_server
  [ -n "${KEEP_SCHEMA:-}" ] || psql_ -c "DROP SCHEMA $schema CASCADE"
done
