"""The manifests: what each app declares on its AppConfig, and the portal reading it from there."""

import io
import sys

import pytest

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template.loader import get_template
from django.utils.module_loading import import_string, module_has_submodule

from apps.activities.forms import QUERY_PARAMETERS as EVENT_PARAMETERS
from apps.capacity.selectors import FACETS as HUB_FACETS
from apps.core.caching import pages
from apps.core.loaders import content_loaders
from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords, manifests
from apps.core.web.sitemaps import RECORD_SOURCES
from apps.practices.selectors.facets import FACETS as LIBRARY_FACETS
from apps.projects.forms import QUERY_PARAMETERS as REGISTER_PARAMETERS
from apps.site.models import HomePage

PORTAL_APPS = [config for config in apps.get_app_configs() if config.name.startswith("apps.")]

# What the test app below adds, and removes again.
WIDGETS: list[int] = []


def widgets_create(count, *, seed, batch_size):
    WIDGETS.extend(range(count))
    return len(WIDGETS)


def widgets_delete():
    removed = len(WIDGETS)
    WIDGETS.clear()
    return removed


def widget_records():
    return apps.get_model("site.StandardPage").objects.none()


class WidgetsConfig(PortalAppConfig):
    """An app the portal has never heard of, which brings demo data, a parameter and records.

    Its module is no package, so its name and label are declared, and so are its demo functions
    and records, which are not where the conventions look: all relative to the app.
    """

    name = "tests.core.test_manifest"
    label = "widgets"
    manifest = Manifest(
        content_loader="widgets_load",
        content_after=("site",),
        demo=(DemoData("widgets", noun="demo widgets", create="widgets_create", delete="widgets_delete"),),
        query_parameters=("colour",),
        sitemap_records=(SitemapRecords("widgets", index="site.StandardPage", records="widget_records"),),
    )


def widgets_load():
    return "no widgets"


@pytest.fixture
def widgets_app():
    """The app above, installed after every other (as if last in INSTALLED_APPS) for one test."""
    config = WidgetsConfig(WidgetsConfig.name, sys.modules[__name__])
    config.apps = apps
    config.models = {}
    apps.app_configs[config.label] = config
    apps.clear_cache()
    yield config
    del apps.app_configs[config.label]
    apps.clear_cache()
    WIDGETS.clear()


def manifest_of(label: str) -> Manifest:
    return apps.get_app_config(label).manifest


def test_every_app_of_the_portal_declares_a_manifest_on_a_portal_app_config():
    without = [
        config.label
        for config in PORTAL_APPS
        if config.label != "core" and not isinstance(config, PortalAppConfig)
    ]
    assert without == []
    # The kernel names no app, so it has no part to declare.
    assert not isinstance(apps.get_app_config("core"), PortalAppConfig)
    # What an AppConfig once said beside its manifest is said in the manifest only.
    assert [config.label for config in PORTAL_APPS if hasattr(config, "content_loader")] == []


def test_a_declaration_says_only_what_differs_from_the_conventions():
    class GadgetsConfig(PortalAppConfig):
        __module__ = "apps.gadgets.apps"
        manifest = Manifest(
            content_loader="services.gadgets_load",
            demo=(DemoData("spare-parts", noun="demo spare parts"), DemoData("kits", help="Add kits.")),
            sitemap_records=(SitemapRecords("gadgets"), SitemapRecords("kits", "Kit", "selectors.kits")),
            dashboard_panels=("wagtail_hooks.gadgets_panel",),
            home_page_types=("GadgetIndexPage", "site.StandardPage"),
        )

    # The name is the package holding the apps.py, the label its last part.
    assert GadgetsConfig.name == "apps.gadgets"
    assert GadgetsConfig.default
    manifest = GadgetsConfig.manifest
    # Dotted paths are the app's, page and model types without a label too.
    assert manifest.content_loader == "apps.gadgets.services.gadgets_load"
    assert manifest.dashboard_panels == ("apps.gadgets.wagtail_hooks.gadgets_panel",)
    assert manifest.home_page_types == ("gadgets.GadgetIndexPage", "site.StandardPage")
    # Demo functions are the demo module's demo_<option>_create and _delete, the help is the noun's.
    parts, kits = manifest.demo
    assert parts.create == "apps.gadgets.demo.demo_spare_parts_create"
    assert parts.delete == "apps.gadgets.demo.demo_spare_parts_delete"
    assert parts.help == "How many demo spare parts to add."
    assert kits.help == "Add kits."
    # Records come from selectors.sitemap_records, below the app's first page type under home.
    gadgets, kit_records = manifest.sitemap_records
    assert gadgets.index == "gadgets.GadgetIndexPage"
    assert gadgets.records == "apps.gadgets.selectors.sitemap_records"
    assert (kit_records.index, kit_records.records) == ("gadgets.Kit", "apps.gadgets.selectors.kits")


