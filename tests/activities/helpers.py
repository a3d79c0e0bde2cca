"""Makers for the events' tests: events in every language, registration data, the events page."""

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import factory

from django.utils import translation

from apps.activities.models import Activity, ActivityIndexPage
from apps.core.i18n import LANGUAGE_CODES

RIGA = ZoneInfo("Europe/Riga")


class ActivityFactory(factory.django.DjangoModelFactory):
    """A public workshop in Riga in May 2030, titled alike in every language unless given per language."""

    kind = Activity.Kind.WORKSHOP
    title = factory.Sequence(lambda n: f"Factory workshop {n}")
    slug = factory.LazyFunction(lambda: f"event-{uuid.uuid4().hex[:10]}")
    description = "Cross-border exchange of tools and methods."
    work_package = 4
    start = datetime(2030, 5, 12, 10, 0, tzinfo=RIGA)
    end = datetime(2030, 5, 12, 16, 30, tzinfo=RIGA)
    time_zone = "Europe/Riga"
    country = "LV"
    venue = "Society Integration Foundation"
    address = "Riga"
    language = "lv"
    is_public = True
    registration_open = True

    class Meta:
        model = Activity

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        for name in ("title", "description"):
            for code in LANGUAGE_CODES:
                kwargs.setdefault(f"{name}_{code}", kwargs[name])
        return super()._create(model_class, *args, **kwargs)


def events_page() -> ActivityIndexPage:
    return ActivityIndexPage.objects.get()


def event_url(activity, language="en") -> str:
    with translation.override(language):
        return f"{events_page().get_url()}{activity.slug}/"


def person(number: int = 1, **changes) -> dict:
    return {
        "name": f"Ilze Bērziņa {number}",
        "email": f"ilze{number}@example.lv",
        "organisation": "Rīgas biedrība",
        "language": "lv",
        **changes,
    }


def register_and_confirm(*, activity, data):
    """Register and confirm the address, as the person does from the e-mailed link."""
    from apps.activities import services

    result = services.registration_create(activity=activity, data=data)
    registration = services.registration_confirm(registration=result.registration)
    return services.RegistrationResult(registration, result.created)


def emailed_link(email: str) -> str:
    """The path of the link in the last confirmation e-mail written to email, as it reads."""
    import re
    from urllib.parse import urlparse

    from apps.activities.models import Registration
    from apps.notifications.models import Notification
    from apps.notifications.services import render_message

    registration = Registration.objects.filter(email=email).latest("pk")
    notification = Notification.objects.filter(
        email=email, template="registration_pending", context__registration_id=registration.pk
    ).latest("pk")
    message = render_message(notification)
    return urlparse(re.search(r"https?://\S+/\S+/", message.body)[0]).path
