#!/bin/sh
# Issue 10's scale figures in one run: the dashboard's SQL statements with 1 and 601 Parties, and the median
# latency of /dashboard, of Cambodia's SC66 report page and of a static file at 300,000 evaluations, on a warm
# JVM over real HTTP. Results: target/benchmark/dashboard.txt.
#   bench/run.sh                      # 600 Parties x 50 actions x 10 meetings
#   bench/run.sh -Dbench.parties=50   # smaller, quicker (also bench.actions, bench.meetings, bench.clients, bench.requests)
set -e
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test -Djacoco.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest=DashboardBenchmark "$@"
cat target/benchmark/dashboard.txt
