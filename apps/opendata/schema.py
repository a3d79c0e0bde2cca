"""The open-data files' columns: written once, read by the CSV header, the JSON Lines keys and the
data package's Table Schemas, so the three never differ.

A field's type is a Table Schema type (https://specs.frictionlessdata.io/table-schema/). In CSV a
value is written as text: a date or time in ISO 8601, a boolean as 1 or 0, an array or object as
JSON, an empty value as an empty cell, and a text a spreadsheet could run as a formula (it starts
with = + - or @) with a quote before it. In JSON Lines each value keeps its JSON type, as given.
"""

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    # A Table Schema format ("uri", "email"), or "" for the type's default.
    format: str = ""

    def descriptor(self) -> dict:
        descriptor = {"name": self.name, "type": self.type, "description": self.description}
        if self.format:
            descriptor["format"] = self.format
        return descriptor


def table_schema(fields: tuple[Field, ...]) -> dict:
    """The Table Schema of a file whose columns are fields, in their order."""
    return {"fields": [field.descriptor() for field in fields], "primaryKey": [fields[0].name]}


def json_value(value):
    """A value as JSON Lines carries it: dates and times in ISO 8601, decimals as numbers."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value) if value % 1 else int(value)
    return value


def csv_value(value):
    """A value as a CSV cell holds it, before the spreadsheet-safe step: text, or a plain number."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


# The columns every dataset starts with: what the record is, where it is read, in which language.
ID = Field("id", "integer", "The record's number in the portal; stable across downloads and languages.")
URL = Field(
    "url", "string", "The record's public page on the portal, in the language of the file.", format="uri"
)
LANGUAGE = Field(
    "language",
    "string",
    "The language (ISO 639-1 code) the record's texts are given in: the file's language, or, where "
    "the record has no text in it, the language it falls back to, as its page shows it.",
)
FALLBACK = Field(
    "fallback",
    "boolean",
    "True when the texts are not in the file's language (see language), as the page labels them.",
)
COUNTRY = Field("country", "string", "The country, as an ISO 3166-1 alpha-2 code (SE, LV, ES, FR, …).")


CASES = (
    ID,
    URL,
    Field("title", "string", "The case's name."),
    LANGUAGE,
    FALLBACK,
    Field("original_language", "string", "The language the case was written in (ISO 639-1)."),
    COUNTRY,
    Field("organisation", "string", "The organisation whose practice the case describes."),
    Field("year", "integer", "The year of the case, where the source gives one."),
    Field("summary", "string", "A short summary of the case."),
    Field("body", "string", "The case's full text, as plain text."),
    Field("success_factors", "string", "What made it work, as plain text."),
    Field("pitfalls", "string", "What to watch out for, as plain text."),
    Field("lessons", "string", "Lessons learned, as plain text."),
    Field(
        "process_elements",
        "array",
        "The elements of the social-innovation process the case shows, by number and name.",
    ),
    Field("approaches", "array", "The approaches the case takes, by code and name."),
    Field("support_areas", "array", "The core support areas of a competence centre the case concerns."),
    Field("themes", "array", "The themes of the case."),
    Field("target_groups", "array", "The groups the case serves."),
    Field(
        "classification_is_editorial",
        "boolean",
        "True when the portal's editors chose the elements, approaches and areas, not the source.",
    ),
    Field("is_demo", "boolean", "True for a synthetic demonstration case."),
    Field(
        "validation",
        "string",
        "The case's validation against the centre's checklist of criteria: current (validated), stale "
        "(validated before its last change) or none (not validated).",
    ),
    Field("validated_at", "datetime", "When the case was last validated; empty when it never was."),
    Field("first_published", "datetime", "When the case was first published on the portal."),
    Field("last_published", "datetime", "When the case was last changed on the portal."),
)

MAPPING = (
    ID,
    URL,
    Field("title", "string", "The entry's title."),
    LANGUAGE,
    FALLBACK,
    Field("kind", "string", "actor, initiative, experience or assessment (an assessment of the ecosystem)."),
    Field("kind_label", "string", "The kind, named in the language of the file."),
    COUNTRY,
    Field("organisation", "string", "The partner organisation that submitted the entry."),
    Field("description", "string", "The entry's description."),
    Field("strengths", "string", "The strengths of the ecosystem it names."),
    Field("weaknesses", "string", "The weaknesses of the ecosystem it names."),
    Field("barriers", "string", "The barriers it names."),
    Field("inspiring_initiatives", "string", "Inspiring initiatives it names."),
    Field("links", "array", "Links the entry gives, as addresses."),
    Field("grid_version", "integer", "The version of the criteria grid an assessment is scored on."),
    Field(
        "scores",
        "object",
        "An assessment's scores, 1 to 5, by criterion key (element-1 … element-5, area-…); the "
        "criteria and their names are on the mapping's page.",
    ),
    Field("approved", "datetime", "When the entry was approved for publication."),
)

