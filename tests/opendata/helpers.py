"""Reading the open-data files back, as a program would."""

import csv
import io
import json

from django.urls import reverse


def file_url(dataset: str, language: str = "en", extension: str = "csv") -> str:
    return reverse("opendata:file", args=[dataset, language, extension])


def body_of(response) -> str:
    assert response.status_code == 200, response.status_code
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response) -> list[dict[str, str]]:
    """The rows of a CSV download, by column; the byte-order mark checked and dropped."""
    body = body_of(response)
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


def jsonl_rows(response) -> list[dict]:
    return [json.loads(line) for line in body_of(response).splitlines()]


def download(client, dataset: str, language: str = "en", extension: str = "csv"):
    response = client.get(file_url(dataset, language, extension))
    return csv_rows(response) if extension == "csv" else jsonl_rows(response)
