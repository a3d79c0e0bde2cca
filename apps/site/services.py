from django.db import transaction

from wagtail.models import Page, Site

from apps.core.loading import page_upsert
from apps.partners.content import BUICASUS
from apps.partners.models import ConsortiumProject
from apps.workpackages.models import PilotPage, WorkPackage
from apps.workpackages.services import pilot_pages_load

from . import content
from .models import HomePage, StandardPage

# The pilots are WP3's: their pages stand below its page.
PILOTS_WORK_PACKAGE = 3


@transaction.atomic
def site_tree_load(*, project: ConsortiumProject) -> HomePage:
    """The home page, "about the project" and one page per work package, in five languages.

    A work package's page shows its record (loaded by the work packages' loader), so the page
    itself holds only its title, slug and introduction; WP3's page holds the pilots' pages.
    """
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's first migration leaves a plain welcome page at the top: ours replaces it.
        welcome = root.get_children().filter(content_type__model="page").first()
        home = page_upsert(parent=root, model=HomePage, entry=content.HOME)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.site_name = "CCSI"
            site.save()
        if welcome is not None and not welcome.get_children().exists():
            welcome.delete()
    else:
        home = page_upsert(parent=root, model=HomePage, entry=content.HOME)
    about = page_upsert(
        parent=home,
        model=StandardPage,
        entry=content.ABOUT,
        extra={"show_in_menus": True, "project_id": project.pk},
    )
    records = {work_package.number: work_package for work_package in WorkPackage.objects.all()}
    for entry in content.WORK_PACKAGES:
        page = page_upsert(
            parent=about,
            model=StandardPage,
            entry=entry,
            extra={"work_package_id": records[entry["work_package"]].pk},
        )
        if entry["work_package"] == PILOTS_WORK_PACKAGE:
            pilot_pages_load(parent=page)
    return home


def site_load() -> str:
    """The site's content loader: the page tree around the project that the partners loaded."""
    project = ConsortiumProject.objects.get(acronym=BUICASUS["acronym"])
    home = site_tree_load(project=project)
    pages = home.get_descendants(inclusive=True).type(HomePage, StandardPage, PilotPage).count()
    return f"{pages} pages of the site under '{home.title}', in five languages"
