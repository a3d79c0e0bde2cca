"""The partners' side of the mapping on the public site, and the comparison's CSV.

Views are thin: selectors say who may see what, services write, forms check the input.
"""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from apps.core.files.csv_export import BOM, spreadsheet_safe
from apps.core.files.uploads import protected_file_response
from apps.partners.models import Organisation

from . import selectors, services
from .forms import EntryForm
from .models import Attachment, MappingEntry

partner_only = login_required(login_url="account:login")


def _organisations(user):
    return list(Organisation.objects.filter(pk__in=selectors.organisation_ids(user)).order_by("name"))


def _visible_entry(request, pk) -> MappingEntry:
    entry = selectors.entry_for(request.user, pk)
    if entry is None or not (
        selectors.is_member(request.user, entry.organisation_id) or selectors.is_reviewer(request.user)
    ):
        raise Http404
    return entry


@never_cache
@partner_only
def entry_list(request):
    entries = list(selectors.entries_of(request.user))
    organisations = _organisations(request.user)
    comments = selectors.last_comments(entry.pk for entry in entries)
    return render(
        request,
        "mapping/entry_list.html",
        {
            "entries": [(entry, comments.get(entry.pk)) for entry in entries],
            "organisations": organisations,
            # Names joined here: a list in a sentence would read as Python's "[<Organisation: …>]".
            "organisation_names": ", ".join(str(organisation) for organisation in organisations),
            "organisation_count": len(organisations),
            "kinds": MappingEntry.Kind.choices,
        },
    )


@never_cache
@partner_only
def entry_create(request, kind):
    if kind not in MappingEntry.Kind.values:
        raise Http404
    organisations = _organisations(request.user)
    if not organisations:
        raise PermissionDenied
    criteria = selectors.criteria_of(selectors.current_grid()) if kind == MappingEntry.Kind.ASSESSMENT else ()
    form = EntryForm(
        request.POST or None,
        request.FILES or None,
        organisations=Organisation.objects.filter(pk__in=[o.pk for o in organisations]),
        criteria=criteria,
        instance=MappingEntry(kind=kind),
    )
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.entry_create(
                user=request.user,
                organisation=form.cleaned_data["organisation"],
                kind=kind,
                data=form.entry_data(),
                scores=form.scores(),
                files=form.cleaned_data["new_files"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _after_save(request, entry)
    return render(request, "mapping/entry_form.html", {"form": form, "kind": MappingEntry.Kind(kind)})


@never_cache
@partner_only
def entry_edit(request, pk):
    entry = _visible_entry(request, pk)
    if not selectors.is_member(request.user, entry.organisation_id):
        raise PermissionDenied  # reviewers read entries; only the organisation writes them
    if not selectors.may_edit(request.user, entry):
        messages.error(
            request,
            _("This entry cannot be changed now: it is “%(status)s”.")
            % {"status": entry.get_status_display()},
        )
        return redirect("mapping:entry", pk=entry.pk)
    form = EntryForm(
        request.POST or None,
        request.FILES or None,
        organisations=Organisation.objects.none(),
        criteria=selectors.criteria_of(entry.grid) if entry.is_assessment else (),
        instance=entry,
        # Back from a refused submission: mark what it needs next to each field.
        incomplete=selectors.submission_gaps(entry) if request.GET.get("check") == "submit" else None,
    )
    other = None
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.entry_update(
                entry=entry,
                user=request.user,
                data=form.entry_data(),
                edit_version=form.cleaned_data["edit_version"] or 0,
                scores=form.scores(),
                files=form.cleaned_data["new_files"],
            )
        except services.StaleEntry as stale:
            other = stale.current
            form.add_error(
                None,
                _(
                    "%(person)s saved this entry while you were editing it. Your changes are not saved: "
                    "compare them with the saved version below, then save again to keep yours."
                )
                % {"person": other.updated_by or _("Someone")},
            )
            # Saving again replaces the other version, knowingly.
            form.data = form.data.copy()
            form.data["edit_version"] = other.edit_version
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _after_save(request, entry)
    return render(
        request,
        "mapping/entry_form.html",
        {"form": form, "entry": entry, "kind": MappingEntry.Kind(entry.kind), "other": other},
    )


def _after_save(request, entry):
    for name in getattr(entry, "files_already_attached", ()):
        messages.info(
            request,
            _("“%(name)s” is already attached to this entry with the same content: it is not stored twice.")
            % {"name": name},
        )
    if "submit" in request.POST:
        try:
            services.entry_transition(entry=entry, user=request.user, action="submit")
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            messages.warning(request, _("The entry is saved as a draft but not submitted."))
            return redirect(reverse("mapping:entry_edit", args=[entry.pk]) + "?check=submit")
        messages.success(request, _("The entry is submitted for review."))
    else:
        messages.success(request, _("The draft is saved."))
    return redirect("mapping:entry", pk=entry.pk)


@never_cache
@partner_only
def entry_detail(request, pk):
    entry = _visible_entry(request, pk)
    context = {"entry": entry, **selectors.entry_details(entry, request.user)}
    return render(request, "mapping/entry_detail.html", context)


def _transition(request, entry, action: str, done: str) -> bool:
    """Take entry one step as the partner asked; the messages say how it went."""
    try:
        services.entry_transition(entry=entry, user=request.user, action=action)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return False
    messages.success(request, done)
    return True


@require_POST
@partner_only
def entry_submit(request, pk):
    entry = _visible_entry(request, pk)
    submitted = _transition(request, entry, "submit", _("The entry is submitted for review."))
    if not submitted and selectors.may_edit(request.user, entry):
        return redirect(reverse("mapping:entry_edit", args=[entry.pk]) + "?check=submit")
    return redirect("mapping:entry", pk=entry.pk)


@require_POST
@partner_only
def entry_withdraw(request, pk):
    entry = _visible_entry(request, pk)
    _transition(request, entry, "withdraw", _("The entry is withdrawn from review: you can edit it again."))
    return redirect("mapping:entry", pk=entry.pk)


@require_POST
@partner_only
def attachment_delete(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("entry"), pk=pk)
    if not selectors.may_edit(request.user, attachment.entry):
        raise Http404
    services.attachment_remove(attachment=attachment, user=request.user)
    messages.success(request, _("“%(name)s” is removed.") % {"name": attachment.name})
    return redirect("mapping:entry_edit", pk=attachment.entry_id)


@never_cache
def attachment_download(request, pk):
    """A file of an entry, only for its organisation and the reviewers; 404 for everyone else."""
    attachment = get_object_or_404(Attachment.objects.select_related("entry"), pk=pk)
    if not selectors.may_see_attachments(request.user, attachment.entry):
        raise Http404
    return protected_file_response(attachment.file, filename=attachment.name)


def comparison_csv(request):
    """The comparison as CSV: one row per country and criterion, with the mean and the count."""
    data = selectors.comparison()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mapping-comparison.csv"'
    # The byte-order mark: a spreadsheet reads the file as UTF-8 (Malmö, Rīga) only with it.
    response.write(BOM)
    writer = csv.writer(response)
    writer.writerow(
        [_("country code"), _("country"), _("criterion key"), _("criterion"), _("mean"), _("count")]
    )
    for row in data["rows"]:
        for country, cell in zip(data["countries"], row["cells"], strict=True):
            writer.writerow(
                [
                    spreadsheet_safe(value)
                    for value in (
                        country["code"],
                        country["name"],
                        row["key"],
                        row["name"],
                        "" if cell.mean is None else cell.mean,
                        cell.count,
                    )
                ]
            )
    return response
