"""Whatever a visitor puts in the query string of the calendar's URLs, the answer is never a 5xx."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.activities.factories import ActivityFactory
from tests.activities.helpers import event_url
from tests.core.test_hostile_input import encoded, hostile_values

pytestmark = pytest.mark.django_db

PARAMETERS = ["country", "kind", "month", "page", "past_page"]
keys = st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=12).map(encoded))
months = st.builds(lambda y, m: f"{y}-{m}", st.integers(-99999, 99999), st.integers(-99, 999))
values = st.one_of(hostile_values, months.map(str))
query_strings = st.lists(st.tuples(keys, values), min_size=1, max_size=12).map(
    lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
)


@pytest.mark.parametrize("name", ["index", "event", "feed", "country-feed"])
def test_no_query_string_gives_a_server_error(client, name):
    url = {
        "index": "/en/events/",
        "event": event_url(ActivityFactory()) if name == "event" else "",
        "feed": "/sv/events/calendar.ics",
        "country-feed": "/lv/events/calendar-lv.ics",
    }[name]

    @settings(
        max_examples=60,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(query=query_strings)
    def answers_without_a_server_error(query):
        response = client.get(url, QUERY_STRING=query)
        assert response.status_code < 500, (name, query)

    answers_without_a_server_error()
