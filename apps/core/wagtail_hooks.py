from wagtail import hooks

from apps.core.caching.pages import forbid_storing
from apps.core.permissions import choosable_pages
from apps.core.selectors import is_restricted


@hooks.register("before_serve_page", order=-100)
def keep_restricted_pages_out_of_the_cache(page, request, serve_args, serve_kwargs):
    """Runs before Wagtail's own check: a page under a view restriction is never stored."""
    if is_restricted(page):
        forbid_storing(request)


@hooks.register("construct_page_chooser_queryset")
def only_pages_the_chooser_may_show(pages, request):
    """Drafts and restricted pages only for staff whose page permissions reach them."""
    return choosable_pages(pages, request.user)
