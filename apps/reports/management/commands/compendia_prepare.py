"""Queue the missing, failed and outdated public compendia now, as beat does nightly."""

from django.core.management.base import BaseCommand

from apps.reports import services


class Command(BaseCommand):
    help = "Queue every missing, failed or outdated public compendium, in every country and language."

    def handle(self, *args, **options):
        queued = services.compendia_prepare()
        self.stdout.write(f"{queued} compendia queued.")
