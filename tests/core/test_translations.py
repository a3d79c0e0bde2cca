"""What readers of the four translations see: words that agree with what they describe, one
vocabulary across the interface and the content, and French typography."""

import gettext
import importlib
import io
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail.models import Revision

from apps.activities.models import Activity, Registration
from apps.capacity import content as capacity_content
from apps.capacity.models import KnowledgeHubPage
from apps.capacity.services import capacity_load
from apps.core.i18n import language_in_text
from apps.mapping import content as mapping_content
from apps.mapping.models import EntryStatus
from apps.notifications.models import Notification
from apps.projects.models import Engagement
from apps.projects.models import Status as ProjectStatus
from apps.reports.models import Status as ReportStatus
from apps.strategies import content as strategies_content
from apps.strategies.models import ActionItem, Strategy
from apps.vocabulary import content as vocabulary_content
from apps.workpackages.models import Deliverable
from tests.helpers import html_of, url_in
from tests.practices.factories import PracticePageFactory
from tests.strategies.factories import ActionItemFactory, ActionPlanFactory, StrategyFactory
from tests.strategies.helpers import index_page
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale"


def catalogue(language: str) -> dict:
    """The compiled catalogue as gettext reads it: msgid (or context\\x04msgid) to msgstr."""
    with open(LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as mo:
        return gettext.GNUTranslations(mo)._catalog


def messages(language: str):
    """Every (msgid, msgstr) of a compiled catalogue, plural forms one by one, header left out."""
    for key, msgstr in catalogue(language).items():
        msgid = key[0] if isinstance(key, tuple) else key
        if msgid:
            yield msgid, msgstr


# --- status words agree with the object they describe ---------------------------------------

STATUS_LABELS = [
    # (choice, es, fr, sv, lv)
    (Deliverable.Status.SUBMITTED, "Enviado", "Soumis", "Inskickad", "Iesniegts"),
    (Deliverable.Status.PLANNED, "Previsto", "Prévu", "Planerad", "Plānots"),
    (EntryStatus.SUBMITTED, "Enviada", "Soumise", "Inskickat", "Iesniegts"),
    (EntryStatus.APPROVED, "Aprobada", "Approuvée", "Godkänt", "Apstiprināts"),
    (Registration.Status.CANCELLED, "Cancelada", "Annulée", "Avbokad", "Atcelta"),
    (Registration.Status.CONFIRMED, "Confirmada", "Confirmée", "Bekräftad", "Apstiprināta"),
    (Activity.Status.CANCELLED, "Cancelado", "Annulé", "Inställt", "Atcelts"),
    (Notification.Status.SENT, "Enviada", "Envoyée", "Skickad", "Nosūtīts"),
    (ProjectStatus.PLANNED, "Previsto", "Prévu", "Planerat", "Plānots"),
    (ProjectStatus.COMPLETED, "Finalizado", "Terminé", "Avslutat", "Pabeigts"),
    (Engagement.Status.PLANNED, "Prevista", "Prévue", "Planerat", "Plānota"),
    (Engagement.Status.CANCELLED, "Cancelada", "Annulée", "Inställt", "Atcelta"),
    (ReportStatus.DONE, "Terminado", "Terminé", "Klar", "Gatavs"),
    (Strategy.Status.ADOPTED, "Aprobada", "Adoptée", "Antagen", "Pieņemta"),
    (Strategy.Status.DRAFT, "Borrador", "Brouillon", "Utkast", "Melnraksts"),
    (ActionItem.Status.DONE, "Completada", "Terminée", "Klar", "Izpildīts"),
    (ActionItem.Status.DROPPED, "Descartada", "Abandonnée", "Slopad", "Atcelts"),
]


@pytest.mark.parametrize(("choice", "es", "fr", "sv", "lv"), STATUS_LABELS, ids=lambda v: str(v))
def test_a_status_agrees_with_the_kind_of_object(choice, es, fr, sv, lv):
    for language, expected in {"es": es, "fr": fr, "sv": sv, "lv": lv}.items():
        with translation.override(language):
            assert str(choice.label) == expected, language


def test_a_deliverables_submitted_is_masculine_and_an_entrys_feminine():
    with translation.override("es"):
        assert (str(Deliverable.Status.SUBMITTED.label), str(EntryStatus.SUBMITTED.label)) == (
            "Enviado",
            "Enviada",
        )


STATUS_CHOICES = [
    Activity.Status,
    Registration.Status,
    EntryStatus,
    Notification.Status,
    ProjectStatus,
    Engagement.Status,
    ReportStatus,
    Strategy.Status,
    ActionItem.Status,
    Deliverable.Status,
]


@pytest.mark.parametrize("choices", STATUS_CHOICES, ids=lambda c: c.__qualname__)
def test_every_status_label_is_translated_in_its_own_context(choices):
    """A status word without a context shares one translation with every other object's."""
    compiled = {language: catalogue(language) for language in ("es", "fr", "sv", "lv")}
    for value, label in choices.choices:
        lazy_args = label._args
        assert len(lazy_args) == 2, f"{choices.__qualname__}.{value} has no context"
        key = "\x04".join(lazy_args)
        for language, messages_of in compiled.items():
            assert messages_of.get(key), f"{key!r} is not translated in {language}"


# --- an action item's due date is a deadline, a deliverable's a delivery date ------------------


def test_an_action_items_due_date_is_its_deadline():
    expected = {"sv": "Sista datum", "es": "Fecha límite", "lv": "Izpildes termiņš", "fr": "Date limite"}
    for language, label in expected.items():
        with translation.override(language):
            assert pgettext("action item", "Due date") == label
            assert _("Due date") == label  # the strategies report's column
    with translation.override("sv"):
        assert pgettext("deliverable", "Due date") == "Leveransdatum"


def test_the_strategy_page_heads_its_items_due_date_sista_datum(client):
    made = StrategyFactory(country="LV")
    ActionItemFactory(
        plan=ActionPlanFactory(strategy=made, title="Found the centre"), title="Draft the statutes"
    )
    page = html_of(client.get(f"{url_in(index_page(), 'sv')}lv/"))
    headers = [th.get_text(strip=True) for th in page.select("table.strategy__items th")]
    assert "Sista datum" in headers
    assert "Leveransdatum" not in headers


# --- a language named inside a sentence is written in lower case ------------------------------


@pytest.mark.parametrize(
    ("language", "original", "expected"),
    [
        ("fr", "sv", "Il est affiché en suédois,"),
        ("es", "sv", "Se muestra en sueco,"),
        ("sv", "es", "Det visas på spanska,"),
        ("lv", "sv", "Tas ir parādīts zviedru valodā,"),
    ],
)
def test_an_untranslated_case_names_its_language_in_lower_case(client, language, original, expected):
    untranslated = {f"summary_{code}": "" for code in ("sv", "fr", "es", "lv", "en") if code != original}
    case = PracticePageFactory(title="Delade kök", original_language=original, **untranslated)
    notice = html_of(client.get(url_in(case, language))).select_one("p.notice")
    assert expected in notice.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "Le escribimos en español,"),
        ("fr", "Nous vous écrivons en espagnol,"),
        ("sv", "Vi skriver till dig på spanska,"),
        ("lv", "Mēs jums rakstām spāņu valodā"),
    ],
)
def test_the_preferences_page_names_the_accounts_language_in_lower_case(client, language, expected):
    client.force_login(UserFactory(preferred_language="es"))
    with translation.override(language):
        url = reverse("notifications:preferences")
    assert expected in html_of(client.get(url)).get_text()


