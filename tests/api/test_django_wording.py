"""The web forms keep the wording they had before rest_framework's catalogues came with the API."""

import os

import polib
import pytest

import django
from django.apps import apps
from django.utils import translation

from apps.api.django_wording import MESSAGES
from apps.core.i18n import LANGUAGE_CODES

# The apps the API brought, whose catalogues would otherwise outrank Django's for these messages.
API_APPS = {"rest_framework", "django_filters", "drf_spectacular", "drf_spectacular_sidecar", "corsheaders"}


def wording_without_the_api(message: str, language: str) -> str:
    """The message as Django would translate it without the API's apps: the first installed app's
    catalogue that has it, else Django's own."""
    catalogues = [
        os.path.join(config.path, "locale", language, "LC_MESSAGES", "django.mo")
        for config in apps.get_app_configs()
        if config.name not in API_APPS and not config.name.startswith("apps.")
    ]
    catalogues.append(f"{django.__path__[0]}/conf/locale/{language}/LC_MESSAGES/django.mo")
    for path in catalogues:
        if os.path.exists(path) and (entry := polib.mofile(path).find(message)) and entry.msgstr:
            return entry.msgstr
    return message


@pytest.mark.parametrize("language", [code for code in LANGUAGE_CODES if code != "en"])
def test_each_message_reads_as_before_the_api(language):
    with translation.override(language):
        for message in MESSAGES:
            assert translation.gettext(message) == wording_without_the_api(message, language), message
