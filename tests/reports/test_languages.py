"""Every cell the portal translates is written in the report's language, as its pages show it.

The reports are generated in Latvian and every cell compared with what the portal's own pages
and models give under that language (offerings, criteria, plans, countries, statuses); no cell
may hold the English of something that has a Latvian name.
"""

from types import SimpleNamespace

import pytest

from django.utils import translation
from django.utils.translation import gettext

from apps.mapping.demo import demo_entries_create
from apps.mapping.models import Criterion
from apps.projects import selectors as register_selectors
from apps.projects.demo import demo_projects_create
from apps.projects.models import Engagement, Status
from apps.reports.generators import mapping, register, strategies
from apps.reports.models import Format
from apps.strategies.demo import demo_strategies_create
from apps.strategies.models import ActionItem, ActionPlan
from apps.vocabulary.models import COUNTRIES

from .helpers import csv_rows, xlsx_sheets

pytestmark = pytest.mark.django_db

LANGUAGE = "lv"


@pytest.fixture
def data():
    demo_projects_create(12, engagements_each=3)
    demo_entries_create(count=12)
    demo_strategies_create(items_per_plan=2)
    for plan in ActionPlan.objects.all():
        plan.title_en = f"Action plan {plan.pk}"
        plan.title_lv = f"Rīcības plāns {plan.pk}"
        plan.save()
    assert Engagement.objects.count() > 10


def generate(module, kind_format, tmp_path, **parameters):
    path = tmp_path / f"{module.__name__.rsplit('.', 1)[-1]}.{kind_format}"
    report = SimpleNamespace(format=kind_format, parameters=parameters, language=LANGUAGE)
    with translation.override(LANGUAGE):
        module.write(report, path, lambda percent: None)
    return path


def in_both(values) -> dict[str, str]:
    """Each value's English and Latvian text: value → (en, lv)."""
    pairs = {}
    for value in values:
        with translation.override("en"):
            english = str(value())
        with translation.override(LANGUAGE):
            pairs[english] = str(value())
    return pairs


def english_only() -> set[str]:
    """Every English text the portal translates in these reports, where Latvian says it otherwise."""
    getters = [lambda offering=offering: offering.name for offering in register_selectors.offerings()]
    getters += [lambda criterion=criterion: criterion.name for criterion in Criterion.objects.all()]
    getters += [lambda plan=plan: plan.title for plan in ActionPlan.objects.all()]
    getters += [lambda name=name: name for _code, name in COUNTRIES]
    for choices in (
        Status.choices,
        Engagement.Kind.choices,
        Engagement.Status.choices,
        ActionItem.Status.choices,
    ):
        getters += [lambda label=label: label for _value, label in choices]
    getters += [lambda: gettext("yes"), lambda: gettext("no")]
    english = {en for en, lv in in_both(getters).items() if en != lv}
    return english | {"True", "False"}


def cells(rows) -> set[str]:
    return {str(cell) for row in rows for cell in row if cell is not None}


def test_the_register_writes_offerings_countries_and_statuses_in_the_reports_language(tmp_path, data):
    with translation.override(LANGUAGE):
        offering_names = {offering.number: offering.name for offering in register_selectors.offerings()}
        countries = {str(name) for _code, name in COUNTRIES}
    english = english_only()
    workbook = xlsx_sheets(generate(register, Format.XLSX, tmp_path))
    projects = workbook["Projekti"] if "Projekti" in workbook else next(iter(workbook.values()))
    engagements = list(workbook.values())[1]
    rows = csv_rows(generate(register, Format.CSV, tmp_path))
    assert len(engagements) - 1 == Engagement.objects.count()
    for row in engagements[1:]:
        assert row[2] == offering_names[row[1]], "the offering as the Latvian register page names it"
    country_column = 3
    assert {row[country_column] for row in projects[1:]} <= countries
    assert {row[country_column] for row in rows[1:]} <= countries
    for name, table in (("spreadsheet", [*projects, *engagements]), ("CSV", rows)):
        assert not cells(table) & english, f"English in the Latvian {name}"


def test_the_mapping_scores_name_criteria_and_countries_in_the_reports_language(tmp_path, data):
    with translation.override(LANGUAGE):
        criteria = {criterion.key: criterion.name for criterion in Criterion.objects.all()}
    sheets = list(xlsx_sheets(generate(mapping, Format.XLSX, tmp_path)).values())
    means, scores = sheets
    assert len(scores) > 1
    for row in scores[1:]:
        assert row[6] == criteria[row[5]]
    assert not (cells(means) | cells(scores)) & english_only()


def test_the_strategy_progress_names_plans_in_the_reports_language(tmp_path, data):
    with translation.override(LANGUAGE):
        titles = {plan.title for plan in ActionPlan.objects.all()}
    plans, items = xlsx_sheets(generate(strategies, Format.XLSX, tmp_path)).values()
    assert {row[1] for row in items[1:]} <= titles
    assert {row[2] for row in plans[1:]} <= titles
    assert not (cells(plans) | cells(items)) & english_only()


def test_the_pdf_reports_write_every_translated_text_in_the_reports_language(monkeypatch, tmp_path, data):
    from bs4 import BeautifulSoup

    from apps.reports.generators import compendium
    from tests.practices.factories import PracticePageFactory

    from .test_charts import documents

    PracticePageFactory(country="LV", title="Snakes", title_lv="Čūskas", summary_lv="Par čūskām.")
    written = documents(monkeypatch, tmp_path, LANGUAGE)
    captured = {}
    monkeypatch.setattr(
        compendium, "render_pdf", lambda template, context, *args, **kwargs: captured.update(context)
    )
    generate(compendium, Format.PDF, tmp_path, country="LV")
    english = english_only()
    with translation.override(LANGUAGE):
        criteria = {criterion.name for criterion in Criterion.objects.all()}
        plans = {plan.title for plan in ActionPlan.objects.all()}
        assert "Čūskas" in [section["title"] for section in captured["sections"]]
    for kind, html in written.items():
        texts = {text.strip() for text in BeautifulSoup(html, "html.parser").find_all(string=True)}
        assert not texts & english, f"English in the Latvian {kind} report"
    mapping_texts = BeautifulSoup(written["mapping"], "html.parser").get_text()
    assert all(name in mapping_texts for name in criteria)
    assert all(title in written["strategies"] for title in plans)
