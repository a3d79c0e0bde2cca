"""Before the suite: are PostgreSQL and Redis there? Name the one that is not, and how to start it."""

import os
import sys
from urllib.parse import urlparse

import psycopg2
import redis

HOW_TO_START = {
    "PostgreSQL": "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
    "Redis": 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
}


def postgres_problem(url: str) -> str | None:
    parts = urlparse(url)
    try:
        psycopg2.connect(
            host=parts.hostname,
            port=parts.port or 5432,
            user=parts.username or "postgres",
            password=parts.password or None,
            dbname="postgres",
            connect_timeout=3,
        ).close()
    except psycopg2.OperationalError as exc:
        return str(exc).strip().splitlines()[0]
    return None


def redis_problem(url: str) -> str | None:
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        return str(exc)
    return None


def main() -> int:
    database_url = os.environ["DATABASE_URL"]
    redis_url = os.environ["REDIS_URL"]
    problems = {
        "PostgreSQL": (database_url, postgres_problem(database_url)),
        "Redis": (redis_url, redis_problem(redis_url)),
    }
    down = {name: detail for name, detail in problems.items() if detail[1]}
    for name, (url, error) in down.items():
        print(f"{name} is not reachable at {url}: {error}", file=sys.stderr)
        print(f"  start it with: {HOW_TO_START[name]}", file=sys.stderr)
        print("  or point DATABASE_URL / REDIS_URL at a running server.", file=sys.stderr)
    return 1 if down else 0


if __name__ == "__main__":
    sys.exit(main())
