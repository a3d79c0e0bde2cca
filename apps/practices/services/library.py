from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from wagtail.models import Site

from apps.core.loading import page_upsert
from apps.vocabulary.models import Approach, SupportArea

from .. import content, events
from ..case_names import CASE_NAMES
from ..models import CountryPage, PracticeIndexPage, PracticePage, ReplicationRequest
from .validation import criteria_load


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
    """The 35 cases as page entries: exact names, countries, and a summary in every language.

    Each case's title in each language comes from case_names (an official name kept in every
    language, or a translation), its slug in each language follows that title, and the slug the
    case had when every language carried the source's English name finds it again.
    """
    entries = []
    for country, cases in content.CASES.items():
        for name, organisation, approach_codes, area_codes in cases:
            naming = CASE_NAMES[name]
            titles = naming["title"]
            summary = {
                code: template.format(
                    name=titles[code], count=len(cases), country=content.COUNTRY_IN_SUMMARY[country][code]
                )
                for code, template in content.SUMMARY.items()
            }
            entries.append(
                {
                    "entry": {
                        "title": {code: titles[code] for code in content.SUMMARY},
                        "slug": {code: case_slug(titles[code]) for code in content.SUMMARY},
                        "summary": summary,
                    },
                    "former_slugs": (case_slug(name),),
                    "country": country,
                    "organisation": organisation,
                    "source_name": name,
                    "name_is_official": naming["official"],
                    "name_is_unconfirmed": naming["unconfirmed"],
                    "approaches": approach_codes,
                    "areas": area_codes,
                }
            )
    return entries


def case_slug(title: str) -> str:
    return slugify(title)[:80].strip("-")


@transaction.atomic
def library_load() -> str:
    """The library page below the home page, one overview page per country and the 35 cases."""
    home = Site.objects.get(is_default_site=True).root_page
    criteria_load()
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
            former_slugs=case["former_slugs"],
            extra={
                "country": case["country"],
                "organisation": case["organisation"],
                "source_name": case["source_name"],
                "name_is_official": case["name_is_official"],
                "name_is_unconfirmed": case["name_is_unconfirmed"],
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
