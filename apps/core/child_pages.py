"""Links to a page's children, as an index page or the home page lists them.

The title and address of each child, in the current language, kept in the pages' cache until
any page is published, moved or deleted: the library's country overviews and the home page's
sections read their children through this one helper.
"""

from collections.abc import Callable

from django.db.models import QuerySet
from django.utils import translation

from apps.core.caching.versioned import PAGES, cached


def cached_child_links(
    page, request, name: str, children: Callable[[], QuerySet], **extra: Callable
) -> list[dict]:
    """[{"title", "url", and each of `extra`'s names: its value for the child}] of `children`, in their order.

    `children` makes the queryset, called only when the cache has no copy: building some querysets
    asks the database already (Wagtail's `.public()` reads the view restrictions).
    """
    return cached(
        PAGES,
        name,
        page.pk,
        translation.get_language(),
        compute=lambda: [
            {
                "title": child.title,
                "url": child.get_url(request),
                **{key: value(child) for key, value in extra.items()},
            }
            for child in children()
        ],
    )
