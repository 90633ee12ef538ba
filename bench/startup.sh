#!/usr/bin/env bash
# Start-up time and resident memory of the app under several JVM settings (issue 13). Each configuration starts
# the packaged jar on its own copy of an existing data directory (bench/pages.py --startup-only) and gives the
# time to the first page, Spring's own start-up time, the java process's CPU time until then (which other work on
# the machine disturbs far less than wall time) and its VmRSS at the first page.
#   bench/startup.sh                        # every configuration below, at the same time (PARALLEL=0: one by one)
#   bench/startup.sh default chosen aot25   # some of them
#   REPEAT=3 bench/startup.sh chosen cds17  # one by one, each 3 times (in turn: chosen, cds17, chosen, ...);
#                                           # the table gives the medians, target/bench/startup/*.runs every run
#   bench/startup.sh --memory default chosen
#       # one by one, each followed by a short pass of the page benchmark (2 s warm-up + 3 s per page, wrk -t2
#       # -c32) and its VmRSS after it
# Needs the data directory of bench/pages.sh (its first full run makes it) unless BENCH_DATA names another, and a
# JDK 25 for the AOT cache (JDK25, default /usr/lib/jvm/temurin-25-jdk-amd64). Results: target/bench/startup/ (BENCH_WORK).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${BENCH_DATA:-target/bench/data-600x50x10}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA17=${JAVA17:-java}
WORK=${BENCH_WORK:-target/bench/startup}
PARALLEL=${PARALLEL:-1}
REPEAT=${REPEAT:-1}
MEMORY=0
if [ "${1:-}" = --memory ]; then MEMORY=1; PARALLEL=0; shift; fi
[ "$REPEAT" = 1 ] || PARALLEL=0
[ -f "$DATA/generated" ] || { echo "No generated data in $DATA: run bench/pages.sh first" >&2; exit 1; }
mkdir -p "$WORK"
# Absolute: a CDS archive or AOT cache records the class path of its training run, which must match (the runs
# below start the app from its data directory).
WORK=$(realpath "$WORK")
# The jar the runs use, copied so that a build during the runs does not change it.
jar=$(ls target/niap-tracker-*.jar | head -1)
if ! cmp -s "$jar" "$WORK/app.jar"; then
  cp "$jar" "$WORK/app.jar"
  rm -rf "$WORK/extracted17" "$WORK/extracted25" "$WORK/app17.jsa" "$WORK/app25.aot"
fi
# The settings the README, the container and spring-boot:run use (pom.xml, niap.jvm.arguments).
CHOSEN=$(sed -n 's:.*<niap.jvm.arguments>\(.*\)</niap.jvm.arguments>.*:\1:p' pom.xml)
# Auto-configurations to leave out for the "autoconfig" configuration (comma-separated class names).
UNUSED=${UNUSED_AUTOCONFIGURATIONS:-}

data_for() { # $1: name; a copy of the data directory for one configuration (the embedded PostgreSQL locks it)
  rm -rf "$WORK/data-$1"
  cp -a "$DATA" "$WORK/data-$1"
  echo "$WORK/data-$1"
}

extracted() { # $1: java, $2: directory
  if [ ! -f "$2/app.jar" ]; then
    rm -rf "$2"
    "$1" -Djarmode=tools -jar "$WORK/app.jar" extract --destination "$2" >/dev/null
  fi
}

train() { # $1: name, $2: java, $3: jar, then JVM options: a run that stops once the context is refreshed
  local name=$1 java=$2 jar=$3 data
  shift 3
  data=$(data_for "train-$name")
  NIAP_DATA_DIR=$(realpath "$data") "$java" "$@" -Dspring.context.exit=onRefresh -jar "$jar" --server.port=0 \
    > "$WORK/training-$name.log" 2>&1 || { tail -20 "$WORK/training-$name.log" >&2; exit 1; }
  # The run stops once the context is refreshed, without closing it: its embedded PostgreSQL is left running.
  if [ -f "$data/postgres/postmaster.pid" ]; then
    kill -INT "$(head -1 "$data/postgres/postmaster.pid")" 2>/dev/null || true
    while [ -f "$data/postgres/postmaster.pid" ]; do sleep 0.2; done
  fi
  rm -rf "$data"
}

