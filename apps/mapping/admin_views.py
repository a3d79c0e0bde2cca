"""The review page in the Wagtail admin: an entry as submitted, what changed, and the decision."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from apps.core.admin.views import permission_required, refused_unless

from . import selectors, services
from .forms import ReviewForm
from .models import IN_REVIEW, EntryStatus, MappingEntry

NEW_VERSION_PERMISSION = "mapping.add_criteriagrid"


@refused_unless(selectors.is_reviewer)
def review(request, pk):
    entry = get_object_or_404(MappingEntry.objects.select_related("organisation", "grid"), pk=pk)
    form = ReviewForm(request.POST or None)
    may_decide = selectors.may_decide(request.user, entry)
    if request.method == "POST" and form.is_valid():
        try:
            services.entry_transition(
                entry=entry,
                user=request.user,
                action=form.cleaned_data["action"],
                comment=form.cleaned_data["comment"],
            )
        except services.OwnOrganisationEntry as error:
            form.add_error(None, error.message)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            entry.refresh_from_db()
            messages.success(
                request,
                _("“%(title)s” is now %(status)s.")
                % {"title": entry.title, "status": entry.get_status_display()},
            )
            return redirect("wagtailsnippets_mapping_mappingentry:list")
    submissions = list(
        entry.transitions.filter(to_status__in=[EntryStatus.SUBMITTED, EntryStatus.RESUBMITTED])
        .exclude(revision=None)
        .order_by("-at", "-pk")
        .values_list("revision_id", flat=True)[:2]
    )
    compare_url = None
    if len(submissions) == 2:
        try:
            compare_url = reverse(
                "wagtailsnippets_mapping_mappingentry:revisions_compare",
                args=[entry.pk, submissions[1], submissions[0]],
            )
        except NoReverseMatch:
            compare_url = None
    return TemplateResponse(
        request,
        "mapping/admin/review.html",
        {
            "entry": entry,
            "form": form,
            "in_review": entry.status in IN_REVIEW,
            "may_decide": may_decide,
            "changes": selectors.submission_diff(entry),
            "score_changes": selectors.submission_score_diff(entry),
            "compare_url": compare_url,
            "history": selectors.history(entry),
            "scores": entry.scores.select_related("criterion").order_by("criterion__position"),
            "attachments": entry.attachments.all(),
            "header_title": _("Review: %(title)s") % {"title": entry.title},
        },
    )


@permission_required(NEW_VERSION_PERMISSION)
def grid_new_version(request, pk):
    """Confirm, then copy a grid into the next version, and open the copy for editing."""
    from .models import CriteriaGrid

    grid = get_object_or_404(CriteriaGrid, pk=pk)
    if request.method == "POST":
        copy = services.grid_new_version(grid=grid)
        messages.success(
            request,
            _("Version %(version)s is a copy of version %(source)s. Change it, then make it current.")
            % {"version": copy.version, "source": grid.version},
        )
        return redirect("wagtailsnippets_mapping_criteriagrid:edit", copy.pk)
    return TemplateResponse(
        request,
        "mapping/admin/grid_new_version.html",
        {"grid": grid, "header_title": _("New version of the criteria grid")},
    )