def test_language_in_text_is_lower_case_except_in_english():
    names = {"fr": "suédois", "es": "sueco", "sv": "svenska", "lv": "zviedru", "en": "Swedish"}
    for language, name in names.items():
        with translation.override(language):
            assert language_in_text("sv") == name


def test_no_template_names_a_language_inside_a_sentence_with_its_own_capitalised_name():
    """native_language_name gives "Svenska"; a sentence must use language_in_text instead."""
    templates = Path(settings.BASE_DIR) / "templates"
    offenders = []
    for path in templates.rglob("*.*"):
        text = path.read_text()
        for variable in re.findall(r"native_language_name \S+ as (\w+)", text):
            if re.search(rf"blocktranslate[^%]*={variable}\b", text):
                offenders.append(str(path.relative_to(templates)))
    assert offenders == []


# --- Latvian: one vocabulary across the interface and the content -----------------------------

CONTENT_MODULES = [
    "activities",
    "capacity",
    "mapping",
    "notifications",
    "partners",
    "practices",
    "projects",
    "site",
    "strategies",
    "vocabulary",
    "workpackages",
]


def _content_sources():
    for app in CONTENT_MODULES:
        module = importlib.import_module(f"apps.{app}.content")
        yield app, Path(module.__file__).read_text()


def test_latvian_calls_replication_parnemsana_not_repetition():
    for msgid, msgstr in messages("lv"):
        if "replicat" in msgid.lower():
            assert "atkārto" not in msgstr, msgid
            assert "pārņem" in msgstr.lower(), msgid
    for app, source in _content_sources():
        assert "atkārtošan" not in source, app
    scaling = next(names for code, _number, names in vocabulary_content.SUPPORT_AREAS if code == "scaling")
    assert scaling["lv"] == "Paplašināšana un pārņemšana"


def test_latvian_transfer_analysis_and_the_overdue_email_use_the_sites_words():
    lv = dict(messages("lv"))
    assert lv["Transfer analysis"] == "Pārneses analīze"
    assert "Nodošanas" not in " ".join(msgstr for _msgid, msgstr in messages("lv"))
    assert lv["Overdue tasks"] == "Nokavētie uzdevumi"
    assert lv["Overdue action items"] == "Nokavētie uzdevumi"
    assert "darb" not in lv["These are past their due date and not finished yet."]


