"""What a listing shows of each case, read as plain values."""

from dataclasses import dataclass

from django.conf import settings

from apps.core.caching.versioned import PAGES, cached
from apps.vocabulary.models import COUNTRIES

from ..models import PracticePage
from ..search import headline_expressions, is_supported
from .facets import facet_index, taxonomy_names
from .validation import ValidationBadge, validation_badges


@dataclass
class PracticeCard:
    """What a listing shows of a case: plain values, no page object to build."""

    pk: int
    url: str
    title: str
    summary: str
    translated: bool
    original_language: str
    country: str
    country_name: str
    organisation: str
    is_demo: bool
    elements: list
    headline: str | None = None
    title_headline: str | None = None
    # The sources' English name, shown below an official name in another language.
    subtitle: str = ""
    validation: ValidationBadge | None = None


def library_url(language: str) -> str:
    """The library's URL in language; cases live right below it, so their URLs follow from it."""
    from ..models import PracticeIndexPage

    def compute():
        index = PracticeIndexPage.objects.first()
        return index.get_url() if index else ""

    return cached(PAGES, "library-url", language, compute=compute)


def practice_cards(ids: list[int], *, language: str, text: str = "") -> list[PracticeCard]:
    """Cards for ids, in that order, in language: one query whatever the number of cases.

    A Wagtail page object costs about a millisecond to build (every StreamField and rich text
    field in five languages); a card needs a handful of columns, read as plain values, and its
    process elements come from the facet bitmaps. With a search, the summary and title come
    with their matches marked (PostgreSQL only).
    """
    if not ids:
        return []
    default = settings.LANGUAGE_CODE
    # The reader's language may be the default one: each column is asked for once.
    columns = dict.fromkeys(
        [
            "pk",
            "country",
            "organisation",
            "original_language",
            "is_demo",
            "validation",
            "validated_at",
            "name_is_official",
            "source_name",
            f"title_{language}",
            f"title_{default}",
            f"slug_{language}",
            f"slug_{default}",
            *(f"summary_{code}" for code, _name in settings.LANGUAGES),
        ]
    )
    headlines = headline_expressions(text, language) if text and is_supported() else {}
    rows = PracticePage.objects.filter(pk__in=ids).values(*columns, **headlines)
    by_pk = {row["pk"]: row for row in rows}
    index = facet_index()
    elements = sorted(taxonomy_names()["element"].items(), key=lambda item: int(item[0]))
    base_url = library_url(language)
    country_names = dict(COUNTRIES)
    badges = validation_badges({pk: (row["validation"], row["validated_at"]) for pk, row in by_pk.items()})
    cards = []
    for pk in ids:
        row = by_pk.get(pk)
        if row is None:
            continue
        translated = bool(row[f"summary_{language}"])
        shown = language if translated else row["original_language"]
        title = row[f"title_{language}"] or row[f"title_{default}"]
        cards.append(
            PracticeCard(
                pk=pk,
                url=f"{base_url}{row[f'slug_{language}'] or row[f'slug_{default}']}/",
                title=title,
                summary=row[f"summary_{shown}"] or "",
                translated=translated,
                original_language=row["original_language"],
                country=row["country"],
                country_name=str(country_names.get(row["country"], row["country"])),
                organisation=row["organisation"],
                is_demo=bool(row["is_demo"]),
                elements=[
                    element for number, element in elements if pk in index.values["element"].get(number, ())
                ],
                headline=row.get("headline"),
                title_headline=row.get("title_headline"),
                subtitle=subtitle(title, official=row["name_is_official"], source_name=row["source_name"]),
                validation=badges.get(pk),
            )
        )
    return cards


def subtitle(title: str, *, official: bool, source_name: str) -> str:
    """The sources' English name below a title that is an official name, where the two differ."""
    return source_name if official and source_name and source_name.strip() != title.strip() else ""
