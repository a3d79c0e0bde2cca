"""`make bench` end to end at 100 cases, so it never rots. It asserts nothing about time."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "home",
    "listing",
    "listing-2-filters",
    "listing-validated",
    "listing-title-page-50",
    "search-selective",
    "search-broad",
    "case",
    "country",
    "sitemap-index",
    "sitemap-child",
    "search-novel",
    "search-novel-lv",
    "listing-random",
    "mapping-comparison",
    "mapping-country",
    "register",
    "register-filtered",
    "register-searched",
    "project",
    "hub",
    "hub-filtered",
    "hub-searched",
    "register-random",
    "hub-random",
    "api-practices",
    "api-practices-filtered",
    "api-practices-searched",
    "api-case",
    "api-projects",
    "api-hub-items",
    "api-search-novel",
    "api-practices-random",
    "api-projects-random",
}
FIELDS = {
    "cases",
    "records",
    "page",
    "path",
    "cached",
    "rps",
    "p50_ms",
    "p95_ms",
    "p99_ms",
    "queries",
    "bytes",
    "rss_mb",
}

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_harness_runs_end_to_end_and_reports_every_page(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    result = subprocess.run(
        [
            sys.executable,
            "bench/run.py",
            "--sizes",
            "100",
            "--duration",
            "1",
            "--warm",
            "1",
            "--port",
            str(free_port()),
            "--database-prefix",
            "buicasus_bench_smoke",
            "--output",
            str(tmp_path),
            "--readme",
            str(tmp_path / "README.md"),
            "--subscribers",
            "50",
            # The page cache's own tests cover it; here the harness measures each page once.
            "--page-cache",
            "off",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    [digest] = tmp_path.glob("*.notifications.json")
    row = json.loads(digest.read_text())
    assert row["delivered"] == row["expected"] == 50
    [report] = [path for path in tmp_path.glob("*.json") if path != digest]
    rows = json.loads(report.read_text())
    assert all(FIELDS <= set(row) for row in rows if row["page"] != "trivial")
    assert [row["page"] for row in rows if row["page"] == "trivial"] == ["trivial"]
    measured = {row["page"] for row in rows if row["cases"] == 100}
    assert measured == PAGES
    assert not [row for row in rows if row["page"] != "trivial" and row["cached"]]
    assert all(row["errors"] == 0 for row in rows)
    assert all(row["queries"] <= 15 for row in rows)
    assert "| 100 | 10 | listing |" in (tmp_path / "README.md").read_text()
