"""What the browser journeys share."""

import threading

from django.db import connection


def committed(function):
    """Run function on a connection of its own, so the server thread sees what it writes."""
    result = {}

    def run():
        try:
            result["value"] = function()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result.get("value")


def committed_event(*, title: str, **fields):
    """A public event open for registration, written on a connection of its own so the browser's
    server sees it; yields it, then removes it with its registrations. Use with `yield from`."""
    import uuid

    from apps.activities.models import Activity, Registration
    from tests.activities.factories import ActivityFactory

    slug = f"e2e-{uuid.uuid4().hex[:8]}"

    def create():
        return ActivityFactory(slug=slug, title=title, **fields)

    def remove():
        Registration.objects.filter(activity__slug=slug).delete()
        Activity.objects.filter(slug=slug).delete()

    yield committed(create)
    committed(remove)
