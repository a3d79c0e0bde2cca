from django.db import transaction

from apps.core.i18n import localized_values

from . import content
from .models import Approach, ProcessElement, SupportArea


def _names(values: dict[str, str]) -> dict[str, str]:
    return {"name": values["en"], **localized_values("name", values)}


@transaction.atomic
def vocabulary_load() -> str:
    """The five process elements with their approaches, and the five core support areas."""
    for element in content.ELEMENTS:
        process_element, _created = ProcessElement.objects.update_or_create(
            number=element["number"], defaults=_names(element["name"])
        )
        for code, names in element["approaches"]:
            Approach.objects.update_or_create(
                code=code, defaults={"element": process_element, **_names(names)}
            )
    for code, number, names in content.SUPPORT_AREAS:
        SupportArea.objects.update_or_create(code=code, defaults={"number": number, **_names(names)})
    return (
        f"{ProcessElement.objects.count()} process elements with {Approach.objects.count()} approaches "
        f"and {SupportArea.objects.count()} core support areas"
    )
