"""What the "Open data" page shows: each dataset, how many records it holds and its files."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.caching.versioned import PAGES, cached
from apps.core.i18n import LANGUAGE_CODES

from . import metadata
from .datasets import DATASETS, FORMATS

FORMAT_LABELS = {"csv": _("CSV file"), "jsonl": _("JSON Lines file")}


def dataset_counts() -> dict[str, int]:
    """How many records each dataset holds now, kept until a public record changes (the pages' version)."""
    return cached(PAGES, "opendata-counts", compute=lambda: {name: d.count() for name, d in DATASETS.items()})


def open_data_context() -> dict:
    counts = dataset_counts()
    languages = [(code, metadata.language_name(code)) for code in LANGUAGE_CODES]
    return {
        "datasets": [
            {
                "name": dataset.name,
                "title": dataset.title,
                "description": dataset.description,
                "count": counts[dataset.name],
                "files": [
                    {
                        "language": code,
                        "language_name": name,
                        "links": [
                            (FORMAT_LABELS[extension], metadata.file_path(dataset.name, code, extension))
                            for extension in FORMATS
                        ],
                    }
                    for code, name in languages
                ],
            }
            for dataset in DATASETS.values()
        ],
        "datapackage_url": reverse("opendata:datapackage"),
        "catalogue_url": reverse("opendata:catalogue"),
        "api_docs_url": reverse("api_docs"),
        "api_redoc_url": reverse("api_redoc"),
        "api_schema_url": reverse("api_schema"),
        "licence_url": metadata.LICENCE["path"],
    }
