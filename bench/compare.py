#!/usr/bin/env python3
"""Compare two builds of the app page by page, by the CPU time their Java process spends per request, on a
noisy machine (issue 13: what each change gave). Both jars run at the same time, each on its own copy of the
benchmark's data directory (bench/pages.sh makes it); for each page, jar A and jar B are loaded in turn
(wrk -t1 -c2, keep-alive), several rounds, and the medians are printed with B/A. CPU time per request of the
process (/proc/PID/stat) is far steadier than requests per second when other work shares the machine.

    bench/compare.py OLD.jar NEW.jar --data-a DIR --data-b OTHER_DIR [--seconds 5] [--rounds 3] [--pages ...]
    bench/compare.py APP.jar APP.jar --opts-b '-XX:+UseSerialGC -Xmx128m' ...   # the same jar, other JVM options

Pages: a path, or '304' (the SC66 page asked again with its ETag), 'draft' (Cambodia's SC67 page for its focal
point), 'draft/edit' (its editor), 'draft.pdf' (its PDF, rendered on every request: a draft's files are never
kept), or 'signed:' and a path (that page for focal.kh), or 'secretariat:' and a path (for secretariat). JVM options:
--opts-a, --opts-b, else $JAVA_OPTS, else the settings in pom.xml (niap.jvm.arguments).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pages  # noqa: E402

PAGES = ["/favicon.ico", "304", "/parties/KH/reports/SC66", "/parties/KH/reports/SC66?lang=en", "draft",
         "/parties/KH/reports/SC66/annex.pdf", "/", "/dashboard"]


def start(jar, data, options):
    port, pg = pages.free_port(), pages.free_port()
    env = dict(os.environ, NIAP_DATA_DIR=os.path.abspath(data))
    log = open(os.path.join(data, "compare-app.log"), "w")
    process = subprocess.Popen(["java"] + options.split() + ["-jar", os.path.abspath(jar), "--server.port=%d" % port,
                                "--niap.database.embedded.port=%d" % pg], cwd=data, env=env, stdout=log,
                               stderr=subprocess.STDOUT)
    base = "http://localhost:%d" % port
    for _ in range(180):
        try:
            urllib.request.urlopen(base + "/favicon.ico")
            break
        except OSError:
            if process.poll() is not None:
                raise SystemExit("%s did not start: see %s" % (jar, log.name))
            time.sleep(1)
    etag = urllib.request.urlopen(base + "/parties/KH/reports/SC66").headers["ETag"]
    session = pages.sign_in(base, "focal.kh", "cambodia-demo")[2]
    secretariat = pages.sign_in(base, "secretariat", "secretariat-demo")[2]
    return {"process": process, "base": base, "etag": etag, "session": session, "secretariat": secretariat}


def cpu_ms(pid):
    fields = open("/proc/%d/stat" % pid).read().split(") ")[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def load(app, page, seconds, warm_up=False):
    headers = []
    if page == "304":
        page, headers = "/parties/KH/reports/SC66", ["-H", "If-None-Match: " + app["etag"]]
    elif page.startswith("signed:"):
        page, headers = page[len("signed:"):], ["-H", "Cookie: SESSION=" + app["session"]]
    elif page.startswith("secretariat:"):
        page, headers = page[len("secretariat:"):], ["-H", "Cookie: SESSION=" + app["secretariat"]]
    elif page in ("draft", "draft.pdf", "draft/edit"):
        page, headers = ("/parties/KH/reports/SC67" + {"draft": "", "draft.pdf": "/annex.pdf",
                                                        "draft/edit": "/edit"}[page],
                         ["-H", "Cookie: SESSION=" + app["session"]])
    before = cpu_ms(app["process"].pid)
    out = subprocess.check_output(["wrk", "-t1", "-c2", "--timeout", "30s", "-d%ds" % seconds] + headers + [app["base"] + page]).decode()
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    if warm_up:
        return None
    if requests == 0 or re.search(r"Non-2xx or 3xx responses", out):
        raise SystemExit("%s answered no request, or errors, under load:\n%s" % (page, out))
    return (cpu_ms(app["process"].pid) - before) / requests, requests / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jar_a")
    parser.add_argument("jar_b")
    parser.add_argument("--data-a", required=True, help="a copy of the benchmark's data directory for jar A")
    parser.add_argument("--data-b", required=True, help="another copy, for jar B")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=5,
                        help="seconds of load per page and jar before any is measured (the JIT's warm-up)")
    parser.add_argument("--pages", nargs="+", default=PAGES)
    parser.add_argument("--opts-a", help="JVM options of jar A")
    parser.add_argument("--opts-b", help="JVM options of jar B")
    args = parser.parse_args()
    options = os.environ.get("JAVA_OPTS") or pages.chosen_jvm_options()
    options_a, options_b = args.opts_a or options, args.opts_b or options
    apps = [start(args.jar_a, args.data_a, options_a), start(args.jar_b, args.data_b, options_b)]
    try:
        for page in args.pages:  # the JIT's warm-up, not measured
            for app in apps:
                load(app, page, args.warmup, warm_up=True)
        results = {page: [[], [], [], []] for page in args.pages}
        for _ in range(args.rounds):
            for page in args.pages:
                for i, app in enumerate(apps):
                    cpu, rate = load(app, page, args.seconds)
                    results[page][i].append(cpu)
                    results[page][2 + i].append(rate)
        print("A: %s (%s)\nB: %s (%s)\nMedians of %d rounds of %d s per page and jar\n"
              % (args.jar_a, options_a, args.jar_b, options_b, args.rounds, args.seconds))
        print("| page | A CPU ms per request | B | B/A | A requests/s | B | B/A |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for page in args.pages:
            a, b, rate_a, rate_b = (statistics.median(values) for values in results[page])
            print("| %s | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f |" % (page, a, b, b / a, rate_a, rate_b,
                                                                       rate_b / rate_a))
    finally:
        for app in apps:
            app["process"].terminate()
        for app in apps:
            app["process"].wait()


if __name__ == "__main__":
    main()
