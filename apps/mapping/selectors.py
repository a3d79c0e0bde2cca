"""Reads of the mapping: who may see and do what, the review queue, and the public results.

The public results are cached under the MAPPING version, which an approval bumps, so the
comparison and the country counts are computed once per change, not per request.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.paginator import Page
from django.db.models import Avg, Count
from django.utils import translation
from django.utils.text import capfirst

from apps.core.caching.versioned import cached
from apps.core.child_pages import cached_child_links
from apps.core.listings.pagination import counted_page_of
from apps.core.selectors import live_public
from apps.partners.models import Membership
from apps.vocabulary.models import COUNTRIES

from .entry_fields import ACCOUNT_FIELDS
from .models import (
    IN_REVIEW,
    SCORES_IN_REVISION,
    CriteriaGrid,
    Criterion,
    EntryStatus,
    MappingEntry,
    Score,
    Transition,
)

MAPPING = "mapping"
PER_PAGE = 20
COUNTRY_CODES = [code for code, _name in COUNTRIES]


# Who may do what


def organisation_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    cache_attribute = "_mapping_organisation_ids"
    if not hasattr(user, cache_attribute):
        setattr(
            user,
            cache_attribute,
            set(Membership.objects.filter(user=user).values_list("organisation_id", flat=True)),
        )
    return getattr(user, cache_attribute)


def is_member(user, organisation_id: int) -> bool:
    return organisation_id in organisation_ids(user)


def is_reviewer(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm("mapping.review_mappingentry")


def may_decide(user, entry: MappingEntry) -> bool:
    """Four eyes: a reviewer decides only on entries of organisations they do not belong to.

    Superusers too: nobody approves, rejects or sends back their own organisation's entry.
    """
    return is_reviewer(user) and not is_member(user, entry.organisation_id)


def entries_of(user):
    """The entries of user's organisations, newest change first."""
    return (
        MappingEntry.objects.filter(organisation_id__in=organisation_ids(user))
        .select_related("organisation")
        .order_by("-updated")
    )


def entry_for(user, pk) -> MappingEntry | None:
    """The entry if user may see it: a member of its organisation, a reviewer, or anyone once approved."""
    entry = MappingEntry.objects.select_related("organisation", "grid").filter(pk=pk).first()
    if entry is None:
        return None
    if is_member(user, entry.organisation_id) or is_reviewer(user) or entry.status == EntryStatus.APPROVED:
        return entry
    return None


def may_edit(user, entry: MappingEntry) -> bool:
    return entry.is_editable and is_member(user, entry.organisation_id)


def may_see_attachments(user, entry: MappingEntry) -> bool:
    """Files are for the organisation and the reviewers; the public sees an approved entry's text only."""
    return is_member(user, entry.organisation_id) or is_reviewer(user)


def last_comments(entry_ids) -> dict[int, Transition]:
    """The latest review step with a comment, per entry: what the partner should read."""
    latest: dict[int, Transition] = {}
    steps = Transition.objects.filter(entry_id__in=list(entry_ids)).exclude(comment="").order_by("at", "pk")
    for step in steps.select_related("actor"):
        latest[step.entry_id] = step
    return latest


@dataclass(frozen=True)
class ReviewQueue:
    count: int
    oldest: MappingEntry | None
    # Entries in review of the reviewer's own organisations: another reviewer decides on them.
    own_count: int = 0


def review_queue(user=None) -> ReviewQueue:
    """What waits for user (any reviewer when None): how many entries, and the one waiting longest.

    Entries of user's own organisations do not wait for user (see may_decide): they are
    counted apart.
    """
    in_review = MappingEntry.objects.filter(status__in=IN_REVIEW)
    own = organisation_ids(user) if user is not None else set()
    waiting = in_review.exclude(organisation_id__in=own)
    oldest = waiting.select_related("organisation").order_by("submitted", "pk").first()
    own_count = in_review.filter(organisation_id__in=own).count() if own else 0
    return ReviewQueue(count=waiting.count(), oldest=oldest, own_count=own_count)


def history(entry: MappingEntry):
    return entry.transitions.select_related("actor").order_by("at", "pk")


def entry_details(entry: MappingEntry, user) -> dict:
    """What an entry's page shows beside the entry: its review history, scores and attachments,
    and whether this partner may still edit it, or withdraw it from review."""
    return {
        "may_edit": may_edit(user, entry),
        "may_withdraw": entry.status in IN_REVIEW and is_member(user, entry.organisation_id),
        "history": history(entry),
        "scores": entry.scores.select_related("criterion").order_by("criterion__position"),
        "attachments": entry.attachments.all(),
    }


# The grid


def current_grid() -> CriteriaGrid | None:
    return CriteriaGrid.objects.filter(is_current=True).first()


def criteria_of(grid: CriteriaGrid | None):
    if grid is None:
        return Criterion.objects.none()
    return grid.criteria.order_by("position")


# What a submission needs


def unscored_criteria(entry: MappingEntry) -> list[Criterion]:
    if not entry.is_assessment or entry.grid_id is None:
        return []
    scored = set(entry.scores.values_list("criterion_id", flat=True))
    return [criterion for criterion in criteria_of(entry.grid) if criterion.pk not in scored]


def submission_gaps(entry: MappingEntry) -> dict[str, str]:
    """What keeps entry from being submitted, by the name of the form field that fills it."""
    gaps = {}
    if not entry.description.strip():
        gaps["description"] = translation.gettext("Describe the entry before you submit it.")
    for criterion in unscored_criteria(entry):
        gaps[f"score_{criterion.pk}"] = translation.gettext("Score this criterion before you submit.")
    return gaps


# What changed since the last submission


