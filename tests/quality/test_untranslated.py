"""Untranslated text: every text a page shows comes from a message or from content.

The inventory's English pages are rendered with a pseudo catalogue (tests/quality/pseudo_locale.py)
in which every message's letters are full-width. Every visible text, and every `title`, `alt`,
`aria-label`, `placeholder`, button `value` and `<optgroup>` label, is then read (a text runs
across inline elements; an `<option>` is a text too): its ordinary letters must be content (a text
of the database, the demo data included, or of the page's own query), or else they never went
through gettext and stay English in every language. Each form that posts to its own page is also
sent back empty, and what it answers (its errors, or the page its action leads to) is read the
same way. Numbers, and dates whose month names come from the catalogue, have no ordinary letters.
"""

import re
import unicodedata
import zoneinfo
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_timezone_location
from bs4 import BeautifulSoup, CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

from django.apps import apps
from django.conf import settings
from django.db import models
from django.template import Context, Template
from django.test import Client
from django.utils import translation

from wagtail.fields import StreamField

from tests.helpers import empty_suite_cache
from tests.quality.inventory import USERS
from tests.quality.pseudo_locale import PSEUDO_LANGUAGE, is_pseudo, pseudo, pseudo_english

# Texts that are neither a message nor content, each on purpose:
ALLOWED = {
    # The language switcher names each language in that language ("Svenska", "Latviešu"), the
    # same on every page whatever its language: Django's own names of the languages (LANG_INFO).
    *(translation.get_language_info(code)["name_local"] for code, _name in settings.LANGUAGES),
}

# Content: the texts people entered, in every model of the portal and Wagtail's pages, images,
# documents, sites and tags. Left out are the models whose texts the portal writes itself from
# messages (the outbox, reports, logs, revisions, search index), which would hide a forgotten one.
CONTENT_APPS = {config.label for config in apps.get_app_configs() if config.name.startswith("apps.")} | {
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailembeds",
    "taggit",
}
NOT_CONTENT = {
    "notifications.Notification",
    "notifications.DeliveryAttempt",
    "reports.ReportRequest",
    "wagtailcore.Revision",
    "wagtailcore.ModelLogEntry",
    "wagtailcore.PageLogEntry",
    "wagtailcore.ReferenceIndex",
    "wagtailcore.Task",
    "wagtailcore.Workflow",
    "wagtailcore.TaskState",
    "wagtailcore.WorkflowState",
    "wagtailimages.Rendition",
}

# Attributes whose value a reader sees or hears.
SHOWN_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
# Elements whose text is never shown as such.
NOT_SHOWN = {"script", "style"}
# Elements inside a run of text (HTML's phrasing content, and SVG's lines of a label).
INLINE = {
    *"a abbr b bdi bdo cite code data dfn em i kbd label mark q s samp small span strong sub sup".split(),
    *"time u var tspan".split(),
}

_SPACE = re.compile(r"\s+")
# A run of a message's letters (full-width) and what stands between them (spaces, placeholders).
_MESSAGE_LETTERS = re.compile(r"[\uff21-\uff3a\uff41-\uff5a]+")
# What is left around content once a message's letters are taken out: spaces and punctuation.
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# Where an inline element starts or ends: two texts may meet there ("<span>Tag</span><span>Tag</span>"),
# or one text be marked up ("<mark>Soc</mark>ial").
_BOUNDARY = "\x00"
# What a template puts between two texts: punctuation, numbers (a count after a name), an
# element's boundary.
_SEPARATOR = re.compile(r"[\W\d_]*?(?:[^\w\s]|[\d_])[\W\d_]*")


