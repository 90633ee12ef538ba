#!/usr/bin/env bash
# What one request of a page costs PostgreSQL in writes, whatever the machine's speed: WAL bytes, commits and rows
# updated per request (pg_current_wal_lsn and pg_stat_database, before and after wrk loads the page), signed in or not.
#   bench/writes-per-request.sh APP_PORT PG_PORT PATH [USER PASSWORD] [SECONDS]
#   bench/writes-per-request.sh 18080 48999 /parties/KH/reports/SC67 focal.kh cambodia-demo   # the demo's draft
# Counts the whole database: run it on an app that nothing else is using. Commits include read-only transactions.
set -euo pipefail
APP=$1; PG=$2; PAGE=$3; USER_NAME=${4:-}; PASSWORD=${5:-}; SECONDS_EACH=${6:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
header=()
if [ -n "$USER_NAME" ]; then
  session=$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import pages; print(pages.sign_in(sys.argv[2], sys.argv[3], sys.argv[4])[2])' \
    "$HERE" "http://localhost:$APP" "$USER_NAME" "$PASSWORD")
  header=(-H "Cookie: SESSION=$session")
fi
Q="select pg_current_wal_lsn() - '0/0'::pg_lsn, xact_commit, tup_updated, tup_inserted
     from pg_stat_database where datname = current_database()"
read_counters() { psql -h localhost -p "$PG" -U postgres -d postgres -tAq -c "$Q"; }
wrk -t1 -c2 -d5s "${header[@]}" "http://localhost:$APP$PAGE" > /dev/null
before=$(read_counters)
requests=$(wrk -t1 -c2 -d"${SECONDS_EACH}s" "${header[@]}" "http://localhost:$APP$PAGE" | awk '/requests in/{print $1}')
# PostgreSQL publishes a backend's counters within about ten seconds of its transactions.
sleep 11
after=$(read_counters)
echo "$before|$after|$requests" | awk -F'|' '{printf "%s: %d requests; per request: %.0f bytes of WAL, %.2f commits, %.2f rows updated, %.2f inserted\n",
  "'"$PAGE"'", $9, ($5 - $1) / $9, ($6 - $2) / $9, ($7 - $3) / $9, ($8 - $4) / $9}'
