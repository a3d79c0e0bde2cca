from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext

from apps.core.i18n import language_in_text
from apps.core.templatetags.portal_tags import highlighted

register = template.Library()


@register.simple_tag
def hub_card_list(items, hub_url: str):
    """The hub's cards, built here rather than through the template engine per card.

    Twenty cards in template loops were the largest part of an uncached page of the hub, as they
    were of the library's listing. Every value is escaped by format_html.
    """
    demo = gettext("Demo data")
    return format_html_join("\n", "{}", ((_card(item, hub_url, demo),) for item in items))


def _card(item: dict, hub_url: str, demo: str):
    title = (
        highlighted(item["title_headline"])
        if item.get("title_headline")
        else conditional_escape(item["name"])
    )
    text = highlighted(item["headline"]) if item.get("headline") else Truncator(item["text"] or "").words(40)
    origin = gettext("In %(language)s, from %(country)s") % {
        "language": language_in_text(item["language"]),
        "country": item["country_label"],
    }
    return format_html(
        '<li class="card hub-card"><h3 class="card__title"><a href="{}{}/">{}</a></h3>'
        '<p class="meta">{} · {} · {}. {}</p><p class="meta">{}</p><p>{}</p>{}</li>',
        hub_url,
        item["slug"],
        title,
        item["kind_label"],
        item["area_name"],
        item["element_number"],
        item["element_name"],
        origin,
        text,
        format_html('<p class="badge badge--demo">{}</p>', demo) if item["is_demo"] else "",
    )
