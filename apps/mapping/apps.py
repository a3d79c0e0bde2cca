from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MappingConfig(AppConfig):
    name = "apps.mapping"
    label = "mapping"
    verbose_name = _("Ecosystem mapping")
    content_loader = "apps.mapping.services.mapping_load"
    # The grid's criteria are the vocabulary's elements and support areas; its pages live below home.
    content_after = ("vocabulary", "site")

    def ready(self):
        from apps.core.caching.pages import register_parameters

        from . import signals  # noqa: F401 - connects the receivers

        register_parameters("page")