measure() { # $1: name, $2: java, $3: jar, $4: JVM options, $5: environment variables (NAME=value ...)
  local name=$1 data
  data=$(data_for "$name")
  if [ "$MEMORY" = 1 ]; then
    # shellcheck disable=SC2086
    env ${5:-} python3 bench/pages.py --data "$data" --java "$2" --jar "$3" --jvm-opts "$4" --seconds 3 --warmup 2 \
      --out "$WORK/$name.txt" > /dev/null 2>&1 || echo "($name: some pages failed, see $WORK/$name.txt)" >&2
  else
    # shellcheck disable=SC2086
    env ${5:-} python3 bench/pages.py --startup-only --data "$data" --java "$2" --jar "$3" --jvm-opts "$4" \
      --out "$WORK/$name.txt" > /dev/null 2>&1 || echo "($name failed, see $data/app.log)" >&2
  fi
  rm -rf "$data/postgres"
  local first spring cpu rss version pages=-
  first=$(sed -n 's/^Start-up: first page \([0-9.]*\) s.*/\1/p' "$WORK/$name.txt")
  spring=$(sed -n 's/.*(Spring: started in \([0-9.]*\) s.*/\1/p' "$WORK/$name.txt")
  cpu=$(sed -n 's/.*; \([0-9.]*\) s of CPU).*/\1/p' "$WORK/$name.txt")
  if [ "$MEMORY" = 1 ]; then
    rss=$(sed -n 's/.*after the benchmark: VmRSS \([0-9]*\) MB.*/\1/p' "$WORK/$name.txt")
    # The sum over the pages of their CPU ms per request (java and PostgreSQL): what slower settings cost
    pages=$(awk -F'|' '$9 ~ /[0-9]/ && $2 !~ /^ page $/ { s += $8 } END { printf "%.0f", s }' "$WORK/$name.txt")
  else
    rss=$(sed -n 's/.*VmRSS \([0-9]*\) MB at the first page.*/\1/p' "$WORK/$name.txt")
  fi
  version=$("$2" -version 2>&1 | head -1 | cut -d'"' -f2)
  echo "${first:-0} ${spring:-0} ${cpu:-0} ${rss:-0} $pages" >> "$WORK/$name.runs"
  printf '| %s | %s | `%s` | %s | %s | %s | %s |%s\n' "$name" "$version" "${5:+$5 }${4:-(none)}" "$(median 1 "$name")" \
    "$(median 2 "$name")" "$(median 3 "$name")" "$(median 4 "$name")" "$([ "$MEMORY" = 1 ] && echo " $(median 5 "$name") |")" \
    > "$WORK/$name.row"
}

median() { # $1: column of $WORK/$2.runs (first page, Spring, CPU, RSS); the median of the runs so far
  awk -v c="$1" '{ print $c }' "$WORK/$2.runs" | sort -g | awk '{ v[NR] = $0 } END { print (NR % 2) ? v[(NR + 1) / 2] : v[NR / 2] }'
}

