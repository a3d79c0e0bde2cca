"""`make bench`: the library's speed at 1,000, 10,000 and 100,000 cases.

For each size: a PostgreSQL database of its own (kept between runs, migrated forward when the
migrations change, rebuilt with --rebuild), the portal on gunicorn (2 sync workers, DEBUG
off, Redis cache) driven by wrk in bounded runs, once with the page cache off and once on; the
same for a one-view Django app, the ceiling. SQL queries and response bytes come from Django's
test client. Results go to bench/results/<date>-<commit>.json and a table in bench/README.md.
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PAGES = {
    "home": "/en/",
    "listing": "/en/best-practices/",
    "listing-2-filters": "/en/best-practices/?country=SE&element=4",
    "listing-validated": "/en/best-practices/?validation=current&country=LV",
    "listing-title-page-50": "/en/best-practices/?sort=title&page=50",
    "search-selective": "/en/best-practices/?q=Vinnova",
    "search-broad": "/en/best-practices/?q=demo",
    "case": "/en/best-practices/demo-case-1/",
    "country": "/en/best-practices/sweden/",
    "sitemap-index": "/sitemap.xml",
    "sitemap-child": "/sitemap-1.xml",
    # The mapping, at a tenth as many approved entries as cases (seed_demo's default).
    "mapping-comparison": "/en/ecosystem-mapping/",
    "mapping-country": "/en/ecosystem-mapping/latvia/",
    # The ESF+ register and the knowledge hub, at a tenth as many projects and hub items as cases:
    # 100 at 1,000 cases and 10,000 at 100,000.
    "register": "/en/esf-register/",
    "register-filtered": "/en/esf-register/?country=SE&status=ongoing&page=2",
    "register-searched": "/en/esf-register/?q=Demo+owner+12",
    "project": "/en/esf-register/90-000-S00/",
    "hub": "/en/knowledge-hub/",
    "hub-filtered": "/en/knowledge-hub/?area=scaling&language=sv&sort=title&page=2",
    "hub-searched": "/en/knowledge-hub/?q=mentoring",
    # The REST API's lists: the library's cases plain, filtered and searched, a case, the
    # register and the hub.
    "api-practices": "/api/v1/practices/",
    "api-practices-filtered": "/api/v1/practices/?country=SE&element=4&support_area=scaling",
    "api-practices-searched": "/api/v1/practices/?q=Vinnova&lang=sv",
    "api-case": "/api/v1/practices/demo-case-1/",
    "api-projects": "/api/v1/projects/",
    "api-hub-items": "/api/v1/hub-items/",
}
WARM_SECONDS = 5
# Pages whose every request asks something new (see bench/wrk_report.lua); queries and bytes
# are measured on the example path.
MIXES = {
    "search-novel": "/en/best-practices/?q=trust+or+housing",
    "search-novel-lv": "/lv/laba-prakse/?q=inov%C4%81cija+or+pasvaldiba",
    "listing-random": "/en/best-practices/?country=SE&country=LV&element=3&sort=title&page=7",
    "register-random": "/en/esf-register/?country=LV&status=completed&q=Demo+project+3&page=2",
    "hub-random": "/en/knowledge-hub/?q=impact+or+network&area=knowledge&country=ES",
    "api-search-novel": "/api/v1/practices/?q=trust+or+housing",
    "api-practices-random": "/api/v1/practices/?country=SE&country=LV&element=3&ordering=title&page=7",
    "api-projects-random": "/api/v1/projects/?country=LV&status=completed&search=Demo+project+3&page=2",
}
# Projects and hub items per case in the demo data of a size.
RECORDS_PER_CASE = 0.1
# When the migrations change, a kept database is rebuilt (or with --rebuild, e.g. after a change
# of the loaded content or of the demo generator).
STAMPED = ["apps/*/migrations/*.py"]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def stamp() -> str:
    digest = hashlib.sha256()
    for pattern in STAMPED:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def connect(database_url: str, dbname: str):
    parts = urlparse(database_url)
    connection = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or None,
        dbname=dbname,
    )
    connection.autocommit = True
    return connection


def admin_connection(database_url: str):
    return connect(database_url, "postgres")


def database_url_for(base_url: str, name: str) -> str:
    parts = urlparse(base_url)
    return parts._replace(path=f"/{name}").geturl()


def portal_env(database_url: str, redis_url: str, *, page_cache: int, prefix: str, port: int = 0) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "buicasus.settings.production",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,
        "SECRET_KEY": BENCH_SECRET,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
        "PAGE_CACHE_SECONDS": str(page_cache),
        "PAGE_CACHE_PORTS": str(port),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
        # wrk is one client asking thousands of times a second: the API's throttles still count
        # every request, and let it through.
        "API_THROTTLE_ANONYMOUS": "100000000/min",
    }


BENCH_SECRET = secrets.token_urlsafe(50)


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def ensure_database(base_url: str, redis_url: str, cases: int, prefix: str, rebuild: bool = False) -> str:
    """The database for this size, built only when missing, out of date or asked for."""
    name = f"{prefix}_{cases}"
    url = database_url_for(base_url, name)
    wanted = stamp()
    admin = admin_connection(base_url)
    with admin.cursor() as cursor:
        cursor.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name]
        )
        row = cursor.fetchone()
        if row and row[0] == wanted and not rebuild:
            log(f"{cases} cases: reusing database {name}")
            admin.close()
            return url
        if row and not rebuild:
            log(f"{cases} cases: migrating database {name}")
            kept_env = portal_env(url, redis_url, page_cache=0, prefix=f"bench-build-{name}")
            manage(kept_env, "migrate", "--noinput")
            # Content and demo data of apps that came after the database was built.
            manage(kept_env, "load_buicasus")
            if not demo_rows_exist(url, "mapping_mappingentry"):
                manage(kept_env, "seed_demo", "--entries", str(cases // 10))
            if not demo_rows_exist(url, "projects_esfproject"):
                manage(kept_env, "seed_demo", "--projects", str(records(cases)))
            if not demo_rows_exist(url, "capacity_hubitem"):
                manage(kept_env, "seed_demo", "--hub-items", str(records(cases)))
            cursor.execute(f"COMMENT ON DATABASE \"{name}\" IS '{wanted}'")
            admin.close()
            vacuum(url)
            return url
        log(f"{cases} cases: building database {name}")
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    env = portal_env(url, redis_url, page_cache=0, prefix=f"bench-build-{name}")
    started = time.monotonic()
    manage(env, "migrate", "--noinput")
    manage(env, "load_buicasus")
    manage(env, "seed_demo", "--cases", str(cases))
    manage(env, "seed_demo", "--projects", str(records(cases)), "--hub-items", str(records(cases)))
    with admin.cursor() as cursor:
        cursor.execute(f"COMMENT ON DATABASE \"{name}\" IS '{wanted}'")
    admin.close()
    vacuum(url)
    log(f"{cases} cases: built in {time.monotonic() - started:.0f} s")
    return url


def records(cases: int) -> int:
    return int(cases * RECORDS_PER_CASE)


def demo_rows_exist(url: str, table: str) -> bool:
    connection = connect(url, urlparse(url).path.lstrip("/"))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE is_demo)")  # noqa: S608 - names from this file
        exists = cursor.fetchone()[0]
    connection.close()
    return exists


def vacuum(url: str) -> None:
    connection = connect(url, urlparse(url).path.lstrip("/"))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    connection.close()


class Gunicorn:
    def __init__(self, app: str, env: dict, port: int):
        self.port = port
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                app,
                "--workers",
                "2",
                "--worker-class",
                "sync",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)  # noqa: S310
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer on port {port}")

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def peak_rss_mb(self) -> float:
        peak = 0
        for pid in self.workers():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        return round(peak / 1024, 1)

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)


def warm(port: int, path: str, times: int = 3) -> None:
    for _ in range(times):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:  # noqa: S310
            response.read()


def wrk(port: int, path: str, duration: int, mix: str = "") -> dict:
    result = subprocess.run(
        [
            "wrk",
            "-t2",
            "-c8",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench/wrk_report.lua"),
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        timeout=duration + 60,
        check=True,
        env={**os.environ, "BENCH_MIX": mix},
    )
    line = [line for line in result.stdout.splitlines() if line.startswith("{")][-1]
    report = json.loads(line)
    seconds = report["duration_us"] / 1e6
    return {
        "rps": round(report["requests"] / seconds, 1),
        "p50_ms": round(report["p50_us"] / 1000, 2),
        "p95_ms": round(report["p95_us"] / 1000, 2),
        "p99_ms": round(report["p99_us"] / 1000, 2),
        "errors": report["errors"] + report["non_2xx"],
    }


def selected(args) -> dict[str, str]:
    """The pages and mixes to measure: every one, or those whose name starts with one of --pages."""
    every = {**PAGES, **MIXES}
    if not args.pages:
        return every
    return {name: path for name, path in every.items() if name.startswith(tuple(args.pages))}


def measure_queries(env: dict, pages: dict) -> dict:
    result = subprocess.run(
        [PYTHON, "bench/measure.py", json.dumps(pages)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_size(cases: int, args, port: int) -> list[dict]:
    url = ensure_database(args.database_url, args.redis_url, cases, args.database_prefix, args.rebuild)
    rows = []
    run_id = secrets.token_hex(4)
    pages = selected(args)
    measured = measure_queries(
        portal_env(url, args.redis_url, page_cache=0, prefix=f"bench-q-{run_id}"), pages
    )
    for cached in {"both": (False, True), "off": (False,), "on": (True,)}[args.page_cache]:
        env = portal_env(
            url, args.redis_url, page_cache=600 if cached else 0, prefix=f"bench-{run_id}-{cached}", port=port
        )
        server = Gunicorn("buicasus.wsgi:application", env, port)
        try:
            for name, page_path in pages.items():
                warm(port, page_path)
                if name in MIXES:
                    # As with every page, the caches are warmed first: here the bitmaps of the
                    # mix's words, which any search for them would have filled.
                    wrk(port, page_path, args.warm, mix=name)
                numbers = wrk(port, page_path, args.duration, mix=name if name in MIXES else "")
                rows.append(
                    {
                        "cases": cases,
                        "records": records(cases),
                        "page": name,
                        "path": page_path,
                        "cached": cached,
                        **numbers,
                        "queries": measured[name]["queries"],
                        "bytes": measured[name]["bytes"],
                        "rss_mb": server.peak_rss_mb(),
                    }
                )
                log(f"{cases} cases, {'cached' if cached else 'uncached'} {name}: {numbers}")
        finally:
            server.stop()
    return rows


# The reports' targets: a 100,000-row XLSX under 200 MB at its peak, and at most this many MB
# more than at 10,000 rows (write-only mode streams rows to disk, so memory stays flat).
XLSX_PEAK_MB = 200
XLSX_GROWTH_MB = 20


def measure_report(env: dict, what: str, size: int) -> dict:
    """One report measured in a process of its own (bench/reports.py), so its peak is its own."""
    result = subprocess.run(
        [PYTHON, "bench/reports.py", what, str(size)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_reports(args) -> list[dict]:
    """The reports' rows: a compendium of --report-cases cases (time and peak memory) and XLSX of
    each of --xlsx-rows rows, checked against the targets above."""
    url = args.reports_database_url or ensure_database(
        args.database_url, args.redis_url, args.report_cases, args.database_prefix, args.rebuild
    )
    env = portal_env(url, args.redis_url, page_cache=0, prefix=f"bench-reports-{secrets.token_hex(4)}")
    rows = [measure_report(env, "compendium", args.report_cases)]
    log(f"compendium: {rows[-1]}")
    for count in sorted(args.xlsx_rows):
        rows.append(measure_report(env, "xlsx", count))
        log(f"xlsx: {rows[-1]}")
    xlsx = [row for row in rows if row["report"] == "xlsx"]
    if len(xlsx) > 1:
        smallest, largest = xlsx[0], xlsx[-1]
        largest["target_met"] = (
            largest["peak_mb"] < XLSX_PEAK_MB and largest["peak_mb"] <= smallest["peak_mb"] + XLSX_GROWTH_MB
        )
        log(
            f"xlsx at {largest['size']} rows: peak {largest['peak_mb']} MB, at {smallest['size']} rows "
            f"{smallest['peak_mb']} MB: target {'met' if largest['target_met'] else 'MISSED'}"
        )
    return rows


def run_trivial(args, port: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = Gunicorn("bench.trivial_app:application", env, port)
    try:
        warm(port, "/")
        numbers = wrk(port, "/", args.duration)
        row = {
            "cases": 0,
            "page": "trivial",
            "path": "/",
            "cached": False,
            **numbers,
            "queries": 0,
            "bytes": 43,
            "rss_mb": server.peak_rss_mb(),
        }
    finally:
        server.stop()
    log(f"trivial: {numbers}")
    return row


def machine() -> str:
    memory = next(
        line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    gib = int(memory.split()[1]) / 1024 / 1024
    system = f"{platform.platform()}, Python {platform.python_version()}"
    return f"{os.cpu_count()} cores ({cpu}), {gib:.0f} GiB, {system}"


def run_notifications(args, output: Path) -> dict:
    """The digest row (bench/notifications.py), in a process of its own."""
    subprocess.run(
        [
            PYTHON,
            "bench/notifications.py",
            "--subscribers",
            str(args.subscribers),
            "--database-url",
            args.database_url,
            "--redis-url",
            args.redis_url,
            "--database-prefix",
            args.database_prefix,
            "--output",
            str(output),
        ],
        cwd=ROOT,
        check=False,
    )
    row = json.loads(output.read_text())
    log(f"notifications: {row}")
    return row


def write_readme(path: Path, rows: list[dict], result_file: Path, notifications: dict | None = None) -> None:
    trivial = next(row for row in rows if row["page"] == "trivial")
    lines = [
        "# Benchmarks",
        "",
        "`make bench` measures the portal at 1,000, 10,000 and 100,000 cases (see `bench/run.py`), with",
        'a tenth as many ESF+ projects and knowledge-hub items ("records"):',
        "gunicorn with 2 sync workers, DEBUG off, Redis cache; wrk with 2 threads and 8 connections.",
        "Queries and bytes come from Django's test client, after a first request that fills the caches;",
        "rss is the workers' peak resident memory.",
        "",
        f"Latest run: `{result_file.name}` in `bench/results/`, on {machine()}.",
        "",
        f"Ceiling (one-view Django app): {trivial['rps']} requests/s, p95 {trivial['p95_ms']} ms.",
        "",
        "| cases | records | page | cached | req/s | p50 ms | p95 ms | p99 ms | queries | bytes | rss MB |",
        "|---:|---:|---|:-:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if row["page"] == "trivial":
            continue
        cells = [row["cases"], row.get("records", ""), row["page"], "yes" if row["cached"] else "no"]
        cells += [row["rps"], row["p50_ms"]]
        cells += [row["p95_ms"], row["p99_ms"], row["queries"], row["bytes"], row["rss_mb"]]
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    if notifications:
        lines += [
            "",
            "Notifications: a digest queued to confirmed subscribers in five languages and delivered",
            "through a Celery worker (2 threads) to a local SMTP sink (bench/notifications.py).",
            "",
            "| subscribers | languages | seconds | messages/s | delivered | expected |",
            "|---:|---:|---:|---:|---:|---:|",
            f"| {notifications['subscribers']} | {notifications['languages']} | {notifications['seconds']} "
            f"| {notifications['per_second']} | {notifications['delivered']} | {notifications['expected']} |",
        ]
    path.write_text("\n".join(lines) + "\n" + README_TAIL)


README_TAIL = """
## Targets at 100,000 cases

