import pytest

from django.core.exceptions import ValidationError

from apps.practices.models import ReplicationRequest
from apps.practices.services import replication_request_create

from .helpers import REPLICATION_DATA

pytestmark = pytest.mark.django_db

DATA = REPLICATION_DATA


def test_a_request_is_stored_in_the_active_language(case):
    from django.utils import translation

    with translation.override("es"):
        stored = replication_request_create(practice=case, data=DATA)
    assert (stored.language, stored.received_without_rate_limit) == ("es", False)


def test_every_front_door_needs_a_message_of_twenty_characters(case):
    for message in ("Too short", "   padded short      "):
        with pytest.raises(ValidationError) as error:
            replication_request_create(practice=case, data={**DATA, "message": message})
        assert error.value.message_dict["message"] == [
            "Please tell us a little more: at least 20 characters."
        ]
    assert ReplicationRequest.objects.count() == 0


def test_a_request_received_while_rate_limits_were_off_is_flagged(case):
    stored = replication_request_create(practice=case, data=DATA, rate_limits_off=True)
    assert stored.received_without_rate_limit is True
