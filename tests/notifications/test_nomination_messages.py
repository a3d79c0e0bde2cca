"""The outbox's messages to a nominator: the link while it is worth sending, the decision in the
nomination's language, and nothing left of either once the nomination loses its address."""

import pytest

from django.utils import timezone

from apps.notifications.content import message_context
from apps.notifications.models import Notification
from apps.practices.models import Nomination
from apps.practices.services import nominations as services
from tests.practices.test_nominations import nomination

pytestmark = pytest.mark.django_db

S = Nomination.Status


def context_of(template: str):
    from django.utils import translation

    message = Notification.objects.get(template=template)
    with translation.override(message.language):
        return message_context(message)


def test_the_link_is_not_sent_once_the_nomination_is_confirmed():
    item = nomination("fr")
    assert context_of("nomination_pending")["confirm_url"].endswith(f"/fr/propositions/{item.token}/")
    services.nomination_confirm(nomination=item)
    assert context_of("nomination_pending") is None


def test_only_a_decision_is_sent_and_not_after_the_address_was_removed():
    item = services.nomination_confirm(nomination=nomination("sv"))
    services.nomination_decide(nomination=item, status=S.IN_REVIEW, comment="", user=None)
    assert not Notification.objects.filter(template="nomination_decided").exists()
    services.nomination_decide(nomination=item, status=S.DECLINED, comment="Utanför ramen.", user=None)
    message = Notification.objects.get(template="nomination_decided")
    assert (message.language, message.kind) == ("sv", "nomination")
    assert context_of("nomination_decided")["comment"] == "Utanför ramen."
    Nomination.objects.filter(pk=item.pk).update(anonymised=timezone.now())
    assert context_of("nomination_decided") is None


def test_the_purge_takes_the_messages_of_the_purged_nominations_only(settings):
    settings.NOMINATION_RETENTION_DAYS = 0
    declined = services.nomination_confirm(nomination=nomination())
    services.nomination_decide(nomination=declined, status=S.DECLINED, comment="", user=None)
    kept = nomination(email="kept@example.lv")
    services.nominations_purge()
    assert not Notification.objects.filter(context__nomination_id=declined.pk).exists()
    assert Notification.objects.filter(context__nomination_id=kept.pk).exists()
