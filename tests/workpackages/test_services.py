"""The loader of what the sources state, a deliverable's status, the records' rules."""

import pytest

from django.core.exceptions import ValidationError
from django.core.management import call_command

from wagtail.models import Revision

from apps.partners.models import Organisation
from apps.site.models import StandardPage
from apps.workpackages.models import Deliverable, Pilot, PilotPage, WorkPackage
from apps.workpackages.services import deliverable_status_change, workpackages_load
from tests.users.factories import UserFactory
from tests.workpackages.factories import DeliverableFactory, work_package

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "sv", "lv", "es", "fr")


def load_again():
    call_command("load_buicasus", stdout=open("/dev/null", "w"))


def test_the_five_work_packages_have_the_kinds_of_the_sources():
    assert list(WorkPackage.objects.values_list("number", "kind")) == [
        (1, "coordination"),
        (2, "summative"),
        (3, "formative"),
        (4, "formative"),
        (5, "summative"),
    ]


def test_no_work_package_gets_a_lead_or_supporting_partner_the_sources_do_not_name():
    # The sources say every work package but WP1 has both, and name none of them.
    assert list(WorkPackage.objects.values_list("number", "lead_partner", "supporting_partner")) == [
        (number, None, None) for number in range(1, 6)
    ]
    assert list(WorkPackage.objects.order_by().values_list("start_month", "end_month").distinct()) == [
        (None, None)
    ]


def test_descriptions_and_objectives_are_in_five_languages_of_their_own():
    for record in WorkPackage.objects.all():
        descriptions = {str(getattr(record, f"description_{code}")) for code in LANGUAGES}
        assert len(descriptions) == 5, record
        objectives = {getattr(record, f"objectives_{code}") for code in LANGUAGES}
        # The sources list specific objectives for WP2 to WP5 only.
        assert len(objectives) == (1 if record.number == 1 else 5), record
    assert "five core support areas" in str(work_package(4).description_en)


def test_deliverable_5_2_is_the_national_strategies_with_no_date_or_status_the_sources_do_not_give():
    loaded = Deliverable.objects.get(code="D5.2")
    assert loaded.work_package.number == 5
    assert loaded.title_en == "National CCSI strategies and action plans"
    assert (loaded.due_date, loaded.status, loaded.is_public, bool(loaded.file)) == (None, "", True, False)
    assert Deliverable.objects.count() == 1


def test_the_two_pilots_are_in_latvia_and_spain_with_their_method_and_nothing_more():
    pilots = {pilot.country: pilot for pilot in Pilot.objects.all()}
    assert sorted(pilots) == ["ES", "LV"]
    for pilot in pilots.values():
        assert "mentoring" in pilot.method_en
        assert len({getattr(pilot, f"method_{code}") for code in LANGUAGES}) == 5
        assert (pilot.practice_transferred, pilot.mentor_organisation, pilot.mentee_organisation) == (
            "",
            None,
            None,
        )
        assert not pilot.stages.exists() and not pilot.sessions.exists()
        assert PilotPage.objects.get(pilot=pilot).get_parent().specific.work_package.number == 3


def test_each_work_package_page_is_linked_to_its_record_and_holds_no_text_of_its_own():
    pages = StandardPage.objects.filter(work_package__isnull=False).select_related("work_package")
    pages = pages.order_by("path")
    assert [page.work_package.number for page in pages] == [1, 2, 3, 4, 5]
    for page in pages:
        for code in LANGUAGES:
            assert len(getattr(page, f"body_{code}")) == 0, (page, code)


def test_loading_again_writes_no_revision_and_changes_no_record():
    before = (Revision.objects.count(), list(WorkPackage.objects.values()), list(Pilot.objects.values()))
    assert workpackages_load() == "5 work packages, 1 deliverable and 2 pilots"
    load_again()
    after = (Revision.objects.count(), list(WorkPackage.objects.values()), list(Pilot.objects.values()))
    assert after == before


def test_a_changed_fact_of_the_sources_is_restored_and_what_staff_added_is_kept():
    lead = Organisation.objects.get(slug="avise")
    record = work_package(2)
    record.kind = WorkPackage.Kind.FORMATIVE
    record.lead_partner = lead
    record.start_month = 1
    record.save()
    load_again()
    record.refresh_from_db()
    assert (record.kind, record.lead_partner, record.start_month) == ("summative", lead, 1)


def test_a_status_change_is_one_revision_by_its_author():
    loaded = Deliverable.objects.get(code="D5.2")
    author = UserFactory(superuser=True)
    before = loaded.revisions.count()
    deliverable_status_change(deliverable=loaded, status=Deliverable.Status.SUBMITTED, user=author)
    deliverable_status_change(deliverable=loaded, status=Deliverable.Status.SUBMITTED, user=author)
    loaded.refresh_from_db()
    assert loaded.status == Deliverable.Status.SUBMITTED
    assert loaded.revisions.count() == before + 1
    assert loaded.latest_revision.user == author


@pytest.mark.parametrize("code", ["5.2", "D5", "D5.0", "d5.2", "D5.2a", "D4.1"])
def test_a_deliverable_code_is_d_its_work_packages_number_a_dot_and_a_number(code):
    # The code is wrong for WP5, or no code at all, so the work package is named, not derived.
    made = DeliverableFactory.build(code=code, work_package=work_package(5), title="A deliverable")
    with pytest.raises(ValidationError) as error:
        made.full_clean()
    assert "code" in error.value.message_dict


def test_a_deliverable_code_is_unique():
    DeliverableFactory(code="D5.7", is_public=False)
    duplicate = DeliverableFactory.build(code="D5.7", work_package=work_package(5), title="Again")
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_a_work_package_cannot_end_before_it_starts_nor_be_supported_by_its_lead():
    record = work_package(3)
    record.start_month, record.end_month = 10, 4
    with pytest.raises(ValidationError):
        record.full_clean()
    record.start_month, record.end_month = None, None
    record.lead_partner = record.supporting_partner = Organisation.objects.get(slug="sif")
    with pytest.raises(ValidationError):
        record.full_clean()
