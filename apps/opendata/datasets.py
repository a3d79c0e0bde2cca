"""The open-data datasets: which public records each file holds, read in batches.

Each dataset's rows are read from its app's public records, the same the pages show (live public
cases, approved mapping entries, public projects, public events, public tools and methods), as
plain values in batches of BATCH_SIZE, one query each (`batches`): what a row needs besides its
own columns (a project's engagements, an entry's scores) is read once per batch, never once per
row, so memory does not grow with the rows, nor queries but by one a batch.

`rows(language, absolute)` of a dataset yields dicts keyed by its fields' names (schema.py), in
`language`; `absolute` turns a path into an address on the portal's host. Everything that depends
on the active language (labels, page addresses) is read before the first row, in that language,
so the rows do not depend on the language active while the response is sent.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pyroaring import BitMap

from django.conf import settings
from django.db.models import Case, F, Q, TextField, Value, When
from django.utils import translation
from django.utils.functional import Promise
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from apps.activities.models import Activity, ActivityIndexPage
from apps.activities.selectors import public_activities
from apps.capacity.models import HubItem, KnowledgeHubPage
from apps.core.i18n import LANGUAGE_CODES, localized_field
from apps.core.selectors import live_public
from apps.mapping.models import EntryStatus, MappingCountryPage, MappingEntry, Score
from apps.practices import selectors as practices
from apps.practices.models import PracticePage, ValidationState
from apps.projects import selectors as projects
from apps.projects.forms import RegisterQuery
from apps.projects.models import Engagement, EsfRegisterPage, ProjectNeed, ProjectPartner, Status

from . import schema

BATCH_SIZE = 1000
DEFAULT = settings.LANGUAGE_CODE

Absolute = Callable[[str], str]


def batches(queryset, size: int | None = None) -> Iterator[list]:
    """The rows of queryset (plain values with "pk", in the order of pk) in lists of size.

    Each batch is one query that starts after the last row of the one before (`pk > last ORDER BY
    pk LIMIT size`), served by the primary key's index: the first rows come at once, whatever the
    table's size. (A server-side cursor would be one query, but outside a transaction PostgreSQL
    holds it by computing the whole result before the first row is read.)
    """
    size = size or BATCH_SIZE
    last = None
    while True:
        batch = list((queryset if last is None else queryset.filter(pk__gt=last))[:size])
        if batch:
            yield batch
        if len(batch) < size:
            return
        last = batch[-1]["pk"]


def _in(language: str, name: str) -> str:
    return localized_field(name, language)


def _fallback(name: str, language: str):
    """A translated column in language, or in the default language where it is empty (as the pages)."""
    column = _in(language, name)
    return Case(
        When(~Q(**{column: ""}), then=F(column)), default=F(_in(DEFAULT, name)), output_field=TextField()
    )


def _page_url(model, language: str) -> str:
    """The path of the live public page of model (an app's index page) in language, or ""."""
    with translation.override(language):
        page = live_public(model.objects.all()).order_by("path").first()
        return page.get_url() if page is not None else ""


def _labels(choices) -> dict[str, str]:
    return {value: str(label) for value, label in choices}


# The best-practice cases


def _shown(name: str, language: str) -> Case:
    """A case's field in the language its page shows: the reader's when its summary is written in
    it, else the case's original language (PracticePage.display_language)."""
    whens = [When(~Q(**{_in(language, "summary"): ""}), then=F(_in(language, name)))]
    whens += [When(original_language=code, then=F(_in(code, name))) for code in LANGUAGE_CODES]
    return Case(*whens, default=Value(""), output_field=TextField())


CASE_TEXTS = ("summary", "body_text", "success_factors", "pitfalls", "lessons")


def case_rows(language: str, absolute: Absolute) -> Iterator[dict]:
    with translation.override(language):
        base = absolute(practices.library_url(language))
        names = practices.taxonomy_names()
        labels = {
            facet: {code: _term_label(facet, item) for code, item in items.items()}
            for facet, items in names.items()
        }
    index = practices.facet_index()
    queryset = (
        live_public(PracticePage.objects)
        .order_by("pk")
        .values(
            "pk",
            "country",
            "organisation",
            "year",
            "original_language",
            "classification_is_editorial",
            "is_demo",
            "validation",
            "validated_at",
            "first_published_at",
            "last_published_at",
            shown_title=_fallback("title", language),
            shown_slug=_fallback("slug", language),
            translated=Case(
                When(~Q(**{_in(language, "summary"): ""}), then=Value(True)), default=Value(False)
            ),
            **{f"shown_{name}": _shown(name, language) for name in CASE_TEXTS},
        )
    )
    order = {
        facet: sorted(items, key=lambda code: _sort_key(names[facet][code])) for facet, items in names.items()
    }
    for batch in batches(queryset):
        ids = BitMap(row["pk"] for row in batch)
        classified: dict[str, dict[int, list[str]]] = {}
        for facet in practices.RELATIONS:
            by_case: dict[int, list[str]] = defaultdict(list)
            bitmaps = index.values.get(facet, {})
            for code in order[facet]:
                for pk in bitmaps.get(code, BitMap()) & ids:
                    by_case[pk].append(labels[facet][code])
            classified[facet] = by_case
        for row in batch:
            pk = row["pk"]
            yield {
                "id": pk,
                "url": f"{base}{row['shown_slug']}/",
                "title": row["shown_title"],
                "language": language if row["translated"] else row["original_language"],
                "fallback": not row["translated"],
                "original_language": row["original_language"],
                "country": row["country"],
                "organisation": row["organisation"],
                "year": row["year"],
                "summary": row["shown_summary"],
                "body": row["shown_body_text"],
                "success_factors": _plain(row["shown_success_factors"]),
                "pitfalls": _plain(row["shown_pitfalls"]),
                "lessons": _plain(row["shown_lessons"]),
                "process_elements": classified["element"].get(pk, []),
                "approaches": classified["approach"].get(pk, []),
                "support_areas": classified["area"].get(pk, []),
                "themes": classified["theme"].get(pk, []),
                "target_groups": classified["target"].get(pk, []),
                "classification_is_editorial": row["classification_is_editorial"],
                "is_demo": row["is_demo"],
                "validation": row["validation"],
                "validated_at": row["validated_at"] if row["validation"] != ValidationState.NONE else None,
                "first_published": row["first_published_at"],
                "last_published": row["last_published_at"],
            }


def _term_label(facet: str, item) -> str:
    if facet in ("element", "approach"):
        return str(item)
    return item.name


def _sort_key(item):
    return (getattr(item, "number", 0) or 0, str(getattr(item, "code", "")))


def _plain(html: str) -> str:
    return strip_tags(html or "").strip()


def case_count() -> int:
    return len(practices.facet_index().every)


# The approved mapping entries


def mapping_rows(language: str, absolute: Absolute) -> Iterator[dict]:
    with translation.override(language):
        pages = {
            page.country: absolute(page.get_url())
            for page in live_public(MappingCountryPage.objects.all()).order_by("path")
        }
        kinds = _labels(MappingEntry.Kind.choices)
    queryset = (
        MappingEntry.objects.filter(status=EntryStatus.APPROVED)
        .order_by("pk")
        .values(
            "pk",
            "title",
            "language",
            "kind",
            "country",
            "description",
            "strengths",
            "weaknesses",
            "barriers",
            "inspiring_initiatives",
            "links",
            "approved",
            organisation_name=F("organisation__name"),
            grid_version=F("grid__version"),
        )
    )
    for batch in batches(queryset):
        scores: dict[int, dict[str, int]] = defaultdict(dict)
        for entry_id, key, score in (
            Score.objects.filter(entry_id__in=[row["pk"] for row in batch])
            .order_by("entry_id", "criterion__position")
            .values_list("entry_id", "criterion__key", "score")
        ):
            scores[entry_id][key] = score
        for row in batch:
            yield {
                "id": row["pk"],
                "url": pages.get(row["country"], ""),
                "title": row["title"],
                "language": row["language"],
                "fallback": row["language"] != language,
                "kind": row["kind"],
                "kind_label": kinds.get(row["kind"], row["kind"]),
                "country": row["country"],
                "organisation": row["organisation_name"],
                "description": row["description"],
                "strengths": row["strengths"],
                "weaknesses": row["weaknesses"],
                "barriers": row["barriers"],
                "inspiring_initiatives": row["inspiring_initiatives"],
                "links": list(row["links"] or []),
                "grid_version": row["grid_version"],
                "scores": scores.get(row["pk"], {}),
                "approved": row["approved"],
            }


def mapping_count() -> int:
    return MappingEntry.objects.filter(status=EntryStatus.APPROVED).count()


# The ESF+ register


def project_rows(language: str, absolute: Absolute) -> Iterator[dict]:
    with translation.override(language):
        base = absolute(_page_url(EsfRegisterPage, language))
        statuses = _labels(Status.choices)
        offering_names = {offering.pk: (offering.number, offering.name) for offering in projects.offerings()}
    queryset = (
        projects.register_projects(RegisterQuery())
        .order_by("pk")
        .values(
            "pk",
            "diary_number",
            "name",
            "source_language",
            "application_title",
            "owner",
            "owner_organisation_number",
            "country",
            "fund",
            "programme_cci",
            "start_date",
            "end_date",
            "status_now",
            "eu_cofinancing_rate",
            "programme_area",
            "specific_objective",
            "secondary_theme",
            "secondary_theme_applies",
            "region",
            "nuts2_code",
            "intervention_type",
            "participant_count",
            "strategic_importance",
            "background",
            "solution",
        )
    )
    for batch in batches(queryset):
        ids = [row["pk"] for row in batch]
        needs = _grouped(
            ProjectNeed.objects.filter(project_id__in=ids).order_by("project_id", "position"), "text"
        )
        partners = _grouped(
            ProjectPartner.objects.filter(project_id__in=ids)
            .order_by("project_id", "position")
            .annotate(
                shown=Case(
                    When(~Q(name_in_record=""), then=F("name_in_record")), default=F("organisation__name")
                )
            ),
            "shown",
        )
        engagements: dict[int, list[dict]] = defaultdict(list)
        for engagement in (
            Engagement.objects.filter(project_id__in=ids)
            .order_by("project_id", "start_date", "pk")
            .values("project_id", "offering_id", "kind", "status", "start_date", "end_date")
        ):
            number, offering = offering_names.get(engagement["offering_id"], (None, ""))
            engagements[engagement["project_id"]].append(
                {
                    "offering": number,
                    "offering_name": offering,
                    "kind": engagement["kind"],
                    "status": engagement["status"],
                    "start_date": schema.json_value(engagement["start_date"]),
                    "end_date": schema.json_value(engagement["end_date"]),
                }
            )
        for row in batch:
            pk = row["pk"]
            yield {
                "id": pk,
                "url": f"{base}{row['diary_number'].lower()}/" if base else "",
                "diary_number": row["diary_number"],
                "name": row["name"],
                "language": row["source_language"],
                "fallback": row["source_language"] != language,
                "application_title": row["application_title"],
                "owner": row["owner"],
                "owner_organisation_number": row["owner_organisation_number"],
                "country": row["country"],
                "fund": row["fund"],
                "programme_cci": row["programme_cci"],
                "start_date": row["start_date"],
                "end_date": row["end_date"],
                "status": row["status_now"],
                "status_label": statuses.get(row["status_now"], row["status_now"]),
                "eu_cofinancing_rate": schema.json_value(row["eu_cofinancing_rate"]),
                "programme_area": row["programme_area"],
                "specific_objective": row["specific_objective"],
                "secondary_theme": row["secondary_theme"] if row["secondary_theme_applies"] else "",
                "region": row["region"],
                "nuts2_code": row["nuts2_code"],
                "intervention_type": row["intervention_type"],
                "participant_count": row["participant_count"],
                "strategic_importance": row["strategic_importance"],
                "background": row["background"],
                "needs": needs.get(pk, []),
                "solution": row["solution"],
                "partners": partners.get(pk, []),
                "engagements": engagements.get(pk, []),
            }


def _grouped(queryset, field: str) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for project_id, value in queryset.values_list("project_id", field):
        grouped[project_id].append(value)
    return grouped


def project_count() -> int:
    return projects.register_projects(RegisterQuery()).count()


# The public events


def event_rows(language: str, absolute: Absolute) -> Iterator[dict]:
    with translation.override(language):
        base = absolute(_page_url(ActivityIndexPage, language))
        kinds = _labels(Activity.Kind.choices)
    queryset = (
        public_activities()
        .order_by("pk")
        .values(
            "pk",
            "slug",
            "kind",
            "status",
            "work_package",
            "start",
            "end",
            "time_zone",
            "country",
            "venue",
            "address",
            "online_url",
            "registration_open",
            event_language=F("language"),
            organiser_name=F("organiser__name"),
            title_shown=_fallback("title", language),
            description_shown=_fallback("description", language),
            translated=Case(When(~Q(**{_in(language, "title"): ""}), then=Value(True)), default=Value(False)),
            area_name=_fallback("support_area__name", language),
            theme_name=_fallback("theme__name", language),
        )
    )
    for batch in batches(queryset):
        for row in batch:
            yield {
                "id": row["pk"],
                "url": f"{base}{row['slug']}/" if base else "",
                "title": row["title_shown"],
                "language": language if row["translated"] else DEFAULT,
                "fallback": not row["translated"],
                "description": row["description_shown"],
                "kind": row["kind"],
                "kind_label": kinds.get(row["kind"], row["kind"]),
                "status": row["status"],
                "work_package": row["work_package"],
                "start": row["start"],
                "end": row["end"],
                "time_zone": row["time_zone"],
                "country": row["country"],
                "venue": row["venue"],
                "address": row["address"],
                "online_url": row["online_url"],
                "event_language": row["event_language"],
                "organiser": row["organiser_name"] or "",
                "support_area": row["area_name"] or "",
                "theme": row["theme_name"] or "",
                "registration_open": row["registration_open"],
            }


def event_count() -> int:
    return public_activities().count()


# The knowledge hub's tools and methods


def hub_rows(language: str, absolute: Absolute) -> Iterator[dict]:
    with translation.override(language):
        base = absolute(_page_url(KnowledgeHubPage, language))
        kinds = _labels(HubItem.Kind.choices)
    queryset = (
        # The hub's public items: those its listing and item pages show.
        HubItem.objects.filter(is_public=True)
        .order_by("pk")
        .values(
            "pk",
            "slug",
            "kind",
            "country",
            "link",
            "created",
            "updated",
            tool_language=F("language"),
            element_number=F("element__number"),
            title_shown=_fallback("title", language),
            description_shown=_fallback("description", language),
            translated=Case(When(~Q(**{_in(language, "title"): ""}), then=Value(True)), default=Value(False)),
            area_name=_fallback("support_area__name", language),
            element_name=_fallback("element__name", language),
        )
    )
    for batch in batches(queryset):
        for row in batch:
            yield {
                "id": row["pk"],
                "url": f"{base}{row['slug']}/" if base else "",
                "title": row["title_shown"],
                "language": language if row["translated"] else DEFAULT,
                "fallback": not row["translated"],
                "description": row["description_shown"],
                "kind": row["kind"],
                "kind_label": kinds.get(row["kind"], row["kind"]),
                "support_area": row["area_name"],
                "process_element": f"{row['element_number']}. {row['element_name']}",
                "tool_language": row["tool_language"],
                "country": row["country"],
                "link": row["link"],
                "added": row["created"],
                "updated": row["updated"],
            }


def hub_count() -> int:
    return HubItem.objects.filter(is_public=True).count()


@dataclass(frozen=True)
class Dataset:
    """One dataset: its file name, what it is (in every language, by gettext), its columns and rows."""

    name: str
    title: Promise
    description: Promise
    fields: tuple[schema.Field, ...]
    rows: Callable[[str, Absolute], Iterable[dict]]
    count: Callable[[], int]
    keywords: tuple[str, ...] = ()

    def schema(self) -> dict:
        return schema.table_schema(self.fields)


DATASETS = {
    dataset.name: dataset
    for dataset in (
        Dataset(
            "cases",
            _("Best-practice cases"),
            _(
                "The library's published cases of support for social innovation: what an organisation "
                "does and how, with its summary, full text, lessons, classification and validation."
            ),
            schema.CASES,
            case_rows,
            case_count,
            ("social innovation", "best practice"),
        ),
        Dataset(
            "mapping",
            _("Ecosystem mapping: approved entries"),
            _(
                "The partners' approved accounts of their countries' social-innovation ecosystems "
                "(actors, initiatives, experiences and assessments), with the assessments' scores."
            ),
            schema.MAPPING,
            mapping_rows,
            mapping_count,
            ("ecosystem mapping", "social innovation"),
        ),
        Dataset(
            "projects",
            _("ESF+ project register"),
            _(
                "The public projects of the ESF+ register, with every field of the managing "
                "authority's record and the support each project takes from the competence centre."
            ),
            schema.PROJECTS,
            project_rows,
            project_count,
            ("ESF+", "European Social Fund Plus", "projects"),
        ),
        Dataset(
            "events",
            _("Events"),
            _("The public events of the BuiCaSuS work packages: conferences, workshops, visits."),
            schema.EVENTS,
            event_rows,
            event_count,
            ("events", "capacity building"),
        ),
        Dataset(
            "hub-items",
            _("Knowledge hub: tools and methods"),
            _("The knowledge hub's public tools and methods that support social-innovation processes."),
            schema.HUB_ITEMS,
            hub_rows,
            hub_count,
            ("tools", "methods", "capacity building"),
        ),
    )
}
FORMATS = ("csv", "jsonl")
