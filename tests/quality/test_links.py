"""Links of every inventory page: each internal href and src answers, hreflang and canonical are canonical.

An internal link answers 200, or redirects (a deliberate redirect: a sign-in, a moved address) to
an address that answers 200; a static file is found by the static files' finders. Every distinct
address is fetched once. An `hreflang` alternate or a `rel="canonical"` names an address that
answers 200 itself, without a redirect, and whose own canonical (if it has one) is that address.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders

from tests.quality.conftest import signed_in_client

REDIRECTS = (301, 302, 303, 307, 308)
# The portal's own hosts: the test client's, and the configured addresses it writes into pages.
INTERNAL_HOSTS = {
    "testserver",
    urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc,
    urlsplit(getattr(settings, "NOTIFICATIONS_BASE_URL", settings.WAGTAILADMIN_BASE_URL)).netloc,
}


class _Links(HTMLParser):
    """Every href and src of a document, and its hreflang alternates and canonical."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []  # (tag, attribute, value)
        self.alternates = []  # (hreflang, href)
        self.canonical = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("href", "src"):
            if attributes.get(name):
                self.links.append((tag, name, attributes[name]))
        rel = (attributes.get("rel") or "").split()
        if tag == "link" and "alternate" in rel and attributes.get("hreflang"):
            self.alternates.append((attributes["hreflang"], attributes.get("href") or ""))
        if tag == "link" and "canonical" in rel:
            self.canonical.append(attributes.get("href") or "")


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    parser.close()
    return parser


def _internal(base_path: str, value: str) -> str | None:
    """The path and query of an internal address (relative ones read against the page), or None."""
    value = value.strip()
    if not value or value.startswith("#"):
        return None
    parts = urlsplit(urljoin(f"http://testserver{base_path}", value))
    if parts.scheme not in ("http", "https") or parts.netloc not in INTERNAL_HOSTS:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


class _Fetcher:
    """Answers of addresses, each fetched once per account, redirects followed to their end."""

    def __init__(self):
        self.clients = {}
        self.answers = {}
        self.canonicals = {}  # an address that answered 200 with HTML: the canonical it names

    def client(self, as_user):
        if as_user not in self.clients:
            self.clients[as_user] = signed_in_client(as_user)
        return self.clients[as_user]

    def status(self, url: str, as_user=None) -> tuple[int, list[str]]:
        """The status of url, and the addresses its redirects went through (none for a direct 200)."""
        key = (url, as_user)
        if key not in self.answers:
            self.answers[key] = self._fetch(url, as_user)
        return self.answers[key]

    def _fetch(self, url, as_user):
        if url.startswith(settings.STATIC_URL):
            found = finders.find(urlsplit(url).path[len(settings.STATIC_URL) :])
            return (200 if found else 404), []
        chain = []
        for _hop in range(6):
            response = self.client(as_user).get(url)
            if response.status_code not in REDIRECTS:
                if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                    canonical = _parse(response.content.decode()).canonical
                    self.canonicals[url] = _internal(url, canonical[0]) if canonical else None
                return response.status_code, chain
            location = _internal(urlsplit(url).path, response["Location"])
            if location is None:  # a redirect out of the portal: deliberate, not ours to check
                return 200, [*chain, response["Location"]]
            chain.append(location)
            url = location
        return 310, chain  # a redirect loop


@pytest.fixture(scope="module")
def fetcher(inventory, django_db_blocker):
    with django_db_blocker.unblock():
        yield _Fetcher()


def test_every_internal_link_answers(rendered_pages, fetcher, django_db_blocker):
    broken = []
    with django_db_blocker.unblock():
        for page, html in rendered_pages.items():
            base = urlsplit(page.path).path
            for tag, attribute, value in _parse(html).links:
                url = _internal(base, value)
                if url is None:
                    continue
                # Fetched as anybody; on a signed-in page, as that account too unless anybody gets it.
                status, chain = fetcher.status(url)
                if page.as_user and (status != 200 or chain):
                    status, chain = fetcher.status(url, page.as_user)
                if status != 200:
                    via = f" (redirected through {' → '.join(chain)})" if chain else ""
                    broken.append(f"{page.label}: <{tag} {attribute}={value!r}> answers {status}{via}")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(sorted(set(broken)))


def test_hreflang_and_canonical_name_canonical_addresses(rendered_pages, fetcher, django_db_blocker):
    wrong = []
    with django_db_blocker.unblock():
        for page, html in rendered_pages.items():
            if page.as_user:
                continue
            found = _parse(html)
            base = urlsplit(page.path).path
            named = [(f'hreflang="{code}"', href) for code, href in found.alternates]
            named += [('rel="canonical"', href) for href in found.canonical]
            for what, href in named:
                url = _internal(base, href)
                if url is None:
                    wrong.append(f"{page.label}: {what} names {href!r}, not an address of the portal")
                    continue
                status, chain = fetcher.status(url)
                if status != 200 or chain:
                    via = f", redirected to {chain[-1]}" if chain else ""
                    wrong.append(f"{page.label}: {what} names {href}, which answers {status}{via}")
                    continue
                own = fetcher.canonicals.get(url)
                if own and own != url:
                    wrong.append(f"{page.label}: {what} names {href}, whose canonical is {own}")
    assert not wrong, f"{len(wrong)} hreflang or canonical links to non-canonical addresses:\n" + "\n".join(
        sorted(set(wrong))
    )
