"""A page's old address in any language redirects to it after its slug changed there."""

import pytest

from wagtail.contrib.redirects.models import Redirect

from tests.helpers import url_in
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def test_a_renamed_case_answers_its_old_address_in_each_language_with_a_permanent_redirect(
    client, django_capture_on_commit_callbacks
):
    case = PracticePageFactory(title="Old name", slug="old-name")
    old = {code: url_in(case, code) for code in ("en", "sv", "lv")}

    with django_capture_on_commit_callbacks(execute=True):
        case.slug_lv = "jauns-nosaukums"
        case.slug_en = "new-name"
        case.save_revision().publish()
    case.refresh_from_db()

    assert url_in(case, "lv").endswith("/jauns-nosaukums/")
    for code in ("en", "lv"):
        response = client.get(old[code])
        assert response.status_code == 301, code
        assert response["Location"].endswith(url_in(case, code))
        assert client.get(response["Location"]).status_code == 200
    # Swedish did not change: its address still answers, and nothing redirects it.
    assert client.get(old["sv"]).status_code == 200
    assert Redirect.objects.count() == 2


def test_a_draft_saved_with_a_new_slug_redirects_nothing(django_capture_on_commit_callbacks):
    case = PracticePageFactory(title="Kept", slug="kept")
    with django_capture_on_commit_callbacks(execute=True):
        case.slug_en = "changed"
        case.save_revision()
    assert not Redirect.objects.exists()
