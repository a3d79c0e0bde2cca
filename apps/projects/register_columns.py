"""The register's columns, in the order both of its exports give them.

Staff export the listing from the admin (CSV or XLSX, with whether a project is public) and readers
download the filtered register (CSV, with each project's status today): one list keeps the two
files' columns the same.
"""

REGISTER_COLUMNS = (
    "diary_number",
    "name",
    "owner",
    "owner_organisation_number",
    "country",
    "fund",
    "programme_cci",
    "start_date",
    "end_date",
    "eu_cofinancing_rate",
    "programme_area",
    "specific_objective",
    "region",
    "nuts2_code",
    "intervention_type",
    "participant_count",
    "strategic_importance",
)
