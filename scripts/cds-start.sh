#!/usr/bin/env bash
# Starts the packaged app with class data sharing (CDS, Java 17 and later): the classes that the app loads while it
# starts are read from an archive, already parsed and verified, instead of from the jar. On Java 25 and later the
# archive is an AOT cache, which also holds the classes linked and the methods' profiles from the training run. Issue 13: about half the
# CPU time of a start-up (bench/RESULTS.md).
#   ./mvnw package -DskipTests && scripts/cds-start.sh [the app's arguments, e.g. --server.port=8081]
#   scripts/cds-start.sh --prepare-only    # only make target/cds/ (if the jar or the JDK changed), start nothing
# The first start after each build prepares target/cds/ (about a minute): the jar extracted (an app.jar and its
# libraries in lib/, which class data sharing needs instead of the jar in a jar), then a training run that starts the
# app on a new, temporary data directory, stops once its context is refreshed, and writes the archive of the classes
# it loaded. Later starts use the archive; a new jar in target/ makes a new one. The JVM settings are the ones of
# ./mvnw spring-boot:run (pom.xml, niap.jvm.arguments), JAVA_OPTS adds to them; the data directory is $NIAP_DATA_DIR
# (default ./data), as with java -jar.
# The archive is tied to this JDK and to the absolute path of target/cds/app.jar: if either changes, Java ignores
# it (the start is then as slow as without it); delete target/cds/ to make a new one.
set -euo pipefail
prepare_only=0
if [ "${1:-}" = --prepare-only ]; then prepare_only=1; shift; fi
root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls "$root"/target/niap-tracker-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { echo "No jar in target/: run ./mvnw package -DskipTests first" >&2; exit 1; }
cds="$root/target/cds"
settings=$(sed -n 's:.*<niap.jvm.arguments>\(.*\)</niap.jvm.arguments>.*:\1:p' "$root/pom.xml")
stamp="$(cksum < "$jar") $("$java" -version 2>&1 | head -1)"
# Java 25 and later: an AOT cache (JEP 483, 514, 515: the classes loaded and linked, and the methods' profiles)
# instead of a CDS archive; made the same way, by a training run, and used the same way.
if "$java" -XX:+PrintFlagsFinal -version 2> /dev/null | grep -q ' AOTCacheOutput '; then
  archive="$cds/app.aot" record="-XX:AOTCacheOutput=$cds/app.aot" use="-XX:AOTCache=$cds/app.aot"
else
  archive="$cds/app.jsa" record="-XX:ArchiveClassesAtExit=$cds/app.jsa" use="-XX:SharedArchiveFile=$cds/app.jsa"
fi

if [ ! -f "$archive" ] || [ "$(cat "$cds/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "Preparing class data sharing in $cds (once per build)..." >&2
  rm -rf "$cds"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$cds" --application-filename app.jar > /dev/null
  training=$(mktemp -d)
  trap 'rm -rf "$training"' EXIT
  # shellcheck disable=SC2086
  if ! NIAP_DATA_DIR="$training" "$java" $settings "$record" \
    -Dspring.context.exit=onRefresh -jar "$cds/app.jar" --server.port=0 --niap.database.embedded.port=0 \
    > "$cds/training.log" 2>&1; then
    echo "The training run failed; see $cds/training.log" >&2
    exit 1
  fi
  # The run stops once the context is refreshed, without closing it: its embedded PostgreSQL is still running.
  if [ -f "$training/postgres/postmaster.pid" ]; then
    kill -INT "$(head -1 "$training/postgres/postmaster.pid")" 2> /dev/null || true
    for _ in $(seq 100); do [ -f "$training/postgres/postmaster.pid" ] || break; sleep 0.2; done
  fi
  [ -s "$archive" ] || { echo "No archive was written; see $cds/training.log" >&2; exit 1; }
  rm -rf "$training"
  trap - EXIT
  echo "$stamp" > "$cds/stamp"
fi
[ "$prepare_only" = 0 ] || exit 0

# shellcheck disable=SC2086
exec "$java" $settings ${JAVA_OPTS:-} "$use" -jar "$cds/app.jar" "$@"
