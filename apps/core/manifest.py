"""How an app joins the portal: one manifest on its AppConfig, read by whatever needs to know.

An app declares on its AppConfig what it brings, and nothing else in the portal lists apps:

    class CapacityConfig(PortalAppConfig):
        verbose_name = _("Capacity building")
        manifest = Manifest(
            content_loader="services.capacity_load",
            content_after=("site",),
            demo=(DemoData("hub-items", noun="demo tools and methods", help=...),),
            query_parameters="selectors.QUERY_PARAMETERS",
            sitemap_records=(SitemapRecords("tools"),),
            home_page_types=("KnowledgeHubPage",),
        )

`load_buicasus` runs the content loaders, `seed_demo` offers the demo data, the page cache keys
on the query parameters, the sitemap lists the records, the staff's dashboard shows the panels,
and the site's home page accepts the page types offered below it. Every dotted path is imported
when it is used, so a manifest never imports its app's models at start-up.

A declaration says only what differs from these conventions, which PortalAppConfig applies when
the class is defined (Manifest.resolved), so that every reader sees full names:

- `name` is the package holding the apps.py (`apps.capacity`), and `label` its last part, as
  Django's default; declare them only to say otherwise.
- Dotted paths are relative to the app's package: "services.capacity_load" is
  "apps.capacity.services.capacity_load". Model and page types without an app label are the
  app's own: "KnowledgeHubPage" is "capacity.KnowledgeHubPage".
- Demo data (DemoData) lives in the app's `demo` module as `demo_<option>_create` and
  `demo_<option>_delete` (dashes of the option as underscores: `--hub-items` is
  `demo_hub_items_create`); its help is "How many <noun> to add." unless given.
- Sitemap records (SitemapRecords) come from the app's `selectors.sitemap_records` and are
  listed below the live page of the app's (first) page type offered under home, unless given.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from importlib import import_module

from django.apps import AppConfig, apps
from django.utils.module_loading import import_string, module_has_submodule


@dataclass(frozen=True)
class DemoData:
    """Synthetic demo records that `seed_demo --<option> N` adds and `seed_demo --remove` removes.

    Every app's demo functions have one signature: create(count, *, seed, batch_size) adds count
    records (a flag's create gets None: "the whole set", say one per country that has none yet)
    and returns how many demo records there are in all; delete() removes every one of them and
    returns how many it removed. Removal runs in the reverse order of INSTALLED_APPS, so that the
    records of an app above go before those of the apps they lean on.
    """

    option: str
    # The records as the command's lines name them, in the plural: "demo cases".
    noun: str = "demo records"
    # The option's help; "How many <noun> to add." when not given.
    help: str = ""
    # An option with no number (`--strategies`): create(None, ...) when it is given.
    flag: bool = False
    # (option, n): when this option is not given, one record for every n of that option's count.
    follows: tuple[str, int] | None = None
    # Dotted paths relative to the app; `demo.demo_<option>_create` and `..._delete` when not given.
    create: str = ""
    delete: str = ""

    def resolved(self, path: Callable[[str], str]) -> "DemoData":
        stem = f"demo.demo_{self.option.replace('-', '_')}"
        return replace(
            self,
            help=self.help or f"How many {self.noun} to add.",
            create=path(self.create or f"{stem}_create"),
            delete=path(self.delete or f"{stem}_delete"),
        )


@dataclass(frozen=True)
class SitemapRecords:
    """Public records listed in the sitemap below the live page of the index model ("app.Model").

    The index is the app's first page type offered under home, and the records come from
    `selectors.sitemap_records`, unless given.
    """

    name: str
    index: str = ""
    records: str = "selectors.sitemap_records"


@dataclass(frozen=True)
class Manifest:
    # A callable with no arguments, idempotent, returning one line saying what it loaded.
    content_loader: str | None = None
    # Labels of the apps whose content must be loaded first.
    content_after: tuple[str, ...] = ()
    demo: tuple[DemoData, ...] = ()
    # Query parameters that change what a public page of the app shows (the page cache's key): the
    # names, or the dotted path of the sequence the app's own form or listing reads them from.
    query_parameters: tuple[str, ...] | str = ()
    sitemap_records: tuple[SitemapRecords, ...] = ()
    # Callables taking the request and returning a dashboard panel, or None for this user.
    dashboard_panels: tuple[str, ...] = ()
    # Page types ("app.Model") the app offers directly below the site's home page.
    home_page_types: tuple[str, ...] = ()
    # (slot, template): what the app places on a page of a layer below it, which names only the
    # slot (`{% slot "practices.country.actions" %}`), never the app that fills it.
    slots: tuple[tuple[str, str], ...] = ()
    # A callable with no arguments rebuilding every stored search vector of the app, for
    # `search_configurations` after a text search configuration changed.
    search_refresh: str | None = None

    def resolved(self, name: str, label: str) -> "Manifest":
        """This manifest with the conventions above applied: full dotted paths and "app.Model" names."""

        def path(relative: str) -> str:
            return f"{name}.{relative}"

        def model(relative: str) -> str:
            return relative if "." in relative else f"{label}.{relative}"

        home_page_types = tuple(model(page_type) for page_type in self.home_page_types)
        return replace(
            self,
            content_loader=path(self.content_loader) if self.content_loader else None,
            search_refresh=path(self.search_refresh) if self.search_refresh else None,
            query_parameters=(
                path(self.query_parameters)
                if isinstance(self.query_parameters, str)
                else self.query_parameters
            ),
            demo=tuple(data.resolved(path) for data in self.demo),
            sitemap_records=tuple(
                replace(
                    source,
                    index=model(source.index) if source.index else home_page_types[0],
                    records=path(source.records),
                )
                for source in self.sitemap_records
            ),
            dashboard_panels=tuple(path(panel) for panel in self.dashboard_panels),
            home_page_types=home_page_types,
        )

    def parameters(self) -> tuple[str, ...]:
        """The query parameters' names, read from where the app keeps them when a path is given."""
        if isinstance(self.query_parameters, str):
            return tuple(import_string(self.query_parameters))
        return self.query_parameters


class PortalAppConfig(AppConfig):
    """An app of the portal: its apps.py declares a manifest, and ready() registers what it names.

    The page cache learns the app's query parameters, the sitemap its records, and the app's
    `signals` module, if it has one, connects its receivers. An app with more to do at start-up
    overrides ready() and calls super().ready().
    """

    manifest = Manifest()
    # Django takes the one AppConfig of an apps.py as its app's, or else the one marked default:
    # this base, imported there too, is never one, and each of its subclasses is.
    default = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.default = cls.__dict__.get("default", True)
        if "name" not in cls.__dict__:
            cls.name = cls.__module__.rpartition(".")[0]
        if "manifest" in cls.__dict__:
            label = cls.__dict__.get("label", cls.name.rpartition(".")[2])
            cls.manifest = cls.manifest.resolved(cls.name, label)

    def ready(self):
        from apps.core.caching.pages import register_parameters
        from apps.core.web.sitemaps import register_records

        register_parameters(*self.manifest.parameters())
        for source in self.manifest.sitemap_records:
            register_records(
                source.name,
                index=partial(apps.get_model, source.index),
                records=import_string(source.records),
            )
        if module_has_submodule(self.module, "signals"):
            import_module(f"{self.name}.signals")


def manifests() -> Iterator[tuple[AppConfig, Manifest]]:
    """Each installed app that has a manifest, with it, in INSTALLED_APPS order."""
    for config in apps.get_app_configs():
        manifest = getattr(config, "manifest", None)
        if isinstance(manifest, Manifest):
            yield config, manifest
