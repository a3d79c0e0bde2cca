"""The kernel's shared fields: the public flag and the relation to a record's revisions."""

import pytest

from django.contrib.contenttypes.fields import GenericRelation

from wagtail.models import Revision

from apps.activities.models import Activity
from apps.core.fields import public_flag, revisions_relation
from apps.projects.models import Engagement, EsfProject
from apps.reports.models import ReportRequest
from apps.strategies.models import ActionItem, Strategy
from apps.workpackages.models import Deliverable, MentoringSession, Pilot


def test_the_public_flag_is_off_unless_the_model_says_its_records_start_public():
    field = public_flag()
    assert (str(field.verbose_name), field.default, field.help_text) == ("public", False, "")
    assert public_flag("Shown in the hub.", default=True).default is True


@pytest.mark.parametrize(
    ("model", "default"),
    [
        (Activity, True),
        (EsfProject, True),
        (Strategy, False),
        (Deliverable, False),
        (Pilot, False),
        (MentoringSession, False),
        (ReportRequest, False),
    ],
)
def test_every_model_flags_its_public_records_with_the_same_field(model, default):
    field = model._meta.get_field("is_public")
    shared = public_flag(field.help_text, default=default)
    assert field.deconstruct()[1:] == shared.deconstruct()[1:]


def test_the_revisions_relation_names_the_record_for_revision_queries():
    field = revisions_relation("strategy")
    assert isinstance(field, GenericRelation)
    assert field.related_query_name() == "strategy"


@pytest.mark.parametrize(
    ("model", "query_name"),
    [(Strategy, "strategy"), (ActionItem, "action_item"), (Engagement, "engagement"), (Pilot, "pilot")],
)
def test_snippets_with_revisions_reach_them_through_the_shared_relation(model, query_name):
    field = model._meta.get_field("_revisions")
    assert field.remote_field.model is Revision
    assert field.related_query_name() == query_name


def test_a_language_field_offers_the_portal_languages_and_names_itself_language_unless_told():
    from django.conf import settings

    from apps.core.fields import language_field

    field = language_field()
    assert (str(field.verbose_name), field.max_length, field.choices) == ("language", 8, settings.LANGUAGES)
    assert str(language_field("language of the entry").verbose_name) == "language of the entry"


@pytest.mark.parametrize(
    ("model", "name"),
    [
        ("practices.PracticePage", "original_language"),
        ("projects.EsfProject", "source_language"),
        ("mapping.MappingEntry", "language"),
        ("users.User", "preferred_language"),
        ("notifications.Notification", "language"),
    ],
)
def test_every_language_column_is_the_shared_language_field(model, name):
    from django.apps import apps

    from apps.core.fields import language_field

    field = apps.get_model(model)._meta.get_field(name)
    shared = language_field(
        field.verbose_name, default=field.default, help_text=field.help_text, blank=field.blank
    )
    assert field.deconstruct()[1:] == shared.deconstruct()[1:]


def test_the_country_pages_of_the_library_and_the_mapping_share_one_base():
    from apps.mapping.models import MappingCountryPage
    from apps.practices.models import CountryPage
    from apps.vocabulary.pages import CountryPageBase

    for model in (CountryPage, MappingCountryPage):
        assert issubclass(model, CountryPageBase)
        assert model._meta.get_field("country").unique
        assert model.subpage_types == []
    assert CountryPage.parent_page_types == ["practices.PracticeIndexPage"]
    assert MappingCountryPage.parent_page_types == ["mapping.MappingIndexPage"]


def test_numbered_terms_are_listed_and_shown_by_their_number():
    from apps.projects.models import SupportOffering
    from apps.vocabulary.models import ProcessElement

    for model in (ProcessElement, SupportOffering):
        assert model._meta.ordering == ["number"]
        assert model._meta.get_field("number").unique
        assert str(model(number=3, name="Scaling")) == "3. Scaling"
