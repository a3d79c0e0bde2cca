import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

from apps.core.manifest import DemoData, manifests


def demo_data() -> list[DemoData]:
    """What the apps offer, in INSTALLED_APPS order: an app's records after those they lean on."""
    return [demo for _config, manifest in manifests() for demo in manifest.demo]


def _dest(demo: DemoData) -> str:
    return demo.option.replace("-", "_")


class Command(BaseCommand):
    help = (
        "Add synthetic demo data for scale tests, clearly marked as demo, of every app that offers "
        "some (the options below); --remove removes all of it. Needs the real content: run "
        "load_buicasus first."
    )

    def add_arguments(self, parser):
        for demo in demo_data():
            if demo.flag:
                parser.add_argument(f"--{demo.option}", action="store_true", help=demo.help)
            else:
                parser.add_argument(f"--{demo.option}", type=int, default=None, metavar="N", help=demo.help)
        parser.add_argument("--remove", action="store_true", help="Remove every app's demo data.")
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=1, help="Random seed, for repeatable data.")

    def handle(self, *args, remove, batch_size, seed, **options):
        demos = demo_data()
        if remove:
            self._remove(demos)
            return
        counts = {demo.option: self._count(demo, options) for demo in demos}
        if not any(counts.values()):
            offered = ", ".join(
                f"--{demo.option}" if demo.flag else f"--{demo.option} N (N > 0)" for demo in demos
            )
            raise CommandError(f"Give {offered}, or --remove.")
        started = time.monotonic()
        for demo in demos:
            count = counts[demo.option]
            if not count:
                continue
            create = import_string(demo.create)
            try:
                total = create(None if demo.flag else count, seed=seed, batch_size=batch_size)
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
            if demo.flag:
                self.stdout.write(f"{total} {demo.noun} in all.")
            else:
                self.stdout.write(f"Added {count} {demo.noun}; {total} {demo.noun} in all.")
        self.stdout.write(
            f"Done in {time.monotonic() - started:.0f} s. "
            "Remove the demo data with: python manage.py seed_demo --remove"
        )

    def _count(self, demo: DemoData, options) -> int:
        """How many records the options ask of this demo data; a given flag counts as one."""
        given = options.get(_dest(demo))
        if demo.flag:
            return 1 if given else 0
        if given is None and demo.follows:
            option, per = demo.follows
            return (options.get(option.replace("-", "_")) or 0) // per
        return max(given or 0, 0)

    def _remove(self, demos: list[DemoData]):
        """Remove the demo data in the reverse order of what it leans on, all or nothing.

        An app's records may point at those of an app before it in INSTALLED_APPS (the hub's
        demo thematic areas use the demo cases' themes, ESF+ engagements name organisations),
        so they go first, and the records they lean on last.
        """
        with transaction.atomic():
            removed = [(demo, import_string(demo.delete)()) for demo in reversed(demos)]
        for demo, count in reversed(removed):
            self.stdout.write(f"Removed {count} {demo.noun}.")
