"""What describes the files: the licence, the source, the Frictionless data package and the DCAT-AP
catalogue. Both are built from the datasets' one definition (datasets.py and schema.py), with
absolute addresses from the request.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from apps.core.i18n import LANGUAGE_CODES

from .datasets import DATASETS, FORMATS

LICENCE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
# DCAT-AP names licences from the EU's authority table.
LICENCE_AUTHORITY = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"
RIGHTS = (
    "The portal's own texts are licensed CC BY 4.0: share and adapt them, naming the CCSI portal "
    "(BuiCaSuS project) as the source. Source documents the records quote or link to (partners' "
    "reports, the ESF+ register, programme documents) keep their own terms."
)
PUBLISHER = "BuiCaSuS project: Competence Centre for Social Innovation (CCSI)"
SOURCES = [
    {
        "title": "CCSI portal of the BuiCaSuS project (the records as its staff and partners publish them)",
        "path": "/",
    },
    {
        "title": "BuiCaSuS project documents and the ESF+ register of the managing authority "
        "(the seeds the portal was loaded from)",
    },
]
TITLE = _("Open data of the CCSI portal")
DESCRIPTION = _(
    "Every public record of the portal as downloadable files: the best-practice cases, the approved "
    "ecosystem-mapping entries with their scores, the ESF+ register, the events and the knowledge "
    "hub, in CSV and JSON Lines, in five languages."
)
MEDIA_TYPES = {"csv": "text/csv", "jsonl": "application/jsonl"}
# EU file-type authority (DCAT-AP dct:format).
FILE_TYPES = {
    "csv": "http://publications.europa.eu/resource/authority/file-type/CSV",
    "jsonl": "http://publications.europa.eu/resource/authority/file-type/JSON",
}
# EU language authority (DCAT-AP dct:language).
LANGUAGE_AUTHORITY = {
    "en": "ENG",
    "sv": "SWE",
    "lv": "LAV",
    "es": "SPA",
    "fr": "FRA",
}


def file_name(dataset: str, language: str, extension: str) -> str:
    return f"{dataset}.{language}.{extension}"


def file_path(dataset: str, language: str, extension: str) -> str:
    return reverse("opendata:file", args=[dataset, language, extension])


def in_every_language(text) -> dict[str, str]:
    values = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            values[code] = str(text)
    return values


def resource_name(dataset: str, language: str, extension: str) -> str:
    return f"{dataset}-{language}-{extension}"


PATH_PATTERN = "/api/v1/data/<dataset>.<language>.<csv|jsonl>"


def datapackage(absolute) -> dict:
    """The Frictionless data package: one tabular resource per dataset and language, its CSV file.

    Each dataset's JSON Lines file holds the same rows with the same schema (`jsonl` of each
    resource names it); it is not a resource of its own, since a Table Schema describes a CSV
    file, and Frictionless reads a JSON Lines file's columns from its first line, so an empty one
    would not validate.
    """
    resources = []
    for dataset in DATASETS.values():
        titles = in_every_language(dataset.title)
        descriptions = in_every_language(dataset.description)
        for language in [settings.LANGUAGE_CODE, *(c for c in LANGUAGE_CODES if c != settings.LANGUAGE_CODE)]:
            resources.append(
                {
                    "name": resource_name(dataset.name, language, "csv"),
                    "path": absolute(file_path(dataset.name, language, "csv")),
                    "title": f"{titles[language]} ({language})",
                    "description": descriptions[language],
                    "profile": "tabular-data-resource",
                    "format": "csv",
                    "mediatype": MEDIA_TYPES["csv"],
                    "encoding": "utf-8",
                    "dialect": {"delimiter": ",", "header": True, "quoteChar": '"', "doubleQuote": True},
                    "schema": dataset.schema(),
                    "licenses": [LICENCE],
                    "jsonl": absolute(file_path(dataset.name, language, "jsonl")),
                }
            )
    return {
        "profile": "tabular-data-package",
        "name": "ccsi-portal-open-data",
        "title": str(TITLE),
        "description": (
            f"{DESCRIPTION} {RIGHTS} Every file is at {PATH_PATTERN}, made from the live records when "
            "it is asked for; the JSON Lines file of each resource (its `jsonl`) holds the same rows "
            "and columns, each value with its JSON type."
        ),
        "homepage": absolute("/"),
        "version": "1.0.0",
        "keywords": ["social innovation", "ESF+", "BuiCaSuS", "CCSI", "open data"],
        "licenses": [LICENCE],
        "sources": [
            {**source, "path": absolute(source["path"])} if "path" in source else source for source in SOURCES
        ],
        "contributors": [{"title": PUBLISHER, "role": "publisher"}],
        "resources": resources,
    }


CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _tagged(values: dict[str, str]) -> list[dict]:
    return [{"@value": value, "@language": code} for code, value in values.items()]


def catalogue(absolute, page_url: str = "") -> dict:
    """The DCAT-AP catalogue of the datasets, as JSON-LD; every address absolute."""
    catalogue_id = absolute(reverse("opendata:catalogue"))
    landing = page_url or absolute("/")
    publisher = {"@id": f"{absolute('/')}#publisher", "@type": "foaf:Agent", "foaf:name": PUBLISHER}
    licence = {"@id": LICENCE_AUTHORITY}
    datasets = []
    for dataset in DATASETS.values():
        dataset_id = f"{catalogue_id}#{dataset.name}"
        distributions = []
        for language in LANGUAGE_CODES:
            for extension in FORMATS:
                url = absolute(file_path(dataset.name, language, extension))
                distributions.append(
                    {
                        "@id": f"{dataset_id}-{language}-{extension}",
                        "@type": "dcat:Distribution",
                        "dct:title": f"{dataset.name}.{language}.{extension}",
                        "dcat:accessURL": {"@id": landing},
                        "dcat:downloadURL": {"@id": url},
                        "dcat:mediaType": {
                            "@id": f"http://www.iana.org/assignments/media-types/{MEDIA_TYPES[extension]}"
                        },
                        "dct:format": {"@id": FILE_TYPES[extension]},
                        "dct:language": {
                            "@id": "http://publications.europa.eu/resource/authority/language/"
                            + LANGUAGE_AUTHORITY[language]
                        },
                        "dct:license": licence,
                        "dct:rights": {"@type": "dct:RightsStatement", "rdfs:label": RIGHTS},
                        "dcat:conformsTo": {"@id": absolute(reverse("opendata:datapackage"))},
                    }
                )
        datasets.append(
            {
                "@id": dataset_id,
                "@type": "dcat:Dataset",
                "dct:identifier": dataset.name,
                "dct:title": _tagged(in_every_language(dataset.title)),
                "dct:description": _tagged(in_every_language(dataset.description)),
                "dcat:keyword": list(dataset.keywords),
                "dct:publisher": publisher,
                "dct:license": licence,
                "dct:accrualPeriodicity": {
                    "@id": "http://publications.europa.eu/resource/authority/frequency/CONT"
                },
                "dcat:landingPage": {"@id": landing},
                "dct:language": [
                    {
                        "@id": "http://publications.europa.eu/resource/authority/language/"
                        + LANGUAGE_AUTHORITY[code]
                    }
                    for code in LANGUAGE_CODES
                ],
                "dcat:distribution": distributions,
            }
        )
    return {
        "@context": {**CONTEXT, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        "@id": catalogue_id,
        "@type": "dcat:Catalog",
        "dct:title": _tagged(in_every_language(TITLE)),
        "dct:description": _tagged(in_every_language(DESCRIPTION)),
        "dct:publisher": publisher,
        "dct:license": licence,
        "foaf:homepage": {"@id": landing},
        "dcat:dataset": datasets,
    }


def language_name(code: str) -> str:
    """A language's name in itself (Svenska, Latviešu, …), as the language switcher shows it."""
    from django.utils.translation import get_language_info

    return get_language_info(code)["name_local"]
