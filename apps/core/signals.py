"""Bump the cached versions of the page tree and of view restrictions when they change."""

from django.conf import settings
from django.db import connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES, RESTRICTIONS
from apps.core.web import slug_redirects


def _bump_pages(**kwargs):
    transaction.on_commit(lambda: cache.bump(PAGES))


page_published.connect(_bump_pages, dispatch_uid="core-pages-published")
page_unpublished.connect(_bump_pages, dispatch_uid="core-pages-unpublished")
post_page_move.connect(_bump_pages, dispatch_uid="core-pages-moved")


@receiver(post_delete)
def page_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        _bump_pages()


@receiver([post_save, post_delete], sender=Site)
def site_changed(**kwargs):
    _bump_pages()


@receiver([post_save, post_delete], sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_changed(**kwargs):
    # The page tree's keys are composed with this version: every cached page changes with it.
    transaction.on_commit(lambda: cache.bump(RESTRICTIONS))


@receiver(post_migrate)
def index_translated_page_columns(sender, using, **kwargs):
    if sender.label == "core":
        page_slug_indexes_ensure(using=using)


def page_slug_indexes_ensure(using: str = "default") -> None:
    """Index the slug of Wagtail's page table in every language, on PostgreSQL.

    wagtail-modeltranslation adds those columns with raw ALTER TABLE after the migrations (and
    so after post_migrate on a new database, which is why load_buicasus calls this too), without
    the index Wagtail has on `slug`: finding a page by its slug would scan every page.
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
        for code, _name in settings.LANGUAGES:
            column = f"slug_{code}"
            if column in columns:
                index = f"wagtailcore_page_{column}_idx"
                cursor.execute(f'CREATE INDEX IF NOT EXISTS "{index}" ON wagtailcore_page ({column})')


# A page's old address in each language redirects to it when its slug in that language changes.
slug_redirects.connect()
