"""One measurement of a report, in a process of its own so its peak memory is its own.

    python bench/reports.py xlsx ROWS         a register-shaped XLSX of ROWS rows
    python bench/reports.py compendium CASES  a compendium PDF of the first CASES published cases

Prints one line of JSON: seconds, peak resident memory (MB) and the memory after Django's setup,
before the report. The XLSX rows are generated, not read, so what is measured is the writer the
register report streams its rows into (openpyxl in write-only mode); the compendium reads the
cases of the database in DATABASE_URL through the generator the compendium report uses.
"""

import datetime
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def register_rows(count: int):
    start = datetime.date(2022, 1, 1)
    for number in range(count):
        yield [
            f"22-{number % 1000:03d}-S{number // 1000:02d}",
            f"Demo project {number + 1} för social innovation",
            f"Demo owner {number % 97 + 1}",
            "SE",
            "ESF+",
            "E",
            "ESF Nationellt",
            start + datetime.timedelta(days=number % 900),
            start + datetime.timedelta(days=number % 900 + 700),
            "Ongoing",
            True,
        ]


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "buicasus.settings.production")
    import django

    django.setup()
    from django.utils import translation

    what, size = sys.argv[1], int(sys.argv[2])
    before = peak_mb()
    with tempfile.TemporaryDirectory() as directory, translation.override("sv"):
        path = Path(directory) / f"bench.{'xlsx' if what == 'xlsx' else 'pdf'}"
        started = time.monotonic()
        if what == "xlsx":
            from apps.reports.generators.documents import write_xlsx
            from apps.reports.generators.register import project_header

            write_xlsx(path, [("Projects", project_header(), register_rows(size))])
            count = size
        else:
            from apps.practices.models import PracticePage
            from apps.reports.generators.compendium import write_cases

            cases = PracticePage.objects.live().order_by("path")[:size]
            count = cases.count()
            write_cases(
                PracticePage.objects.filter(pk__in=list(cases.values_list("pk", flat=True))).order_by("path"),
                "Bench",
                path,
                lambda percent: None,
            )
        seconds = round(time.monotonic() - started, 2)
        size_bytes = path.stat().st_size
    print(
        json.dumps(
            {
                "report": what,
                "size": count,
                "seconds": seconds,
                "peak_mb": peak_mb(),
                "setup_mb": before,
                "bytes": size_bytes,
            }
        )
    )


if __name__ == "__main__":
    main()