- Listing (with and without filters) and case page, uncached: p95 under 100 ms.
- Search, selective and broad: p95 under 150 ms; `search-novel` (a different pair of common
  words OR-ed on every request, from `wrk_report.lua`) p95 under 150 ms with no timeouts. The
  mixes run 5 s before they are measured, as every other page is asked for before it is: that
  fills the bitmaps of the mix's 40 words (which any earlier search for them fills), not the
  queries, which stay new. A word nobody searched since the last publish costs one index lookup
  of 150–450 ms at 100,000 cases when it is common.
- `listing-random` (random filters, sort and page on every request): p95 under 100 ms.
- The mapping's comparison and a country's results (at a tenth as many approved entries as
  cases: 10,000 at 100,000), uncached: p95 under 100 ms.
- Home uncached at least as fast as the listing.
- The sitemap index and each child under 1 s; each child at most 50,000 URLs.
- Cached anonymous pages: at least half the ceiling's requests per second.
- The ESF+ register (plain, filtered, searched, and `register-random`: random filters, owner
  searches and pages on every request), a project's page and the knowledge hub (plain,
  filtered, searched, and `hub-random`: random facets, searches, sorts and pages) at 10,000
  projects and hub items ("records", a tenth of the cases), uncached: p95 under 100 ms.
