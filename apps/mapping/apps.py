from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig


class MappingConfig(PortalAppConfig):
    name = "apps.mapping"
    label = "mapping"
    verbose_name = _("Ecosystem mapping")
    manifest = Manifest(
        content_loader="apps.mapping.services.mapping_load",
        # The grid's criteria are the vocabulary's elements and support areas; its pages live below home.
        content_after=("vocabulary", "site"),
        demo=(
            DemoData(
                option="entries",
                help=(
                    "How many approved demo mapping entries to add, with a few in every other state "
                    "(a tenth as many as --cases unless given)."
                ),
                noun="demo mapping entries",
                create="apps.mapping.demo.demo_entries_create",
                delete="apps.mapping.demo.demo_entries_delete",
                follows=("cases", 10),
            ),
        ),
        query_parameters=("page",),
        dashboard_panels=("apps.mapping.wagtail_hooks.review_queue_panel",),
        home_page_types=("mapping.MappingIndexPage",),
    )