def _normal(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _strings(value):
    """Every string in a stored value (StreamField data is nested lists and dicts)."""
    if isinstance(value, str):
        yield value
    elif hasattr(value, "raw_data"):  # a StreamValue, read as stored
        yield from _strings(list(value.raw_data))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


class Content:
    """The texts of the database, whole and as the text nodes of those that are HTML."""

    def __init__(self, texts):
        self.exact: set[str] = set()
        pieces = []
        for text in texts:
            if "<" in text and ">" in text:
                # Rich text: as a page reads it (across inline markup), and node by node.
                lines = [line.replace(_BOUNDARY, "") for line, _where in shown_texts(text)]
                lines += BeautifulSoup(text, "html.parser").find_all(string=True)
            else:
                # A text of several paragraphs may be shown a paragraph at a time (linebreaks).
                lines = [text, *text.splitlines()]
            for line in lines:
                self._add(str(line), pieces)
        # One text a line, so that a line's start is a text's start.
        self.blob = "\n" + "\n".join(pieces)
        self._found: dict[str, bool] = {}
        self.also: Content | None = None

    def _add(self, text, pieces):
        text = _normal(text)
        if text and text not in self.exact:
            self.exact.add(text)
            pieces.append(text)

    @classmethod
    def from_database(cls) -> "Content":
        texts = list(_database_texts())
        # A time zone stored with an event is shown by its name in the reader's language from the
        # Unicode CLDR (Babel), locale data like a month's name in a date.
        zones = zoneinfo.available_timezones()
        texts += [
            get_timezone_location(ZoneInfo(text), locale=PSEUDO_LANGUAGE) for text in set(texts) & zones
        ]
        return cls(texts)

    def with_texts(self, texts) -> "Content":
        """This content and a few texts more (what a page repeats from its address)."""
        if not texts:
            return self
        more = Content(texts)
        more.also = self
        return more

    def __contains__(self, text: str) -> bool:
        """Whether `text` is content: a whole text, or at least three words of one (an excerpt
        around the words searched for, a text cut short).

        A word or two found inside a longer text is not enough: "WP2" or "EUR" written in a
        template would otherwise pass as a piece of "WP2 establishes the current situation".
        """
        if text in self.exact or (self.also is not None and text in self.also):
            return True
        if len(text.split()) < 3:
            return False
        if text not in self._found:
            self._found[text] = text in self.blob and bool(
                re.search(rf"(?<!\w){re.escape(text)}(?!\w)", self.blob)
            )
        return self._found[text]

    def starts(self, text: str) -> bool:
        """Whether a text of the content starts with `text` (cut short, maybe in a word: "Shared Harb…")."""
        return f"\n{text}" in self.blob or (self.also is not None and self.also.starts(text))


def _database_texts():
    for model in apps.get_models():
        if model._meta.app_label not in CONTENT_APPS or model._meta.label in NOT_CONTENT:
            continue
        fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField | models.FileField | StreamField)
            and not field.choices
        ]
        if not fields:
            continue
        for row in model._base_manager.values_list(*fields):
            for value in row:
                yield from _strings(value)


def _where(element, attribute=None) -> str:
    """Where a text is, as a short selector: `main > nav.pagination > a[aria-label]`."""
    steps = []
    for node in [element, *element.parents][:4]:
        if node.name in (None, "[document]"):
            break
        step = node.name
        if node.get("id"):
            step += f"#{node['id']}"
        elif node.get("class"):
            step += "." + ".".join(node["class"])
        steps.append(step)
    where = " > ".join(reversed(steps))
    return f"{where}[{attribute}]" if attribute else where


def _text_of(element, parts: list[str], blocks: list) -> None:
    """Collect the text of `element` that reads as one run: through inline elements, up to blocks."""
    for child in element.children:
        if isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction | CData):
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child))
        elif child.name in NOT_SHOWN:
            continue
        elif child.name == "br":
            parts.append("\n")
        elif child.name in INLINE:
            # An SVG label's lines are tspans, with no space between their words.
            parts.append(" " if child.name == "tspan" else _BOUNDARY)
            _text_of(child, parts, blocks)
            parts.append(_BOUNDARY)
        else:
            parts.append("\n")
            blocks.append(child)


def shown_texts(html: str):
    """(text, where) of every text a reader sees or hears on the page.

    A text is read across inline elements ("<mark>Social</mark> innovation", a link in a
    sentence), so content split by highlighting or markup is still looked up whole; blocks and
    line breaks end it.
    """
    soup = BeautifulSoup(html, "html.parser")
    pending = [soup]
    while pending:
        element = pending.pop()
        parts, blocks = [], []
        _text_of(element, parts, blocks)
        for line in "".join(parts).split("\n"):
            if line.replace(_BOUNDARY, "").strip():
                yield line, _where(element)
        pending.extend(reversed(blocks))
    for element in soup.find_all(True):
        for attribute in SHOWN_ATTRIBUTES:
            if element.get(attribute):
                yield element[attribute], _where(element, attribute)
        if element.name == "input" and element.get("type") in ("submit", "button", "reset"):
            if element.get("value"):
                yield element["value"], _where(element, "value")
        if element.name == "optgroup" and element.get("label"):
            yield element["label"], _where(element, "label")