- The REST API's cases (`api-practices` plain, filtered and searched, `api-practices-random`:
  random filters, order and page), p95 under 100 ms; a novel search (`api-search-novel`) under
  150 ms; the register's and hub's lists at 10,000 records the same, uncached.
- Every page at most 15 SQL queries, the same number at 1,000 and 100,000 cases (100 and
  10,000 records).

Databases are kept between runs (`buicasus_bench_<cases>`), migrated forward when the
migrations change, and rebuilt with `--rebuild`. `make bench BENCH_ARGS="--sizes 1000 --duration 5"`
runs a shorter benchmark; `BENCH_ARGS="--pages register project hub"` measures only those pages,
`make bench BENCH_ARGS="--only notifications --subscribers 1000"` only the
digest (bench/notifications.py, in a database `buicasus_bench_notifications` of its own).
p95 is measured with 8 connections on 2 workers, so it includes the time a request
waits for a free worker: about four times a page's own service time.

## Reports

`make bench BENCH_ARGS="--reports"` measures only the reports, each in a process of its own
(`bench/reports.py`): a compendium PDF of 1,000 cases (time and peak memory; its cases are read
from the bench database of that size) and register-shaped XLSX files of 10,000 and 100,000 rows
written by the report's writer in openpyxl's write-only mode. Target: at 100,000 rows a peak
under 200 MB, and at most 20 MB more than at 10,000 rows; the run fails when it is missed.
`--report-cases`, `--xlsx-rows` and `--reports-database-url` run it smaller or on another
database. Results go to `bench/results/<date>-reports.json`.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--duration", type=int, default=10, help="Seconds of wrk per page.")
    parser.add_argument(
        "--warm", type=int, default=WARM_SECONDS, help="Seconds each mix runs before it is measured."
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--database-prefix", default="buicasus_bench")
    parser.add_argument("--output", type=Path, default=ROOT / "bench/results")
    parser.add_argument("--readme", type=Path, default=ROOT / "bench/README.md")
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the databases even if up to date.")
    parser.add_argument(
        "--pages",
        nargs="+",
        default=[],
        help="Only the pages whose name starts with one of these, e.g. register hub.",
    )
    parser.add_argument(
        "--reports", action="store_true", help="Measure only the reports (compendium and XLSX), no pages."
    )
    parser.add_argument("--report-cases", type=int, default=1000, help="Cases in the benchmarked compendium.")
    parser.add_argument("--xlsx-rows", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument(
        "--reports-database-url",
        default="",
        help="Read the compendium's cases from this database, not the bench database of --report-cases.",
    )
    parser.add_argument(
        "--only",
        choices=["all", "pages", "notifications"],
        default="all",
        help="Measure only the pages, or only the digest of bench/notifications.py.",
    )
    parser.add_argument("--subscribers", type=int, default=10000, help="Subscribers of the digest row.")
    parser.add_argument(
        "--page-cache",
        choices=["both", "off", "on"],
        default="both",
        help="Measure the pages without the page cache, with it, or both (the default).",
    )
    args = parser.parse_args()
    if args.reports:
        rows = run_reports(args)
        args.output.mkdir(parents=True, exist_ok=True)
        result_file = args.output / f"{datetime.date.today().isoformat()}-reports.json"
        result_file.write_text(json.dumps(rows, indent=1) + "\n")
        log(f"results in {result_file}")
        return 0 if all(row.get("target_met", True) for row in rows) else 1
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    args.output.mkdir(parents=True, exist_ok=True)
    stem = f"{datetime.date.today().isoformat()}-{commit or 'nocommit'}"
    notifications = None
    if args.only in ("all", "notifications"):
        notifications = run_notifications(args, args.output / f"{stem}.notifications.json")
    if args.only == "notifications":
        return 0 if notifications["delivered"] == notifications["expected"] else 1
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk (make bench installs it)")
    env = portal_env(args.database_url, args.redis_url, page_cache=0, prefix="bench-static")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    rows = [run_trivial(args, args.port)]
    for cases in args.sizes:
        rows.extend(run_size(cases, args, args.port))
    result_file = args.output / f"{stem}.json"
    result_file.write_text(json.dumps(rows, indent=1) + "\n")
    if not args.no_readme:
        write_readme(args.readme, rows, result_file, notifications)
    log(f"results in {result_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
