"""Whatever a visitor puts in the query string of the register's URLs, the answer is never a 5xx."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.test_hostile_input import encoded, hostile_values
from tests.projects.helpers import register_url

pytestmark = pytest.mark.django_db

PARAMETERS = ["q", "country", "fund", "area", "region", "status", "offering", "page"]
keys = st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=12).map(encoded))
query_strings = st.lists(st.tuples(keys, hostile_values), min_size=1, max_size=12).map(
    lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
)


@pytest.mark.parametrize("name", ["register", "project", "csv"])
def test_no_query_string_gives_a_server_error(client, name):
    url = register_url() + {"register": "", "project": "22-018-s01/", "csv": "csv/"}[name]

    @settings(
        max_examples=60,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(query=query_strings)
    def answers_without_a_server_error(query):
        response = client.get(url, QUERY_STRING=query)
        if response.streaming:
            b"".join(response.streaming_content)
        assert response.status_code < 500, (name, query)

    answers_without_a_server_error()
