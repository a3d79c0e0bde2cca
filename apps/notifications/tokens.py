"""The signed links in the messages: a subscription's confirmation and the unsubscribe.

Both are signed with the project's SECRET_KEY and a salt of their own, so a token of one kind
is never accepted as the other, and a changed character makes it invalid. A confirmation link
expires (NOTIFICATIONS_CONFIRM_MAX_AGE); an unsubscribe link never does, since a message read
months later must still let its reader leave.
"""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "notifications.subscription.confirm"
UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def confirm_token(subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object({"s": subscriber.pk, "e": subscriber.email})


def confirm_payload(token: str) -> tuple[int, str] | None:
    """The subscriber's id and address, or None for a forged, changed or expired token."""
    try:
        data = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            token, max_age=settings.NOTIFICATIONS_CONFIRM_MAX_AGE
        )
        return int(data["s"]), str(data["e"])
    except (signing.BadSignature, ValueError, TypeError, KeyError, UnicodeDecodeError):
        return None


def unsubscribe_token(email: str, kind: str) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"e": email, "k": kind})


def unsubscribe_payload(token: str) -> tuple[str, str] | None:
    """The address and the kind of message to stop, or None for a forged or changed token."""
    try:
        data = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
        return str(data["e"]), str(data["k"])
    except (signing.BadSignature, ValueError, TypeError, KeyError, UnicodeDecodeError):
        return None
