import io

import pytest

from django.core.management import call_command
from django.db import connection

from apps.partners.models import ConsortiumProject, Organisation

pytestmark = pytest.mark.django_db


def row_counts():
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 - table names come from the schema
            counts[table] = cursor.fetchone()[0]
    return counts


def test_running_it_again_changes_no_table():
    before = row_counts()
    call_command("load_buicasus", stdout=open("/dev/null", "w"))
    assert row_counts() == before


def test_the_project_facts_are_those_of_the_sources():
    project = ConsortiumProject.objects.get(acronym="BuiCaSuS")
    assert (project.call, project.reference) == ("VP/2020/010", "SWIM VP/2020/010/0126")
    assert (str(project.start_date), str(project.end_date), project.duration_months) == (
        "2021-06-01",
        "2023-05-31",
        24,
    )
    assert (project.total_budget_eur, project.max_eu_contribution_eur, project.max_eu_share_percent) == (
        1064413,
        851530,
        80,
    )
    assert project.funded_consortia == 6


def test_the_seven_applicants_with_their_roles_and_countries():
    consortium = {
        (o.acronym or o.name, o.country, o.consortium_role)
        for o in Organisation.objects.exclude(consortium_role="")
    }
    assert consortium == {
        ("UAFSE", "ES", "applicant"),
        ("SSSR", "ES", "co_applicant"),
        ("SIF", "LV", "co_applicant"),
        ("MSI", "SE", "co_applicant"),
        ("RfC", "SE", "co_applicant"),
        ("Inkludera", "SE", "co_applicant"),
        ("AVISE", "FR", "co_applicant"),
    }


def test_an_edited_fact_is_restored_by_the_next_load():
    ConsortiumProject.objects.filter(acronym="BuiCaSuS").update(call="changed")
    call_command("load_buicasus", stdout=open("/dev/null", "w"))
    assert ConsortiumProject.objects.get(acronym="BuiCaSuS").call == "VP/2020/010"


def test_it_runs_the_loader_of_every_manifest_in_order_one_line_each():
    from apps.core.loaders import content_loaders

    out = io.StringIO()
    call_command("load_buicasus", stdout=out)
    apps_loaded = [line.split(": ", 1)[0] for line in out.getvalue().splitlines()]
    assert apps_loaded == [str(loader.app.verbose_name) for loader in content_loaders()]
    assert len(apps_loaded) == 11
