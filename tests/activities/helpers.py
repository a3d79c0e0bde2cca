"""What the events' tests share besides their factories: a reader's registration data, registering
through the services, the events page and its addresses, and the link a confirmation e-mail holds."""

from django.utils import translation

from apps.activities.models import ActivityIndexPage


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
    from apps.notifications.services.rendering import notification_render

    registration = Registration.objects.filter(email=email).latest("pk")
    notification = Notification.objects.filter(
        email=email, template="registration_pending", context__registration_id=registration.pk
    ).latest("pk")
    message = notification_render(notification)
    return urlparse(re.search(r"https?://\S+/\S+/", message.body)[0]).path
