from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig


class MappingConfig(PortalAppConfig):
    verbose_name = _("Ecosystem mapping")
    manifest = Manifest(
        content_loader="services.mapping_load",
        # The grid's criteria are the vocabulary's elements and support areas; its pages live below home.
        content_after=("vocabulary", "site"),
        demo=(
            DemoData(
                "entries",
                noun="demo mapping entries",
                help=(
                    "How many approved demo mapping entries to add, with a few in every other state "
                    "(a tenth as many as --cases unless given)."
                ),
                follows=("cases", 10),
            ),
        ),
        query_parameters=("page",),
        dashboard_panels=("wagtail_hooks.review_queue_panel",),
        home_page_types=("MappingIndexPage",),
    )
