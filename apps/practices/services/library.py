from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from wagtail.models import Site

from apps.core.loading import page_upsert
from apps.vocabulary.models import Approach, SupportArea

from .. import content, events
from ..models import CountryPage, PracticeIndexPage, PracticePage, ReplicationRequest


@transaction.atomic
def replication_request_create(
    *, practice: PracticePage, data: dict, rate_limits_off: bool = False
) -> ReplicationRequest:
    """Store a visitor's request for staff, and announce it once stored.

    With the cache down the limit of requests per address cannot be counted; the request is
    kept all the same (a lost request is worse than a little spam) and flagged for staff.
    """
    request = ReplicationRequest(
        practice=practice,
        language=translation.get_language(),
        received_without_rate_limit=rate_limits_off,
        **data,
    )
    request.full_clean()
    request.save()
    events.send_event(events.replication_requested, sender=ReplicationRequest, request_id=request.pk)
    return request


def case_entries() -> list[dict]:
    """The 35 cases as page entries: exact names, countries, and a summary in every language."""
    entries = []
    for country, cases in content.CASES.items():
        for name, organisation, approach_codes, area_codes in cases:
            summary = {
                code: template.format(
                    name=name, count=len(cases), country=content.COUNTRY_IN_SUMMARY[country][code]
                )
                for code, template in content.SUMMARY.items()
            }
            slug = slugify(name)[:80].strip("-")
            entries.append(
                {
                    "entry": {
                        "title": {code: name for code in content.SUMMARY},
                        "slug": {code: slug for code in content.SUMMARY},
                        "summary": summary,
                    },
                    "country": country,
                    "organisation": organisation,
                    "approaches": approach_codes,
                    "areas": area_codes,
                }
            )
    return entries


@transaction.atomic
def library_load() -> str:
    """The library page below the home page, one overview page per country and the 35 cases."""
    home = Site.objects.get(is_default_site=True).root_page
    library = page_upsert(
        parent=home, model=PracticeIndexPage, entry=content.LIBRARY, extra={"show_in_menus": True}
    )
    for country, entry in content.COUNTRY_PAGES.items():
        page_upsert(parent=library, model=CountryPage, entry=entry, extra={"country": country})
    approaches = {approach.code: approach for approach in Approach.objects.select_related("element")}
    areas = {area.code: area for area in SupportArea.objects.all()}
    for case in case_entries():
        case_approaches = [approaches[code] for code in case["approaches"]]
        elements = list({approach.element.pk: approach.element for approach in case_approaches}.values())
        page_upsert(
            parent=library,
            model=PracticePage,
            entry=case["entry"],
            extra={
                "country": case["country"],
                "organisation": case["organisation"],
                "original_language": "en",
                "classification_is_editorial": True,
            },
            relations={
                "elements": elements,
                "approaches": case_approaches,
                "support_areas": [areas[code] for code in case["areas"]],
            },
        )
    cases = library.get_children().type(PracticePage).count()
    return f"{cases} best-practice cases in the library"
