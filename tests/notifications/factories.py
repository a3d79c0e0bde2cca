"""Factories of the outbox's messages."""

import factory

from apps.notifications.models import Kind, Notification


class NotificationFactory(factory.django.DjangoModelFactory):
    """A message of the outbox: by default a replication request to staff that could not be sent."""

    kind = Kind.REPLICATION
    template = "replication_requested"
    event_key = factory.Sequence(lambda n: f"replication_requested:{n}")
    email = "staff@example.org"
    language = "en"
    status = Notification.Status.FAILED
    context = factory.LazyFunction(lambda: {"request_id": 0})

    class Meta:
        model = Notification
