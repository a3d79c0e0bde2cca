"""The default language's text is required of every translated record, by one check in the kernel."""

import pytest

from django.conf import settings
from django.core.exceptions import ValidationError

from apps.capacity.models import HubItem
from apps.core.validators import default_language_errors, require_default_language
from apps.strategies.models import DesignCriterion

DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHER = next(code for code, _name in settings.LANGUAGES if code != DEFAULT)


def test_a_text_missing_in_the_default_language_is_refused_on_its_column():
    criterion = DesignCriterion(**{f"name_{OTHER}": "Only in another language"})
    with pytest.raises(ValidationError) as refused:
        require_default_language(criterion, "name", "Give a name in the default language at least.")
    assert refused.value.message_dict == {
        f"name_{DEFAULT}": ["Give a name in the default language at least."]
    }


def test_a_text_written_in_the_default_language_passes():
    require_default_language(DesignCriterion(**{f"name_{DEFAULT}": "Governance"}), "name", "missing")


def test_each_missing_field_is_named_once():
    item = HubItem(**{f"title_{DEFAULT}": "A tool"})
    assert default_language_errors(item, ("title", "description"), "needed") == {
        f"description_{DEFAULT}": "needed"
    }
