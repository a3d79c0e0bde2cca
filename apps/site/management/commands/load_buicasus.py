from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from apps.core.loaders import content_loaders
from apps.core.signals import page_slug_indexes_ensure


class Command(BaseCommand):
    help = "Load the real BuiCaSuS content of every app, in dependency order. Safe to run again."

    def handle(self, *args, **options):
        # Untranslated field names stand for the active language's column: load in the default.
        with translation.override(settings.LANGUAGE_CODE):
            page_slug_indexes_ensure()
            for loader in content_loaders():
                self.stdout.write(f"{loader.app.verbose_name}: {loader.load()}.")
