"""Staff see the outbox in the admin (failed first to find), with every attempt, and resend."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import services
from .models import Notification, OptOut, Subscriber

RESENDABLE = (Notification.Status.FAILED, Notification.Status.SKIPPED)


class NotificationViewSet(SnippetViewSet):
    model = Notification
    icon = "mail"
    menu_label = _("Outbox")
    list_display = ["template", "email", "language", "status", "attempts", "created", "sent"]
    list_filter = ["status", "kind", "language", "created"]
    search_fields = ["email", "event_key", "last_error"]
    ordering = ["-created"]
    inspect_view_enabled = True
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


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    list_display = ["email", "language", "frequency", "created", "confirmed", "unsubscribed"]
    list_filter = ["frequency", "language", "confirmed", "unsubscribed"]
    search_fields = ["email"]
    ordering = ["-created"]


class OptOutViewSet(SnippetViewSet):
    model = OptOut
    icon = "cross"
    list_display = ["email", "kind", "created"]
    list_filter = ["kind"]
    search_fields = ["email"]


class NotificationsViewSetGroup(SnippetViewSetGroup):
    items = (NotificationViewSet, SubscriberViewSet, OptOutViewSet)
    menu_icon = "mail"
    menu_label = _("Notifications")
    menu_name = "notifications"


register_snippet(NotificationsViewSetGroup)


def resend(request, pk):
    """Asks first; on POST puts a failed or skipped notification back in the outbox."""
    if not request.user.has_perm("notifications.change_notification"):
        raise PermissionDenied
    notification = get_object_or_404(Notification, pk=pk)
    listing = reverse("wagtailsnippets_notifications_notification:list")
    if request.method == "POST":
        if services.resend(notification):
            messages.success(request, _("The notification is queued again."))
        else:
            messages.warning(request, _("Only a failed or skipped notification can be sent again."))
        return redirect(listing)
    return TemplateResponse(
        request, "notifications/admin/resend.html", {"notification": notification, "listing": listing}
    )


@hooks.register("register_admin_urls")
def notification_urls():
    return [path("notifications/resend/<int:pk>/", resend, name="notifications_resend")]


@hooks.register("register_snippet_listing_buttons")
def resend_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, Notification)
        and snippet.status in RESENDABLE
        and user.has_perm("notifications.change_notification")
    ):
        yield ListingButton(
            _("Resend"), reverse("notifications_resend", args=[snippet.pk]), icon_name="mail", priority=5
        )
