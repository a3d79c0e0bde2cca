"""The sitemaps against the sitemaps.org schemas, and against the pages' own canonical and hreflang.

The schemas are the public ones (tests/quality/schemas/README.md names their sources): the index
against siteindex.xsd, every child against sitemap.xsd with the XHTML schema for its `xhtml:link`
alternates. Then every URL listed is fetched: it is its page's canonical URL (a page names none
or itself), and the alternates its head lists are the sitemap's, x-default included; the
sitemap's alternates are reciprocal (each names a listed URL with the same alternates).
A failure names the URL and what differs.
"""

from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema

from django.utils import translation

from apps.core.i18n import LANGUAGE_CODES
from tests.activities.factories import ActivityFactory
from tests.helpers import html_of
from tests.practices.factories import PracticePageFactory
from tests.site.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NS = {"s": SITEMAP_NS, "xhtml": XHTML_NS}


def schema(name: str) -> xmlschema.XMLSchema:
    """A sitemaps.org schema; the XHTML one is imported for the alternates (no network is used)."""
    return xmlschema.XMLSchema(
        SCHEMAS / name, allow="local", locations=[(XHTML_NS, str(SCHEMAS / "xhtml1-strict.xsd"))]
    )


@dataclass
class Listed:
    """A URL of the sitemap with its alternates {hreflang: URL}, and the child that lists it."""

    url: str
    alternates: dict[str, str]
    child: str


def schema_errors(xsd: xmlschema.XMLSchema, name: str, body: bytes) -> list[str]:
    return [f"{name}: {error.reason} at {error.path}" for error in xsd.iter_errors(body.decode())]


def read_sitemap(client) -> tuple[dict[str, Listed], list[str]]:
    """Every listed URL, and every schema error of the index and its children."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    errors = schema_errors(schema("siteindex.xsd"), "/sitemap.xml", index.content)
    urlset = schema("sitemap.xsd")
    listed: dict[str, Listed] = {}
    for loc in ElementTree.fromstring(index.content).iterfind("s:sitemap/s:loc", NS):  # noqa: S314
        child = loc.text.removeprefix("http://testserver")
        response = client.get(child)
        assert response.status_code == 200, child
        errors += schema_errors(urlset, child, response.content)
        for url in ElementTree.fromstring(response.content).iterfind("s:url", NS):  # noqa: S314
            location = url.findtext("s:loc", namespaces=NS)
            alternates = {
                link.get("hreflang"): link.get("href")
                for link in url.iterfind("xhtml:link", NS)
                if link.get("rel") == "alternate"
            }
            assert location not in listed, f"{location} is listed twice ({listed[location].child}, {child})"
            listed[location] = Listed(location, alternates, child)
    return listed, errors


def head_links(response) -> tuple[str | None, dict[str, str]]:
    """The page's canonical URL (None when it names none) and its hreflang alternates."""
    head = html_of(response.content.decode().split("</head>", 1)[0] + "</head>")
    canonical = head.select_one('link[rel="canonical"]')
    alternates = {link["hreflang"]: link["href"] for link in head.select('link[rel="alternate"][hreflang]')}
    return (canonical["href"] if canonical else None), alternates


def disagreements(client, listed: dict[str, Listed]) -> list[str]:
    """What differs between the sitemap and itself, and between the sitemap and the pages."""
    problems = []
    for entry in listed.values():
        if "x-default" not in entry.alternates:
            problems.append(f"{entry.url}: no x-default alternate in the sitemap")
        if entry.url not in entry.alternates.values():
            problems.append(f"{entry.url}: not among its own alternates {entry.alternates}")
        for hreflang, target in entry.alternates.items():
            other = listed.get(target)
            if other is None:
                problems.append(f"{entry.url}: alternate {hreflang} {target} is not listed in the sitemap")
            elif other.alternates != entry.alternates:
                problems.append(f"{entry.url}: alternate {hreflang} {target} lists other alternates")
        response = client.get(entry.url.removeprefix("http://testserver"))
        if response.status_code != 200:
            problems.append(f"{entry.url}: answers {response.status_code}")
            continue
        canonical, alternates = head_links(response)
        if canonical not in (None, entry.url):
            problems.append(f"{entry.url}: the page's canonical is {canonical}")
        if alternates != entry.alternates:
            problems.append(
                f"{entry.url}: the page's hreflang {alternates} != the sitemap's {entry.alternates}"
            )
    return problems


