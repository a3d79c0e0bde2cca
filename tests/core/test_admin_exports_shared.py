"""A snippet listing that names no export of its own exports the fields its columns show."""

import csv
import io

import pytest

from django.urls import reverse

from wagtail.admin.ui.tables import Column

from apps.core.admin.snippets import snippet_viewset
from apps.projects.models import ClusterCoalition
from apps.workpackages.models import Deliverable
from tests.users.factories import UserFactory


def test_a_listing_without_an_export_of_its_own_exports_its_columns_fields():
    columns = [
        "__str__",
        "title",
        Column("due_date", label="due", accessor=lambda deliverable: "soon"),
        Column("late", label="late", accessor=lambda deliverable: "no"),
        "status",
    ]
    viewset = snippet_viewset(Deliverable, "doc-full", list_display=columns)()
    # Neither the text of the record nor a column that is no field of the model.
    assert viewset.list_export == ["title", "due_date", "status"]
    # A listing naming its own export keeps it; one leaving its columns to Wagtail exports nothing.
    assert snippet_viewset(Deliverable, "doc-full", list_export=["code"])().list_export == ["code"]
    assert snippet_viewset(Deliverable, "doc-full")().list_export == []


def test_a_listing_without_an_export_of_its_own_exports_what_it_shows():
    assert ClusterCoalition.snippet_viewset.list_export == ClusterCoalition.snippet_viewset.list_display


@pytest.mark.django_db
def test_the_csv_of_a_listing_has_its_columns_as_headers(client):
    ClusterCoalition.objects.create(name="Nordic social economy")
    client.force_login(UserFactory(superuser=True))
    response = client.get(reverse("wagtailsnippets_projects_clustercoalition:list"), {"export": "csv"})
    assert response.status_code == 200
    assert 'filename="cluster-coalitions.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows == [["Name"], ["Nordic social economy"]]
