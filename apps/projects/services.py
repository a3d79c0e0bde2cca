"""Writes of the register, each atomic: an engagement, and the loader."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from wagtail.models import Site

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES
from apps.core.i18n import localized_values, values_of
from apps.core.loading import page_upsert
from apps.partners.models import Organisation

from . import content
from .models import (
    Engagement,
    EsfProject,
    EsfRegisterPage,
    OfferingItem,
    ProjectNeed,
    ProjectPartner,
    SupportOffering,
)


@transaction.atomic
def engagement_create(*, project: EsfProject, offering: SupportOffering, **values) -> Engagement:
    """Record that project takes up offering, checked like the admin's form, with its first revision."""
    engagement = Engagement(project=project, offering=offering, **values)
    engagement.full_clean()
    engagement.save()
    engagement.save_revision(log_action=True)
    return engagement


def _update(instance, values: dict) -> bool:
    changed = {name: value for name, value in values.items() if getattr(instance, name) != value}
    for name, value in changed.items():
        setattr(instance, name, value)
    return bool(changed)


def project_load() -> EsfProject:
    """Project 22-018-S01 as the register records it; a fact edited in the database is put back
    and a revision saved only when something changed, so a second run changes nothing."""
    values = dict(content.PROJECT)
    project = EsfProject.objects.filter(diary_number=values.pop("diary_number")).first()
    created = project is None
    if created:
        project = EsfProject(diary_number=content.PROJECT["diary_number"])
    if _update(project, values) or created:
        project.full_clean()
        project.save()
        project.save_revision(log_action=True)
    needs = [need.text for need in project.needs.all()]
    if needs != content.NEEDS:
        project.needs.all().delete()
        ProjectNeed.objects.bulk_create(
            ProjectNeed(project=project, position=position, text=text)
            for position, text in enumerate(content.NEEDS, start=1)
        )
    partners_load(project)
    return project


def partners_load(project: EsfProject) -> None:
    """The cooperation partners as the partners' organisations, linked in the record's order.

    An organisation the partners' loader owns is linked as it is; the others are kept as the
    record names them.
    """
    for position, entry in enumerate(content.PARTNERS, start=1):
        organisation = Organisation.objects.filter(slug=entry["slug"]).first()
        if not entry.get("existing"):
            organisation = organisation or Organisation(slug=entry["slug"])
            values = {"name": entry["name"], "country": entry["country"], "kind": entry["kind"]}
            if _update(organisation, values) or organisation.pk is None:
                organisation.save()
        values = {"position": position, "role": entry["role"], "name_in_record": entry["name"]}
        link = ProjectPartner.objects.filter(project=project, organisation=organisation).first()
        if link is None:
            ProjectPartner.objects.create(project=project, organisation=organisation, **values)
        elif _update(link, values):
            link.save()


def offerings_load() -> None:
    """The four support offerings, with their names and items in five languages."""
    for entry in content.OFFERINGS:
        offering = SupportOffering.objects.filter(number=entry["number"]).first() or SupportOffering(
            number=entry["number"]
        )
        names = localized_values("name", entry["name"])
        names["name"] = entry["name"][settings.LANGUAGE_CODE]
        if _update(offering, names) or offering.pk is None:
            offering.save()
        items = [values_of(item, "text") for item in offering.items.all()]
        if items != entry["items"]:
            offering.items.all().delete()
            OfferingItem.objects.bulk_create(
                OfferingItem(
                    offering=offering,
                    position=position,
                    text=texts[settings.LANGUAGE_CODE],
                    **localized_values("text", texts),
                )
                for position, texts in enumerate(entry["items"], start=1)
            )


@transaction.atomic
def projects_load() -> str:
    """The register page below home in five languages, the support offerings and 22-018-S01."""
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override(settings.LANGUAGE_CODE):
        page_upsert(parent=home, model=EsfRegisterPage, entry=content.INDEX, extra={"show_in_menus": True})
        offerings_load()
        project_load()
    transaction.on_commit(lambda: cache.bump(PAGES))
    return (
        f"the ESF+ register page, {SupportOffering.objects.count()} support offerings and "
        f"{EsfProject.objects.filter(is_demo=False).count()} projects"
    )