def test_the_apps_declare_their_manifests_by_the_conventions():
    """No apps.py repeats its app's name, label or package: each says only what differs."""
    for config in PORTAL_APPS:
        if not isinstance(config, PortalAppConfig):
            continue
        declaration = (settings.BASE_DIR / config.name.replace(".", "/") / "apps.py").read_text()
        assert f'name = "{config.name}"' not in declaration, config.label
        assert "label =" not in declaration, config.label
        if "manifest" in vars(type(config)):
            assert f'"{config.name}.' not in declaration, config.label
            assert f'"{config.label}.' not in declaration, config.label


def test_the_apps_that_bring_content_or_demo_data_declare_it():
    loaders = {config.label for config, manifest in manifests() if manifest.content_loader}
    assert loaders == {
        "vocabulary",
        "partners",
        "workpackages",
        "site",
        "practices",
        "mapping",
        "activities",
        "strategies",
        "projects",
        "capacity",
        "opendata",
    }
    for config in PORTAL_APPS:
        demo = getattr(config, "manifest", Manifest()).demo
        assert bool(demo) == module_has_submodule(config.module, "demo"), config.label
        for data in demo:
            assert data.create.startswith(f"{config.name}.demo.")
            assert data.delete.startswith(f"{config.name}.demo.")


def test_every_dotted_path_and_template_a_manifest_names_exists():
    for config, manifest in manifests():
        paths = [
            *([manifest.content_loader] if manifest.content_loader else []),
            *(path for data in manifest.demo for path in (data.create, data.delete)),
            *(source.records for source in manifest.sitemap_records),
            *manifest.dashboard_panels,
        ]
        for path in paths:
            assert callable(import_string(path)), path
        for page_type in manifest.home_page_types:
            assert apps.get_model(page_type)
        for source in manifest.sitemap_records:
            assert apps.get_model(source.index)
        for _slot, template in manifest.slots:
            assert get_template(template)
        for label in manifest.content_after:
            assert apps.get_app_config(label).manifest.content_loader, (config.label, label)


def test_loaders_run_each_after_the_apps_it_waits_for_else_in_installed_apps_order():
    order = [loader.app.label for loader in content_loaders()]
    assert order == [
        "vocabulary",
        "partners",
        "workpackages",
        "site",
        "practices",
        "mapping",
        "activities",
        "strategies",
        "projects",
        "capacity",
        "opendata",
    ]
    for loader in content_loaders():
        assert loader.load == import_string(loader.app.manifest.content_loader)
        for before in loader.app.manifest.content_after:
            assert order.index(before) < order.index(loader.app.label)


def test_a_new_app_with_a_loader_is_run_after_those_it_waits_for(widgets_app):
    loaders = content_loaders()
    assert loaders[-1].app is widgets_app
    assert loaders[-1].load() == "no widgets"


def test_loaders_that_wait_for_each_other_in_a_circle_are_refused(widgets_app):
    site = apps.get_app_config("site")
    manifest = site.manifest
    site.manifest = Manifest(content_loader=manifest.content_loader, content_after=("widgets",))
    try:
        with pytest.raises(ValueError, match="circle"):
            content_loaders()
    finally:
        del site.manifest


def test_the_home_page_accepts_exactly_the_page_types_the_manifests_offer_below_it():
    offered = {page_type for _config, manifest in manifests() for page_type in manifest.home_page_types}
    assert offered == {
        "practices.PracticeIndexPage",
        "mapping.MappingIndexPage",
        "activities.ActivityIndexPage",
        "strategies.StrategyIndexPage",
        "projects.EsfRegisterPage",
        "capacity.KnowledgeHubPage",
        "site.StandardPage",
        "opendata.OpenDataPage",
    }
    assert set(HomePage.allowed_subpage_models()) == {apps.get_model(page_type) for page_type in offered}


@pytest.mark.django_db
def test_the_real_content_below_home_is_of_the_types_it_accepts():
    home = HomePage.objects.get()
    allowed = set(HomePage.allowed_subpage_models())
    children = {child.specific_class for child in home.get_children()}
    assert children
    assert children <= allowed
    for child in home.get_children().specific():
        assert type(child).can_exist_under(home)


def test_the_page_cache_keys_on_every_parameter_the_manifests_declare():
    declared = {name for _config, manifest in manifests() for name in manifest.parameters()}
    assert declared <= pages._parameters
    # The manifests name what the apps' own forms and facets read.
    assert set(EVENT_PARAMETERS) <= set(manifest_of("activities").parameters())
    assert set(REGISTER_PARAMETERS) <= set(manifest_of("projects").parameters())
    assert {"q", "sort", "page", *LIBRARY_FACETS} <= set(manifest_of("practices").parameters())
    assert {"q", "sort", "page", *HUB_FACETS} <= set(manifest_of("capacity").parameters())


