#!/usr/bin/env bash
# What the content's generation (migrations V23, V24) costs concurrent writers, with pgbench: a transaction like an
# evaluation's save (three reads, two updates, an insert), by clients, with the generation raised in one of 16 rows
# (today), in a single row (as V23 did), and not at all (the triggers of the three tables disabled).
#   bench/generation-writes.sh PORT [SECONDS]   # PORT: a running app's PostgreSQL, on a copy of the bench data
# It changes the triggers and the function for the runs, and puts them back; it adds rows to report_change, so run it
# on a copy of the data, not on real data.
set -euo pipefail
PORT=$1; SECONDS_EACH=${2:-10}
P=(psql -h localhost -p "$PORT" -U postgres -d postgres -tAq)
script=$(mktemp)
max=$("${P[@]}" -c "select max(id) from evaluation")
cat > "$script" <<SQL
\set id random(1, $max)
begin;
select e.id, e.version, e.reporting_period_id from evaluation e where e.id = :id;
select r.id, r.status, r.version from reporting_period r join evaluation e on e.reporting_period_id = r.id where e.id = :id;
select a.id, a.number from niap_action a join evaluation e on e.action_id = a.id where e.id = :id;
update evaluation set version = version + 1, progress_points = progress_points where id = :id;
insert into report_change (reporting_period_id, action_id, field, old_value, new_value, changed_by_name)
  select reporting_period_id, action_id, 'CREATED', null, null, 'bench' from evaluation where id = :id;
update reporting_period set version = version + 1 where id = (select reporting_period_id from evaluation where id = :id);
commit;
SQL
function_with() { # $1: the slot expression
  "${P[@]}" -c "create or replace function content_changed() returns trigger language plpgsql as \$\$
begin
    if coalesce(current_setting('niap.content_changed', true), '') <> 'yes' then
        perform set_config('niap.content_changed', 'yes', true);
        update content_generation_slot set generation = generation + 1 where slot = $1;
    end if;
    return null;
end
\$\$"
}
triggers() { for t in evaluation report_change reporting_period; do "${P[@]}" -c "alter table $t $1 trigger content_changed"; done; }
tps() { pgbench -h localhost -p "$PORT" -U postgres -n -f "$script" -c "$1" -j 2 -T "$SECONDS_EACH" postgres 2>&1 | sed -n 's/^tps = \([0-9.]*\).*/\1/p'; }
echo "| clients | 16 rows (V24) | one row (V23) | none | 16 rows ÷ none | one row ÷ none |"
echo "|---:|---:|---:|---:|---:|---:|"
for c in 1 4 16 64; do
  function_with "(pg_current_xact_id()::text::bigint % 16)"; slots=$(tps "$c")
  function_with 0; one=$(tps "$c")
  triggers disable; none=$(tps "$c"); triggers enable
  printf '| %s | %.0f | %.0f | %.0f | %.2f | %.2f |\n' "$c" "$slots" "$one" "$none" \
    "$(echo "$slots / $none" | bc -l)" "$(echo "$one / $none" | bc -l)"
done
function_with "(pg_current_xact_id()::text::bigint % 16)"
rm -f "$script"
