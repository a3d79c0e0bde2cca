from django import template
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.utils.translation import gettext, pgettext_lazy

from apps.core.templatetags.portal_tags import highlighted

from ..selectors.validation import practice_validation

register = template.Library()
register.filter("highlighted", highlighted)

# How far a case meets a criterion, after the criterion's name on a card: "Approach (fully)".
MET = {"fully": pgettext_lazy("criterion met", "fully"), "partly": pgettext_lazy("criterion met", "partly")}


@register.simple_tag
def in_language(practice, field, language=None):
    return practice.in_language(field, language)


@register.simple_tag
def case_validation(practice):
    """The case page's validation badge with its criteria and justifications, or None."""
    return practice_validation(practice)


@register.simple_tag
def practice_card_list(cards, found_in="", brief=False):
    """The cards of a listing, built here rather than with an {% include %} per card.

    A listing shows twenty cards; rendering them through the template engine was the largest
    part of an uncached listing's time. Every value is escaped by format_html. Brief cards (the
    related cases of a case page) show the title and the country only.
    """
    if brief:
        return format_html_join(
            "\n",
            '<li class="card"><h3 class="card__title"><a href="{}">{}</a></h3><p class="meta">{}</p></li>',
            ((card.url, card.title, card.country_name) for card in cards),
        )
    demo = gettext("Demo")
    found = gettext("Found in %(language)s") % {"language": found_in} if found_in else ""
    badges = BadgeWords()
    return format_html_join("\n", "{}", ((_card(card, demo, found, badges),) for card in cards))


class BadgeWords:
    """The words of the cards' validation badges, each translated or formatted once per listing."""

    def __init__(self):
        self.criteria_met = gettext("Criteria met:")
        self.met = {rating: str(label) for rating, label in MET.items()}
        self._names: dict[int, str] = {}
        self._dates: dict = {}

    def name(self, result) -> str:
        if result.criterion.pk not in self._names:
            self._names[result.criterion.pk] = str(result.name)
        return self._names[result.criterion.pk]

    def date(self, moment) -> tuple[str, str]:
        day = localtime(moment).date()
        if day not in self._dates:
            self._dates[day] = (day.isoformat(), date_format(day, "DATE_FORMAT"))
        return self._dates[day]


def _card(card, demo: str, found: str, badges: BadgeWords):
    other_language = format_html(' hreflang="{}"', card.original_language) if not card.translated else ""
    title = highlighted(card.title_headline) if card.title_headline else conditional_escape(card.title)
    meta = card.country_name + (f" · {card.organisation}" if card.organisation else "")
    if card.headline:
        summary = format_html("<p>{}</p>", highlighted(card.headline))
    else:
        lang = format_html(' lang="{}"', card.original_language) if not card.translated else ""
        summary = format_html("<p{}>{}</p>", lang, Truncator(card.summary).words(45))
    tags = ""
    if card.elements:
        tags = format_html(
            '<p class="tags">{}</p>',
            format_html_join(
                "", '<span class="tag">{}</span>', ((element.name,) for element in card.elements)
            ),
        )
    return format_html(
        '<li class="card practice-card">{}<h3 class="card__title"><a href="{}"{}>{}</a></h3>{}'
        '<p class="meta">{}</p>{}{}{}{}</li>',
        format_html('<span class="badge badge--demo">{}</span>', demo) if card.is_demo else "",
        card.url,
        other_language,
        title,
        format_html('<p class="card__subtitle" lang="en">{}</p>', card.subtitle) if card.subtitle else "",
        meta,
        format_html('<p class="meta">{}</p>', found) if found else "",
        validation_badge(card.validation, badges) if card.validation else "",
        summary,
        tags,
    )


def validation_badge(badge, words: BadgeWords):
    """A card's validation: its state (validated, or before the last change), date and criteria met."""
    met = badge.met
    criteria = ""
    if met:
        criteria = format_html(
            " · {} {}",
            words.criteria_met,
            format_html_join(
                ", ", "{} ({})", ((words.name(result), words.met[result.rating]) for result in met)
            ),
        )
    iso, shown = words.date(badge.validated_at)
    return format_html(
        '<p class="meta practice-validation"><span class="badge badge--{}">{}</span> '
        '<time datetime="{}">{}</time>{}</p>',
        "validated" if badge.is_current else "validated-stale",
        badge.label,
        iso,
        shown,
        criteria,
    )
