from django.conf import settings
from django.db import transaction

from . import content
from .models import ConsortiumProject, Organisation


def _translations(field: str, values: dict[str, str]) -> dict[str, str]:
    return {f"{field}_{code}": values[code] for code, _name in settings.LANGUAGES}


@transaction.atomic
def consortium_load() -> str:
    """Create or update the BuiCaSuS project and its seven applicants; safe to run again."""
    facts = {key: value for key, value in content.BUICASUS.items() if key not in ("acronym", "title")}
    project, _created = ConsortiumProject.objects.update_or_create(
        acronym=content.BUICASUS["acronym"],
        defaults={
            **facts,
            "title": content.BUICASUS["title"]["en"],
            **_translations("title", content.BUICASUS["title"]),
        },
    )
    for entry in content.CONSORTIUM:
        fields = {key: value for key, value in entry.items() if key not in ("slug", "description")}
        Organisation.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                **fields,
                "description": entry["description"]["en"],
                **_translations("description", entry["description"]),
            },
        )
    return f"project {project.acronym} and its consortium of {len(content.CONSORTIUM)} organisations"
