"""The notifications' row of `make bench`: a digest to many subscribers, end to end.

In a database of its own (`<prefix>_notifications`, migrated and loaded when needed), N
confirmed subscribers spread over the five languages each have three new cases to hear about.
The clock runs from queuing the digest (`digests_send`) until a local SMTP sink (aiosmtpd)
has received every message, through a real Celery worker on Redis that fans the digest out in
chunks and renders each message in its reader's language. The count delivered must equal the
count expected; a second later nothing more may have arrived.

Runs alone: `python bench/notifications.py --subscribers 500` (make bench runs it after the
library's pages, with 10,000).
"""

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["sv", "lv", "es", "fr", "en"]


class Sink:
    def __init__(self):
        self.count = 0
        self.languages: dict[str, int] = {}
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        content = envelope.content.decode("utf-8", "replace")
        language = next(
            (
                line.split(":", 1)[1].strip()
                for line in content.splitlines()
                if line.startswith("Content-Language:")
            ),
            "",
        )
        with self.lock:
            self.count += 1
            self.languages[language] = self.languages.get(language, 0) + 1
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_database(base_url: str, name: str, env: dict) -> str:
    base = urlparse(base_url)
    admin = psycopg2.connect(
        host=base.hostname,
        port=base.port or 5432,
        user=base.username or "postgres",
        password=base.password,
        dbname="postgres",
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    url = base._replace(path=f"/{name}").geturl()
    env = {**env, "DATABASE_URL": url}
    for command in (["migrate", "--noinput"], ["load_buicasus"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    return url


def prepare(subscribers: int) -> int:
    """N confirmed weekly subscribers in five languages, each with three new cases to hear of."""
    from django.utils import timezone

    from apps.notifications.models import NewCase, Notification, Subscriber
    from apps.practices.models import PracticePage

    Notification.objects.all().delete()
    Subscriber.objects.all().delete()
    NewCase.objects.all().delete()
    now = timezone.now()
    Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"reader{n}@bench.example.org",
                language=LANGUAGES[n % len(LANGUAGES)],
                frequency="weekly",
                confirmed=now - timezone.timedelta(days=1),
                digest_through=now - timezone.timedelta(hours=1),
            )
            for n in range(subscribers)
        ),
        batch_size=2000,
    )
    cases = list(PracticePage.objects.live().order_by("pk").values_list("pk", "country")[:3])
    NewCase.objects.bulk_create(NewCase(case_id=pk, country=country) for pk, country in cases)
    return subscribers


def measure(args) -> dict:
    from aiosmtpd.controller import Controller

    sink = Sink()
    smtp_port = free_port()
    queue = f"bench-notifications-{os.getpid()}"
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "buicasus.settings.production",
        "SECRET_KEY": "bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
        "REDIS_URL": args.redis_url,
        "CELERY_BROKER_URL": args.redis_url,
        "CACHE_KEY_PREFIX": "bench-notifications",
        # A queue of its own: no other worker on the same broker (a test run's) takes its tasks.
        "CELERY_QUEUE": queue,
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    env["DATABASE_URL"] = ensure_database(args.database_url, f"{args.database_prefix}_notifications", env)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    expected = prepare(args.subscribers)
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "buicasus",
            "worker",
            "-Q",
            queue,
            "-c",
            "2",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-l",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        # The queue is new to this run, so the task waits there however long the worker takes to
        # start (a worker started with --purge would drop it when it starts late).
        from apps.notifications.tasks import digests_send

        started = time.monotonic()
        digests_send.delay("weekly")
        deadline = started + max(120, expected / 10)
        while sink.count < expected and time.monotonic() < deadline:
            time.sleep(0.05)
        seconds = time.monotonic() - started
        time.sleep(1)  # anything sent twice would arrive now
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(30)
        controller.stop()
    return {
        "subscribers": expected,
        "languages": len(LANGUAGES),
        "chunk": int(os.environ.get("NOTIFICATIONS_DIGEST_CHUNK", "200")),
        "seconds": round(seconds, 2),
        "per_second": round(sink.count / seconds, 1) if seconds else 0,
        "delivered": sink.count,
        "expected": expected,
        "per_language": dict(sorted(sink.languages.items())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10000)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--database-prefix", default="buicasus_bench")
    parser.add_argument("--output", type=Path, help="Write the row as JSON to this file.")
    args = parser.parse_args()
    row = measure(args)
    print(json.dumps(row))
    if args.output:
        args.output.write_text(json.dumps(row, indent=1) + "\n")
    return 0 if row["delivered"] == row["expected"] else 1


if __name__ == "__main__":
    sys.exit(main())
