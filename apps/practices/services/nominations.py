"""Writes of the nominations, each in one transaction: received, confirmed, decided, made a
draft case, and purged.

A nomination counts only once its address is confirmed from the e-mailed link (double opt-in),
so a stranger's address typed into the form gets one e-mail and nothing more. Decisions are the
editors', and the nominator hears of them in their own language through the notifications'
outbox (events.py). A case made from a nomination is a draft: an editor publishes it.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.html import linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext as _

from apps.core.i18n import LANGUAGE_CODES
from apps.vocabulary.nuts import NUTS2

from .. import events
from ..models import Nomination, PracticeIndexPage, PracticePage
from ..selectors import nominations as selectors

S = Nomination.Status

# The steps editors may take from each status; a decision is final.
NEXT_STATUSES = {
    S.NEW: (S.IN_REVIEW, S.ACCEPTED, S.DECLINED),
    S.IN_REVIEW: (S.NEW, S.ACCEPTED, S.DECLINED),
}
DECISIONS = (S.ACCEPTED, S.DECLINED)


def normalised_email(email: str) -> str:
    return email.strip().lower()


@transaction.atomic
def nomination_create(*, data: dict, language: str, rate_limits_off: bool = False) -> Nomination:
    """Store a visitor's nomination, unconfirmed, and have the link that confirms it e-mailed.

    data holds the model's fields, with `elements` and `support_areas` as lists of terms. With
    the cache down the limits cannot be counted: the nomination is kept and flagged for staff.
    """
    nomination = Nomination(**data, language=language, received_without_rate_limit=rate_limits_off)
    nomination.email = normalised_email(nomination.email)
    nomination.region = nomination.region.strip()
    nomination.full_clean()
    # A ClusterableModel writes its elements and support areas with the row.
    nomination.save()
    events.send_event(
        events.nomination_received,
        sender=Nomination,
        nomination_id=nomination.pk,
        moment=timezone.now().timestamp(),
    )
    return nomination


@transaction.atomic
def nomination_confirm(*, nomination: Nomination) -> Nomination:
    """The nominator followed the e-mailed link: the nomination enters the editors' queue.

    Confirming twice changes nothing; an expired link confirms nothing (the purge deletes it).
    """
    current = Nomination.objects.select_for_update().get(pk=nomination.pk)
    if current.status != S.UNCONFIRMED or selectors.link_expired(current):
        return current
    current.status = S.NEW
    current.confirmed = timezone.now()
    current.save(update_fields=["status", "confirmed"])
    return current


def status_change_error(nomination: Nomination, status: str) -> str | None:
    """Why editors may not move nomination to status, or None when they may."""
    if status == nomination.status:
        return None
    if nomination.status == S.UNCONFIRMED:
        return _("The nominator has not confirmed the address yet: there is nothing to decide.")
    if nomination.status in DECISIONS:
        return _("The nomination has been decided on: a decision is not changed.")
    if status not in NEXT_STATUSES.get(nomination.status, ()):
        return _("A nomination cannot go back to awaiting confirmation.")
    return None


@transaction.atomic
def nomination_decide(*, nomination: Nomination, status: str, comment: str, user) -> Nomination:
    """Editors move a confirmed nomination along its queue; a decision tells the nominator.

    On acceptance or refusal the comment is e-mailed to the nominator, in the nomination's
    language. Moving it into review only keeps the comment, unsent.
    """
    current = Nomination.objects.select_for_update().get(pk=nomination.pk)
    error = status_change_error(current, status)
    if error:
        raise ValidationError(error)
    current.comment = comment.strip()
    fields = ["comment"]
    if status != current.status:
        current.status = status
        fields.append("status")
        if status in DECISIONS:
            current.decided = timezone.now()
            current.decided_by = user
            fields += ["decided", "decided_by"]
    current.full_clean(validate_unique=False)
    current.save(update_fields=fields)
    if "decided" in fields:
        events.send_event(
            events.nomination_decided,
            sender=Nomination,
            nomination_id=current.pk,
            moment=current.decided.timestamp(),
        )
    return current


def _free_slug(index: PracticeIndexPage, base: str) -> str:
    """base, or base-2, base-3…: a slug no case below the library uses in any language."""
    siblings = PracticePage.objects.child_of(index)
    candidate, number = base, 1
    while siblings.filter(
        Q(*[Q(**{f"slug_{code}": candidate}) for code in LANGUAGE_CODES], _connector=Q.OR)
    ).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _body(nomination: Nomination) -> list[dict]:
    """What it does and its results, under headings in the nomination's language."""
    blocks = []
    with translation.override(nomination.language):
        for heading, text in (
            (_("What it does"), nomination.activity),
            (_("Results so far"), nomination.results),
        ):
            if text.strip():
                blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
                blocks.append({"type": "paragraph", "value": linebreaks(text, autoescape=True)})
    return blocks


@transaction.atomic
def nomination_draft_case(*, nomination: Nomination, user=None) -> PracticePage:
    """An accepted nomination as a draft case below the library, in the nomination's language.

    The case is not live: an editor completes and publishes it. The initiative's name is its
    title in every language (the name it goes by); the summary is the problem it addresses, the
    body what it does and its results. A nomination makes one case: asked again, it returns it.
    """
    current = Nomination.objects.select_for_update().get(pk=nomination.pk)
    if current.draft_case_id is not None:
        return current.draft_case.specific
    if current.status != S.ACCEPTED:
        raise ValidationError(_("Only an accepted nomination becomes a draft case."))
    index = PracticeIndexPage.objects.get()
    language = current.language
    slug = _free_slug(index, slugify(current.initiative)[:200] or f"nomination-{current.pk}")
    region = current.region.strip().upper()
    values = {
        "title": current.initiative,
        "slug": slug,
        "live": False,
        "country": current.country,
        "region": region if region in NUTS2.get(current.country, ()) else "",
        "original_language": language,
        f"summary_{language}": current.problem,
        f"body_{language}": _body(current),
        "elements": list(current.elements.all()),
        "support_areas": list(current.support_areas.all()),
    }
    for code in LANGUAGE_CODES:
        values[f"title_{code}"] = current.initiative
        values[f"slug_{code}"] = slug
    if current.website:
        values[f"links_{language}"] = [
            {"type": "link", "value": {"title": current.initiative, "url": current.website}}
        ]
    case = PracticePage(**values)
    index.add_child(instance=case)
    case.save_revision(user=user, log_action=True)
    current.draft_case = case
    current.save(update_fields=["draft_case"])
    return case


@transaction.atomic
def nominations_purge(*, now=None) -> dict[str, int]:
    """Personal data kept no longer than its purpose needs.

    An unconfirmed nomination whose link has expired never counted: it is deleted with what was
    typed in it. A declined nomination loses its nominator's name, address and organisation
    NOMINATION_RETENTION_DAYS after the decision; the row stays, so the counts do.
    """
    now = now or timezone.now()
    lapsed = list(selectors.unconfirmed_expired(now).values_list("pk", flat=True))
    due = list(selectors.declined_past_retention(now).values_list("pk", flat=True))
    if lapsed or due:
        # The copies elsewhere (the outbox's messages to these addresses) go in this transaction.
        events.send_event(events.nominations_anonymised, sender=Nomination, nomination_ids=lapsed + due)
    Nomination.objects.filter(pk__in=lapsed).delete()
    Nomination.objects.filter(pk__in=due).update(name="", email="", organisation="", anonymised=now)
    return {"deleted": len(lapsed), "anonymised": len(due)}
