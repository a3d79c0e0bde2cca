"""The register's public pages: the list with search and filters, a project's page, offerings."""

from datetime import date, timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES, forget_local
from apps.projects import services
from apps.projects.models import Engagement, EsfProject, SupportOffering
from tests.helpers import html_of
from tests.projects.factories import EsfProjectFactory
from tests.projects.helpers import register_url

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "sv", "lv", "es", "fr"]


def project_url(project, language="en") -> str:
    return f"{register_url(language)}{project.diary_number.lower()}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_22_018_s01_shows_every_value_of_its_record_in_every_language(client, language):
    project = EsfProject.objects.get(diary_number="22-018-S01")
    response = client.get(project_url(project, language))
    assert response.status_code == 200
    html = response.content.decode()
    for value in (
        "22-018-S01",
        "Kompetenscenter för social innovation",
        "Ansökan strategisk insats – kompetenscenter för social innovation",
        "MALMÖ UNIVERSITET",
        "2021004920",
        "ESF+",
        "2021SE05SFPR",
        "2022-12-15",
        "2025-12-30",
        "95 %",
        "<dd>E</dd>",
        "<dd>E1</dd>",
        "Motverka barnfattigdom",
        "ESF Nationellt",
        "<dd>SE0</dd>",
        "<dd>127</dd>",
        "<dd>0</dd>",
        "Brist på strukturellt stöd för tvärsektoriell samverkan i social innovation",
        "En stödfunktion finns etablerad som lever vidare efter projektets avslut.",
        "Mötesplats social innovation, Malmö universitet, projektägare",
        "Nationella nätverket för samordningsförbund",
        "Region Örebro län – Partnerskapet för social innovation",
    ):
        assert value in html, (language, value)
    assert 'lang="sv"' in html
    assert html.count("<li>") >= 7
    # The address the background cites is a link, its closing bracket and stop left out.
    call = "https://ec.europa.eu/social/main.jsp?catId=629&amp;langId=en&amp;callId=604&amp;furtherCalls=yes"
    assert f'<a href="{call}" rel="nofollow">' in html


def test_the_register_lists_22_018_s01_in_every_language(client):
    for language in LANGUAGES:
        response = client.get(register_url(language))
        assert response.status_code == 200
        assert "Kompetenscenter för social innovation" in response.content.decode()


def test_a_private_project_and_an_unknown_number_are_not_found(client):
    private = EsfProjectFactory(is_public=False, name="Hidden project")
    assert client.get(project_url(private)).status_code == 404
    assert client.get(f"{register_url()}99-999-s99/").status_code == 404
    assert client.get(f"{register_url()}not-a-number/").status_code == 404
    assert "Hidden project" not in client.get(register_url(), {"q": "Hidden"}).content.decode()


def test_search_finds_by_name_owner_and_diary_number(client):
    EsfProjectFactory(name="Fjällbygdens lärande", owner="Jämtlands kommun")
    for q in ("fjällbygdens", "JÄMTLANDS", "22-018"):
        html = client.get(register_url(), {"q": q}).content.decode()
        assert ("Fjällbygdens lärande" in html) == (q != "22-018")
        assert ("Kompetenscenter för social innovation" in html) == (q == "22-018")


def test_filters_by_country_fund_area_region_and_status(client):
    EsfProjectFactory(name="Riga project", country="LV", nuts2_code="LV00", region="Rīga", programme_area="C")
    today = date.today()
    EsfProjectFactory(
        name="Future project", start_date=today + timedelta(days=30), end_date=today + timedelta(days=400)
    )

    def names(**query):
        listing = client.get(register_url(), query).context["listing"]
        return {project.name for project in listing.object_list}

    assert names(country="LV") == {"Riga project"}
    assert names(region="Rīga") == {"Riga project"}
    assert names(area="C") == {"Riga project"}
    assert "Kompetenscenter för social innovation" in names(area="E", fund="ESF+")
    assert names(status="planned") == {"Future project"}
    assert "Kompetenscenter för social innovation" in names(status="completed")
    # A value the register does not know is dropped, as if it had not been given.
    assert names(country="XX", status="soon", area="Z") == names()


def test_an_offering_lists_the_projects_engaged_in_it_and_a_project_shows_its_engagements(client):
    project = EsfProjectFactory(name="Coached project")
    services.engagement_create(
        project=project,
        offering=SupportOffering.objects.get(number=1),
        kind=Engagement.Kind.COACHING,
        start_date=date(2024, 2, 1),
        note="Three coaching sessions",
    )
    response = client.get(register_url(), {"offering": 1})
    assert [item.name for item in response.context["listing"].object_list] == ["Coached project"]
    named = html_of(response).select_one("#chosen-offering")
    assert "1. Support to projects" in named.get_text(" ")
    assert named.select_one("a")["href"] == register_url()
    assert html_of(client.get(register_url())).select_one("#chosen-offering") is None
    assert client.get(register_url(), {"offering": 2}).context["listing"].paginator.count == 0
    html = client.get(project_url(project)).content.decode()
    assert "Coaching" in html and "Support to projects" in html
    # The note is for staff.
    assert "Three coaching sessions" not in html