PROJECTS = (
    ID,
    URL,
    Field("diary_number", "string", "The managing authority's diary number (e.g. 22-018-S01)."),
    Field("name", "string", "The project's name."),
    LANGUAGE,
    FALLBACK,
    Field("application_title", "string", "The title of the application."),
    Field("owner", "string", "The project owner."),
    Field("owner_organisation_number", "string", "The project owner's organisation number."),
    COUNTRY,
    Field("fund", "string", "The fund (ESF+)."),
    Field("programme_cci", "string", "The programme's CCI."),
    Field("start_date", "date", "The project's start date."),
    Field("end_date", "date", "The project's end date."),
    Field("status", "string", "planned, ongoing or completed, on the day of the download."),
    Field("status_label", "string", "The status, named in the language of the file."),
    Field("eu_cofinancing_rate", "number", "The EU co-financing rate, in per cent."),
    Field("programme_area", "string", "The programme area."),
    Field("specific_objective", "string", "The specific objective."),
    Field("secondary_theme", "string", "The secondary theme, where one applies."),
    Field("region", "string", "The region."),
    Field("nuts2_code", "string", "The region's NUTS-2 code."),
    Field("intervention_type", "string", "The intervention type."),
    Field("participant_count", "integer", "The number of participants."),
    Field("strategic_importance", "boolean", "True for a project of strategic importance."),
    Field("background", "string", "The project's background, in the language of the record."),
    Field("needs", "array", "The needs the project is designed to meet, in the record's order."),
    Field("solution", "string", "The project's solution, in the language of the record."),
    Field("partners", "array", "The cooperation partners, as the record names them."),
    Field(
        "engagements",
        "array",
        "The project's use of the competence centre's support offerings: for each, the offering's "
        "number and name (in the language of the file), the kind, the status and the dates.",
    ),
)

EVENTS = (
    ID,
    URL,
    Field("title", "string", "The event's title."),
    LANGUAGE,
    FALLBACK,
    Field("description", "string", "The event's description."),
    Field("kind", "string", "conference, workshop, roundtable, study_visit or mentoring_session."),
    Field("kind_label", "string", "The kind, named in the language of the file."),
    Field("status", "string", "scheduled, postponed or cancelled."),
    Field("work_package", "integer", "The BuiCaSuS work package the event belongs to."),
    Field("start", "datetime", "When the event starts (UTC offset given); empty while to be announced."),
    Field("end", "datetime", "When the event ends, where given."),
    Field("time_zone", "string", "The time zone of the event's place (e.g. Europe/Riga)."),
    Field("country", "string", "The country of the event (ISO 3166-1 alpha-2), if any."),
    Field("venue", "string", "The venue."),
    Field("address", "string", "The venue's address."),
    Field("online_url", "string", "The link to join online, where the event is online."),
    Field("event_language", "string", "The language the event is held in (ISO 639-1), if given."),
    Field("organiser", "string", "The organisation that organises it."),
    Field("support_area", "string", "The core support area it concerns, in the language of the file."),
    Field("theme", "string", "The thematic area it concerns, in the language of the file."),
    Field("registration_open", "boolean", "True while readers may register on the portal."),
)

HUB_ITEMS = (
    ID,
    URL,
    Field("title", "string", "The tool's or method's name."),
    LANGUAGE,
    FALLBACK,
    Field("description", "string", "What it is and how it is used."),
    Field("kind", "string", "tool or method."),
    Field("kind_label", "string", "The kind, named in the language of the file."),
    Field("support_area", "string", "The core support area it serves, in the language of the file."),
    Field("process_element", "string", "The element of the social-innovation process, by number and name."),
    Field("tool_language", "string", "The language the tool itself is written in (ISO 639-1)."),
    Field("country", "string", "Its country of origin (ISO 3166-1 alpha-2)."),
    Field("link", "string", "Where to find the tool."),
    Field("added", "datetime", "When it was added to the knowledge hub."),
    Field("updated", "datetime", "When it was last changed."),
)