def test_the_sitemap_lists_the_records_the_manifests_declare_and_no_others():
    declared = {
        source.name: source for _config, manifest in manifests() for source in manifest.sitemap_records
    }
    assert set(RECORD_SOURCES) == set(declared) == {"events", "strategies", "projects", "tools"}
    for name, source in declared.items():
        assert RECORD_SOURCES[name].index() is apps.get_model(source.index)
        assert RECORD_SOURCES[name].records is import_string(source.records)


def test_ready_registers_the_parameters_and_records_of_a_new_app(widgets_app):
    assert "colour" not in pages._parameters
    try:
        widgets_app.ready()
        assert "colour" in pages._parameters
        assert RECORD_SOURCES["widgets"].index() is apps.get_model("site.StandardPage")
        assert RECORD_SOURCES["widgets"].records is widget_records
    finally:
        pages._parameters.discard("colour")
        RECORD_SOURCES.pop("widgets", None)


def test_seed_demo_offers_exactly_the_manifests_demo_options():
    parser = _seed_demo_parser()
    options = {option for action in parser._actions for option in action.option_strings}
    declared = {f"--{data.option}" for _config, manifest in manifests() for data in manifest.demo}
    assert declared == {
        "--cases",
        "--entries",
        "--activities",
        "--deliverables",
        "--strategies",
        "--projects",
        "--hub-items",
    }
    assert declared <= options
    assert options - declared == {
        "-h",
        "--help",
        "--remove",
        "--batch-size",
        "--seed",
        *_base_options(),
    }


@pytest.mark.django_db
def test_a_new_app_with_demo_data_adds_its_option_to_seed_demo(widgets_app):
    parser = _seed_demo_parser()
    assert "--widgets" in {option for action in parser._actions for option in action.option_strings}

    out = io.StringIO()
    call_command("seed_demo", "--widgets", "3", stdout=out)
    assert "Added 3 demo widgets; 3 demo widgets in all." in out.getvalue()
    call_command("seed_demo", widgets=2, stdout=out)
    assert "Added 2 demo widgets; 5 demo widgets in all." in out.getvalue()

    out = io.StringIO()
    call_command("seed_demo", "--remove", stdout=out)
    assert "Removed 5 demo widgets." in out.getvalue()
    assert WIDGETS == []


@pytest.mark.django_db
def test_seed_demo_with_nothing_to_add_names_every_option():
    with pytest.raises(CommandError) as refused:
        call_command("seed_demo", stdout=io.StringIO())
    message = str(refused.value)
    for _config, manifest in manifests():
        for data in manifest.demo:
            assert f"--{data.option}" in message
    assert "--remove" in message


@pytest.mark.django_db
def test_a_count_that_follows_another_option_defaults_to_its_share():
    from apps.mapping.models import EntryStatus, MappingEntry
    from apps.practices.models import PracticePage

    assert manifest_of("mapping").demo[0].follows == ("cases", 10)
    out = io.StringIO()
    call_command("seed_demo", "--cases", "20", stdout=out)
    assert PracticePage.objects.filter(is_demo=True).count() == 20
    assert MappingEntry.objects.filter(is_demo=True, status=EntryStatus.APPROVED).count() == 2
    assert "Added 2 demo mapping entries" in out.getvalue()

    call_command("seed_demo", "--cases", "10", "--entries", "0", stdout=out)
    assert MappingEntry.objects.filter(is_demo=True, status=EntryStatus.APPROVED).count() == 2


@pytest.mark.django_db
def test_a_flag_adds_the_whole_set_once():
    from apps.strategies.models import Strategy
    from apps.vocabulary.models import COUNTRIES

    assert manifest_of("strategies").demo[0].flag
    out = io.StringIO()
    call_command("seed_demo", "--strategies", stdout=out)
    call_command("seed_demo", "--strategies", stdout=out)
    assert Strategy.objects.filter(is_demo=True).count() == len(COUNTRIES)
    assert f"{len(COUNTRIES)} demo strategies in all." in out.getvalue()


def _seed_demo_parser():
    from apps.site.management.commands.seed_demo import Command

    return Command().create_parser("manage.py", "seed_demo")


def _base_options():
    from django.core.management.base import BaseCommand

    class Bare(BaseCommand):
        pass

    parser = Bare().create_parser("manage.py", "bare")
    return {option for action in parser._actions for option in action.option_strings} - {"-h", "--help"}
