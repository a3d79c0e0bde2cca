from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils.module_loading import import_string

from apps.core.listings.textsearch import latvian_configuration_install
from apps.core.manifest import manifests


class Command(BaseCommand):
    help = (
        "Create or complete the text search configurations the portal adds to PostgreSQL (Latvian, "
        "with hunspell-lv when deploy/postgres/latvian-dictionary.sh has installed it on the "
        "database server), then rebuild every app's stored search vectors with them."
    )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Text search configurations exist on PostgreSQL only; nothing to do here.")
        if latvian_configuration_install():
            self.stdout.write("Latvian: unaccent, the hunspell-lv dictionary, simple.")
        else:
            self.stdout.write(
                self.style.WARNING(
                    "Latvian: unaccent and simple only; the dictionary is not installed on the database "
                    "server (deploy/postgres/latvian-dictionary.sh)."
                )
            )
        for config, manifest in manifests():
            if manifest.search_refresh:
                import_string(manifest.search_refresh)()
                self.stdout.write(f"Search vectors rebuilt: {config.verbose_name}.")
