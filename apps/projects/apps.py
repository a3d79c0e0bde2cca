from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class ProjectsConfig(PortalAppConfig):
    name = "apps.projects"
    label = "projects"
    verbose_name = _("ESF+ project register")
    manifest = Manifest(
        content_loader="apps.projects.services.projects_load",
        # Cooperation partners are the partners' organisations; the register page lives below home.
        content_after=("vocabulary", "partners", "site"),
        demo=(
            DemoData(
                option="projects",
                help="How many demo ESF+ projects (with engagements) to add.",
                noun="demo ESF+ projects",
                create="apps.projects.demo.demo_projects_create",
                delete="apps.projects.demo.demo_projects_delete",
            ),
        ),
        # The register's form (forms.QUERY_PARAMETERS).
        query_parameters=("q", "country", "fund", "area", "region", "status", "offering", "page"),
        sitemap_records=(
            SitemapRecords(
                "projects",
                index="projects.EsfRegisterPage",
                records="apps.projects.selectors.sitemap_records",
            ),
        ),
        home_page_types=("projects.EsfRegisterPage",),
    )
