"""A notification as an e-mail: subject, plain text and HTML in its reader's language.

A message a subscription or an account's choice is behind (a list) carries the one-click
unsubscribe of RFC 2369 and RFC 8058; any other carries none.
"""

import re

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from apps.core.mail import AutomatedEmail

from .. import tokens
from ..models import ACCOUNT_KINDS, Kind, Notification


def absolute(path: str) -> str:
    return (
        path
        if path.startswith(("http://", "https://"))
        else settings.NOTIFICATIONS_BASE_URL.rstrip("/") + path
    )


def unsubscribe_url(notification: Notification) -> str:
    token = tokens.unsubscribe_token(notification.email, notification.kind)
    return absolute(reverse("notifications:unsubscribe", args=[token]))


def notification_is_list(notification: Notification) -> bool:
    """Whether a subscription or an account's choice is behind the message, so that its reader
    may unsubscribe: the digest and the kinds an account turns on and off. An account's own
    message (a password reset), the answers to one event registration and the request to confirm
    a subscription not yet made are no list, and offer no unsubscribing."""
    return is_a_list(notification.kind, notification.template)


def is_a_list(kind: str, template: str) -> bool:
    """`notification_is_list` for a message not yet written: its kind and template."""
    return kind in ACCOUNT_KINDS or (kind == Kind.DIGEST and template == "digest")


def unsubscribe_headers(notification: Notification, context: dict) -> dict:
    """RFC 2369 and RFC 8058: one POST to this address unsubscribes, with no login and no form."""
    if not context.get("unsubscribe_url"):
        return {}
    return {
        "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def notification_render(notification: Notification) -> AutomatedEmail | None:
    """Subject, plain text and HTML of a notification, with its reader's language active.

    An automated message (apps.core.mail): Auto-Submitted, a Message-ID on the portal's domain
    and a subject folded within RFC 2047's limits.
    """
    # What a message says reads the domains, and builds its links with `absolute` above.
    from ..content import message_context

    with translation.override(notification.language):
        context = message_context(notification)
        if context is None:
            return None
        context.update(
            {
                "notification": notification,
                "language": notification.language,
                "unsubscribe_url": unsubscribe_url(notification)
                if notification_is_list(notification)
                else "",
                "preferences_url": absolute(reverse("notifications:preferences")),
                "site_name": settings.WAGTAIL_SITE_NAME,
            }
        )
        base = f"notifications/email/{notification.template}"
        # ASCII white space only: French keeps its no-break space before ":" in a subject.
        subject = render_to_string(f"{base}.subject.txt", context)
        subject = re.sub(r"\s+", " ", subject, flags=re.ASCII).strip()
        text = render_to_string(f"{base}.txt", context)
        html = render_to_string(f"{base}.html", context)
    message = AutomatedEmail(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.email],
        headers={
            "Content-Language": notification.language,
            "X-Notification-Id": str(notification.pk),
            **unsubscribe_headers(notification, context),
        },
    )
    message.attach_alternative(html, "text/html")
    return message