def test_the_register_is_paginated(client):
    for number in range(25):
        EsfProjectFactory(name=f"Paged project {number}")
    first = client.get(register_url(), {"q": "Paged project"}).context["listing"]
    second = client.get(register_url(), {"q": "Paged project", "page": 2}).context["listing"]
    assert (len(first.object_list), len(second.object_list), first.paginator.num_pages) == (20, 5, 2)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _after_a_change(client, project) -> tuple[int, int]:
    """The queries of the register and a project page right after a record changed (their cached
    reads renewed), and then once those reads are kept."""
    cache.bump(PAGES)
    forget_local()
    fresh = (_queries(client, register_url()), _queries(client, project_url(project)))
    kept = (_queries(client, register_url()), _queries(client, project_url(project)))
    return fresh, kept


def test_the_pages_read_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    for number in range(10):
        EsfProjectFactory(name=f"Counted project {number}")
    project = EsfProject.objects.get(diary_number="22-018-S01")
    client.get(register_url())  # what a running process holds whatever changes (content types, …)
    at_ten = _after_a_change(client, project)
    for number in range(190):
        EsfProjectFactory(name=f"More projects {number}")
    at_two_hundred = _after_a_change(client, project)
    assert at_ten == at_two_hundred
    fresh, kept = at_ten
    # The first request after a change renews the site's and the register's cached reads too,
    # and stays within the 15 queries as well.
    assert max(fresh) <= 15
    assert max(kept) <= 15
    with django_assert_max_num_queries(15):
        client.get(register_url())
    with django_assert_max_num_queries(15):
        client.get(project_url(project))


def test_a_changed_record_changes_its_cached_page(client, page_cache, django_capture_on_commit_callbacks):
    project = EsfProjectFactory(name="Before the change")
    assert "Before the change" in client.get(project_url(project)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        project.name = "After the change"
        project.save()
    assert "After the change" in client.get(project_url(project)).content.decode()


@pytest.mark.parametrize(
    ("language", "name", "item"),
    [
        ("en", "Support to projects", "Cluster evaluations"),
        ("sv", "Stöd till projekt", "Klusterutvärderingar"),
        ("lv", "Atbalsts projektiem", "Klasteru izvērtējumi"),
        ("es", "Apoyo a los proyectos", "Evaluaciones de clúster"),
        ("fr", "Soutien aux projets", "Évaluations de grappes"),
    ],
)
def test_the_support_offerings_are_shown_in_the_reader_s_language(client, language, name, item):
    html = client.get(register_url(language)).content.decode()
    assert name in html and item in html


def test_a_project_s_page_links_to_itself_in_every_language(client):
    html = client.get("/en/esf-register/22-018-s01/").content.decode()
    for path in (
        "/sv/esf-registret/22-018-s01/",
        "/lv/esf-registrs/22-018-s01/",
        "/es/registro-fse/22-018-s01/",
        "/fr/registre-fse/22-018-s01/",
    ):
        assert f'href="{path}"' in html, path


def test_the_register_links_its_csv_with_the_active_filters(client):
    html = client.get(register_url(), {"country": "SE", "status": "bogus"}).content.decode()
    assert 'href="/en/esf-register/csv/?country=SE"' in html


def test_rows_and_filters_escape_the_record_and_mark_the_chosen_values(client):
    EsfProjectFactory(
        name='<script>alert("x")</script> & co',
        owner="Owner <b>bold</b>",
        region='Region "quoted"',
        country="LV",
        nuts2_code="LV00",
    )
    html = client.get(register_url(), {"country": "LV", "region": 'Region "quoted"'}).content.decode()
    assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in html
    assert "Owner &lt;b&gt;bold&lt;/b&gt;" in html
    assert '<option value="LV" selected>Latvia</option>' in html
    assert '<option value="SE">Sweden</option>' in html
    assert '<option value="Region &quot;quoted&quot;" selected>Region &quot;quoted&quot;</option>' in html
    row = html[html.index("<tbody>", html.index('class="register')) : html.index("</tbody>")]
    assert row.count("<tr>") == 1
    assert 'lang="sv"' in row and '<td data-label="Status">Ongoing</td>' in row


def test_the_offerings_list_their_items_with_a_link_to_the_projects_engaged(client):
    html = client.get(register_url("sv")).content.decode()
    for offering in SupportOffering.objects.prefetch_related("items"):
        start = html.index(f'id="offering-{offering.number}"')
        article = html[start : html.index("</article>", start)]
        assert f"<h3>{offering.number}. " in article
        assert article.count("<li>") == offering.items.count() > 0
        assert f'href="?offering={offering.number}"' in article


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "in Swedish"), ("sv", "på svenska"), ("es", "en sueco"), ("fr", "en suédois"), ("lv", "zviedru")],
)
def test_the_record_s_language_is_named_as_a_sentence_writes_it(client, language, words):
    project = EsfProject.objects.get(diary_number="22-018-S01")
    html = client.get(project_url(project, language)).content.decode()
    assert words in html
