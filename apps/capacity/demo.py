"""Synthetic WP4 records for demonstrations and scale tests, marked `is_demo` and removable.

Hub items spread over every core support area, process element, language and country, with
titles and descriptions written in each language from a small vocabulary, so that searches in
every language find some and not others; and a demo selection of thematic areas per country.
"""

import random

from django.db import transaction
from django.utils import translation

from apps.core.demo_data import demo_delete, demo_total
from apps.core.i18n import LANGUAGE_CODES, localized_field
from apps.vocabulary.models import COUNTRIES, ProcessElement, SupportArea, Theme

from .models import AREAS_PER_COUNTRY, HubItem, ThematicArea, ThematicSelection
from .selectors import hub_invalidate, search_vectors_refresh

WORDS = {
    "en": ["mentoring", "canvas", "impact", "evaluation", "co-creation", "funding", "network", "training"],
    "sv": [
        "mentorskap",
        "modell",
        "effekt",
        "utvärdering",
        "samskapande",
        "finansiering",
        "nätverk",
        "utbildning",
    ],
    "lv": ["mentorings", "modelis", "ietekme", "novērtējums", "kopradē", "finansējums", "tīkls", "apmācība"],
    "es": ["mentoría", "lienzo", "impacto", "evaluación", "cocreación", "financiación", "red", "formación"],
    "fr": ["mentorat", "canevas", "impact", "évaluation", "cocréation", "financement", "réseau", "formation"],
}


def _text(rng: random.Random, code: str, kind: str, number: int) -> tuple[str, str]:
    words = rng.sample(WORDS[code], 3)
    title = f"{words[0].capitalize()} {kind} {number}"
    description = f"Demo data. {' '.join(words)}."
    return title, description


@transaction.atomic
def demo_hub_items_create(count: int, *, seed: int = 4, batch_size: int = 2000) -> int:
    """count more demo items; returns how many demo items there are in all."""
    rng = random.Random(seed + HubItem.objects.filter(is_demo=True).count())
    areas = list(SupportArea.objects.all())
    elements = list(ProcessElement.objects.all())
    if not areas or not elements:
        return 0
    start = HubItem.objects.filter(is_demo=True).count()
    created = []
    for offset in range(count):
        number = start + offset + 1
        kind = HubItem.Kind.TOOL if number % 3 else HubItem.Kind.METHOD
        values = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                title, description = _text(rng, code, str(kind.label).lower(), number)
            values[localized_field("title", code)] = title
            values[localized_field("description", code)] = description
        created.append(
            HubItem(
                kind=kind,
                slug=f"demo-tool-{number}",
                title=values["title_en"],
                description=values["description_en"],
                support_area=areas[number % len(areas)],
                element=elements[number % len(elements)],
                language=LANGUAGE_CODES[number % len(LANGUAGE_CODES)],
                country=COUNTRIES[number % len(COUNTRIES)][0],
                link=f"https://example.org/demo-tool-{number}",
                is_demo=True,
                **values,
            )
        )
    ids = []
    for index in range(0, len(created), batch_size):
        ids.extend(item.pk for item in HubItem.objects.bulk_create(created[index : index + batch_size]))
    search_vectors_refresh(ids=ids)
    themes = list(Theme.objects.order_by("pk")[: AREAS_PER_COUNTRY + len(COUNTRIES)])
    if len(themes) >= AREAS_PER_COUNTRY:
        for position, (code, _name) in enumerate(COUNTRIES):
            if ThematicSelection.objects.filter(country=code).exists():
                continue
            selection = ThematicSelection.objects.create(
                country=code, is_demo=True, process="Demo data: a synthetic participatory process."
            )
            for number in range(AREAS_PER_COUNTRY):
                ThematicArea.objects.create(
                    selection=selection, position=number + 1, theme=themes[(position + number) % len(themes)]
                )
    return demo_total(HubItem, invalidate=hub_invalidate)


@transaction.atomic
def demo_hub_items_delete() -> int:
    ThematicSelection.objects.filter(is_demo=True).delete()
    return demo_delete(HubItem, invalidate=hub_invalidate)
