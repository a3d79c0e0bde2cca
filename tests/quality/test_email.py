"""Every kind of e-mail the portal sends, in every language, parsed back as a mail reader does.

Each kind is made by the code that sends it (the event's service, the outbox's receivers and
delivery, the account links staff send from the admin) and caught by Django's local-memory
backend. Its bytes, as the SMTP backend writes them, are parsed with Python's `email` and its
default policy and checked:

- MIME: multipart/alternative of a text/plain and a text/html part, the HTML in the message's
  language and valid for the Nu HTML checker (one run for every message);
- headers: `Auto-Submitted: auto-generated` (RFC 3834), a `Message-ID` on the portal's domain,
  `List-Unsubscribe` with RFC 8058's one-click `List-Unsubscribe-Post` exactly where a
  subscription or a choice of the account is behind the message, and header lines within RFC
  5322 and RFC 2047 (encoded-words of at most 75 characters on lines of at most 76, other lines
  of at most 78 where they can be folded and never over 998).

A failure names the kind, the language and the problem. A new kind of message (a template of
the outbox or an account e-mail) fails the inventory until it is added here.
"""

import datetime
import re
from email import message_from_bytes, policy
from email.header import decode_header, make_header

import pytest
from zeal import zeal_ignore

from django.core import mail
from django.urls import reverse
from django.utils import translation

from apps.activities import services as activity_services
from apps.core.i18n import LANGUAGE_CODES
from apps.mapping import services as mapping_services
from apps.notifications import tasks
from apps.notifications.content import CONTEXTS
from apps.notifications.models import Frequency, Notification
from apps.notifications.services.outbox import notification_deliver
from apps.notifications.services.subscriptions import subscriber_confirm, subscription_request
from apps.practices.services import nominations as nomination_services
from apps.practices.services import replication_request_create
from apps.reports import services as report_services
from apps.strategies.models import ActionItem
from apps.users import services as user_services
from apps.workpackages.models import Deliverable
from tests.activities.factories import ActivityFactory
from tests.activities.helpers import person, register_and_confirm
from tests.helpers import run_task
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.partners.factories import MembershipFactory, OrganisationFactory, PartnerFactory
from tests.practices.factories import PracticePageFactory
from tests.practices.helpers import REPLICATION_DATA
from tests.quality.vnu import html_errors
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

DOMAIN = "portal.example.eu"
# The account e-mails staff send from the admin (apps.users.services.password_link_send).
ACCOUNT_KINDS = {"account_created", "password_link"}
# Where nobody subscribed or chose anything: an account's own messages, the answers to one
# event registration, the request to confirm a subscription not yet made.
NO_LIST = {"password_reset", "subscription_confirm", "account_created", "password_link"} | {
    template for template in CONTEXTS if template.startswith(("registration_", "nomination_"))
}
# Messages whose context is gone once their link was followed: written again in every language
# as soon as they are sent.
LINK_MESSAGES = {"registration_pending", "nomination_pending"}
NOMINATION_DATA = {
    "initiative": "Rīgas kopienas virtuve",
    "country": "LV",
    "problem": "Vientuļi seniori Rīgā nepaēd siltas pusdienas.",
    "activity": "Brīvprātīgie kopā ar senioriem gatavo pusdienas.",
    "name": "Ilze Bērziņa",
    "email": "ilze@example.lv",
    "consent_to_contact": True,
}
ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


# Making every kind, through the code that sends it