def _is_content(piece: str, content: Content) -> bool:
    piece = piece.replace(_BOUNDARY, "")
    text = _normal(_EDGE.sub("", piece))
    if not any(c.isalpha() for c in text) or text in content or text in ALLOWED:
        return True
    if _normal(piece) in content:  # punctuation that is part of it: "ESF+"
        return True
    return piece.rstrip().endswith(("…", "...")) and content.starts(text)


def _made_of_content(stretch: str, content: Content) -> bool:
    """Whether the stretch is content, or pieces of content joined by punctuation.

    A template joins texts with separators of its own: "Demo venue, Demo street 1, Riga",
    "UAFSE (UAFSE)", "Catalytic action · 2. Mobilising actors", "Community engagement 12". The
    stretch passes if it is covered from end to end by pieces of content and separators, each
    piece running from a separator's start or end to another's.
    """
    if _is_content(stretch, content):
        return True
    cuts = sorted({0, len(stretch), *(i for m in _SEPARATOR.finditer(stretch) for i in m.span())})
    covered = {0}
    for end in cuts[1:]:
        starts = [start for start in cuts if start in covered and start < end]
        if any(_is_content(stretch[start:end], content) for start in starts):
            covered.add(end)
    return len(stretch) in covered


def not_from_messages(text: str, content: Content) -> list[str]:
    """The stretches of `text` written in ordinary letters that are not content."""
    missed = []
    for stretch in _MESSAGE_LETTERS.split(_normal(text)):
        if not _made_of_content(stretch, content):
            missed.append(_normal(_EDGE.sub("", stretch.replace(_BOUNDARY, ""))))
    return missed


def untranslated(html: str, content: Content) -> list[tuple[str, str]]:
    """(text, where) of each text of the page that is neither a message nor content."""
    found = []
    for text, where in shown_texts(html):
        for stretch in not_from_messages(text, content):
            found.append((stretch, where))
    return found


def _query_texts(path: str) -> list[str]:
    """What a page repeats from its own address: the words searched for."""
    return [value for _key, value in parse_qsl(urlsplit(path).query)]


def _forms_to_itself(html: str, path: str) -> list[dict]:
    """The hidden fields of each POST form of the page that is sent to the page itself."""
    forms = []
    for form in BeautifulSoup(html, "html.parser").find_all("form"):
        if form.get("method", "get").lower() != "post" or form.get("action", "") not in ("", path):
            continue
        hidden = form.find_all("input", type="hidden")
        forms.append({field["name"]: field.get("value", "") for field in hidden if field.get("name")})
    return forms


def _clients(names) -> dict:
    """A test client for each of the inventory's accounts (and None, no one), signed in at once."""
    from apps.users.models import User

    users = User.objects.in_bulk([USERS[name] for name in names if name], field_name="email")
    clients = {}
    for name in names:
        clients[name] = Client()
        if name:
            clients[name].force_login(users[USERS[name]])
    return clients


@pytest.fixture
def pseudo_catalogue(settings, tmp_path):
    """English rendered with the pseudo catalogue; nothing cached under it outlives the test (a
    package fixture set up before the next test's fresh_cache would otherwise read it)."""
    with pseudo_english(settings, tmp_path):
        translation.activate(PSEUDO_LANGUAGE)
        empty_suite_cache()
        yield
    empty_suite_cache()


def test_the_pseudo_catalogue_transforms_messages_and_keeps_placeholders(pseudo_catalogue):
    assert translation.gettext("Skip to main content") == "Ｓｋｉｐ ｔｏ ｍａｉｎ ｃｏｎｔｅｎｔ"
    # Django's and Wagtail's own messages too (a form's error, a protected page's heading).
    assert translation.gettext("This field is required.") == pseudo("This field is required.")
    assert translation.gettext("Password required") == "Ｐａｓｓｗｏｒｄ ｒｅｑｕｉｒｅｄ"
    assert (
        pseudo('<a href="%(url)s">{count} more</a> &amp; %d')
        == '<a href="%(url)s">{count} ｍｏｒｅ</a> &amp; %d'
    )
    # The words of addresses stay English, so the inventory's paths resolve.
    assert translation.pgettext("URL segment", "account") == "account"


