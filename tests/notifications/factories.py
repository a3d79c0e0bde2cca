"""Factories of the outbox's messages and of the digest's subscribers."""

import factory

from apps.notifications.models import Kind, Notification, Subscriber


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


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A reader who asked for the weekly digest in Swedish and has not confirmed the address yet."""

    email = factory.Sequence(lambda n: f"reader{n}@example.se")
    language = "sv"

    class Meta:
        model = Subscriber
