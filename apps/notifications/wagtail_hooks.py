"""Staff read the outbox in the admin (failed first to find), with every attempt, and resend.

The outbox is written by the portal alone: staff neither add, edit nor delete its rows. A row's
page shows the message as it is sent (subject and text in the recipient's language) and its
attempts. A failed or skipped message is put back in the outbox; a delivered one is sent again
only when staff ask for a second copy, which is a new row of its own.
"""

import logging

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import InspectView

from apps.core.admin.snippets import UnchosenSnippetViewSet, register_snippet_menu
from apps.core.admin.views import permission_required, register_admin_views, register_listing_button

from .models import Notification, OptOut, Subscriber
from .recipients import Recipient
from .services.outbox import notification_record, notification_resend
from .services.rendering import notification_render

logger = logging.getLogger(__name__)
N = Notification.Status
RESENDABLE = (N.FAILED, N.SKIPPED)
RESEND_PERMISSION = "notifications.change_notification"
# Written by the portal; staff never do these to a row of the outbox.
WRITES = ("add", "change", "delete")


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Staff read the outbox with "view" or "change" (which also lets them resend); nobody adds,
    edits or deletes its rows in the admin."""

    def user_has_permission(self, user, action):
        if action in WRITES:
            return False
        if action == "view":
            return user.has_perm(RESEND_PERMISSION) or super().user_has_permission(user, action)
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in WRITES]
        if "view" in actions:
            actions.append("change")
        return super().users_with_any_permission(actions)


register_permission_policy(Notification, OutboxPermissionPolicy(Notification))


def message_preview(notification: Notification) -> dict:
    """The subject and text the recipient gets, rendered as the sending does; nothing is sent."""
    try:
        message = notification_render(notification)
    except Exception as error:  # noqa: BLE001 - shown to staff, as the sending records it
        logger.info("Notification %s cannot be rendered for its preview", notification.pk, exc_info=True)
        return {"error": f"{type(error).__name__}: {error}"}
    if message is None:
        return {"empty": True}
    return {"subject": message.subject, "text": message.body}


class OutboxInspectView(InspectView):
    template_name = "notifications/admin/notification_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        notification = self.object
        context.update(
            {
                "preview": message_preview(notification),
                "delivery_attempts": notification.delivery_attempts.all(),
                "may_resend": self.request.user.has_perm(RESEND_PERMISSION)
                and notification.status in (*RESENDABLE, N.SENT),
                "resend_url": reverse("notifications_resend", args=[notification.pk]),
            }
        )
        return context


class NotificationViewSet(UnchosenSnippetViewSet):
    model = Notification
    icon = "mail"
    menu_label = _("Outbox")
    list_display = ["template", "email", "language", "status", "attempts", "created", "sent"]
    list_filter = ["status", "kind", "language", "created"]
    search_fields = ["email", "event_key", "last_error"]
    ordering = ["-created"]
    inspect_view_enabled = True
    inspect_view_class = OutboxInspectView
    inspect_view_fields = [
        "kind",
        "template",
        "event_key",
        "email",
        "language",
        "status",
        "attempts",
        "next_attempt",
        "last_error",
        "created",
        "sent",
        "context",
    ]
    # The outbox is written by the portal, never by hand.
    add_to_admin_menu = False


class SubscriberViewSet(UnchosenSnippetViewSet):
    model = Subscriber
    icon = "user"
    list_display = ["email", "language", "frequency", "created", "confirmed", "unsubscribed"]
    list_filter = ["frequency", "language", "confirmed", "unsubscribed"]
    search_fields = ["email"]
    ordering = ["-created"]


class OptOutViewSet(UnchosenSnippetViewSet):
    model = OptOut
    icon = "cross"
    # Only a keyed hash of each address is kept: nothing to search by.
    list_display = ["email_hash", "kind", "created"]
    list_filter = ["kind"]


register_snippet_menu(
    _("Notifications"),
    name="notifications",
    icon="mail",
    items=(NotificationViewSet, SubscriberViewSet, OptOutViewSet),
)


def copies_of(notification: Notification) -> str:
    """The event key prefix of the second copies of a delivered notification."""
    return f"resend:{notification.pk}:"


def _second_copy(request, notification: Notification):
    """A delivered message sent again: a new row, once per copy number however often posted."""
    copy = request.POST.get("copy", "")
    expected = Notification.objects.filter(event_key__startswith=copies_of(notification)).count() + 1
    if not copy.isdigit() or not 1 <= int(copy) <= expected:
        messages.warning(request, _("Nothing was sent: open the message and ask again."))
        return None
    written = notification_record(
        kind=notification.kind,
        template=notification.template,
        event_key=f"{copies_of(notification)}{copy}",
        to=[
            Recipient(
                email=notification.email,
                language=notification.language,
                user_id=notification.user_id,
                subscriber_id=notification.subscriber_id,
            )
        ],
        context=notification.context,
    )
    if not written:
        messages.warning(
            request, _("Nothing more was sent: this copy is already queued, or the recipient opted out.")
        )
        return None
    messages.success(request, _("A second copy is queued for sending."))
    return written[0]


@require_http_methods(["GET", "HEAD", "POST"])
@permission_required(RESEND_PERMISSION)
def resend(request, pk):
    """Asks first; on POST puts a failed or skipped notification back in the outbox, or queues a
    second copy of a delivered one when staff asked for exactly that."""
    notification = get_object_or_404(Notification, pk=pk)
    inspect = reverse("wagtailsnippets_notifications_notification:inspect", args=[notification.pk])
    if request.method == "POST":
        if notification.status == N.SENT and "copy" in request.POST:
            copy_pk = _second_copy(request, notification)
            if copy_pk is not None:
                return redirect("wagtailsnippets_notifications_notification:inspect", copy_pk)
        elif notification_resend(notification):
            messages.success(request, _("The notification is queued again."))
        else:
            messages.warning(request, _("Only a failed or skipped notification can be sent again."))
        return redirect(inspect)
    return TemplateResponse(
        request,
        "notifications/admin/resend.html",
        {
            "notification": notification,
            "listing": inspect,
            "delivered": notification.status == N.SENT,
            "resendable": notification.status in RESENDABLE,
            "copy": Notification.objects.filter(event_key__startswith=copies_of(notification)).count() + 1,
        },
    )


register_admin_views(("notifications/resend/<int:pk>/", resend, "notifications_resend"))
register_listing_button(
    Notification,
    _("Resend"),
    "notifications_resend",
    icon="mail",
    permission=RESEND_PERMISSION,
    shown=lambda notification: notification.status in RESENDABLE,
)