def events(capture):
    """Cause every event of the outbox once; its rows are delivered to the locmem outbox."""
    superuser = UserFactory(superuser=True, email="chief@example.org")
    case = PracticePageFactory(title="Shared Harbour Kitchen", country="SE")
    with capture(execute=True):
        replication_request_create(practice=case, data=REPLICATION_DATA)

    org = OrganisationFactory(country="LV")
    member = PartnerFactory(organisation=org)
    staff = ReviewerFactory()
    entry = MappingEntryFactory(user=member, organisation=org)
    steps = [
        ("submit", member, ""),
        ("request_changes", staff, "Add the funding sources, please."),
        ("submit", member, ""),
        ("approve", staff, ""),
    ]
    for action, by, comment in steps:
        with capture(execute=True):
            mapping_services.entry_transition(entry=entry, user=by, action=action, comment=comment)
    rejected = MappingEntryFactory(user=member, organisation=org, title="Another hub")
    for action, by, comment in (("submit", member, ""), ("reject", staff, "Out of scope for the mapping.")):
        with capture(execute=True):
            mapping_services.entry_transition(entry=rejected, user=by, action=action, comment=comment)

    activity = ActivityFactory(capacity=1, title="Final conference of the competence centre")
    with capture(execute=True):
        pending = activity_services.registration_create(activity=activity, data=person(1))
    in_every_language("registration_pending")
    with capture(execute=True):
        first = activity_services.registration_confirm(registration=pending.registration)
        register_and_confirm(activity=activity, data=person(2, language="fr"))
        activity_services.registration_cancel(registration=first)

    with capture(execute=True):
        nominated = nomination_services.nomination_create(data=NOMINATION_DATA, language="lv")
    in_every_language("nomination_pending")
    nomination_services.nomination_confirm(nomination=nominated)
    with capture(execute=True):
        nomination_services.nomination_decide(
            nomination=nominated, status="declined", comment="Ārpus bibliotēkas tēmas.", user=superuser
        )

    account = UserFactory(email="ana@example.org", preferred_language="lv")
    with capture(execute=True):
        user_services.password_reset_request(email=account.email, language="en")

    with capture(execute=True):
        subscriber = subscription_request(
            email="lector@example.es", language="es", countries=[], themes=[], frequency="daily"
        )
    subscriber_confirm(subscriber)
    with capture(execute=True):
        PracticePageFactory(title="Community energy cooperative", country="ES")
    with capture(execute=True):
        tasks.digests_send.delay(Frequency.DAILY)

    lead = OrganisationFactory(country="LV")
    MembershipFactory(user=UserFactory(), organisation=lead)
    deliverable = Deliverable.objects.get(code="D5.2")
    deliverable.work_package.lead_partner = lead
    deliverable.work_package.save()
    Deliverable.objects.filter(pk=deliverable.pk).update(due_date=datetime.date(2020, 1, 1), status="planned")
    Deliverable.objects.exclude(pk=deliverable.pk).update(due_date=None)
    ActionItem.objects.update(due_date=None)
    with capture(execute=True):
        run_task(tasks.overdue_reminders)

    with capture(execute=True):
        report = report_services.report_order(
            kind="mapping", parameters={}, language="en", format="xlsx", user=superuser
        )
        report_services.report_run(report_id=report.pk)


def delivered() -> set[int]:
    """The outbox's rows whose messages this test delivered."""
    return {int(message.extra_headers["X-Notification-Id"]) for message in mail.outbox}


def in_every_language(template: str) -> None:
    """The messages of template delivered so far, written again in every other language and
    delivered: their context is read at delivery, in the row's language."""
    for row in (
        Notification.objects.filter(template=template, pk__in=delivered())
        .exclude(event_key__contains="@")
        .order_by("pk")
    ):
        for code in LANGUAGE_CODES:
            if code == row.language:
                continue
            copy, created = Notification.objects.get_or_create(
                event_key=f"{row.event_key}@{code}",
                email=row.email,
                defaults={
                    "kind": row.kind,
                    "template": row.template,
                    "language": code,
                    "user_id": row.user_id,
                    "subscriber_id": row.subscriber_id,
                    "context": row.context,
                },
            )
            if created:
                notification_deliver(copy.pk)


def outbox_messages(capture) -> dict[tuple[str, str], object]:
    """{(kind, language): message} of every template of the outbox."""
    events(capture)
    for template in CONTEXTS:
        if template not in LINK_MESSAGES:
            in_every_language(template)
    rows = dict(Notification.objects.values_list("pk", "template"))
    languages = dict(Notification.objects.values_list("pk", "language"))
    found = {}
    for message in mail.outbox:
        pk = int(message.extra_headers["X-Notification-Id"])
        found.setdefault((rows[pk], languages[pk]), message)
    return found


def account_messages() -> dict[tuple[str, str], object]:
    """{(kind, language): message} of the links to choose a password that staff send."""
    found = {}
    for code in LANGUAGE_CODES:
        user = UserFactory(preferred_language=code)
        for kind, welcome in (("account_created", True), ("password_link", False)):
            mail.outbox.clear()
            assert user_services.password_link_send(user=user, request=None, welcome=welcome)
            [found[(kind, code)]] = mail.outbox
    return found


@pytest.fixture
def messages(settings, django_capture_on_commit_callbacks):
    settings.NOTIFICATIONS_BASE_URL = f"https://{DOMAIN}"
    settings.WAGTAILADMIN_BASE_URL = f"https://{DOMAIN}"
    mail.outbox.clear()
    # The same deliveries again and again, in every language: repeated queries by design.
    with zeal_ignore():
        found = outbox_messages(django_capture_on_commit_callbacks)
        found.update(account_messages())
    return found


# The checks


def unsubscribe_paths() -> set[str]:
    """The start of the unsubscribe page's address in every language."""
    paths = set()
    for code in LANGUAGE_CODES:
        with translation.override(code):
            paths.add(reverse("notifications:unsubscribe", args=["x"]).removesuffix("x/"))
    return paths


