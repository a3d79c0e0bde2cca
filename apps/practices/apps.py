from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "apps.practices"
    label = "practices"
    verbose_name = _("Best practices")
    content_loader = "apps.practices.services.library_load"
    # The library lives below the home page, and its cases are classified by the vocabulary.
    content_after = ("vocabulary", "site")

    def ready(self):
        from apps.core.caching.pages import register_parameters
        from apps.core.web.sitemaps import register_page_languages

        from . import signals  # noqa: F401 - connects the receivers
        from .selectors import FACETS

        register_parameters("q", "sort", "page", *FACETS)
        register_page_languages(self.get_model("PracticePage").languages_of)
