from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class ProjectsConfig(PortalAppConfig):
    verbose_name = _("ESF+ project register")
    manifest = Manifest(
        content_loader="services.projects_load",
        # Cooperation partners are the partners' organisations; the register page lives below home.
        content_after=("vocabulary", "partners", "site"),
        demo=(
            DemoData(
                "projects",
                noun="demo ESF+ projects",
                help="How many demo ESF+ projects (with engagements) to add.",
            ),
        ),
        query_parameters="forms.QUERY_PARAMETERS",
        sitemap_records=(SitemapRecords("projects"),),
        home_page_types=("EsfRegisterPage",),
    )
