import io

import pytest

from django.core.management import call_command

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, PageSubscription, PageViewRestriction, Revision

from apps.practices.demo import demo_cases_create
from apps.practices.models import PracticePage, ReplicationRequest
from apps.practices.services import replication_request_create
from tests.practices.factories import PracticePageFactory
from tests.users.factories import UserFactory

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


def test_seed_demo_with_every_option_then_remove_leaves_no_demo_row_and_the_real_content():
    from django.apps import apps

    from apps.partners.models import Organisation
    from apps.practices.demo import DEMO_TARGETS, DEMO_THEMES
    from apps.users.models import User
    from apps.vocabulary.models import TargetGroup, Theme

    demo_models = [
        model for model in apps.get_models() if any(field.name == "is_demo" for field in model._meta.fields)
    ]
    assert len(demo_models) >= 10

    def real_content():
        counts = {model._meta.label: model.objects.filter(is_demo=False).count() for model in demo_models}
        for model in (Theme, TargetGroup, Organisation, User, Page):
            counts[model._meta.label] = model.objects.count()
        return counts

    before = real_content()
    call_command(
        "seed_demo",
        "--cases=20",
        "--entries=8",
        "--activities=3",
        "--deliverables=3",
        "--projects=6",
        "--hub-items=12",
        "--strategies",
        stdout=io.StringIO(),
    )
    assert all(model.objects.filter(is_demo=True).exists() for model in demo_models), [
        model._meta.label for model in demo_models if not model.objects.filter(is_demo=True).exists()
    ]

    call_command("seed_demo", "--remove", stdout=io.StringIO())

    left = [model._meta.label for model in demo_models if model.objects.filter(is_demo=True).exists()]
    assert left == []
    assert not Theme.objects.filter(code__in=DEMO_THEMES).exists()
    assert not TargetGroup.objects.filter(code__in=DEMO_TARGETS).exists()
    assert not Organisation.objects.filter(slug__startswith="demo-").exists()
    assert not User.objects.filter(email__endswith="@demo.invalid").exists()
    assert real_content() == before