run() {
  case $1 in
    default) measure default "$JAVA17" "$WORK/app.jar" "" ;;
    chosen) measure chosen "$JAVA17" "$WORK/app.jar" "$CHOSEN" ;;
    c1) measure c1 "$JAVA17" "$WORK/app.jar" "$CHOSEN -XX:TieredStopAtLevel=1" ;;
    lazy) measure lazy "$JAVA17" "$WORK/app.jar" "$CHOSEN -Dspring.main.lazy-initialization=true" ;;
    lazyrepos) measure lazyrepos "$JAVA17" "$WORK/app.jar" "$CHOSEN -Dspring.data.jpa.repositories.bootstrap-mode=lazy" ;;
    nometa) # Hibernate told the dialect, without reading the JDBC metadata at its boot
      measure nometa "$JAVA17" "$WORK/app.jar" "$CHOSEN -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false" ;;
    extracted17)
      extracted "$JAVA17" "$WORK/extracted17"
      measure extracted17 "$JAVA17" "$WORK/extracted17/app.jar" "$CHOSEN" ;;
    # Memory: settings that may keep less outside the heap.
    arena2) measure arena2 "$JAVA17" "$WORK/app.jar" "$CHOSEN" "MALLOC_ARENA_MAX=2" ;;
    codecache) measure codecache "$JAVA17" "$WORK/app.jar" "$CHOSEN -XX:ReservedCodeCacheSize=64m" ;;
    arena2codecache) measure arena2codecache "$JAVA17" "$WORK/app.jar" "$CHOSEN -XX:ReservedCodeCacheSize=64m" "MALLOC_ARENA_MAX=2" ;;
    arena2c1) measure arena2c1 "$JAVA17" "$WORK/app.jar" "$CHOSEN -XX:TieredStopAtLevel=1" "MALLOC_ARENA_MAX=2" ;;
    arena2threads) measure arena2threads "$JAVA17" "$WORK/app.jar" "$CHOSEN -Dserver.tomcat.threads.max=50" "MALLOC_ARENA_MAX=2" ;;
    custom) # CUSTOM_OPTS added to the chosen settings, CUSTOM_ENV as environment variables
      measure custom "$JAVA17" "$WORK/app.jar" "$CHOSEN ${CUSTOM_OPTS:-}" "${CUSTOM_ENV:-}" ;;
    autoconfig)
      [ -n "$UNUSED" ] || { echo "autoconfig: set UNUSED_AUTOCONFIGURATIONS" >&2; return; }
      measure autoconfig "$JAVA17" "$WORK/app.jar" "$CHOSEN -Dspring.autoconfigure.exclude=$UNUSED" ;;
    cds17)
      extracted "$JAVA17" "$WORK/extracted17"
      # A new archive when asked (RETRAIN=1) or when there is none.
      [ "${RETRAIN:-0}" = 1 ] && rm -f "$WORK/app17.jsa"
      # shellcheck disable=SC2086
      [ -f "$WORK/app17.jsa" ] || train cds17 "$JAVA17" "$WORK/extracted17/app.jar" $CHOSEN -XX:ArchiveClassesAtExit="$WORK/app17.jsa"
      measure cds17 "$JAVA17" "$WORK/extracted17/app.jar" "$CHOSEN -XX:SharedArchiveFile=$WORK/app17.jsa -Xshare:on" ;;
    cdsscript) # the archive of scripts/cds-start.sh (trained on a new data directory), as the README starts the app
      scripts/cds-start.sh --prepare-only
      measure cdsscript "$JAVA17" "$PWD/target/cds/app.jar" "$CHOSEN -XX:SharedArchiveFile=$PWD/target/cds/app.jsa -Xshare:on" ;;
    jdk25)
      extracted "$JDK25/bin/java" "$WORK/extracted25"
      measure jdk25 "$JDK25/bin/java" "$WORK/extracted25/app.jar" "$CHOSEN" ;;
    aot25)
      extracted "$JDK25/bin/java" "$WORK/extracted25"
      [ "${RETRAIN:-0}" = 1 ] && rm -f "$WORK/app25.aot"
      # shellcheck disable=SC2086
      [ -f "$WORK/app25.aot" ] || train aot25 "$JDK25/bin/java" "$WORK/extracted25/app.jar" $CHOSEN -XX:AOTCacheOutput="$WORK/app25.aot"
      measure aot25 "$JDK25/bin/java" "$WORK/extracted25/app.jar" "$CHOSEN -XX:AOTCache=$WORK/app25.aot -XX:AOTMode=on" ;;
    *) echo "unknown configuration $1" >&2; exit 2 ;;
  esac
}

configs=${*:-default chosen c1 lazy cds17 jdk25 aot25}
echo "Start-up$([ "$MEMORY" = 1 ] && echo " and memory after a short benchmark"), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs," \
  "load average $(cut -d' ' -f1 /proc/loadavg) at the start; $([ "$PARALLEL" = 1 ] && echo "configurations run at the same time" || echo "one after the other")"
echo
[ "$REPEAT" = 1 ] || echo "Each configuration $REPEAT times, in turn; medians of the runs"
if [ "$MEMORY" = 1 ]; then
  echo "| configuration | Java | JVM options | first page s | Spring s | CPU s to first page | RSS MB after the pages | pages' CPU ms per request, summed |"
  echo "|---|---|---|---:|---:|---:|---:|---:|"
else
  echo "| configuration | Java | JVM options | first page s | Spring s | CPU s to first page | RSS MB |"
  echo "|---|---|---|---:|---:|---:|---:|"
fi
rm -f "$WORK"/*.row "$WORK"/*.runs
case " $configs " in *" cds17 "* | *" extracted17 "*) extracted "$JAVA17" "$WORK/extracted17" ;; esac
case " $configs " in *" jdk25 "* | *" aot25 "*) extracted "$JDK25/bin/java" "$WORK/extracted25" ;; esac
for round in $(seq "$REPEAT"); do
  for config in $configs; do
    if [ "$PARALLEL" = 1 ]; then run "$config" & else run "$config"; fi
  done
done
wait
for config in $configs; do cat "$WORK/$config.row" 2>/dev/null || echo "| $config | failed |"; done
echo
echo "Load average at the end: $(cut -d' ' -f1 /proc/loadavg)"
