#!/usr/bin/env python3
"""Issue 13's page benchmark in one run: start the packaged app on its embedded PostgreSQL, load the
300,000-evaluation data set (bench/generate.sql, 600 Parties x 50 actions x 10 meetings) once into a data
directory that later runs reuse, then load every page with wrk and print requests per second, the ratio to
a static file and the median against 3x the SC66 report page's, all from this run. It also prints the time
to the first page and the Java process's resident memory after the benchmark.

    bench/pages.sh                       # the full run (about 5 minutes once the data exists, 7 the first time)
    bench/pages.sh --smoke               # a few seconds of load per page on 3 small Parties (about 1 minute)
    JAVA_OPTS='-Xmx256m' bench/pages.sh  # JVM options for the app (default: the app's own, niap.jvm.arguments in
                                         # pom.xml); --java for another JDK, --jar for another jar

Only the standard library: wrk (Debian's package) makes the load; without it, a Python loop of threads
does (slower, for the smoke mode). psql runs the generator against the embedded PostgreSQL.
"""
import argparse
import html.parser
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def chosen_jvm_options():
    with open(os.path.join(ROOT, "pom.xml")) as pom:
        found = re.search(r"<niap.jvm.arguments>(.*)</niap.jvm.arguments>", pom.read())
    return found.group(1).strip() if found else ""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Forms(html.parser.HTMLParser):
    """The fields of the forms of a page: inputs, selects (their selected or first option), textareas."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"id": a.get("id"), "action": a.get("action"), "fields": {}})
        elif not self.forms:
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "checkbox", "radio"):
            fields[a["name"]] = a.get("value") or ""
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select:
            if self._select not in fields or "selected" in a:
                fields[self._select] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = a.get("name")
            fields[self._textarea] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data


class App:
    """The packaged jar, started on its embedded PostgreSQL with its data in a given directory."""

    def __init__(self, args, data_dir):
        self.port = free_port()
        self.pg_port = free_port()
        self.base = "http://localhost:%d" % self.port
        self.log_path = os.path.join(data_dir, "app.log")
        self.data_dir = data_dir
        env = dict(os.environ, NIAP_DATA_DIR=data_dir)
        command = [args.java] + args.jvm_opts.split() + ["-jar", args.jar, "--server.port=%d" % self.port,
                                                          "--niap.database.embedded.port=%d" % self.pg_port]
        self.command = command
        self.started = time.monotonic()
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(command, cwd=data_dir, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_for_first_page(self, timeout=1800):
        while time.monotonic() - self.started < timeout:
            if self.process.poll() is not None:
                raise SystemExit("The app stopped (exit %d); see %s" % (self.process.returncode, self.log_path))
            try:
                with urllib.request.urlopen(self.base + "/", timeout=5) as r:
                    if r.status == 200:
                        r.read()
                        self.first_page_cpu = self.cpu_seconds()
                        return time.monotonic() - self.started
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.05)
        raise SystemExit("No first page within %d s; see %s" % (timeout, self.log_path))

    def wait_idle(self, limit=120):
        """Until the requests left over from a load run are answered: the app and its database use almost no CPU."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            before = self.total_cpu_seconds()
            time.sleep(0.5)
            if self.total_cpu_seconds() - before < 0.05:
                return

    def cpu_seconds(self):
        """CPU time of the java process so far (user + system): less sensitive than wall time to other work."""
        with open("/proc/%d/stat" % self.process.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def total_cpu_seconds(self):
        """CPU time of the java process and of the embedded PostgreSQL (the postmaster and its children)."""
        total = self.cpu_seconds()
        try:
            with open(os.path.join(self.data_dir, "postgres", "postmaster.pid")) as f:
                postmaster = int(f.readline())
        except (OSError, ValueError):
            return total
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % entry) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry) == postmaster or int(fields[1]) == postmaster:
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total

    def spring_started(self):
        with open(self.log_path, errors="replace") as f:
            m = re.search(r"Started \S+ in ([0-9.]+) seconds", f.read())
        return float(m.group(1)) if m else None

    def jit_cpu_seconds(self):
        """CPU time the JIT compiler threads have used so far (their /proc entries; jstat's compile time is elapsed
        time, which other work on the machine stretches)."""
        total = 0
        for task in os.listdir("/proc/%d/task" % self.process.pid):
            try:
                with open("/proc/%d/task/%s/comm" % (self.process.pid, task)) as f:
                    if not re.match(r"C\d CompilerThre", f.read()):
                        continue
                with open("/proc/%d/task/%s/stat" % (self.process.pid, task)) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")

    def rss_kb(self):
        pid = self.java_pid()
        with open("/proc/%d/status" % pid) as f:
            status = f.read()
        rss = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
        hwm = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))
        return rss, hwm

    def java_pid(self):
        return self.process.pid

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def psql(app, sql_file=None, command=None, settings=None):
    env = dict(os.environ, PGPASSWORD="")
    if settings:
        env["PGOPTIONS"] = " ".join("-c %s=%s" % kv for kv in settings.items())
    cmd = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p", str(app.pg_port),
           "-U", "postgres", "-d", "postgres"]
    cmd += ["-f", sql_file] if sql_file else ["-c", command]
    return subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def sign_in(base, username, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def form_of(path, form_id=None):
        parser = Forms()
        with opener.open(base + path) as r:
            parser.feed(r.read().decode())
        forms = [f for f in parser.forms if form_id is None or f["id"] == form_id]
        return forms[0] if forms else None

    login = next(f for f in [form_of("/login")] if f)
    fields = dict(login["fields"], username=username, password=password)
    with opener.open(base + "/login", urllib.parse.urlencode(fields).encode()) as r:
        if "/login" in r.url:
            raise SystemExit("Could not sign in as %s" % username)
    session = next(c.value for c in jar if c.name == "SESSION")
    return opener, form_of, session


def open_draft(base, opener, form_of):
    """Cambodia's open report for focal.kh: SC67 from the demo data, started once (kept in the data)."""
    try:
        with opener.open(base + "/parties/KH/reports/SC67/edit") as r:
            return "/parties/KH/reports/SC67"
    except urllib.error.HTTPError:
        pass
    form = form_of("/parties/KH/reports/new", "new-report")
    fields = dict(form["fields"])
    fields.setdefault("preparedBy", "Benchmark")
    if not fields.get("preparedBy"):
        fields["preparedBy"] = "Benchmark"
    with opener.open(base + form["action"], urllib.parse.urlencode(fields).encode()) as r:
        path = urllib.parse.urlparse(r.url).path
    if not path.endswith("/edit"):
        raise SystemExit("Could not start Cambodia's next report (landed on %s)" % path)
    return path[: -len("/edit")]


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def cpu_per_request(app, url, headers, seconds):
    """CPU ms (java and PostgreSQL) per request, from requests sent one at a time for about `seconds` (3 to 50 of
    them): none is left half done, so the CPU time of the run belongs to the requests counted."""
    before, started, count = app.total_cpu_seconds(), time.monotonic(), 0
    while count < 3 or (count < 50 and time.monotonic() - started < seconds):
        fetch(url, headers)
        count += 1
    return (app.total_cpu_seconds() - before) * 1000 / count


def wrk(url, headers, seconds, threads, connections):
    cmd = ["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--latency", "--timeout", "30s"]
    for name, value in headers.items():
        cmd += ["-H", "%s: %s" % (name, value)]
    out = subprocess.run(cmd + [url], check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    median = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "requests": requests, "median": median, "bad": int(bad.group(1)) if bad else 0,
            "errors": errors.group(1).strip() if errors and "timeout 0" not in errors.group(1) else ""}


def to_ms(text):
    m = re.match(r"([0-9.]+)(us|ms|s|m)", text)
    value, unit = float(m.group(1)), m.group(2)
    return value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def python_load(url, headers, seconds, threads, connections):
    """A fallback where wrk is missing: `connections` threads, each one request at a time."""
    times, bad, lock = [], [0], threading.Lock()
    end = time.monotonic() + seconds

    def client():
        while time.monotonic() < end:
            start = time.monotonic()
            status, _, _ = fetch(url, headers)
            with lock:
                times.append((time.monotonic() - start) * 1000)
                if status >= 400:
                    bad[0] += 1

    workers = [threading.Thread(target=client) for _ in range(connections)]
    started = time.monotonic()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - started
    return {"rps": len(times) / elapsed, "requests": len(times), "median": statistics.median(times) if times else 0,
            "bad": bad[0], "errors": ""}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="small data, a second or two per page; fails on any error")
    parser.add_argument("--jar", help="the app's jar (default: target/niap-tracker-*.jar, built if missing)")
    parser.add_argument("--java", default=os.path.join(os.environ["JAVA_HOME"], "bin", "java")
                        if os.environ.get("JAVA_HOME") else "java")
    parser.add_argument("--jvm-opts", default=os.environ.get("JAVA_OPTS") or chosen_jvm_options(),
                        help="JVM options (default: $JAVA_OPTS, else niap.jvm.arguments in pom.xml, which the README, "
                             "the container and spring-boot:run use)")
    parser.add_argument("--data", help="data directory, kept and reused (default: target/bench/data-PxAxM)")
    parser.add_argument("--parties", type=int, default=600)
    parser.add_argument("--actions", type=int, default=50)
    parser.add_argument("--meetings", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=10, help="measured seconds per page")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of load per page before it is measured")
    parser.add_argument("--jvm-warmup", type=int, default=5,
                        help="seconds of load on every page, one after the other, before any is measured: the JIT "
                             "compiles what all pages share, so the first page measured is not the one that pays")
    parser.add_argument("--jvm-warmup-rounds", type=int, default=6,
                        help="at most this many rounds of --jvm-warmup on every page")
    parser.add_argument("--jvm-warmup-jit", type=float, default=0.05,
                        help="warm once the JIT compiler threads use less than this share of the java process's CPU "
                             "time in a round")
    parser.add_argument("--static-beside", type=int, default=5,
                        help="seconds of load on the static file right after each page, for a ratio to the static "
                             "file's rate of the same minute (0: none)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--loader", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python")
    parser.add_argument("--startup-only", action="store_true",
                        help="only start the app on an existing data directory, time the first page and stop")
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "bench", "pages.txt"))
    args = parser.parse_args()
    if args.smoke:
        args.parties, args.actions, args.meetings = 3, 10, 3
        args.seconds, args.warmup, args.connections, args.jvm_warmup = 2, 1, 4, 0
        args.static_beside = min(args.static_beside, 1)
    if not args.jar:
        jars = [j for j in os.listdir(os.path.join(ROOT, "target")) if re.fullmatch(r"niap-tracker-.*\.jar", j)] \
            if os.path.isdir(os.path.join(ROOT, "target")) else []
        if not jars:
            subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-B", "-ntp", "package", "-DskipTests",
                            "-Djacoco.skip=true"], cwd=ROOT, check=True)
            jars = [j for j in os.listdir(os.path.join(ROOT, "target")) if re.fullmatch(r"niap-tracker-.*\.jar", j)]
        args.jar = os.path.join(ROOT, "target", sorted(jars)[-1])
    args.jar = os.path.abspath(args.jar)
    temporary = None
    if args.smoke and not args.data:
        temporary = tempfile.mkdtemp(prefix="niap-bench-")
        args.data = temporary
    data = os.path.abspath(args.data or os.path.join(ROOT, "target", "bench",
                                                      "data-%dx%dx%d" % (args.parties, args.actions, args.meetings)))
    os.makedirs(data, exist_ok=True)
    marker = os.path.join(data, "generated")
    existing = os.path.exists(marker)

    lines = []

    def say(line=""):
        print(line, flush=True)
        lines.append(line)

    load_before = os.getloadavg()
    app = App(args, data)
    try:
        first_page = app.wait_for_first_page()
        if args.startup_only:
            rss, hwm = app.rss_kb()
            say("Start-up: first page %.1f s after the java command (Spring: started in %s s; %.1f s of CPU); "
                "VmRSS %d MB at the first page; %s %s; load average %.1f" % (
                    first_page, app.spring_started(), app.first_page_cpu, rss // 1024, args.java, args.jvm_opts,
                    os.getloadavg()[0]))
            os.makedirs(os.path.dirname(args.out), exist_ok=True)
            with open(args.out, "w") as f:
                f.write("\n".join(lines) + "\n")
            return 0
        generated_ms = None
        if not existing:
            started = time.monotonic()
            psql(app, sql_file=os.path.join(ROOT, "src", "test", "resources", "bench", "generate.sql"),
                 settings={"niap_bench.parties": args.parties, "niap_bench.actions": args.actions,
                           "niap_bench.meetings": args.meetings})
            psql(app, command="analyze")
            generated_ms = (time.monotonic() - started) * 1000
            open(marker, "w").close()
        evaluations = int(psql(app, command="select count(*) from evaluation"))
        generated = psql(app, command=(
            "select x.code || '/' || m.code from reporting_period r join party x on x.id = r.party_id "
            "join meeting m on m.id = r.meeting_id where r.status = 'PUBLISHED' and x.name like 'Generated Party %' "
            "order by m.number desc, x.code limit 1")).split("/")
        opener, form_of, session = sign_in(app.base, "focal.kh", "cambodia-demo")
        draft = open_draft(app.base, opener, form_of)
        signed_in = {"Cookie": "SESSION=" + session}
        secretariat = {"Cookie": "SESSION=" + sign_in(app.base, "secretariat", "secretariat-demo")[2]}
        meeting = generated[1]
        sc66 = "/parties/KH/reports/SC66"
        status, headers, _ = fetch(app.base + sc66)
        etag = headers.get("ETag")
        conditional = {"If-None-Match": etag} if etag else {}
        report = "/parties/%s/reports/%s" % tuple(generated)
        pages = [
            ("static file (/favicon.ico)", "/favicon.ico", {}, 200),
            ("published SC66 report, full render", sc66 + "?lang=en", {}, 200),
            ("  same, kept (what readers get)", sc66, {}, 200),
            ("  same, conditional (304)", sc66, conditional, 304),
            ("print view", sc66 + "/print", {}, 200),
            ("home (Parties list)", "/", {}, 200),
            ("Cambodia's page", "/parties/KH", {}, 200),
            ("report JSON", sc66 + "/report.json", {}, 200),
            ("SC66 PDF", sc66 + "/annex.pdf", {}, 200),
            ("SC66 Word file", sc66 + "/annex.docx", {}, 200),
            ("draft page, focal point", draft, signed_in, 200),
            ("draft's editor, focal point", draft + "/edit", signed_in, 200),
            ("dashboard", "/dashboard", {}, 200),
            ("  same, for the Secretariat (rendered)", "/dashboard", secretariat, 200),
            ("meeting overview (%s), public" % meeting, "/meetings/%s/overview" % meeting, {}, 200),
            ("  same, for the Secretariat (rendered)", "/meetings/%s/overview" % meeting, secretariat, 200),
            ("Secretariat's overview (%s)" % meeting, "/meetings/%s/reports" % meeting, secretariat, 200),
            ("%d-action report (%s)" % (args.actions, report.split("/", 2)[2]), report, {}, 200),
            ("  its PDF", report + "/annex.pdf", {}, 200),
            ("static file again", "/favicon.ico", {}, 200),
        ]
        rows = []
        failures = []
        load = wrk if args.loader == "wrk" else python_load
        # A warm JVM: every page loaded in turn, again, until the JIT compiler threads use less than
        # --jvm-warmup-jit of the java process's CPU time in a round (or --jvm-warmup-rounds). Until then they take a
        # share of the 2 cores that the pages measured first would not have on a warm JVM.
        warmup_rounds, warmup_jit = 0, None
        while args.jvm_warmup and warmup_rounds < args.jvm_warmup_rounds:
            jit_before, cpu_before = app.jit_cpu_seconds(), app.cpu_seconds()
            for label, path, extra, expected in pages:
                load(app.base + path, extra, args.jvm_warmup, args.threads, args.connections)
            app.wait_idle()
            warmup_rounds += 1
            warmup_jit = (app.jit_cpu_seconds() - jit_before) / max(app.cpu_seconds() - cpu_before, 0.01)
            print("  JVM warm-up, round %d: the JIT compilers used %.1f %% of the java process's CPU time" % (
                warmup_rounds, 100 * warmup_jit), file=sys.stderr, flush=True)
            if warmup_jit < args.jvm_warmup_jit:
                break
        for label, path, extra, expected in pages:
            status, _, body = fetch(app.base + path, extra)
            if status != expected:
                failures.append("%s answered %d, not %d" % (path, status, expected))
            if args.warmup:
                load(app.base + path, extra, args.warmup, args.threads, args.connections)
            app.wait_idle()
            result = load(app.base + path, extra, args.seconds, args.threads, args.connections)
            app.wait_idle()
            if args.static_beside:
                # The static file again, at once: the machine's other work changes within minutes, so a ratio to
                # the static file's rate of the same minute says more than one to its rate at the start and end.
                static_beside = load(app.base + "/favicon.ico", {}, args.static_beside, args.threads, args.connections)
                result["static_beside"] = static_beside["rps"]
                result["static_beside_median"] = static_beside["median"]
                app.wait_idle()
            result["cpu_ms"] = cpu_per_request(app, app.base + path, extra, args.seconds)
            if result["bad"] or result["errors"]:
                failures.append("%s: %d bad answers, %s, %d requests" % (path, result["bad"], result["errors"] or
                                                                         "no socket errors", result["requests"]))
            rows.append((label, path, len(body), result))
            print("  %-34s %8.1f requests/s, median %.1f ms, %.2f CPU ms per request, %d bytes" % (
                label, result["rps"], result["median"], result["cpu_ms"], len(body)), file=sys.stderr, flush=True)
        rss, hwm = app.rss_kb()
        load_after = os.getloadavg()

        static = (rows[0][3]["rps"] + rows[-1][3]["rps"]) / 2
        # The reference of the 3x rule: the SC66 page rendered in full (a query string is never answered from the
        # kept copy), the page the rule was set against; its kept copy is faster still.
        sc66_median = rows[1][3]["median"]
        say("Page benchmark (issue 13), one run on %s, %s" % (socket.gethostname(), time.strftime("%Y-%m-%d %H:%M UTC",
                                                                                                 time.gmtime())))
        say("App: %s %s -jar %s, embedded PostgreSQL; %d CPUs" % (
            os.path.basename(args.java) if args.java == "java" else args.java, args.jvm_opts or "(default JVM settings)",
            os.path.relpath(args.jar, ROOT), os.cpu_count()))
        say("Machine load (1-minute load average): %.1f before, %.1f after; other work on the machine counts too" % (
            load_before[0], load_after[0]))
        say("Load: %s, %d threads, %d connections, %d s per page after %d s of warm-up, once the JVM was warmed by %d "
            "round(s) of %d s on every page%s; sizes uncompressed (no Accept-Encoding)" % (
                "wrk" if args.loader == "wrk" else "a Python loop (wrk not installed)", args.threads,
                args.connections, args.seconds, args.warmup, warmup_rounds, args.jvm_warmup,
                (" (the JIT compilers' share of the CPU time in the last: %.1f %%)" % (100 * warmup_jit))
                if warmup_jit is not None
                else ""))
        say("Data: %d Parties x %d actions x %d meetings generated%s; %s evaluations in all" % (
            args.parties, args.actions, args.meetings,
            " in %.0f s this run" % (generated_ms / 1000) if generated_ms else " by an earlier run (reused)",
            format(evaluations, ",")))
        say()
        static_cpu = (rows[0][3]["cpu_ms"] + rows[-1][3]["cpu_ms"]) / 2
        beside = args.static_beside > 0
        say("| page | size | requests/s | ratio to static | %smedian ms | median ÷ SC66's | CPU ms per request | "
            "ratio to static by CPU |" % ("ratio to static beside | " if beside else ""))
        say("|---|---:|---:|---:|%s---:|---:|---:|---:|" % ("---:|" if beside else ""))
        for label, path, size, r in rows:
            over = " **over 3**" if r["median"] > 3 * sc66_median else ""
            say("| %s | %s | %.1f | %.3f | %s%.1f | %.2f%s | %.2f | %.3f |" % (
                label.strip(), ("%.1f KB" % (size / 1024)) if size else "0 (304)", r["rps"], r["rps"] / static,
                ("%.3f | " % (r["rps"] / r["static_beside"])) if beside else "",
                r["median"], r["median"] / sc66_median if sc66_median else 0, over, r["cpu_ms"],
                static_cpu / r["cpu_ms"] if r["cpu_ms"] else 0))
        say()
        say("Static file: %.0f and %.0f requests/s at the start and the end; ratios use their mean, %.0f." % (
            rows[0][3]["rps"], rows[-1][3]["rps"], static))
        if beside:
            say("Ratio to static beside: to the static file's requests per second measured right after the page (%d s "
                "of the same load), from %.0f to %.0f in this run." % (
                    args.static_beside, min(r["static_beside"] for _, _, _, r in rows),
                    max(r["static_beside"] for _, _, _, r in rows)))
        say("CPU ms per request: after each page's load, requests one at a time (3 to 50, about as many seconds as "
            "the load) and the CPU time (user + system) they took in the java process and the embedded PostgreSQL; "
            "it depends far less on other work on the machine than requests per second do. Static file: %.2f ms "
            "(mean of both)." % static_cpu)
        slow = [label.strip() for label, path, size, r in rows if r["median"] > 3 * sc66_median]
        say("Every page's median within 3x the SC66 page's full render (%.1f ms): %s" % (
            sc66_median, "yes" if not slow else "no: " + ", ".join(slow)))
        if beside and rows[1][3].get("static_beside_median"):
            # The same rule with each median divided by the static file's median measured right after it: the
            # machine's speed changes within a run (the static file's rate at the start and the end can differ by
            # half), and a page measured late should not be compared with the SC66 page measured early as if both
            # had had the same machine.
            def scaled(r):
                return r["median"] / r["static_beside_median"]
            sc66_scaled = scaled(rows[1][3])
            worst = max((scaled(r) / sc66_scaled, label.strip()) for label, path, size, r in rows[1:-1])
            slow_scaled = [label.strip() for label, path, size, r in rows[1:-1] if scaled(r) > 3 * sc66_scaled]
            say("The same, each median divided by the static file's median measured right after it: %s (highest: "
                "%s, %.2fx)" % ("yes" if not slow_scaled else "no: " + ", ".join(slow_scaled), worst[1], worst[0]))
        say("Start-up: first page %.1f s after the java command (Spring: started in %s s; %.1f s of CPU)%s" % (
            first_page, app.spring_started(), app.first_page_cpu, "" if existing else "; a new data directory"))
        say("Resident memory of the java process after the benchmark: VmRSS %d MB (peak VmHWM %d MB)" % (
            rss // 1024, hwm // 1024))
        if failures:
            say()
            for f in failures:
                say("FAILED: " + f)
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w") as f:
            f.write("\n".join(lines) + "\n")
        return 1 if failures else 0
    finally:
        app.stop()
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)


if __name__ == "__main__":
    # A SIGTERM (kill) stops the app and its PostgreSQL too, through main's finally.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    sys.exit(main())
