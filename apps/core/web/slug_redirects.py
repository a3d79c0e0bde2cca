"""A page's address in every language outlives a change of its slug: the old one redirects.

wagtail-modeltranslation gives each page a slug per language (`slug_sv`, `slug_lv`, …), and a
reader's bookmark, a partner's link or a search engine holds the address in the reader's
language. When a live page is saved with a slug changed in some language (by an editor or by a
content loader), the old address in that language becomes a permanent Wagtail redirect to the
page, which Wagtail's redirect middleware answers instead of the 404. The pages below a page
whose slug changed get one too.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import translation

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from apps.core.i18n import LANGUAGE_CODES, localized_field

SLUG_FIELDS = tuple(localized_field("slug", code) for code in LANGUAGE_CODES)


def _old_paths(page: Page) -> dict[str, str]:
    """The page's address path in each language, as it is stored now (before the save)."""
    paths = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            parts = page.get_url_parts()
        if parts is not None:
            paths[code] = parts[2]
    return paths


def remember_slugs(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    before = Page.objects.filter(pk=instance.pk, live=True).values(*SLUG_FIELDS).first()
    if before is None:
        return
    changed = [
        code
        for code, field in zip(LANGUAGE_CODES, SLUG_FIELDS, strict=True)
        if before[field] != getattr(instance, field)
    ]
    if changed:
        stored = Page.objects.get(pk=instance.pk)
        instance._addresses_before = {
            code: path for code, path in _old_paths(stored).items() if code in changed
        }


def redirect_old_slugs(sender, instance, raw=False, **kwargs):
    addresses = getattr(instance, "_addresses_before", None)
    if raw or not addresses:
        return
    del instance._addresses_before
    transaction.on_commit(lambda: slug_redirects_create(Page.objects.get(pk=instance.pk), addresses))


def slug_redirects_create(page: Page, addresses: dict[str, str]) -> int:
    """Permanent redirects from the page's old paths (and its descendants') to the page; how many."""
    made = 0
    site = page.get_site()
    for code, old_path in addresses.items():
        with translation.override(code):
            parts = page.get_url_parts()
        if parts is None or parts[2] == old_path:
            continue
        new_path = parts[2]
        # A redirect from the address the page now has would never be reached; drop it.
        Redirect.objects.filter(site=site, old_path=Redirect.normalise_path(new_path)).delete()
        for target in [page, *page.get_descendants()]:
            with translation.override(code):
                target_parts = target.get_url_parts()
            if target_parts is None or not target_parts[2].startswith(new_path):
                continue
            path = Redirect.normalise_path(old_path + target_parts[2][len(new_path) :])
            Redirect.objects.update_or_create(
                site=site, old_path=path, defaults={"redirect_page": target, "is_permanent": True}
            )
            made += 1
    return made


def connect() -> None:
    pre_save.connect(remember_slugs, dispatch_uid="core-slug-redirects-before")
    post_save.connect(redirect_old_slugs, dispatch_uid="core-slug-redirects-after")
