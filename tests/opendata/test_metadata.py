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


def test_the_data_package_has_its_licence_sources_and_a_resource_per_dataset_and_language(client):
    package = client.get(reverse("opendata:datapackage")).json()
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["sources"]
    names = {resource["name"] for resource in package["resources"]}
    assert names == {f"{dataset}-{language}-csv" for dataset in DATASETS for language in LANGUAGE_CODES}
    cases = next(resource for resource in package["resources"] if resource["name"] == "cases-en-csv")
    assert cases["path"] == "http://testserver/api/v1/data/cases.en.csv"
    assert cases["jsonl"] == "http://testserver/api/v1/data/cases.en.jsonl"
    assert [field["name"] for field in cases["schema"]["fields"]] == [
        field.name for field in DATASETS["cases"].fields
    ]


def _fetched(client, tmp_path) -> dict:
    """The data package with every CSV file fetched into tmp_path (and each JSON Lines file beside it)."""
    package = client.get(reverse("opendata:datapackage")).json()
    for resource in package["resources"]:
        for key in ("path", "jsonl"):
            name = Path(resource[key]).name
            (tmp_path / name).write_text(body_of(client.get(resource[key])), encoding="utf-8")
            resource[key] = name
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    return package


def _errors(report) -> list:
    return report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])[:20]


def test_the_data_package_validates_with_frictionless_as_the_load_leaves_it(client, tmp_path):
    """Some datasets are empty after the load (the sources name no tool): their files validate too."""
    package = _fetched(client, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, _errors(report)
    assert len(report.tasks) == len(package["resources"]) == len(DATASETS) * len(LANGUAGE_CODES)


def test_every_file_validates_with_frictionless_with_a_record_of_each_kind(client, records, tmp_path):
    """Every CSV file as the package describes it, and its JSON Lines file with the same schema and rows."""
    package = _fetched(client, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, _errors(report)
    rows = {task.name: task.stats["rows"] for task in report.tasks}
    assert all(rows.values()), "every file has rows"
    for resource in package["resources"]:
        jsonl = frictionless.Resource(
            {
                "name": resource["name"].replace("-csv", "-jsonl"),
                "path": resource["jsonl"],
                "format": "jsonl",
                "encoding": "utf-8",
                "schema": resource["schema"],
            },
            basepath=str(tmp_path),
        )
        report = frictionless.validate(jsonl)
        assert report.valid, _errors(report)
        assert report.tasks[0].stats["rows"] == rows[resource["name"]]


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
