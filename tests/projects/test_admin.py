"""Staff change the register in the Wagtail admin; nobody else reaches it."""

import pytest

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Revision

from apps.projects.models import Engagement, EsfProject, SupportOffering
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db
MODELS = ["esfproject", "engagement", "supportoffering", "offeringitem", "clustercoalition"]


def posted(form) -> dict:
    """What the browser sends back for form unchanged: its fields and its inline formsets."""
    data = {}

    def add(bound_form):
        for name in bound_form.fields:
            value = bound_form[name].value()
            if value is True:
                data[bound_form.add_prefix(name)] = "on"
            elif value not in (None, False):
                data[bound_form.add_prefix(name)] = value

    add(form)
    for formset in form.formsets.values():
        add(formset.management_form)
        for child in formset.forms:
            add(child)
    return data


def listing(model: str) -> str:
    return f"/admin/snippets/projects/{model}/"


@pytest.mark.parametrize("model", MODELS)
def test_anonymous_visitors_are_sent_to_the_login(client, model):
    response = client.get(listing(model))
    assert response.status_code == 302 and "/login" in response["Location"]


@pytest.mark.parametrize("model", MODELS)
def test_a_partner_without_staff_rights_cannot_reach_the_register_admin(client, model):
    user = UserFactory()
    MembershipFactory(user=user, organisation=OrganisationFactory())
    client.force_login(user)
    response = client.get(listing(model))
    assert response.status_code in (302, 403)
    projects = EsfProject.objects.count()
    project = EsfProject.objects.get(diary_number="22-018-S01")
    assert client.post(f"{listing('esfproject')}add/", {"name": "x"}).status_code in (302, 403)
    assert client.post(f"{listing('esfproject')}delete/{project.pk}/").status_code in (302, 403)
    assert EsfProject.objects.count() == projects


@pytest.mark.parametrize("model", MODELS)
def test_staff_see_each_listing(admin_client, model):
    assert admin_client.get(listing(model)).status_code == 200


def test_staff_search_filter_and_export_projects(admin_client):
    html = admin_client.get(listing("esfproject"), {"q": "Kompetenscenter"}).content.decode()
    assert "22-018-S01" in html
    assert admin_client.get(listing("esfproject"), {"country": "LV"}).status_code == 200
    export = admin_client.get(listing("esfproject"), {"export": "csv"})
    body = b"".join(export.streaming_content) if export.streaming else export.content
    assert b"22-018-S01" in body


def test_the_offering_and_item_forms_have_a_tab_per_language(admin_client):
    offering = SupportOffering.objects.get(number=1)
    html = admin_client.get(f"{listing('supportoffering')}edit/{offering.pk}/").content.decode()
    for field in ("name_en", "name_sv", "name_lv", "name_es", "name_fr"):
        assert f'name="{field}"' in html
    item = offering.items.first()
    html = admin_client.get(f"{listing('offeringitem')}edit/{item.pk}/").content.decode()
    for field in ("text_en", "text_sv", "text_lv", "text_es", "text_fr"):
        assert f'name="{field}"' in html


def test_an_edit_in_the_admin_is_kept_in_the_project_s_history(admin_client):
    project = EsfProject.objects.get(diary_number="22-018-S01")
    before = Revision.objects.filter(
        content_type=ContentType.objects.get_for_model(EsfProject), object_id=str(project.pk)
    ).count()
    url = f"{listing('esfproject')}edit/{project.pk}/"
    data = posted(admin_client.get(url).context["form"])
    assert data["needs-TOTAL_FORMS"] == 7 and data["project_partners-TOTAL_FORMS"] == 3
    data["participant_count"] = 3
    data["needs-6-text"] = "Ändrat behov"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    project.refresh_from_db()
    assert project.participant_count == 3
    assert project.needs.get(position=7).text == "Ändrat behov" and project.needs.count() == 7
    assert (
        Revision.objects.filter(
            content_type=ContentType.objects.get_for_model(EsfProject), object_id=str(project.pk)
        ).count()
        == before + 1
    )
    assert admin_client.get(f"{listing('esfproject')}history/{project.pk}/").status_code == 200
    assert Engagement._meta.get_field("_revisions")


def test_an_engagement_added_by_staff_keeps_its_revision(admin_client):
    project = EsfProject.objects.get(diary_number="22-018-S01")
    response = admin_client.post(
        f"{listing('engagement')}add/",
        {
            "project": project.pk,
            "offering": SupportOffering.objects.get(number=1).pk,
            "kind": "coaching",
            "start_date": "2024-02-01",
            "status": "active",
            "note": "",
        },
    )
    assert response.status_code == 302
    engagement = Engagement.objects.get(project=project)
    assert engagement.revisions.count() == 1


@pytest.mark.parametrize("model", ["engagement", "offeringitem"])
def test_an_admin_listing_and_its_csv_read_as_many_queries_for_many_rows_as_for_few(admin_client, model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from apps.projects.models import OfferingItem
    from tests.projects.factories import EngagementFactory

    offering = SupportOffering.objects.get(number=2)

    def add(count):
        for _ in range(count):
            if model == "engagement":
                EngagementFactory(offering=offering)
            else:
                OfferingItem.objects.create(
                    offering=offering, position=OfferingItem.objects.count() + 1, text="Item"
                )

    def queries(url):
        admin_client.get(url)  # the admin's own first-request reads aside
        with CaptureQueriesContext(connection) as context:
            assert admin_client.get(url).status_code == 200
        return len(context)

    listing = f"/admin/snippets/projects/{model}/"
    add(2)
    few = queries(listing), queries(f"{listing}?export=csv")
    add(10)
    assert (queries(listing), queries(f"{listing}?export=csv")) == few
