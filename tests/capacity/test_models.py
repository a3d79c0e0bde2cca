"""The records of WP4 refuse what readers could not use, with messages in the reader's language."""

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from apps.capacity.models import HubItem, ThematicArea
from tests.capacity.factories import HubItemFactory, ThematicSelectionFactory
from tests.vocabulary.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def unsaved_item(**changes) -> HubItem:
    values = {
        "slug": "canvas",
        "element_number": 2,
        "language": "sv",
        "title": "Canvas",
        "description": "A canvas.",
    }
    return HubItemFactory.build(**{**values, **changes})


def test_a_valid_item_passes():
    unsaved_item().full_clean()


ENGLISH = "Give a link or a file: readers need a way to the tool."


@pytest.mark.parametrize("lang", ["en", "sv", "lv", "es", "fr"])
def test_an_item_without_link_or_file_is_refused_in_the_readers_language(lang):
    with translation.override(lang):
        with pytest.raises(ValidationError) as refused:
            unsaved_item(link="").full_clean()
        expected = translation.gettext(ENGLISH)
        assert refused.value.message_dict["link"] == [expected]
    assert (expected == ENGLISH) == (lang == "en"), f"no {lang} translation of the message"


def test_an_item_needs_its_title_in_the_default_language():
    with pytest.raises(ValidationError) as refused:
        unsaved_item(title="", title_sv="Canvas", title_en="").full_clean()
    assert "title_en" in refused.value.message_dict


def test_a_country_has_at_most_four_thematic_areas_each_position_once():
    themes = [ThemeFactory(code=f"theme-{n}", name=f"Theme {n}") for n in range(6)]
    chosen = ThematicSelectionFactory(country="LV", themes=themes[:4])
    fifth = ThematicArea(selection=chosen, position=5, theme=themes[4])
    with pytest.raises(ValidationError):
        fifth.full_clean()
    with transaction.atomic(), pytest.raises(IntegrityError):
        fifth.save()
    with transaction.atomic(), pytest.raises(IntegrityError):
        ThematicArea.objects.create(selection=chosen, position=2, theme=themes[5])
    with transaction.atomic(), pytest.raises(IntegrityError):
        ThematicArea.objects.create(selection=chosen, position=3, theme=themes[0])
    assert chosen.areas.count() == 4
