from django.db import transaction

from apps.core.i18n import localized_values

from . import content
from .models import ConsortiumProject, Organisation


@transaction.atomic
def consortium_load() -> str:
    """Create or update the BuiCaSuS project and its seven applicants; safe to run again."""
    facts = {key: value for key, value in content.BUICASUS.items() if key not in ("acronym", "title")}
    project, _created = ConsortiumProject.objects.update_or_create(
        acronym=content.BUICASUS["acronym"],
        defaults={
            **facts,
            "title": content.BUICASUS["title"]["en"],
            **localized_values("title", content.BUICASUS["title"]),
        },
    )
    for entry in content.CONSORTIUM:
        fields = {key: value for key, value in entry.items() if key not in ("slug", "description")}
        Organisation.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                **fields,
                "description": entry["description"]["en"],
                **localized_values("description", entry["description"]),
            },
        )
    return f"project {project.acronym} and its consortium of {len(content.CONSORTIUM)} organisations"
