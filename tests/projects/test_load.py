"""The register's loader: project 22-018-S01 exactly as the source states, loaded once."""

import datetime
from decimal import Decimal

import pytest

from django.utils import translation

from wagtail.models import Revision

from apps.partners.models import Organisation
from apps.projects import content
from apps.projects.models import EsfProject, EsfRegisterPage, OfferingItem, SupportOffering
from apps.projects.services import projects_load

pytestmark = pytest.mark.django_db


def test_22_018_s01_has_every_value_of_the_source():
    project = EsfProject.objects.get(diary_number="22-018-S01")
    assert {
        "project_number": project.project_number,
        "name": project.name,
        "application_title": project.application_title,
        "owner": project.owner,
        "owner_organisation_number": project.owner_organisation_number,
        "country": project.country,
        "fund": project.fund,
        "programme_cci": project.programme_cci,
        "start_date": project.start_date,
        "end_date": project.end_date,
        "eu_cofinancing_rate": project.eu_cofinancing_rate,
        "programme_area": project.programme_area,
        "specific_objective": project.specific_objective,
        "secondary_theme": project.secondary_theme,
        "secondary_theme_applies": project.secondary_theme_applies,
        "region": project.region,
        "nuts2_code": project.nuts2_code,
        "intervention_type": project.intervention_type,
        "participant_count": project.participant_count,
        "strategic_importance": project.strategic_importance,
        "source_language": project.source_language,
        "is_public": project.is_public,
        "is_demo": project.is_demo,
    } == {
        "project_number": "22-018-S01",
        "name": "Kompetenscenter för social innovation",
        "application_title": "Ansökan strategisk insats – kompetenscenter för social innovation",
        "owner": "MALMÖ UNIVERSITET",
        "owner_organisation_number": "2021004920",
        "country": "SE",
        "fund": "ESF+",
        "programme_cci": "2021SE05SFPR",
        "start_date": datetime.date(2022, 12, 15),
        "end_date": datetime.date(2025, 12, 30),
        "eu_cofinancing_rate": Decimal("95"),
        "programme_area": "E",
        "specific_objective": "E1",
        "secondary_theme": "Motverka barnfattigdom",
        "secondary_theme_applies": False,
        "region": "ESF Nationellt",
        "nuts2_code": "SE0",
        "intervention_type": "127",
        "participant_count": 0,
        "strategic_importance": True,
        "source_language": "sv",
        "is_public": True,
        "is_demo": False,
    }
    assert project.background.startswith("EU-kommissionen och andra centrala samhällsaktörer")
    assert "programområde E, social innovation" in project.background
    assert project.background.endswith("inte tillvaratar resultat och erfarenheter från ESF-projekt.")
    assert project.solution.startswith("Projektets lösning på huvudproblemet är att fortsätta")
    assert project.solution.count("\n• ") == 5
    assert project.solution.endswith(
        "En stödfunktion finns etablerad som lever vidare efter projektets avslut."
    )
    project.full_clean()


def test_its_seven_needs_are_in_the_source_order():
    needs = list(EsfProject.objects.get(diary_number="22-018-S01").needs.values_list("position", "text"))
    assert [position for position, _text in needs] == [1, 2, 3, 4, 5, 6, 7]
    assert needs[0][1].startswith("ESF-projekt behöver bättre verktyg och kunskap")
    assert needs[6][1].startswith("Målgrupper som berörs av samhällsutmaningar medverkar sällan")


def test_its_three_cooperation_partners_are_organisations_of_the_partners():
    project = EsfProject.objects.get(diary_number="22-018-S01")
    links = list(project.project_partners.select_related("organisation"))
    assert [(link.name_in_record, link.role, link.organisation.slug) for link in links] == [
        ("Mötesplats social innovation, Malmö universitet", "projektägare", "msi"),
        ("Nationella nätverket för samordningsförbund", "", "nationella-natverket-for-samordningsforbund"),
        (
            "Region Örebro län – Partnerskapet för social innovation",
            "",
            "region-orebro-lan-partnerskapet-for-social-innovation",
        ),
    ]
    # The consortium's MSI is linked, not copied; the other two are added as the record names them.
    assert links[0].organisation.acronym == "MSI"
    assert [link.organisation.name for link in links[1:]] == [link.name_in_record for link in links[1:]]
    assert {organisation.country for organisation in project.partners.all()} == {"SE"}


def test_the_four_support_offerings_with_their_items_and_translated_names():
    offerings = list(SupportOffering.objects.prefetch_related("items"))
    assert [offering.number for offering in offerings] == [1, 2, 3, 4]
    assert [len(offering.items.all()) for offering in offerings] == [4, 5, 5, 7]
    first = offerings[0]
    assert (first.name_sv, first.name_en, first.name_lv, first.name_es, first.name_fr) == (
        "Stöd till projekt",
        "Support to projects",
        "Atbalsts projektiem",
        "Apoyo a los proyectos",
        "Soutien aux projets",
    )
    evaluations = offerings[1].items.all()[0]
    assert (evaluations.text_sv, evaluations.text_en, evaluations.text_lv, evaluations.text_fr) == (
        "Klusterutvärderingar",
        "Cluster evaluations",
        "Klasteru izvērtējumi",
        "Évaluations de grappes",
    )
    assert all(
        getattr(item, f"text_{code}")
        for offering in offerings
        for item in offering.items.all()
        for code in ("en", "sv", "lv", "es", "fr")
    )
    for offering in offerings:
        assert all(getattr(offering, f"name_{code}") for code in ("en", "sv", "lv", "es", "fr"))


def test_the_register_page_has_a_slug_in_every_language():
    page = EsfRegisterPage.objects.get()
    assert page.live and page.show_in_menus
    for code, slug in content.INDEX["slug"].items():
        with translation.override(code):
            assert page.get_url() == f"/{code}/{slug}/"


def test_loading_again_changes_nothing_and_puts_an_edited_fact_back():
    def counts():
        return (
            EsfProject.objects.count(),
            Revision.objects.count(),
            SupportOffering.objects.count(),
            OfferingItem.objects.count(),
            Organisation.objects.count(),
            EsfRegisterPage.objects.count(),
        )

    before = counts()
    projects_load()
    assert counts() == before

    EsfProject.objects.filter(diary_number="22-018-S01").update(participant_count=12, region="Skåne")
    projects_load()
    project = EsfProject.objects.get(diary_number="22-018-S01")
    assert (project.participant_count, project.region) == (0, "ESF Nationellt")
    assert Revision.objects.count() == before[1] + 1
