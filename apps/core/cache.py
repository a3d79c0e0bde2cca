"""Versioned cache keys: a change bumps a version, and every key built on it is left to expire.

Bumping is one INCR, so invalidating works the same on Redis and on the local-memory cache, with
no pattern deletes. Readers build keys with `versioned_key`.
"""

from django.core.cache import cache

ONE_DAY = 24 * 60 * 60


def version(name: str) -> int:
    return cache.get_or_set(f"version:{name}", 1, timeout=None)


def bump(name: str) -> None:
    try:
        cache.incr(f"version:{name}")
    except ValueError:
        cache.set(f"version:{name}", 2, timeout=None)


def versioned_key(name: str, *parts) -> str:
    return ":".join([name, str(version(name)), *map(str, parts)])


def cached(name: str, *parts, compute, timeout=ONE_DAY):
    key = versioned_key(name, *parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value
