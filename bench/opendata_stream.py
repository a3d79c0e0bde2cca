"""The open-data downloads' speed and memory: time to the first byte, total time and peak RSS growth.

    # In this process, against the database of the settings (DATABASE_URL), by Django's test client:
    .venv/bin/python bench/opendata_stream.py
    # Against a running portal, and the process serving it (its RSS sampled while it streams):
    .venv/bin/python bench/opendata_stream.py --url http://127.0.0.1:8000 --pid 12345

It downloads the full cases file (`/api/v1/data/cases.<lang>.csv` and `.jsonl`, and any other
datasets given with --dataset), reads it to its end, and prints one line per file: rows, bytes,
time to the first row after the header (lines: rows and the header, and in CSV the line breaks
inside texts too), total time and the serving process's peak RSS growth
over its RSS before the download. The targets (issue 31): at 100,000 cases, the first bytes within
1 s and peak RSS growth under 50 MB. Seed the cases first (`manage.py seed_demo --cases 100000`).

The peak is the kernel's high-water mark (VmHWM), reset before each download by writing 5 to
/proc/<pid>/clear_refs; where that cannot be done (another user's process, no /proc), RSS is
sampled every 5 ms instead.
"""

import argparse
import os
import sys
import threading
import time
import urllib.request
from pathlib import Path

TARGET_FIRST_BYTE = 1.0
TARGET_RSS_MB = 50.0
MB = 1024 * 1024


def _status_kb(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class PeakRss:
    """The growth of a process's RSS over its value at the start, at its highest until stop()."""

    def __init__(self, pid: int):
        self.pid = pid
        self.start_kb = _status_kb(pid, "VmRSS") or 0
        self.sampled_kb = self.start_kb
        self.high_water = self._reset_high_water()
        self._running = not self.high_water
        self._thread = threading.Thread(target=self._sample, daemon=True)
        if self._running:
            self._thread.start()

    def _reset_high_water(self) -> bool:
        try:
            Path(f"/proc/{self.pid}/clear_refs").write_text("5")
        except OSError:
            return False
        return _status_kb(self.pid, "VmHWM") is not None

    def _sample(self):
        while self._running:
            self.sampled_kb = max(self.sampled_kb, _status_kb(self.pid, "VmRSS") or 0)
            time.sleep(0.005)

    def stop(self) -> float | None:
        """The growth in MB, or None when the process's memory cannot be read."""
        if self.high_water:
            peak = _status_kb(self.pid, "VmHWM")
        else:
            self._running = False
            self._thread.join()
            peak = self.sampled_kb
        if not peak or not self.start_kb:
            return None
        return max(peak - self.start_kb, 0) / 1024


def _measure(chunks, started: float, header_lines: int) -> dict:
    """Reads chunks to their end: the first row's time, total time, bytes and rows."""
    first_row = None
    size = lines = 0
    for chunk in chunks:
        if not chunk:
            continue
        size += len(chunk)
        lines += chunk.count(b"\n")
        if first_row is None and lines > header_lines:
            first_row = time.perf_counter() - started
    total = time.perf_counter() - started
    return {
        "first_byte": first_row if first_row is not None else total,
        "total": total,
        "bytes": size,
        "lines": lines,
    }


def warm_up_in_process(client, path: str) -> None:
    """The file's first rows, then the download dropped: imports, URL resolution and the cached
    reads every download shares (the library's facet bitmaps) are done before the measurement."""
    response = client.get(path)
    for _chunk in zip(range(3), response.streaming_content, strict=False):
        pass
    response.close()


def download_in_process(client, path: str, header_lines: int) -> dict:
    warm_up_in_process(client, path)
    rss = PeakRss(os.getpid())
    started = time.perf_counter()
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    result = _measure(response.streaming_content, started, header_lines)
    response.close()
    result["rss_mb"] = rss.stop()
    return result


def download_over_http(base: str, path: str, header_lines: int, pid: int | None) -> dict:
    with urllib.request.urlopen(base.rstrip("/") + path, timeout=600) as response:  # noqa: S310
        response.read(65536)  # the first rows, as in the process: the server's shared caches warmed
    rss = PeakRss(pid) if pid else None
    started = time.perf_counter()
    with urllib.request.urlopen(base.rstrip("/") + path, timeout=600) as response:  # noqa: S310
        result = _measure(iter(lambda: response.read(65536), b""), started, header_lines)
    result["rss_mb"] = rss.stop() if rss else None
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running portal's address; without it, in this process")
    parser.add_argument("--pid", type=int, help="the process serving --url, whose RSS is read")
    parser.add_argument("--dataset", action="append", help="datasets to download (cases by default)")
    parser.add_argument("--lang", default="en", help="the files' language (en by default)")
    parser.add_argument("--settings", default="buicasus.settings.production", help="in-process settings")
    options = parser.parse_args()
    datasets = options.dataset or ["cases"]

    client = None
    if not options.url:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", options.settings)
        import django

        django.setup()
        from django.test import Client

        client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")

    print(
        f"{'file':<26} {'lines':>8} {'MB':>8} {'first row s':>12} {'total s':>8} {'peak RSS +MB':>13}  result"
    )
    failed = False
    for dataset in datasets:
        for extension, header_lines in (("csv", 1), ("jsonl", 0)):
            path = f"/api/v1/data/{dataset}.{options.lang}.{extension}"
            if client is not None:
                result = download_in_process(client, path, header_lines)
            else:
                result = download_over_http(options.url, path, header_lines, options.pid)
            rss = result["rss_mb"]
            ok = result["first_byte"] < TARGET_FIRST_BYTE and (rss is None or rss < TARGET_RSS_MB)
            failed |= not ok
            print(
                f"{path.rsplit('/', 1)[1]:<26} {result['lines']:>8} {result['bytes'] / MB:>8.1f} "
                f"{result['first_byte']:>12.3f} {result['total']:>8.2f} "
                f"{'n/a' if rss is None else f'{rss:.1f}':>13}  {'ok' if ok else 'OVER TARGET'}"
            )
    print(
        f"targets: first row within {TARGET_FIRST_BYTE:.0f} s, peak RSS growth under {TARGET_RSS_MB:.0f} MB"
    )
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
