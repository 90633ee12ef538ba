#!/bin/sh
# Issue 13's page benchmark: starts the packaged app on its embedded PostgreSQL, loads the 300,000-evaluation
# data set (once; later runs reuse target/bench/data-600x50x10) and prints every page's requests per second,
# its ratio to a static file and its median against the SC66 page's, from one run. See bench/pages.py.
#   bench/pages.sh            # full run (wrk -t2 -c32, 5 s warm-up + 10 s per page)
#   bench/pages.sh --smoke    # small data, 2 s per page; exits 1 if any page fails
#   JAVA_OPTS='...' bench/pages.sh --java /path/to/java --jar other.jar
set -e
cd "$(dirname "$0")/.."
exec /usr/bin/env python3 bench/pages.py "$@"