def test_latvian_content_says_darba_pakotne_and_the_centres_interface_name():
    for app, source in _content_sources():
        assert "darba pakeš" not in source and "darba paket" not in source, app
        assert "sociālo inovāciju kompetences centr" not in source, app
    lv = dict(messages("lv"))
    assert lv["work package"] == "darba pakotne"
    assert lv["CCSI strategies"] == "SIKC stratēģijas"
    assert "SIKC" in strategies_content.INDEX["title"]["lv"]


# --- the hub's and the mapping's intros use the site's names ----------------------------------


@pytest.mark.parametrize("language", ["sv", "lv", "es", "fr"])
def test_intros_name_work_packages_and_support_areas_as_the_site_does(language):
    with translation.override(language):
        wp2, wp4, wp5 = (_("WP%(number)s") % {"number": n} for n in (2, 4, 5))
        # Latvian inflects it: the hub's intro says "pēc galvenās atbalsta jomas" (genitive).
        area = _("core support areas") if language == "lv" else _("core support area")
    assert wp2 in mapping_content.INDEX["intro"][language]
    assert wp4 in capacity_content.HUB["intro"][language]
    assert area in capacity_content.HUB["intro"][language]
    assert wp5 in strategies_content.INDEX["intro"][language]
    assert wp2 in strategies_content.INDEX["intro"][language]
    assert "WP" not in mapping_content.INDEX["intro"][language] + capacity_content.HUB["intro"][language]


def test_the_loader_brings_the_new_intro_to_a_loaded_database_and_then_changes_nothing():
    hub = KnowledgeHubPage.objects.get()
    hub.intro_fr = "Le LT4 systématise … Filtrez-les par domaine de soutien principal."
    hub.save_revision().publish()
    capacity_load()
    hub.refresh_from_db()
    assert hub.intro_fr == capacity_content.HUB["intro"]["fr"]
    revisions = hub.revisions.count()
    capacity_load()
    assert hub.revisions.count() == revisions


# --- French typography ------------------------------------------------------------------------

PROTECTED = re.compile(
    r"<[^>]*>|https?://\S+|mailto:\S+|%\([^)]*\)\w|%[sd%]|\{\{.*?\}\}|\{%.*?%\}|\{\w*\}|\b\d{1,2}:\d{2}\b"
)
# A mark after a plain space, or glued to the word before it (\ue000 stands for a protected part).
MARK_WITHOUT_NO_BREAK_SPACE = re.compile(
    r"(?<![\u00a0\u202f:;?!(«\"“\s\ue000])[:;?!](?=\s|$|[\"”».,)\ue000])|[ ][:;?!]"
)


def french_typography_faults(text: str) -> list[str]:
    masked = PROTECTED.sub("\ue000", text)
    found = MARK_WITHOUT_NO_BREAK_SPACE.finditer(masked)
    return [masked[max(0, match.start() - 15) : match.end() + 5] for match in found]


def test_the_typography_check_finds_what_it_should_and_spares_what_it_should():
    assert french_typography_faults("Quand : demain")
    assert french_typography_faults("Quand: demain")
    assert french_typography_faults("Vraiment ?")
    assert french_typography_faults("Oui !")
    assert not french_typography_faults("Quand\u00a0: demain\u00a0; vraiment\u00a0? oui\u202f!")
    assert not french_typography_faults("À 21:00, voir https://example.org/a?b=c:d et %(name)s")
    assert not french_typography_faults('<a href="x">lien</a> {{ value }}')


def test_every_french_message_puts_a_no_break_space_before_double_punctuation():
    faults = {msgid: french_typography_faults(msgstr) for msgid, msgstr in messages("fr")}
    assert {msgid: found for msgid, found in faults.items() if found} == {}


def test_french_content_puts_a_no_break_space_before_double_punctuation():
    for entry in (capacity_content.HUB, mapping_content.INDEX, strategies_content.INDEX):
        for field in ("title", "intro"):
            assert french_typography_faults(entry[field]["fr"]) == [], field


def test_loading_the_content_again_changes_nothing():
    revisions = Revision.objects.count()
    call_command("load_buicasus", stdout=io.StringIO())
    assert Revision.objects.count() == revisions


def _french_texts(value, french=False):
    """Every text of a content module's structures that sits below a "fr" key."""
    if isinstance(value, str):
        if french:
            yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _french_texts(inner, french or key == "fr")
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _french_texts(inner, french)


@pytest.mark.parametrize("app", CONTENT_MODULES)
def test_all_french_content_puts_a_no_break_space_before_double_punctuation(app):
    module = importlib.import_module(f"apps.{app}.content")
    texts = [text for name in dir(module) if name.isupper() for text in _french_texts(getattr(module, name))]
    faults = {text[:60]: french_typography_faults(text) for text in texts}
    assert {text: found for text, found in faults.items() if found} == {}
