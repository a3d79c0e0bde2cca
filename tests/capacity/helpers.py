"""Shared makers for the tests of WP4: hub items in five languages and thematic areas."""

from apps.capacity.models import HubItem, KnowledgeHubPage, ThematicArea, ThematicSelection
from apps.capacity.selectors import hub_invalidate, search_vectors_refresh
from apps.core.i18n import LANGUAGE_CODES, localized_values
from apps.vocabulary.models import ProcessElement, SupportArea, Theme


def translated(field: str, text: str | dict) -> dict:
    texts = text if isinstance(text, dict) else {code: text for code in LANGUAGE_CODES}
    return {field: texts["en"], **localized_values(field, texts)}


def hub_page() -> KnowledgeHubPage:
    return KnowledgeHubPage.objects.get()


def hub_item(
    slug: str,
    *,
    title: str | dict | None = None,
    description: str | dict = "A tool for social innovation.",
    area: str = "scaling",
    element: int = 1,
    language: str = "en",
    country: str = "SE",
    public: bool = True,
    refresh: bool = True,
) -> HubItem:
    item = HubItem.objects.create(
        slug=slug,
        support_area=SupportArea.objects.get(code=area),
        element=ProcessElement.objects.get(number=element),
        language=language,
        country=country,
        link=f"https://example.org/{slug}",
        is_public=public,
        **translated("title", title or slug.replace("-", " ").capitalize()),
        **translated("description", description),
    )
    if refresh:
        search_vectors_refresh(ids=[item.pk])
        hub_invalidate()
    return item


def selection(
    country: str, themes: list[Theme], *, process: str = "Workshops with the ecosystem.", public=True
):
    chosen = ThematicSelection.objects.create(
        country=country, is_public=public, **translated("process", process)
    )
    for position, theme in enumerate(themes, start=1):
        ThematicArea.objects.create(selection=chosen, position=position, theme=theme)
    return chosen
