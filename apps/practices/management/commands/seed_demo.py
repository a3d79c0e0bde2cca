import time

from django.core.management.base import BaseCommand, CommandError

from apps.practices.demo import demo_cases_create, demo_cases_delete


class Command(BaseCommand):
    help = (
        "Add N synthetic demo cases for scale tests (marked as demo data), or remove them all with "
        "--remove. Needs the real content: run load_buicasus first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=0, help="How many demo cases to add.")
        parser.add_argument("--remove", action="store_true", help="Remove every demo case.")
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=1, help="Random seed, for repeatable data.")

    def handle(self, *args, cases, remove, batch_size, seed, **options):
        if remove:
            removed = demo_cases_delete()
            self.stdout.write(f"Removed {removed} demo cases.")
            return
        if cases <= 0:
            raise CommandError("Give --cases N with N > 0, or --remove.")
        started = time.monotonic()
        try:
            total = demo_cases_create(count=cases, batch_size=batch_size, seed=seed)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Added {cases} demo cases in {time.monotonic() - started:.0f} s; {total} demo cases in all. "
            "Remove them with: python manage.py seed_demo --remove"
        )