def header_problems(raw: bytes) -> list[str]:
    """RFC 5322 line lengths and RFC 2047 encoded-words, on the header section as sent."""
    problems = []
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        shown = line[:60].decode("ascii", "replace")
        if len(line) > 998:
            problems.append(f"a header line of {len(line)} characters (RFC 5322: at most 998): {shown}…")
        words = ENCODED_WORD.findall(line)
        for word in words:
            if len(word) > 75:
                problems.append(f"an encoded-word of {len(word)} characters (RFC 2047: at most 75): {shown}…")
        if words and len(line) > 76:
            problems.append(
                f"a line with encoded-words of {len(line)} characters (RFC 2047: at most 76): {shown}…"
            )
        # Over 78 only where nothing can be folded: one word longer than a line (a link).
        body = line.split(b":", 1)[1] if not line[:1].isspace() and b":" in line else line
        if len(line) > 78 and len(body.split()) > 1:
            problems.append(f"a header line of {len(line)} characters that could be folded: {shown}…")
        try:
            line.decode("ascii")
        except UnicodeDecodeError:
            problems.append(f"a header line that is not ASCII: {shown}")
    return problems


def problems_of(kind: str, language: str, message) -> tuple[list[str], str | None]:
    """The problems of one message, and its HTML part for the Nu checker."""
    raw = message.message().as_bytes(linesep="\r\n")
    parsed = message_from_bytes(raw, policy=policy.default)
    problems = list(parsed.defects) + header_problems(raw)
    html = None
    if parsed.get_content_type() != "multipart/alternative":
        problems.append(f"is {parsed.get_content_type()}, not multipart/alternative")
    else:
        types = [part.get_content_type() for part in parsed.iter_parts()]
        if types != ["text/plain", "text/html"]:
            problems.append(f"has the parts {types}, not text/plain and text/html")
        else:
            plain, html_part = parsed.iter_parts()
            for part in (plain, html_part):
                problems += [f"{part.get_content_type()}: {defect!r}" for defect in part.defects]
                if part.get_content_charset() != "utf-8":
                    problems.append(f"{part.get_content_type()} in {part.get_content_charset()}")
            if not plain.get_content().strip():
                problems.append("an empty text/plain part")
            html = html_part.get_content()
            lang = re.search(r"<html[^>]*\blang=\"([^\"]+)\"", html)
            if not lang or lang.group(1) != language:
                problems.append(f"the HTML's lang is {lang and lang.group(1)!r}, not {language!r}")
    if str(make_header(decode_header(str(parsed["Subject"])))) != str(message.subject):
        problems.append(f"the subject reads {parsed['Subject']!r}, not {message.subject!r}")
    if parsed["Auto-Submitted"] != "auto-generated":
        problems.append(f"Auto-Submitted is {parsed['Auto-Submitted']!r}, not 'auto-generated' (RFC 3834)")
    message_id = parsed["Message-ID"] or ""
    if not re.fullmatch(rf"<[^@<>\s]+@{re.escape(DOMAIN)}>", str(message_id).strip()):
        problems.append(f"Message-ID {message_id!r} is not on the portal's domain {DOMAIN}")
    unsubscribe = parsed["List-Unsubscribe"]
    text = html_text = ""
    if parsed.get_content_type() == "multipart/alternative":
        text = parsed.get_body(("plain",)).get_content()
        html_text = parsed.get_body(("html",)).get_content()
    if kind in NO_LIST:
        if unsubscribe is not None or parsed["List-Unsubscribe-Post"] is not None:
            problems.append("has List-Unsubscribe, but no subscription is behind it")
        if any(path in text or path in html_text for path in unsubscribe_paths()):
            problems.append("offers to unsubscribe, but no subscription is behind it")
    else:
        if unsubscribe and str(unsubscribe).strip("<> ") not in text:
            problems.append("the text part lacks the link of List-Unsubscribe")
        link = rf"<https://{re.escape(DOMAIN)}/\S+>"
        if not unsubscribe or not re.fullmatch(link, str(unsubscribe).strip()):
            problems.append(f"List-Unsubscribe is {unsubscribe!r}, not one https link on the portal")
        if parsed["List-Unsubscribe-Post"] != "List-Unsubscribe=One-Click":
            problems.append("List-Unsubscribe-Post is not List-Unsubscribe=One-Click (RFC 8058)")
    if parsed["Content-Language"] != language:
        problems.append(f"Content-Language is {parsed['Content-Language']!r}")
    return [f"{kind} [{language}]: {problem}" for problem in problems], html


def test_every_kind_of_e_mail_in_every_language_is_well_formed(messages):
    kinds = set(CONTEXTS) | ACCOUNT_KINDS
    expected = {(kind, code) for kind in kinds for code in LANGUAGE_CODES}
    problems = [f"{kind} [{code}]: not made" for kind, code in sorted(expected - set(messages))]
    documents = {}
    for (kind, language), message in sorted(messages.items()):
        found, html = problems_of(kind, language, message)
        problems += found
        if html is not None:
            documents[f"{kind} [{language}]"] = html
    problems += html_errors(documents)
    assert not problems, "\n".join(problems)
