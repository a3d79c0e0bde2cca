"""What the records' representations share: their pages' addresses, read once per request.

`page_paths` gives the paths of records shown on pages that name them (a work package's page, a
pilot's page), `index_paths` those of records served below an app's index page (events,
strategies, the register, the hub); both are kept under the pages' version, so a list costs the
same whatever its length.
"""

from django.utils import translation

from apps.core.caching.versioned import PAGES, cached
from apps.core.i18n import LANGUAGE_CODES
from apps.core.selectors import live_public

# A record's slug in an address: anything else is no record's (and never reaches the database).
SLUG_PATTERN = "[-a-zA-Z0-9_]+"
# What a filter that takes several values says of itself in the schema.
SEVERAL = "Several values allowed (any of them)."


def _paths_of(page) -> dict[str, str]:
    paths = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            paths[code] = page.get_url()
    return paths


def page_paths(name: str, pages) -> dict[object, dict[str, str]]:
    """{key: {language: path}} of the live public pages that pages() gives as (key, page) pairs.

    Kept under the pages' version (a publish or move replaces it), so a request pays one cache
    read for every record of a list.
    """
    return cached(
        PAGES,
        "api-page-paths",
        name,
        compute=lambda: {key: _paths_of(page) for key, page in pages()},
    )


def index_paths(page_model) -> dict[str, str]:
    """The path of an app's live public index page in every language ({} without one)."""

    def compute():
        page = live_public(page_model.objects.all()).order_by("path").first()
        return _paths_of(page) if page is not None else {}

    return cached(PAGES, "api-index-paths", page_model._meta.label_lower, compute=compute)


def request_memo(serializer, name: str, compute):
    """compute() once per request: kept in the serializer's context, which a list's rows share."""
    context = serializer.context
    memo = context.setdefault("api_memo", {})
    if name not in memo:
        memo[name] = compute()
    return memo[name]


class RecordPageSerializerMixin:
    """`urls` of a record served below its app's index page: the index page's path and the key.

    A subclass names the index page's model (`index_page`) and gives a record's key below it
    (`record_key`); the index page's paths are read once per request, not once per record.
    """

    index_page = None

    def record_key(self, obj) -> str:
        return obj.slug

    def page_url(self, obj, language: str) -> str | None:
        paths = request_memo(
            self, f"index:{self.index_page._meta.label_lower}", lambda: index_paths(self.index_page)
        )
        base = paths.get(language)
        return f"{base}{self.record_key(obj)}/" if base else None
