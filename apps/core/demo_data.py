"""The bookkeeping every app's demo module shares (see DemoData in apps/core/manifest.py).

Demo records carry the `is_demo` marker (apps/core/fields.py). A create function returns how
many demo records there are in all, a delete function how many it removed; both change what the
public pages show, so what caches them is dropped once the change commits, not before.
"""

from collections.abc import Callable

from django.db import models, transaction

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES


def pages_invalidate() -> None:
    cache.bump(PAGES)


def demo_total(model: type[models.Model], *, invalidate: Callable[[], None] = pages_invalidate) -> int:
    """How many demo records of model there are, after the ones just made; the caches go on commit."""
    transaction.on_commit(invalidate)
    return model._default_manager.filter(is_demo=True).count()


def demo_delete(model: type[models.Model], *, invalidate: Callable[[], None] = pages_invalidate) -> int:
    """Delete every demo record of model; how many there were, not counting what goes with them."""
    demo = model._default_manager.filter(is_demo=True)
    removed = demo.count()
    demo.delete()
    transaction.on_commit(invalidate)
    return removed