def test_a_string_that_missed_gettext_is_named_and_content_is_not(pseudo_catalogue):
    content = Content(
        ["<p>The <b>Shared Harbour Kitchen</b> of Malmö</p>", "Anna Berg", "WP2 maps the ecosystems."]
    )
    html = Template(
        "{% load i18n %}<html><head><title>{% translate 'Search' %}</title></head><body>"
        "<h1>{% blocktranslate %}Review: {{ title }}{% endblocktranslate %}</h1>"
        "<p>Shared Harbour Kitchen: {% translate 'Search' %} 12 Next page</p>"
        # Content split by markup, joined by punctuation and counts, cut short: all content.
        "<p><mark>Shared</mark> Harbour Kitchen · Anna Berg (12)</p><p><span>Anna Berg</span>"
        "<span>WP2 maps…</span></p><p>Shared Harb…</p>"
        # A word written in the template is no content for being a word of a longer text.
        "<p>Anna Berg · WP2</p>"
        "<img src='x.png' alt='Logo of the centre'><input placeholder=\"{% translate 'Search' %}\">"
        "<select><option>Any country</option></select><script>var x = 'Not text';</script>"
        "</body></html>"
    ).render(Context({"title": "Anna Berg"}))
    assert untranslated(html, content) == [
        ("12 Next page", "html > body > p"),
        ("Anna Berg · WP2", "html > body > p"),
        ("Any country", "html > body > select > option"),
        ("Logo of the centre", "html > body > img[alt]"),
    ]


def test_every_text_of_every_page_is_a_message_or_content(inventory, django_db_blocker, pseudo_catalogue):
    pages = [page for page in inventory if page.language == PSEUDO_LANGUAGE]
    assert pages, "The inventory has no page in the pseudo catalogue's language."
    failures = []
    forms_sent = 0
    with django_db_blocker.unblock():
        content = Content.from_database()
        clients = _clients({page.as_user for page in pages})
        for page in pages:
            response = clients[page.as_user].get(
                page.path, HTTP_ACCEPT_LANGUAGE=page.language, follow=page.follows_redirect
            )
            assert response.status_code == page.expected_status, page.label
            html = response.content.decode(response.charset or "utf-8")
            assert any(map(is_pseudo, html)), f"{page.label} shows no message of the pseudo catalogue."
            for text, where in untranslated(html, content.with_texts(_query_texts(page.path))):
                failures.append(f"{page.name} ({page.path}): {text!r} at {where}")
            # Each form sent back empty: the errors it shows (the portal's and Django's), or the
            # page its action leads to. What it changes is rolled back with the test.
            for fields in _forms_to_itself(html, response.request["PATH_INFO"]):
                refused = clients[page.as_user].post(response.request["PATH_INFO"], fields)
                if refused.status_code not in (200, 400):
                    continue
                forms_sent += 1
                html = refused.content.decode(refused.charset or "utf-8")
                for text, where in untranslated(html, content):
                    failures.append(f"{page.name}, form sent empty ({page.path}): {text!r} at {where}")
    assert forms_sent, "No form of the inventory's pages was sent back to its page."
    assert not failures, (
        "Texts that are neither a message (gettext) nor content; mark them for translation:\n"
        + "\n".join(dict.fromkeys(failures))
    )


def test_the_pages_of_errors_are_messages(db, pseudo_catalogue):
    """The pages no inventory address reaches: a server error, a lockout, a stale form, too large a body."""
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.cache import SessionStore
    from django.test import RequestFactory

    from apps.core.web import request_limits, views

    def request():
        made = RequestFactory().post("/en/no-form-here/")
        made.user, made.session, made.LANGUAGE_CODE = AnonymousUser(), SessionStore(), PSEUDO_LANGUAGE
        made._messages = FallbackStorage(made)
        return made

    answers = {
        "server error": views.server_error(request()),
        "lockout": views.login_locked_out(request()),
        "stale form": views.csrf_failure(request()),
        "request too large": request_limits.request_too_large(request()),
    }
    content = Content.from_database()
    failures = []
    for name, response in answers.items():
        html = response.content.decode()
        assert any(map(is_pseudo, html)), name
        failures += [f"{name}: {text!r} at {where}" for text, where in untranslated(html, content)]
    assert not failures, "\n".join(failures)