def submission_diff(entry: MappingEntry) -> list[dict]:
    """Field by field, the entry as last submitted before against as submitted now.

    Empty when the entry was submitted only once. Each item holds the field's label in the
    reader's language and the lines removed and added (difflib), for the review page.
    """
    previous = _last_two_submissions(entry)
    if previous is None:
        return []
    before, now = previous
    changes = []
    for name in MappingEntry.compared_fields:
        old, new = _as_text(before.get(name)), _as_text(now.get(name))
        if old == new:
            continue
        changes.append(
            {
                "field": capfirst(MappingEntry._meta.get_field(name).verbose_name),
                "lines": _line_diff(old, new),
            }
        )
    return changes


def submission_score_diff(entry: MappingEntry) -> list[dict]:
    """Per criterion whose score or comment changed between the last two submissions: old and new.

    Criteria are named in the reader's language; revisions saved before scores were kept in
    them give no score changes.
    """
    previous = _last_two_submissions(entry)
    if previous is None:
        return []
    before, now = previous
    if SCORES_IN_REVISION not in before or SCORES_IN_REVISION not in now:
        return []
    old = {item["criterion"]: item for item in before[SCORES_IN_REVISION]}
    new = {item["criterion"]: item for item in now[SCORES_IN_REVISION]}
    criteria = Criterion.objects.in_bulk(old.keys() | new.keys())
    changes = []
    for criterion in sorted(criteria.values(), key=lambda criterion: criterion.position):
        was, is_ = old.get(criterion.pk, {}), new.get(criterion.pk, {})
        if was.get("score") == is_.get("score") and was.get("comment", "") == is_.get("comment", ""):
            continue
        changes.append(
            {
                "criterion": criterion.name,
                "old_score": was.get("score"),
                "new_score": is_.get("score"),
                "score_changed": was.get("score") != is_.get("score"),
                "comment_lines": _line_diff(was.get("comment", ""), is_.get("comment", ""))
                if was.get("comment", "") != is_.get("comment", "")
                else [],
            }
        )
    return changes


def _last_two_submissions(entry: MappingEntry) -> tuple[dict, dict] | None:
    """The content of the submission before the last, and of the last; None after only one."""
    submitted = [
        step.revision
        for step in entry.transitions.filter(to_status__in=[EntryStatus.SUBMITTED, EntryStatus.RESUBMITTED])
        .select_related("revision")
        .order_by("-at", "-pk")[:2]
        if step.revision is not None
    ]
    if len(submitted) < 2:
        return None
    return submitted[1].content, submitted[0].content


def _line_diff(old: str, new: str) -> list[tuple[str, str]]:
    import difflib

    lines = difflib.ndiff(old.splitlines(), new.splitlines())
    return [(line[0], line[2:]) for line in lines if line[:1] in "+- "]


def _as_text(value) -> str:
    if isinstance(value, list):
        return "\n".join(map(str, value))
    return str(value or "")


# Public results


@dataclass(frozen=True)
class Cell:
    mean: Decimal | None
    count: int


def comparison() -> dict:
    """The four countries side by side per criterion: mean score and number of approved assessments.

    Criteria are matched across grid versions by key and named as in the current grid, in the
    reader's language. Means are rounded half up to one decimal.
    """
    language = translation.get_language()
    return cached(MAPPING, "comparison", language, compute=_comparison)


def _comparison() -> dict:
    grid = current_grid()
    criteria = [{"key": c.key, "name": c.name, "kind": c.kind} for c in criteria_of(grid)]
    rows = (
        Score.objects.filter(entry__status=EntryStatus.APPROVED)
        .values("criterion__key", "entry__country")
        .annotate(mean=Avg("score"), count=Count("id"))
    )
    cells = {(row["criterion__key"], row["entry__country"]): row for row in rows}
    countries = [{"code": code, "name": str(name)} for code, name in COUNTRIES]
    table = []
    for criterion in criteria:
        values = []
        for country in countries:
            row = cells.get((criterion["key"], country["code"]))
            values.append(
                Cell(
                    mean=Decimal(str(row["mean"])).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
                    if row
                    else None,
                    count=row["count"] if row else 0,
                )
            )
        table.append({**criterion, "cells": values})
    return {
        "countries": countries,
        "rows": table,
        "scored": any(cell.count for row in table for cell in row["cells"]),
    }


def country_scores(country: str) -> list[dict]:
    """One country's column of the comparison."""
    data = comparison()
    index = COUNTRY_CODES.index(country)
    return [{"name": row["name"], "cell": row["cells"][index]} for row in data["rows"]]


def approved_count(country: str) -> int:
    return cached(
        MAPPING,
        "approved-count",
        country,
        compute=lambda: MappingEntry.objects.filter(country=country, status=EntryStatus.APPROVED).count(),
    )


def approved_entries_page(country: str, page) -> Page:
    """A page of a country's approved entries, newest approval first; the count is cached."""
    approved = (
        MappingEntry.objects.filter(country=country, status=EntryStatus.APPROVED)
        .order_by("-approved", "-pk")
        .select_related("organisation")
        .only(
            "kind",
            "title",
            "language",
            *ACCOUNT_FIELDS,
            "approved",
            "organisation__name",
            "organisation__acronym",
        )
    )
    return counted_page_of(
        approved_count(country), lambda offset, size: list(approved[offset : offset + size]), page, PER_PAGE
    )


def country_result_pages(index_page, request) -> list[dict]:
    """The index's country pages: title, address and country of each, kept in the pages' cache."""
    from .models import MappingCountryPage

    return cached_child_links(
        index_page,
        request,
        "mapping-country-pages",
        lambda: live_public(MappingCountryPage.objects.child_of(index_page)).order_by("path"),
        country=lambda page: page.country,
    )
