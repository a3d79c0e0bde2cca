"""Validating a case against the checklist: who may, what it records, and what readers see."""

import datetime

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import GroupPagePermission, PageLogEntry, Revision

from apps.practices.demo import demo_cases_create, demo_cases_delete
from apps.practices.models import (
    CaseValidation,
    CriterionRating,
    PracticeIndexPage,
    PracticePage,
    Rating,
    ValidationCriterion,
    ValidationState,
)
from apps.practices.selectors import facet_index_invalidate, practice_listing
from apps.practices.selectors.facets import facet_value_labels
from apps.practices.services.validation import VALIDATE_ACTION, case_validate, criteria_load
from tests.helpers import html_of
from tests.practices.factories import PracticePageFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

KEYS = ["problem", "approach", "evidence", "scale", "transfer"]


@pytest.fixture
def criteria():
    criteria_load()
    return list(ValidationCriterion.objects.all())


@pytest.fixture
def validate(criteria, superuser, django_capture_on_commit_callbacks):
    """Validate a case as the superuser, running what the service leaves for the commit."""

    def validate(case, user=None, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return case_validate(practice=case, validator=user or superuser, ratings=ratings(**changes))

    return validate


def ratings(**changes) -> dict[str, tuple[str, str]]:
    values = {key: (Rating.PARTLY, f"Partly shown in the case's text ({key}).") for key in KEYS}
    values["evidence"] = (Rating.FULLY, "Evaluated by the municipality in 2021.")
    values["transfer"] = (Rating.NOT_ASSESSED, "")
    values.update(changes)
    return values


def publish_change(case, django_capture_on_commit_callbacks, **fields):
    page = PracticePage.objects.get(pk=case.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    case.refresh_from_db()


@pytest.fixture
def editor(db):
    """A member of staff who may edit the library's cases but not publish them."""
    group = Group.objects.create(name="Case editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=PracticeIndexPage.objects.get(),
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"),
    )
    user = UserFactory(is_staff=True)
    user.groups.add(group)
    return user


def form_data(**changes) -> dict[str, str]:
    data = {}
    for key, (rating, justification) in ratings(**changes).items():
        data[f"rating_{key}"] = rating
        data[f"justification_{key}"] = justification
    return data


def validate_url(case) -> str:
    return f"/admin/practices/validate/{case.pk}/"


# The checklist


def test_the_checklist_has_five_criteria_named_in_every_language(criteria):
    criteria_load()  # loading again updates, never duplicates
    assert [criterion.key for criterion in ValidationCriterion.objects.all()] == KEYS
    transfer = ValidationCriterion.objects.get(key="transfer")
    assert transfer.name_en == "Potential to transfer to another country"
    names = {code: getattr(transfer, f"name_{code}") for code in ("sv", "lv", "es", "fr")}
    assert len(set(names.values())) == 4 and transfer.name_en not in names.values()
    for criterion in criteria:
        for code in ("en", "sv", "lv", "es", "fr"):
            assert getattr(criterion, f"name_{code}") and getattr(criterion, f"description_{code}")


# Validating


def test_validating_rates_the_live_revision_without_a_new_one(case, superuser, validate):
    revisions = Revision.objects.filter(object_id=str(case.pk)).count()
    validation = validate(case)
    case.refresh_from_db()
    assert case.validation == ValidationState.CURRENT
    assert case.validated_at == validation.validated_at
    assert validation.revision_id == case.live_revision_id
    assert validation.validator == superuser and validation.validator_name
    assert validation.language == case.original_language == "en"
    assert dict(validation.ratings.values_list("criterion__key", "rating")) == {
        "problem": "partly",
        "approach": "partly",
        "evidence": "fully",
        "scale": "partly",
        "transfer": "not_assessed",
    }
    assert Revision.objects.filter(object_id=str(case.pk)).count() == revisions
    assert not case.has_unpublished_changes


def test_validation_is_a_step_in_the_history_with_what_changed(case, superuser, validate, admin_client):
    validate(case)
    validate(case, evidence=(Rating.PARTLY, "The evaluation covers one year only."))
    first, second = PageLogEntry.objects.filter(page=case, action=VALIDATE_ACTION).order_by("timestamp", "pk")
    assert first.user == superuser and first.data["previous"] is None
    assert second.data["changed"] == {"evidence": ["fully", "partly"]}
    case.refresh_from_db()
    assert second.data["revision"] == case.live_revision_id
    history = admin_client.get(f"/admin/pages/{case.pk}/history/")
    text = " ".join(html_of(history).get_text(" ").split())
    assert "Validated again. Changed: Evidence of results: Fully met → Partly met" in text
    assert "Validated against the checklist: Problem addressed and its scope: Partly met" in text


def test_a_draft_cannot_be_validated(criteria, superuser, admin_client):
    draft = PracticePageFactory(title="Draft harbour case", live=False)
    with pytest.raises(ValidationError):
        case_validate(practice=draft, validator=superuser, ratings=ratings())
    response = admin_client.get(validate_url(draft))
    assert "Only a published case can be validated" in response.content.decode()
    assert not html_of(response).select("form input[name=rating_problem]")
    assert admin_client.post(validate_url(draft), form_data()).status_code == 400
    assert not CaseValidation.objects.filter(practice=draft).exists()
    draft.refresh_from_db()
    assert draft.validation == ValidationState.NONE


def test_only_who_may_publish_the_case_may_validate_it(case, criteria, editor, client):
    with pytest.raises(PermissionDenied):
        case_validate(practice=case, validator=editor, ratings=ratings())
    client.force_login(editor)
    assert client.get(f"/admin/pages/{case.pk}/edit/").status_code == 200
    assert client.get(validate_url(case)).status_code == 403
    assert client.post(validate_url(case), form_data()).status_code == 403
    assert validate_url(case) not in client.get(f"/admin/pages/{case.pk}/edit/").content.decode()
    assert not CaseValidation.objects.exists()


def test_every_criterion_must_be_rated(case, criteria, superuser):
    incomplete = ratings()
    del incomplete["scale"]
    with pytest.raises(ValidationError):
        case_validate(practice=case, validator=superuser, ratings=incomplete)
    with pytest.raises(ValidationError):
        case_validate(practice=case, validator=superuser, ratings=ratings(scale=("perfectly", "")))


def test_an_editor_validates_from_the_case_in_the_admin(case, criteria, admin_client):
    edit = admin_client.get(f"/admin/pages/{case.pk}/edit/").content.decode()
    assert validate_url(case) in edit
    form = admin_client.get(validate_url(case))
    assert len(html_of(form).select("fieldset")) == 5
    assert "Write the justifications in English, the case's language." in " ".join(
        html_of(form).get_text(" ").split()
    )
    invalid = admin_client.post(validate_url(case), form_data(scale=("perfectly", "")))
    assert invalid.status_code == 400 and not CaseValidation.objects.exists()
    response = admin_client.post(validate_url(case), form_data())
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{case.pk}/edit/"
    case.refresh_from_db()
    assert case.validation == ValidationState.CURRENT
    # The form starts from the latest ratings.
    again = html_of(admin_client.get(validate_url(case)))
    assert again.select_one("input[name=rating_evidence][checked]")["value"] == "fully"


def test_the_csrf_token_is_required(case, criteria, superuser):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    assert client.post(validate_url(case), form_data()).status_code == 403
    assert not CaseValidation.objects.exists()


# Publishing after a validation


def test_a_change_published_after_validation_makes_it_stale_until_revalidated(
    case, validate, django_capture_on_commit_callbacks
):
    validation = validate(case)
    publish_change(case, django_capture_on_commit_callbacks, summary="A changed summary of the case.")
    assert case.validation == ValidationState.STALE
    assert case.validated_at == validation.validated_at
    assert listing_counts()["validation"]["stale"] == 1
    validate(case)
    case.refresh_from_db()
    assert case.validation == ValidationState.CURRENT
    assert listing_counts()["validation"]["current"] == 1


def test_publishing_never_writes_the_validation_from_a_revision(
    case, validate, django_capture_on_commit_callbacks
):
    draft = PracticePage.objects.get(pk=case.pk).save_revision()  # made before the validation
    validate(case)
    with django_capture_on_commit_callbacks(execute=True):
        Revision.objects.get(pk=draft.pk).publish()
    case.refresh_from_db()
    assert case.validation == ValidationState.STALE
    assert case.validated_at is not None


def listing_counts():
    return practice_listing(filters={}, text="", sort="newest", page=1, language="en").counts


# What readers see


@pytest.fixture
def official(case):
    """The case under its official Swedish name, with the sources' English name."""
    PracticePage.objects.filter(pk=case.pk).update(
        name_is_official=True, source_name="Sweden's Shared Harbour Kitchen"
    )
    case.refresh_from_db()
    return case


def case_url(case, language):
    with translation.override(language):
        return case.get_url()


def test_the_case_page_shows_the_badge_date_criteria_and_subtitle_in_two_languages(
    official, validate, client
):
    validate(official)
    english = html_of(client.get(case_url(official, "en")))
    badge = english.select_one(".practice-validation")
    text = " ".join(badge.get_text(" ").split())
    assert "Validated" in text and "before the last change" not in text
    assert badge.select_one("time")["datetime"] == official.validated_at.date().isoformat()
    assert [dt.get_text(strip=True) for dt in badge.select("dt")] == [
        "Evidence of results",
        "Problem addressed and its scope",
        "Approach",
        "Potential to scale",
    ]
    assert "Evaluated by the municipality in 2021." in text
    subtitle = english.select_one(".practice__subtitle")
    assert subtitle.get_text(strip=True) == "Sweden's Shared Harbour Kitchen" and subtitle["lang"] == "en"
    swedish = html_of(client.get(case_url(official, "sv")))
    text = " ".join(swedish.select_one(".practice-validation").get_text(" ").split())
    assert "Validerad" in text and "Belägg för resultat" in text and "Helt uppfyllt" in text
    assert swedish.select_one(".practice__subtitle[lang=en]").get_text(strip=True) == (
        "Sweden's Shared Harbour Kitchen"
    )


def test_a_stale_validation_reads_validated_before_the_last_change(
    case, validate, client, django_capture_on_commit_callbacks
):
    validate(case)
    publish_change(case, django_capture_on_commit_callbacks, summary="A changed summary of the case.")
    page = html_of(client.get(case.url))
    assert "Validated before the last change" in page.select_one(".practice-validation .badge").get_text()
    card = html_of(client.get("/en/best-practices/")).select_one(".practice-card .practice-validation")
    assert "Validated before the last change" in card.get_text()


def test_no_badge_and_no_subtitle_without_them(case, client):
    page = html_of(client.get(case.url))
    assert not page.select(".practice-validation") and not page.select(".practice__subtitle")
    # The subtitle is not the title again.
    PracticePage.objects.filter(pk=case.pk).update(name_is_official=True, source_name=case.title)
    assert not html_of(client.get(case.url)).select(".practice__subtitle")


def test_listing_cards_show_the_badge_criteria_met_and_subtitle_in_two_languages(official, validate, client):
    validate(official)
    card = html_of(client.get("/en/best-practices/")).select_one(".practice-card")
    assert card.select_one("h3").get_text(strip=True) == official.title
    assert (
        card.select_one(".card__subtitle[lang=en]").get_text(strip=True) == "Sweden's Shared Harbour Kitchen"
    )
    text = " ".join(card.select_one(".practice-validation").get_text(" ").split())
    assert text.startswith("Validated ")
    assert "Criteria met: Evidence of results (fully), Problem addressed and its scope (partly)" in text
    assert "Potential to transfer" not in text
    card = html_of(client.get("/sv/goda-exempel/")).select_one(".practice-card")
    text = " ".join(card.select_one(".practice-validation").get_text(" ").split())
    assert text.startswith("Validerad ")
    assert "Uppfyllda kriterier: Belägg för resultat (helt)" in text
    assert card.select_one(".card__subtitle[lang=en]")


# The facet


def test_the_validation_facet_is_labelled_in_every_language():
    labels = {}
    for code in ("en", "sv", "lv", "es", "fr"):
        with translation.override(code):
            labels[code] = {
                value: label for value, (label, _key) in facet_value_labels()["validation"].items()
            }
    assert labels["en"] == {
        "current": "Validated",
        "stale": "Validated before the last change",
        "none": "Not validated",
    }
    for code in ("sv", "lv", "es", "fr"):
        assert set(labels[code]) == {"current", "stale", "none"}
        assert not set(labels[code].values()) & set(labels["en"].values()), code


LOOKUPS = {
    "country": "country__in",
    "element": "elements__number__in",
    "area": "support_areas__code__in",
    "validation": "validation__in",
    "region": "region__in",
}
STATES = [
    {},
    {"validation": ["current"]},
    {"validation": ["stale", "none"], "country": ["SE"]},
    {"region": ["SE11", "ES51"]},
    {"validation": ["current"], "element": ["4"], "region": ["SE11"]},
]


def orm_count(filters) -> int:
    queryset = PracticePage.objects.live()
    for facet, values in filters.items():
        queryset = queryset.filter(**{LOOKUPS[facet]: values})
    return queryset.distinct().count()


def test_validation_and_region_counts_equal_plain_orm_counts(criteria):
    demo_cases_create(count=120, seed=5)
    demo = list(PracticePage.objects.filter(is_demo=True).order_by("pk").values_list("pk", "country"))
    regions = {"SE": "SE11", "ES": "ES51", "FR": "FR10", "LV": "LV00"}
    for pk, country in demo[::3]:
        PracticePage.objects.filter(pk=pk).update(region=regions[country])
    facet_index_invalidate()
    assert PracticePage.objects.filter(validation="current").count() == 30
    for filters in STATES:
        listing = practice_listing(filters=filters, text="", sort="newest", page=1, language="en")
        assert listing.total == orm_count(filters), filters
        for facet in ("validation", "region", "country"):
            others = {key: values for key, values in filters.items() if key != facet}
            assert listing.counts[facet], facet
            for value, count in listing.counts[facet].items():
                assert count == orm_count({**others, facet: [value]}), (filters, facet, value)


def test_the_library_page_offers_the_validation_facet(client, criteria, validate, case):
    """The sidebar shows the facet with its labels; it needs the facet in the library's labels."""
    validate(case)
    sidebar = html_of(client.get("/sv/goda-exempel/")).select_one(".facets")
    options = {
        option.select("span")[1].get_text(strip=True): int(option.select_one(".facet__count").get_text())
        for option in sidebar.select(".facet__option")
    }
    assert options["Validerad"] == 1 and options["Inte validerad"] == 35
    filtered = html_of(client.get("/en/best-practices/?validation=current"))
    assert [h3.get_text(strip=True) for h3 in filtered.select(".practice-card h3")] == [case.title]


# Real content, the demo, and the cost of a page


def test_no_real_case_is_validated_nor_shows_a_badge(client, criteria):
    real = PracticePage.objects.filter(is_demo=False)
    assert real.count() == 35
    assert set(real.values_list("validation", flat=True)) == {ValidationState.NONE}
    assert not CaseValidation.objects.exists()
    listing = html_of(client.get("/en/best-practices/?sort=title"))
    assert len(listing.select(".practice-card")) == 20 and not listing.select(".practice-validation")
    for case in real.order_by("pk")[:5]:
        assert not html_of(client.get(case.url)).select(".practice-validation")


def test_a_share_of_the_demo_cases_is_validated():
    demo_cases_create(count=40)
    demo = PracticePage.objects.filter(is_demo=True)
    assert demo.filter(validation=ValidationState.CURRENT).count() == 10
    assert demo.filter(validation=ValidationState.STALE).count() == 5
    assert CriterionRating.objects.count() == 15 * 5
    assert not PracticePage.objects.filter(is_demo=False).exclude(validation=ValidationState.NONE).exists()
    demo_cases_delete()
    assert not CaseValidation.objects.exists() and not CriterionRating.objects.exists()


def queries(client, path) -> int:
    client.get(path)  # the first request after a change fills the caches
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(context.captured_queries)


def test_the_case_page_costs_the_same_whatever_the_number_of_criteria(
    case, validate, client, django_capture_on_commit_callbacks
):
    plain = queries(client, case.url)
    validate(case)
    validated = queries(client, case.url)
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3):
            ValidationCriterion.objects.create(
                key=f"extra-{number}", name=f"Extra {number}", sort_order=10 + number
            )
    validate(case, **{f"extra-{number}": (Rating.FULLY, "") for number in range(3)})
    assert "Extra 2" in html_of(client.get(case.url)).select_one(".practice-validation").get_text()
    assert queries(client, case.url) == validated == plain


def test_validated_cards_cost_no_query_whatever_their_number(client, criteria):
    # The demo cases come first among the newest, whenever the real ones were loaded.
    later = timezone.now() + datetime.timedelta(days=1)
    demo_cases_create(count=10)
    path = "/en/best-practices/?sort=newest"
    PracticePage.objects.filter(is_demo=True).update(
        validation=ValidationState.NONE, validated_at=None, first_published_at=later
    )
    facet_index_invalidate()
    plain = queries(client, path)
    assert not html_of(client.get(path)).select(".practice-validation")
    demo_cases_create(count=40)
    PracticePage.objects.filter(is_demo=True).update(first_published_at=later)
    facet_index_invalidate()
    assert html_of(client.get(path)).select(".practice-validation")
    assert queries(client, path) == plain