def partly_translated_cases():
    """A case written in Latvian only, and one in Swedish and Spanish but not in English."""
    latvian = PracticePageFactory(
        title="Kopienas darbnīca",
        original_language="lv",
        country="LV",
        **{f"summary_{code}": "" for code in LANGUAGE_CODES if code != "lv"},
        summary_lv="Kopienas darbnīca apkaimē.",
    )
    swedish = PracticePageFactory(
        title="Grannskapsverkstad",
        original_language="sv",
        summary_en="",
        summary_lv="",
        summary_fr="",
        summary_sv="En verkstad i grannskapet.",
        summary_es="Un taller en el barrio.",
    )
    return latvian, swedish


def test_the_sitemaps_are_valid_and_agree_with_every_page_listed(client):
    """The real content, a dated event (a record below the events page) and partly translated cases."""
    ActivityFactory(title="Mapping workshop")
    partly_translated_cases()
    listed, errors = read_sitemap(client)
    assert not errors, "\n".join(errors)
    assert any("/events/" in url for url in listed), "the records' children list nothing"
    problems = disagreements(client, listed)
    assert not problems, "\n".join(problems)


def test_no_child_sitemap_is_empty_where_a_range_of_pages_is_gone(client, settings):
    """A child lists a range of page ids: a range whose pages were all deleted is left out of the index."""
    settings.SITEMAP_PAGES_PER_FILE = 5
    pages = [StandardPageFactory() for _number in range(12)]
    gone = next(page.pk // 5 for page in pages if page.pk % 5 == 0)
    for page in pages:
        if page.pk // 5 == gone:
            page.delete()
    listed, errors = read_sitemap(client)
    assert not errors, "\n".join(errors)
    index = client.get("/sitemap.xml").content.decode()
    assert f"/sitemap-{gone + 1}.xml<" not in index
    assert client.get(f"/sitemap-{gone + 1}.xml").status_code == 404


def test_a_case_is_listed_only_in_its_languages_and_its_pages_say_so(client):
    latvian, swedish = partly_translated_cases()
    listed, _errors = read_sitemap(client)
    latvian_urls = case_urls(latvian)
    assert [code for code, url in latvian_urls.items() if url in listed] == ["lv"]
    expected = {"lv": latvian_urls["lv"], "x-default": latvian_urls["lv"]}
    assert listed[latvian_urls["lv"]].alternates == expected
    # In a language it is not written in, the case's page points to its original and says the same.
    canonical, alternates = head_links(client.get(latvian_urls["sv"]))
    assert canonical == latvian_urls["lv"]
    assert alternates == expected

    swedish_urls = case_urls(swedish)
    assert sorted(code for code, url in swedish_urls.items() if url in listed) == ["es", "sv"]
    expected = {"sv": swedish_urls["sv"], "es": swedish_urls["es"], "x-default": swedish_urls["sv"]}
    assert listed[swedish_urls["es"]].alternates == expected
    assert head_links(client.get(swedish_urls["es"])) == (None, expected)
    assert head_links(client.get(swedish_urls["en"])) == (swedish_urls["sv"], expected)


def test_a_translated_case_has_its_x_default_in_the_head_as_in_the_sitemap(client):
    case = PracticePageFactory(title="Harbour kitchen", slug_sv="hamnkoket")
    urls = case_urls(case)
    canonical, alternates = head_links(client.get(urls["sv"]))
    assert canonical is None
    assert alternates == {**urls, "x-default": urls["en"]}
    listed, _errors = read_sitemap(client)
    assert listed[urls["sv"]].alternates == alternates


@pytest.mark.parametrize("path", ["/en/no-such-page/", "/sv/finns-inte/", "/lv/events/nav/"])
def test_the_404_page_names_no_alternates_and_no_canonical(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert head_links(response) == (None, {})


def case_urls(case) -> dict[str, str]:
    """The case's absolute URL in every language."""
    urls = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            urls[code] = f"http://testserver{case.get_url()}"
    return urls
