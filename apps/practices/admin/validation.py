"""The editors' side of validation: the checklist's criteria and validating a case in Wagtail's admin.

A case is validated from its page in the admin ("Validate against the checklist" among the page's
actions, and in the explorer's menu of each published case), by whoever may publish it. The form
rates every criterion with a short justification in the case's own language; the service
records it for the live revision and writes a step in the page's history.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from apps.core.admin.snippets import UnchosenSnippetViewSet
from apps.core.admin.views import register_admin_views
from apps.core.i18n import language_in_text

from ..models import CaseValidation, PracticePage, Rating, ValidationCriterion
from ..selectors.validation import validation_criteria
from ..services.validation import VALIDATE_ACTION, case_validate, may_validate

URL_NAME = "practices_validate"
JUSTIFICATION_MAX_LENGTH = 1000


class ValidationCriterionViewSet(UnchosenSnippetViewSet):
    model = ValidationCriterion
    icon = "tasks"
    list_display = ["name", "key", "sort_order"]
    ordering = ["sort_order", "pk"]
    search_fields = ["name", "key"]


class ValidationForm(forms.Form):
    """A rating and a short justification for every criterion of the checklist, in its order."""

    def __init__(self, *args, criteria, previous=None, language="", **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        before = {}
        if previous is not None:
            before = {rating.criterion_id: rating for rating in previous.ratings.all()}
        for criterion in self.criteria:
            old = before.get(criterion.pk)
            self.fields[f"rating_{criterion.key}"] = forms.ChoiceField(
                label=criterion.name,
                help_text=criterion.description,
                choices=Rating.choices,
                initial=old.rating if old else Rating.NOT_ASSESSED,
                widget=forms.RadioSelect,
            )
            self.fields[f"justification_{criterion.key}"] = forms.CharField(
                label=_("Justification: %(criterion)s") % {"criterion": criterion.name},
                required=False,
                max_length=JUSTIFICATION_MAX_LENGTH,
                initial=old.justification if old else "",
                widget=forms.Textarea(attrs={"rows": 2, "lang": language}),
            )

    def rows(self):
        """Each criterion with its two fields, for the template."""
        return [
            (criterion, self[f"rating_{criterion.key}"], self[f"justification_{criterion.key}"])
            for criterion in self.criteria
        ]

    def ratings(self) -> dict[str, tuple[str, str]]:
        data = self.cleaned_data
        return {c.key: (data[f"rating_{c.key}"], data[f"justification_{c.key}"]) for c in self.criteria}


def validate(request, pk):
    practice = get_object_or_404(PracticePage, pk=pk)
    if not may_validate(request.user, practice):
        # A refusal of its own: Wagtail would turn PermissionDenied into a redirect to the dashboard.
        return TemplateResponse(
            request,
            "wagtailadmin/practices/validate.html",
            {
                "page": practice,
                "refused": True,
                "header_title": _("Validate: %(title)s") % {"title": practice.title},
            },
            status=403,
        )
    criteria = ValidationCriterion.objects.all()
    previous = (
        CaseValidation.objects.filter(practice=practice)
        .prefetch_related("ratings")
        .order_by("-validated_at", "-pk")
        .first()
    )
    form = ValidationForm(
        request.POST or None, criteria=criteria, previous=previous, language=practice.original_language
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                case_validate(practice=practice, validator=request.user, ratings=form.ratings())
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("“%(title)s” is validated.") % {"title": practice.title})
                return redirect("wagtailadmin_pages:edit", practice.pk)
        status = 400
    return TemplateResponse(
        request,
        "wagtailadmin/practices/validate.html",
        {
            "page": practice,
            "form": form,
            "previous": previous,
            "is_live": practice.live,
            "case_language": language_in_text(practice.original_language),
            "header_title": _("Validate: %(title)s") % {"title": practice.title},
        },
        status=status,
    )


register_admin_views(("practices/validate/<int:pk>/", validate, URL_NAME))


class ValidateMenuItem(PageMenuItem):
    label = gettext_lazy("Validate against the checklist")
    icon_name = "tasks"
    url_name = URL_NAME


def _validate_item(page, user, priority):
    if page.specific_class is PracticePage and page.live and may_validate(user, page):
        yield ValidateMenuItem(page=page, priority=priority)


@hooks.register("register_page_header_buttons")
def validate_header_button(page, user, view_name=None, next_url=None):
    yield from _validate_item(page, user, priority=62)


@hooks.register("register_page_listing_more_buttons")
def validate_listing_button(page, user, next_url=None):
    yield from _validate_item(page, user, priority=45)


@hooks.register("register_log_actions")
def validation_log_actions(actions):
    @actions.register_action(VALIDATE_ACTION)
    class Validated(LogFormatter):
        label = gettext_lazy("Validate against the checklist")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            # The ratings in the checklist's order (the stored JSON keeps no order).
            order = {criterion.key: criterion for criterion in validation_criteria().values()}
            positions = {key: position for position, key in enumerate(order)}

            def in_order(values: dict) -> list:
                return sorted(values.items(), key=lambda item: positions.get(item[0], len(positions)))

            def name(key):
                return order[key].name if key in order else key

            labels = dict(Rating.choices)
            if not data.get("previous"):
                ratings = "; ".join(
                    f"{name(key)}: {labels.get(rating, rating)}"
                    for key, rating in in_order(data.get("ratings") or {})
                )
                return _("Validated against the checklist: %(ratings)s") % {"ratings": ratings}
            changes = [
                _("%(criterion)s: %(before)s → %(after)s")
                % {
                    "criterion": name(key),
                    "before": labels.get(before, _("not rated")),
                    "after": labels.get(after, after),
                }
                for key, (before, after) in in_order(data.get("changed") or {})
            ]
            if not changes:
                return _("Validated again; no rating changed.")
            return _("Validated again. Changed: %(changes)s") % {"changes": "; ".join(changes)}
