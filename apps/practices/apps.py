from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig


class PracticesConfig(PortalAppConfig):
    verbose_name = _("Best practices")
    manifest = Manifest(
        content_loader="services.library_load",
        # The library lives below the home page, and its cases are classified by the vocabulary.
        content_after=("vocabulary", "site"),
        demo=(DemoData("cases", noun="demo cases"),),
        search_refresh="search.search_vectors_refresh",
        query_parameters="selectors.QUERY_PARAMETERS",
        home_page_types=("PracticeIndexPage",),
    )

    def ready(self):
        super().ready()
        from apps.core.web.sitemaps import register_page_languages

        register_page_languages(self.get_model("PracticePage").languages_of)
