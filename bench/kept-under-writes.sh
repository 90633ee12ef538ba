#!/usr/bin/env bash
# What concurrent writers cost the pages kept under the content's generation (the dashboard, the list of Parties, a
# Party's page): every committed change of the content, on any instance, makes their kept copies misses. Each page is
# loaded with wrk while pgbench commits content changes at a fixed rate (an evaluation's version raised, as a save
# does), at 0, 1, 10 and 100 commits per second; the table gives requests per second and their ratio to those with
# no writes (measured before and after the writes of each page; their mean), in one run.
#   bench/kept-under-writes.sh APP_PORT PG_PORT [SECONDS]   # a running app on a copy of the bench data
# It changes evaluations' versions, so run it on a copy of the data, not on real data.
set -euo pipefail
APP=$1; PG=$2; SECONDS_EACH=${3:-10}
P=(psql -h localhost -p "$PG" -U postgres -d postgres -tAq)
script=$(mktemp)
max=$("${P[@]}" -c "select max(id) from evaluation")
cat > "$script" <<SQL
\set id random(1, $max)
update evaluation set version = version + 1 where id = :id;
SQL
rps() { wrk -t2 -c8 -d"${SECONDS_EACH}s" "http://localhost:$APP$1" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'; }
pages=("/dashboard" "/" "/parties/KH" "/parties/KH/reports/SC66?lang=en")
for page in "${pages[@]}"; do wrk -t2 -c8 -d5s "http://localhost:$APP$page" > /dev/null; done
echo "| page | no writes: requests/s (before, after) | 1 commit/s | 10 commits/s | 100 commits/s |"
echo "|---|---:|---:|---:|---:|"
for page in "${pages[@]}"; do
  before=$(rps "$page"); cells=""
  for rate in 1 10 100; do
    pgbench -h localhost -p "$PG" -U postgres -n -f "$script" -c 1 -R "$rate" -T $((SECONDS_EACH + 2)) postgres \
      > /dev/null 2>&1 &
    writer=$!
    sleep 1
    r=$(rps "$page")
    wait "$writer" || true
    cells="$cells $r"
  done
  after=$(rps "$page"); base=$(echo "($before + $after) / 2" | bc -l)
  row="| $page | $(printf '%.0f (%.0f, %.0f)' "$base" "$before" "$after")"
  for r in $cells; do row="$row | $(printf '%.0f (%.2f)' "$r" "$(echo "$r / $base" | bc -l)")"; done
  echo "$row |"
done
rm -f "$script"
