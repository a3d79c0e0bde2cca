from django.db.models import Q, QuerySet

from wagtail.models import PageViewRestriction

from apps.core.caching.versioned import RESTRICTIONS, cached


def live_public(queryset: QuerySet) -> QuerySet:
    """Like Wagtail's `.live().public()`, without asking the database for the restrictions each time.

    The restricted paths are cached until a restriction changes, so a listing pays no query for
    them, and none at all is added to the SQL while no page is restricted.
    """
    paths = restricted_paths()
    queryset = queryset.live()
    if paths:
        restricted = Q()
        for path in paths:
            restricted |= Q(path__startswith=path)
        queryset = queryset.exclude(restricted)
    return queryset


def restricted_paths() -> list[str]:
    return cached(
        RESTRICTIONS,
        "paths",
        compute=lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def is_restricted(page) -> bool:
    """Whether a view restriction covers page, on it or on an ancestor; from the cached paths."""
    return any(page.path.startswith(path) for path in restricted_paths())
