"""Writes of accounts: those staff make in the admin, and the partners' password-reset requests."""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from apps.core.events import send_event

from . import events
from .forms import PartnerPasswordResetForm
from .models import User

WELCOME_SUBJECT = "users/account_created_subject.txt"
WELCOME_EMAIL = "users/account_created_email.txt"
WELCOME_HTML = "users/account_created_email.html"
RESET_SUBJECT = "users/password_reset_subject.txt"
RESET_EMAIL = "users/password_reset_email.txt"
RESET_HTML = "users/password_reset_email.html"


def password_unknown_set(*, user) -> None:
    """Give an account made without a password one that nobody knows.

    Not Django's unusable password: "Forgotten your password?" sends no link to an account
    that has one, and that link is how the person chooses their own.
    """
    user.set_password(secrets.token_urlsafe(32))


def password_link_send(*, user, request, welcome: bool) -> bool:
    """E-mail the person the link to choose a password, in their preferred language.

    The same link as "Forgotten your password?" sends, to that language's page; `welcome`
    words it for a new account. False when the account cannot receive one (inactive).
    """
    form = PartnerPasswordResetForm(data={"email": user.email})
    if not form.is_valid() or not any(form.get_users(user.email)):
        return False
    # The portal's public address, not the Host of the admin's request.
    public = urlsplit(settings.NOTIFICATIONS_BASE_URL)
    form.save(
        request=request,
        domain_override=public.netloc,
        use_https=public.scheme == "https",
        subject_template_name=WELCOME_SUBJECT if welcome else RESET_SUBJECT,
        email_template_name=WELCOME_EMAIL if welcome else RESET_EMAIL,
        html_email_template_name=WELCOME_HTML if welcome else RESET_HTML,
    )
    return True


@transaction.atomic
def password_reset_request(*, email: str, language: str) -> None:
    """Ask for a reset link for email: the notifications' outbox writes it if an account has it.

    The same for every address, known or not (no lookup here); the link is built at delivery
    from the portal's configured address (NOTIFICATIONS_BASE_URL), never from the request.
    """
    send_event(events.password_reset_requested, sender=User, email=email.strip().lower(), language=language)
