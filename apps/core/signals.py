"""Bump the cached versions of the page tree and of view restrictions when they change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache

PAGES = "pages"
RESTRICTIONS = "restrictions"


def _bump_pages(**kwargs):
    transaction.on_commit(lambda: cache.bump(PAGES))


page_published.connect(_bump_pages, dispatch_uid="core-pages-published")
page_unpublished.connect(_bump_pages, dispatch_uid="core-pages-unpublished")
post_page_move.connect(_bump_pages, dispatch_uid="core-pages-moved")


@receiver(post_delete)
def page_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        _bump_pages()


@receiver([post_save, post_delete], sender=PageViewRestriction)
def restriction_changed(**kwargs):
    transaction.on_commit(lambda: cache.bump(RESTRICTIONS))
