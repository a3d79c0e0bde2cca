import io

import pytest

from django.core.management import call_command

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, PageSubscription, PageViewRestriction, Revision

from apps.practices.demo import demo_cases_create
from apps.practices.models import PracticePage, ReplicationRequest
from apps.practices.services import replication_request_create
from tests.factories import PracticePageFactory, UserFactory

pytestmark = pytest.mark.django_db

REQUEST = {
    "name": "Jean Martin",
    "email": "jean@example.fr",
    "organisation": "",
    "country": "France",
    "message": "Nous aimerions reproduire ce cas à Lyon.",
}


def test_remove_takes_the_demo_cases_with_everything_that_hangs_on_them():
    real = PracticePageFactory()
    editorial_cases = PracticePage.objects.count()
    demo_cases_create(count=5)
    demo = PracticePage.objects.filter(is_demo=True).order_by("pk").first()
    editor = UserFactory(is_staff=True, is_superuser=True)

    replication_request_create(practice=demo, data=REQUEST)
    replication_request_create(practice=real, data=REQUEST)
    demo.summary_en = "Edited by an editor."
    demo.save_revision(user=editor, log_action=True).publish(user=editor)
    PageViewRestriction.objects.create(page=demo, restriction_type=PageViewRestriction.PASSWORD, password="x")
    PageSubscription.objects.create(page=demo, user=editor, comment_notifications=True)
    Redirect.objects.create(old_path="/old-demo-case", redirect_page=demo)
    assert Revision.objects.filter(object_id=str(demo.pk)).exists()
    assert PageLogEntry.objects.filter(page_id=demo.pk).exists()

    out = io.StringIO()
    call_command("seed_demo", "--remove", stdout=out)

    assert "Removed 5 demo cases." in out.getvalue()
    assert not PracticePage.objects.filter(is_demo=True).exists()
    assert not Page.objects.filter(pk=demo.pk).exists()
    assert not Revision.objects.filter(object_id=str(demo.pk), base_content_type__model="page").exists()
    assert not PageLogEntry.objects.filter(page_id=demo.pk).exists()
    assert not PageViewRestriction.objects.filter(page_id=demo.pk).exists()
    assert not Redirect.objects.filter(old_path="/old-demo-case").exists()
    assert list(ReplicationRequest.objects.values_list("practice_id", flat=True)) == [real.pk]
    assert PracticePage.objects.count() == editorial_cases
    library = real.get_parent()
    assert library.numchild == library.get_children().count()


def test_remove_with_no_demo_cases_removes_nothing():
    out = io.StringIO()
    call_command("seed_demo", "--remove", stdout=out)
    assert "Removed 0 demo cases." in out.getvalue()
    assert PracticePage.objects.count() == 35
