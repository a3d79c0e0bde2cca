"""The snippets' editing layout: a tab of facts, a tab per language, then any further tabs."""

from django.conf import settings

from wagtail.admin.panels import FieldPanel, ObjectList

from apps.core.i18n import localized_field
from apps.core.panels import tabbed_by_language
from apps.strategies.models import Strategy


def test_the_facts_come_first_then_one_tab_per_language_then_the_rest():
    more = ObjectList([FieldPanel("note")], heading="More")
    layout = tabbed_by_language("Facts", [FieldPanel("status")], "title", "summary", more=(more,))
    tabs = layout.children
    assert [tab.heading for tab in tabs] == ["Facts", *[name for _code, name in settings.LANGUAGES], "More"]
    assert [panel.field_name for panel in tabs[0].children] == ["status"]
    for tab, (code, _name) in zip(tabs[1:-1], settings.LANGUAGES, strict=True):
        assert [panel.field_name for panel in tab.children] == [
            localized_field("title", code),
            localized_field("summary", code),
        ]


def test_a_model_keeps_its_extra_tabs_after_the_languages():
    headings = [str(tab.heading) for tab in Strategy.edit_handler.children]
    assert headings[0] == "Strategy"
    assert headings[-1] == "Criteria and services"
    assert len(headings) == 2 + len(settings.LANGUAGES)
