"""The data package validates with frictionless, file by file; the catalogue parses as DCAT with rdflib."""

import json
from pathlib import Path

import frictionless
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF

from django.urls import reverse

from apps.core.i18n import LANGUAGE_CODES
from apps.opendata.datasets import DATASETS, FORMATS
from tests.activities.factories import ActivityFactory
from tests.capacity.factories import HubItemFactory
from tests.mapping.factories import ApprovedAssessmentFactory
from tests.projects.factories import EngagementFactory, EsfProjectFactory

from .helpers import body_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(db):
    """A record of each kind the load leaves without one, with a text a spreadsheet would run."""
    EngagementFactory(project=EsfProjectFactory(name="=cmd project"))
    ApprovedAssessmentFactory(title="@assessment")
    ActivityFactory(title="-workshop", slug="minus-workshop")
    HubItemFactory(title="+tool", slug="plus-tool")


def test_the_data_package_has_its_licence_sources_and_a_resource_per_file(client):
    package = client.get(reverse("opendata:datapackage")).json()
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["sources"]
    names = {resource["name"] for resource in package["resources"]}
    assert names == {
        f"{dataset}-{language}-{extension}"
        for dataset in DATASETS
        for language in LANGUAGE_CODES
        for extension in FORMATS
    }
    cases = next(resource for resource in package["resources"] if resource["name"] == "cases-en-csv")
    assert cases["path"] == "http://testserver/api/v1/data/cases.en.csv"
    assert [field["name"] for field in cases["schema"]["fields"]] == [
        field.name for field in DATASETS["cases"].fields
    ]


def test_the_data_package_and_every_file_validate_with_frictionless(client, records, tmp_path):
    package = client.get(reverse("opendata:datapackage")).json()
    for resource in package["resources"]:
        name = Path(resource["path"]).name
        (tmp_path / name).write_text(body_of(client.get(resource["path"])), encoding="utf-8")
        resource["path"] = name
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])[:20]
    assert len(report.tasks) == len(package["resources"])


def test_the_catalogue_is_dcat_with_every_dataset_licensed_and_distributed(client):
    response = client.get(reverse("opendata:catalogue"))
    assert response["Content-Type"].startswith("application/ld+json")
    graph = rdflib.Graph().parse(data=response.content.decode(), format="json-ld")
    catalogues = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogues) == 1
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == len(DATASETS)
    for dataset in datasets:
        assert (catalogues[0], DCAT.dataset, dataset) in graph
        assert graph.value(dataset, DCTERMS.license) is not None
        assert graph.value(dataset, DCTERMS.publisher) is not None
        titles = {title.language for title in graph.objects(dataset, DCTERMS.title)}
        assert titles == set(LANGUAGE_CODES)
        assert {d.language for d in graph.objects(dataset, DCTERMS.description)} == set(LANGUAGE_CODES)
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) == len(LANGUAGE_CODES) * len(FORMATS)
        for distribution in distributions:
            download = str(graph.value(distribution, DCAT.downloadURL))
            assert download.startswith("http://testserver/api/v1/data/")
            assert graph.value(distribution, DCAT.accessURL) is not None
            assert graph.value(distribution, DCAT.mediaType) is not None
            assert graph.value(distribution, DCTERMS["format"]) is not None
    page = str(graph.value(catalogues[0], rdflib.FOAF.homepage))
    assert page.startswith("http://testserver/en/")
