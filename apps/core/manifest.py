"""How an app joins the portal: one manifest on its AppConfig, read by whatever needs to know.

An app declares on its AppConfig what it brings, and nothing else in the portal lists apps:

    class CapacityConfig(PortalAppConfig):
        name = "apps.capacity"
        manifest = Manifest(
            content_loader="apps.capacity.services.capacity_load",
            content_after=("site",),
            demo=(DemoData(option="hub-items", help=..., create=..., delete=...),),
            query_parameters=("q", "sort", "page"),
            sitemap_records=(SitemapRecords("tools", index="capacity.KnowledgeHubPage", records=...),),
            home_page_types=("capacity.KnowledgeHubPage",),
        )

`load_buicasus` runs the content loaders, `seed_demo` offers the demo data, the page cache keys
on the query parameters, the sitemap lists the records, the staff's dashboard shows the panels,
and the site's home page accepts the page types offered below it. Every dotted path is imported
when it is used, so a manifest never imports its app's models at start-up.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import AppConfig, apps


@dataclass(frozen=True)
class DemoData:
    """Synthetic demo records that `seed_demo --<option> N` adds and `seed_demo --remove` removes.

    create(count, *, seed, batch_size) returns a line saying what it added; delete() returns how
    many records it removed.
    """

    option: str
    help: str
    create: str
    delete: str


@dataclass(frozen=True)
class SitemapRecords:
    """Public records listed in the sitemap below the live page of the index model ("app.Model")."""

    name: str
    index: str
    records: str


@dataclass(frozen=True)
class Manifest:
    # A callable with no arguments, idempotent, returning one line saying what it loaded.
    content_loader: str | None = None
    # Labels of the apps whose content must be loaded first.
    content_after: tuple[str, ...] = ()
    demo: tuple[DemoData, ...] = ()
    # Query parameters that change what a public page of the app shows (the page cache's key).
    query_parameters: tuple[str, ...] = ()
    sitemap_records: tuple[SitemapRecords, ...] = ()
    # Callables taking the request and returning a dashboard panel, or None for this user.
    dashboard_panels: tuple[str, ...] = ()
    # Page types ("app.Model") the app offers directly below the site's home page.
    home_page_types: tuple[str, ...] = ()
    # (slot, template): what the app places on a page of a layer below it, which names only the
    # slot (`{% slot "practices.country.actions" %}`), never the app that fills it.
    slots: tuple[tuple[str, str], ...] = ()


def manifests() -> Iterator[tuple[AppConfig, Manifest]]:
    """Each installed app that has a manifest, with it, in INSTALLED_APPS order."""
    for config in apps.get_app_configs():
        manifest = getattr(config, "manifest", None)
        if isinstance(manifest, Manifest):
            yield config, manifest
