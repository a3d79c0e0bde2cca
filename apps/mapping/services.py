"""Writes of the mapping, each atomic: entries, their scores and files, and every review step.

The review is a small state machine (TRANSITIONS). Each step is stored as a Transition with who,
when and why, saved as a revision of the entry (so staff compare what changed between two
submissions), written to Wagtail's audit log, and announced through events.py in the same transaction.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import Site

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES
from apps.core.events import send_event
from apps.core.files.uploads import detect_content_type
from apps.core.i18n import LANGUAGE_CODES, field_in, localized_field
from apps.core.loading import page_upsert
from apps.vocabulary.models import ProcessElement, SupportArea

from . import content, events
from .models import (
    EDITABLE,
    Attachment,
    CriteriaGrid,
    Criterion,
    EntryStatus,
    MappingCountryPage,
    MappingEntry,
    MappingIndexPage,
    Score,
    Transition,
)
from .selectors import MAPPING, current_grid, is_member, is_reviewer, may_decide, unscored_criteria

S = EntryStatus
# action -> {from status: to status}
TRANSITIONS = {
    "submit": {S.DRAFT: S.SUBMITTED, S.CHANGES_REQUESTED: S.RESUBMITTED},
    # The organisation takes back an entry no reviewer has decided on yet, to edit it again.
    "withdraw": {S.SUBMITTED: S.DRAFT, S.RESUBMITTED: S.CHANGES_REQUESTED},
    "request_changes": {S.SUBMITTED: S.CHANGES_REQUESTED, S.RESUBMITTED: S.CHANGES_REQUESTED},
    "approve": {S.SUBMITTED: S.APPROVED, S.RESUBMITTED: S.APPROVED},
    "reject": {S.SUBMITTED: S.REJECTED, S.RESUBMITTED: S.REJECTED},
}
EVENTS = {
    S.SUBMITTED: events.entry_submitted,
    S.RESUBMITTED: events.entry_resubmitted,
    S.CHANGES_REQUESTED: events.changes_requested,
    S.APPROVED: events.entry_approved,
    S.REJECTED: events.entry_rejected,
}
REVIEW_ACTIONS = ("request_changes", "approve", "reject")
MEMBER_ACTIONS = ("submit", "withdraw")


class StaleEntry(Exception):
    """The entry was saved by someone else since the form was opened."""

    def __init__(self, current: MappingEntry):
        super().__init__(f"entry {current.pk} is at edit version {current.edit_version}")
        self.current = current


class OwnOrganisationEntry(PermissionDenied):
    """A reviewer tried to decide on an entry of an organisation they belong to (four eyes).

    A PermissionDenied, so a front door that does not know it answers 403; the admin's review
    page shows its message instead.
    """

    def __init__(self, entry: MappingEntry):
        self.message = _("Another reviewer decides on this entry: you belong to %(organisation)s.") % {
            "organisation": entry.organisation
        }
        super().__init__(self.message)


@dataclass
class ScoreInput:
    criterion: Criterion
    score: int
    comment: str = ""


def _mapping_changed() -> None:
    transaction.on_commit(lambda: (cache.bump(MAPPING), cache.bump(PAGES)))


@transaction.atomic
def entry_create(*, user, organisation, kind: str, data: dict, scores=(), files=()) -> MappingEntry:
    """A new draft of organisation, written by user (who must be one of its members)."""
    if not is_member(user, organisation.pk):
        raise PermissionDenied
    entry = MappingEntry(kind=kind, organisation=organisation, created_by=user, updated_by=user, **data)
    if entry.is_assessment:
        entry.grid = current_grid()
    entry.full_clean()
    entry.save()
    _entry_parts_save(entry, user, scores, files)
    return entry


@transaction.atomic
def entry_update(
    *, entry: MappingEntry, user, data: dict, edit_version: int, scores=(), files=()
) -> MappingEntry:
    """Save what user changed, unless someone saved the entry since user opened it (StaleEntry)."""
    current = MappingEntry.objects.select_for_update().get(pk=entry.pk)
    if not is_member(user, current.organisation_id):
        raise PermissionDenied
    if current.status not in EDITABLE:
        raise ValidationError(_("This entry is in review and cannot be changed now."))
    if current.edit_version != edit_version:
        raise StaleEntry(current)
    for name, value in data.items():
        setattr(current, name, value)
    current.updated_by = user
    current.edit_version = F("edit_version") + 1
    current.full_clean(exclude=["edit_version"])
    current.save()
    current.refresh_from_db()
    _entry_parts_save(current, user, scores, files)
    return current


def _entry_parts_save(entry: MappingEntry, user, scores, files) -> None:
    """After the entry itself: its scores and new attachments, then a revision of the whole, by user."""
    _scores_save(entry, scores)
    _attachments_add(entry, user, files)
    entry.save_revision(user=user, log_action=True)


def _scores_save(entry: MappingEntry, scores) -> None:
    for item in scores:
        if entry.grid_id is None or item.criterion.grid_id != entry.grid_id:
            raise ValidationError(_("A score must use the entry's own version of the grid."))
        Score.objects.update_or_create(
            entry=entry, criterion=item.criterion, defaults={"score": item.score, "comment": item.comment}
        )


def attachment_add(*, entry: MappingEntry, user, upload) -> Attachment | None:
    """Store an upload that the form has already checked (apps/core/files/uploads.py).

    None when the entry already has a file with the same content: a partner who attaches a file
    again after a refused submission gets no second copy.
    """
    digest = content_hash(upload)
    if entry.attachments.filter(sha256=digest).exists():
        return None
    name = upload.name.rsplit("/", 1)[-1]
    attachment = Attachment(
        entry=entry,
        name=name,
        content_type=detect_content_type(upload) or "application/octet-stream",
        size=upload.size,
        sha256=digest,
        uploaded_by=user,
    )
    attachment.file.save(name, upload, save=False)
    attachment.save()
    return attachment


def _attachments_add(entry: MappingEntry, user, files) -> None:
    # The names of the uploads already attached, for the form to tell the partner.
    entry.files_already_attached = [
        upload.name.rsplit("/", 1)[-1]
        for upload in files
        if attachment_add(entry=entry, user=user, upload=upload) is None
    ]


def content_hash(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


@transaction.atomic
def attachment_remove(*, attachment: Attachment, user) -> None:
    entry = MappingEntry.objects.select_for_update().get(pk=attachment.entry_id)
    if not is_member(user, entry.organisation_id) or entry.status not in EDITABLE:
        raise PermissionDenied
    # Its file goes after commit (apps/core/files/private_cleanup.py).
    attachment.delete()


@transaction.atomic
def entry_transition(*, entry: MappingEntry, user, action: str, comment: str = "") -> Transition:
    """Move entry one step through its review, as user: a member submits or withdraws, a reviewer decides.

    A reviewer who belongs to the entry's organisation does not decide on it, superusers
    included (OwnOrganisationEntry): every front door goes through here, so none can skip it.
    """
    current = MappingEntry.objects.select_for_update().get(pk=entry.pk)
    if action in MEMBER_ACTIONS:
        if not is_member(user, current.organisation_id):
            raise PermissionDenied
    elif action in REVIEW_ACTIONS:
        if not is_reviewer(user):
            raise PermissionDenied
        if not may_decide(user, current):
            raise OwnOrganisationEntry(current)
        if action != "approve" and not comment.strip():
            raise ValidationError(_("Say what should change, or why the entry is rejected."))
    else:
        raise ValueError(f"unknown action {action!r}")
    target = TRANSITIONS[action].get(current.status)
    if target is None:
        raise ValidationError(
            _("An entry that is “%(status)s” cannot be %(action)s.")
            % {"status": current.get_status_display(), "action": ACTION_LABELS[action]}
        )
    if action == "submit":
        _check_complete(current)
    previous = current.status
    current.status = target
    now = timezone.now()
    if action == "submit":
        current.submitted = now
    if target == S.APPROVED:
        current.approved = now
    current.save(update_fields=["status", "submitted", "approved", "updated"])
    revision = current.save_revision(user=user, log_action=False)
    step = Transition.objects.create(
        entry=current,
        from_status=previous,
        to_status=target,
        actor=user,
        comment=comment.strip(),
        revision=revision,
    )
    log(
        instance=current,
        action=f"mapping.{action}",
        user=user,
        data={"from": previous, "to": target, "comment": step.comment},
    )
    if target == S.APPROVED:
        _mapping_changed()
    if action != "withdraw":
        # A withdrawal tells nobody: the entry only leaves the reviewers' queue.
        send_event(EVENTS[target], sender=MappingEntry, entry_id=current.pk, transition_id=step.pk)
    return step


ACTION_LABELS = {
    "submit": translation.gettext_lazy("submitted"),
    "withdraw": translation.gettext_lazy("withdrawn"),
    "request_changes": translation.gettext_lazy("sent back for changes"),
    "approve": translation.gettext_lazy("approved"),
    "reject": translation.gettext_lazy("rejected"),
}


def _check_complete(entry: MappingEntry) -> None:
    """What a submission needs beyond a draft: a description, and every criterion scored."""
    errors = {}
    if not entry.description.strip():
        errors["description"] = _("Describe the entry before you submit it.")
    missing = [criterion.name for criterion in unscored_criteria(entry)]
    if missing:
        errors["__all__"] = _("Score every criterion before you submit: %(missing)s.") % {
            "missing": ", ".join(missing)
        }
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def grid_new_version(*, grid: CriteriaGrid) -> CriteriaGrid:
    """A copy of grid with the next version number, not yet current, for staff to refine.

    Scores given under earlier versions keep pointing at those versions' criteria.
    """
    number = (CriteriaGrid.objects.order_by("-version").values_list("version", flat=True).first() or 0) + 1
    copy = CriteriaGrid.objects.create(version=number, is_current=False, note="")
    criteria = list(grid.criteria.all())
    for criterion in criteria:
        criterion.pk = None
        criterion.grid = copy
    Criterion.objects.bulk_create(criteria)
    return copy


# Content loader


@transaction.atomic
def grid_load() -> CriteriaGrid:
    """Version 1 of the grid: the five elements and the five core support areas, in five languages.

    A grid that has scores is never changed (its scores must keep their meaning): the loader
    then leaves it as it is.
    """
    grid, _created = CriteriaGrid.objects.get_or_create(
        version=1, defaults={"is_current": not CriteriaGrid.objects.filter(is_current=True).exists()}
    )
    if grid.is_frozen:
        return grid
    position = 0
    for element in ProcessElement.objects.order_by("number"):
        position += 1
        _criterion_upsert(
            grid, f"element-{element.number}", Criterion.Kind.ELEMENT, element, position, element=element
        )
    for area in SupportArea.objects.order_by("number"):
        position += 1
        _criterion_upsert(
            grid, f"area-{area.code}", Criterion.Kind.SUPPORT_AREA, area, position, support_area=area
        )
    return grid


def _criterion_upsert(grid, key, kind, term, position, **link) -> None:
    values = {"kind": kind, "position": position, **link}
    for code in LANGUAGE_CODES:
        values[localized_field("name", code)] = field_in(term, "name", code) or term.name
        with translation.override(code):
            for level, text in content.GUIDANCE.items():
                values[localized_field(f"guidance_{level}", code)] = translation.gettext(text)
    values["name"] = values[localized_field("name", settings.LANGUAGE_CODE)]
    for level in content.GUIDANCE:
        values[f"guidance_{level}"] = values[localized_field(f"guidance_{level}", settings.LANGUAGE_CODE)]
    Criterion.objects.update_or_create(grid=grid, key=key, defaults=values)


REVIEWERS_GROUP = "Mapping reviewers"


def reviewers_group_load():
    """The group whose members review entries in the admin: they see the queue and decide, nothing more."""
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="mapping", codename__in=["view_mappingentry", "review_mappingentry"]
        ),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    return group


def mapping_load() -> str:
    """The criteria grid, the reviewers' group and the public results pages.

    The sources hold no scores, so none are loaded.
    """
    grid = grid_load()
    reviewers_group_load()
    home = Site.objects.get(is_default_site=True).root_page
    index = page_upsert(
        parent=home, model=MappingIndexPage, entry=content.INDEX, extra={"show_in_menus": True}
    )
    for country, entry in content.COUNTRY_PAGES.items():
        page_upsert(parent=index, model=MappingCountryPage, entry=entry, extra={"country": country})
    return f"mapping grid version {grid.version} with {grid.criteria.count()} criteria, and its pages"
