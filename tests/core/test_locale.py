import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("lv", "/lv/"),
        ("lv,en;q=0.5", "/lv/"),
        ("sv-SE,sv;q=0.9", "/sv/"),
        ("fr-CA", "/fr/"),
        ("de", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
