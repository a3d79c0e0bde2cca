"""The shared fields keep one definition: the demo marker and the time stamps."""

from apps.activities.models import Activity
from apps.capacity.models import HubItem
from apps.core.fields import created_stamp, demo_marker, optional_foreign_key, updated_stamp
from apps.practices.models import PracticePage
from apps.strategies.models import ActionItem


def test_the_demo_marker_is_hidden_from_forms_and_off_by_default():
    field = demo_marker()
    assert (field.default, field.editable, str(field.verbose_name)) == (False, False, "demo data")


def test_every_model_marks_its_demo_records_with_the_same_field():
    for model in (Activity, HubItem, ActionItem, PracticePage):
        field = model._meta.get_field("is_demo")
        assert field.deconstruct()[1:] == demo_marker(db_index=field.db_index).deconstruct()[1:]


def test_the_stamps_are_set_by_saving_and_keep_their_label():
    created, updated = created_stamp(), updated_stamp()
    assert created.auto_now_add and not created.auto_now
    assert updated.auto_now
    assert str(created_stamp("added").verbose_name) == "added"
    assert str(Activity._meta.get_field("created").verbose_name) == "created"


def test_an_optional_link_may_be_empty_and_empties_when_its_target_goes_unless_told_otherwise():
    from django.db import models

    from apps.partners.models import Organisation
    from apps.workpackages.models import WorkPackage

    organiser = Activity._meta.get_field("organiser")
    assert (organiser.null, organiser.blank, organiser.remote_field.on_delete) == (
        True,
        True,
        models.SET_NULL,
    )
    lead = WorkPackage._meta.get_field("lead_partner")
    assert (lead.null, lead.blank, lead.remote_field.on_delete) == (True, True, models.PROTECT)
    field = optional_foreign_key(Organisation, related_name="+")
    assert (field.null, field.blank, field.remote_field.on_delete) == (True, True, models.SET_NULL)
