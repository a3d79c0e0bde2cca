from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from apps.core.services import site_tree_load
from apps.core.signals import page_slug_indexes_ensure
from apps.partners.services import consortium_load
from apps.practices.models import PracticePage
from apps.practices.services import library_load


class Command(BaseCommand):
    help = "Load the real BuiCaSuS content: project facts, consortium and page tree. Safe to run again."

    def handle(self, *args, **options):
        # Untranslated field names stand for the active language's column: load in the default.
        with translation.override(settings.LANGUAGE_CODE):
            self.load()

    def load(self):
        page_slug_indexes_ensure()
        project = consortium_load()
        self.stdout.write(f"Project {project.acronym} and its consortium are loaded.")
        home = site_tree_load(project=project)
        self.stdout.write(f"Page tree under '{home.title}' is loaded in five languages.")
        library = library_load(home=home)
        self.stdout.write(
            f"{library.get_children().type(PracticePage).count()} best-practice cases are loaded."
        )
