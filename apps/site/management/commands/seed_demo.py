import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from apps.activities.demo import demo_activities_create, demo_activities_delete
from apps.capacity.demo import demo_hub_items_create, demo_hub_items_delete
from apps.mapping.demo import demo_entries_create, demo_entries_delete
from apps.practices.demo import demo_cases_create, demo_cases_delete
from apps.projects.demo import demo_projects_create, demo_projects_delete
from apps.strategies.demo import demo_strategies_create, demo_strategies_delete
from apps.workpackages.demo import demo_deliverables_create, demo_deliverables_delete


class Command(BaseCommand):
    help = (
        "Add synthetic demo data for scale tests, clearly marked as demo: N cases, and approved mapping "
        "entries (a tenth as many as cases unless --entries is given) with a few in every other state, "
        "--activities N demo events with registrations, --deliverables N demo deliverables, "
        "--projects N demo ESF+ projects with engagements, --hub-items N demo tools and methods of the "
        "knowledge hub (with demo thematic areas per country) and --strategies a demo strategy per "
        "country with action plans. "
        "--remove removes all of it. Needs the real content: run load_buicasus first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=0, help="How many demo cases to add.")
        parser.add_argument(
            "--entries", type=int, default=None, help="How many approved demo mapping entries to add."
        )
        parser.add_argument(
            "--activities", type=int, default=0, help="How many demo events (with registrations) to add."
        )
        parser.add_argument("--deliverables", type=int, default=0, help="How many demo deliverables to add.")
        parser.add_argument(
            "--strategies",
            action="store_true",
            help="Add an adopted demo strategy with action plans for every country that has none.",
        )
        parser.add_argument(
            "--projects", type=int, default=0, help="How many demo ESF+ projects (with engagements) to add."
        )
        parser.add_argument(
            "--hub-items",
            type=int,
            default=0,
            help="How many demo tools and methods of the knowledge hub to add.",
        )
        parser.add_argument(
            "--remove",
            action="store_true",
            help="Remove every demo case, entry, event, deliverable, strategy, ESF+ project and hub item.",
        )
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=1, help="Random seed, for repeatable data.")

    def handle(
        self,
        *args,
        cases,
        entries,
        activities,
        deliverables,
        strategies,
        projects,
        hub_items,
        remove,
        batch_size,
        seed,
        **options,
    ):
        if remove:
            self._remove()
            return
        entries = cases // 10 if entries is None else entries
        counts = (cases, entries, activities, deliverables, projects, hub_items)
        if all(count <= 0 for count in counts) and not strategies:
            raise CommandError(
                "Give --cases N, --entries N, --activities N, --deliverables N, --projects N or "
                "--hub-items N with N > 0, --strategies, or --remove."
            )
        started = time.monotonic()
        if cases > 0:
            try:
                total = demo_cases_create(count=cases, batch_size=batch_size, seed=seed)
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(f"Added {cases} demo cases; {total} demo cases in all.")
        if entries > 0:
            total_entries = demo_entries_create(approved=entries, seed=seed, batch_size=batch_size)
            self.stdout.write(
                f"Added {entries} approved demo mapping entries; {total_entries} demo entries in all."
            )
        if activities > 0:
            total_activities = demo_activities_create(activities, seed=seed)
            self.stdout.write(f"Added {activities} demo events; {total_activities} demo events in all.")
        if deliverables > 0:
            try:
                total_deliverables = demo_deliverables_create(count=deliverables)
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(
                f"Added {deliverables} demo deliverables; {total_deliverables} demo deliverables in all."
            )
        if strategies:
            total_strategies = demo_strategies_create()
            self.stdout.write(f"{total_strategies} demo strategies with action plans in all.")
        if projects > 0:
            total_projects = demo_projects_create(projects, seed=seed, batch_size=batch_size)
            self.stdout.write(
                f"Added {projects} demo ESF+ projects; {total_projects} demo ESF+ projects in all."
            )
        if hub_items > 0:
            total_hub_items = demo_hub_items_create(hub_items, seed=seed)
            self.stdout.write(
                f"Added {hub_items} demo tools and methods; {total_hub_items} demo tools and methods in all."
            )
        self.stdout.write(
            f"Done in {time.monotonic() - started:.0f} s. "
            "Remove the demo data with: python manage.py seed_demo --remove"
        )

    def _remove(self):
        """Remove the demo data in the reverse order of what it leans on, all or nothing.

        Later kinds point at earlier ones: the hub's demo thematic areas use the demo cases'
        themes (a protected link), ESF+ engagements name organisations, so the cases, the
        mapping's demo organisations and their themes go last.
        """
        removals = (
            (demo_hub_items_delete, "Removed {} demo tools and methods."),
            (demo_projects_delete, "Removed {} demo ESF+ projects."),
            (demo_strategies_delete, "Removed {} demo strategies."),
            (demo_deliverables_delete, "Removed {} demo deliverables."),
            (demo_activities_delete, "Removed {} demo events."),
            (demo_entries_delete, "Removed {} demo mapping entries."),
            (demo_cases_delete, "Removed {} demo cases."),
        )
        with transaction.atomic():
            lines = [message.format(delete()) for delete, message in removals]
        for line in reversed(lines):
            self.stdout.write(line)
