"""The editors' side of nominations: their queue and decisions in Wagtail's admin.

Nominations arrive through the public form; editors do not add them. The listing shows the
confirmed ones unless a status is asked for (the unconfirmed have not counted yet). The edit view
shows what was nominated, read-only, and takes the editors' step: into review, or a decision
with a comment that is e-mailed to the nominator in their language (services.nominations). An
accepted nomination becomes a draft case with one button; the nomination and the case link to
each other.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from apps.core.admin.snippets import CheckedStatusEditView, UnchosenSnippetViewSet
from apps.core.admin.views import permission_required, register_admin_views

from ..models import Nomination, PracticeIndexPage, PracticePage
from ..services import nominations as services

S = Nomination.Status
PERMISSION = "practices.change_nomination"


class NominationPermissionPolicy(ModelPermissionPolicy):
    """Nominations arrive through the public form: editors see, decide on and delete them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


register_permission_policy(Nomination, NominationPermissionPolicy(Nomination))


def can_make_case(user) -> bool:
    """Making a draft case adds a page below the library: the editor needs that right too."""
    index = PracticeIndexPage.objects.first()
    return (
        index is not None and user.has_perm(PERMISSION) and index.permissions_for_user(user).can_add_subpage()
    )


class NominationAdminForm(WagtailAdminModelForm):
    """The editors' step: a status and the comment; every change goes through the services."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.status_before = self.instance.status
        if "status" in self.fields and self.status_before != S.UNCONFIRMED:
            self.fields["status"].choices = [
                (value, label) for value, label in self.fields["status"].choices if value != S.UNCONFIRMED
            ]

    def clean_status(self):
        status = self.cleaned_data["status"]
        before = Nomination(status=self.status_before)
        error = services.status_change_error(before, status)
        if error:
            raise ValidationError(error)
        return status

    def save(self, commit=True):
        nomination = super().save(commit=False)
        if not commit:
            return nomination
        return services.nomination_decide(
            nomination=nomination,
            status=self.cleaned_data["status"],
            comment=self.cleaned_data.get("comment", ""),
            user=self.for_user,
        )


class NominationLinksPanel(Panel):
    """The case made from the nomination, or the button that makes it from an accepted one."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "practices/nomination_admin_links.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            nomination = self.instance
            user = self.request.user if self.request else None
            context.update(
                {
                    "nomination": nomination,
                    "case_edit_url": (
                        reverse("wagtailadmin_pages:edit", args=[nomination.draft_case_id])
                        if nomination.draft_case_id
                        else ""
                    ),
                    "draft_case_url": (
                        reverse("practices_nomination_draft_case", args=[nomination.pk])
                        if nomination.pk
                        and nomination.status == S.ACCEPTED
                        and not nomination.draft_case_id
                        and user is not None
                        and can_make_case(user)
                        else ""
                    ),
                }
            )
            return context


# What the nominator sent and the record of its handling: shown, never edited, in the admin.
INITIATIVE_FIELDS = (
    "initiative",
    "country",
    "region",
    "website",
    "problem",
    "activity",
    "results",
    "elements",
    "support_areas",
)
NOMINATOR_FIELDS = (
    "name",
    "email",
    "organisation",
    "consent_to_contact",
    "language",
    "created",
    "confirmed",
    "decided",
    "decided_by",
    "anonymised",
    "received_without_rate_limit",
)


def shown(names) -> list[FieldPanel]:
    return [FieldPanel(name, read_only=True) for name in names]


class NominationViewSet(UnchosenSnippetViewSet):
    model = Nomination
    icon = "pick"
    menu_label = gettext_lazy("Nominations")
    edit_view_class = CheckedStatusEditView
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("comment"), NominationLinksPanel()],
                heading=gettext_lazy("Decision"),
            ),
            MultiFieldPanel(shown(INITIATIVE_FIELDS), heading=gettext_lazy("The initiative")),
            MultiFieldPanel(shown(NOMINATOR_FIELDS), heading=gettext_lazy("The nominator")),
        ],
        base_form_class=NominationAdminForm,
    )
    list_display = ["initiative", "country", "status", "language", "created", "confirmed", "draft_case"]
    list_filter = ["status", "country", "language", "received_without_rate_limit"]
    search_fields = ["initiative", "name", "email", "organisation"]
    ordering = ["-created"]

    def get_queryset(self, request):
        """The queue without the unconfirmed nominations, unless a status is asked for."""
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = Nomination.objects.select_related("draft_case")
        if not request.GET.get("status"):
            queryset = queryset.exclude(status=S.UNCONFIRMED)
        return queryset


@permission_required(PERMISSION)
def nomination_draft_case(request, pk):
    """Make the draft case of an accepted nomination, then open it in the page editor."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    nomination = get_object_or_404(Nomination, pk=pk)
    if not can_make_case(request.user):
        raise PermissionDenied
    try:
        case = services.nomination_draft_case(nomination=nomination, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("wagtailsnippets_practices_nomination:edit", nomination.pk)
    messages.success(
        request, _("The draft case “%(title)s” was made from the nomination.") % {"title": case.title}
    )
    return redirect("wagtailadmin_pages:edit", case.pk)


register_admin_views(
    ("practices/nominations/<int:pk>/draft-case/", nomination_draft_case, "practices_nomination_draft_case"),
)


@hooks.register("register_page_header_buttons")
def nomination_of_case(page, user, view_name, next_url=None):
    """A case made from a nomination links back to it, for editors who may see nominations."""
    if not isinstance(page, PracticePage) or not user.has_perm("practices.view_nomination"):
        return
    pk = Nomination.objects.filter(draft_case_id=page.pk).values_list("pk", flat=True).first()
    if pk is not None:
        yield Button(
            _("The nomination"),
            reverse("wagtailsnippets_practices_nomination:edit", args=[pk]),
            icon_name="pick",
            priority=90,
        )
