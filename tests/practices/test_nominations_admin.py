"""The editors' side of nominations: the queue in Wagtail's admin, decisions e-mailed to the
nominator in their language, and the draft case made from an accepted nomination."""

import pytest

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse

from apps.notifications.models import Notification
from apps.notifications.services.rendering import notification_render
from apps.practices.models import Nomination, PracticeIndexPage, PracticePage
from apps.practices.services import nominations as services
from apps.vocabulary.models import ProcessElement, SupportArea
from tests.practices.test_nominations import nomination
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

S = Nomination.Status
LISTING = "/admin/snippets/practices/nomination/"


@pytest.fixture
def editor(db):
    return UserFactory(superuser=True, preferred_language="en")


def confirmed(language="lv", **changes) -> Nomination:
    return services.nomination_confirm(nomination=nomination(language, **changes))


def edit_url(item) -> str:
    return reverse("wagtailsnippets_practices_nomination:edit", args=[item.pk])


def test_the_queue_hides_the_unconfirmed_unless_asked_for(client, editor):
    confirmed(initiative="Confirmed kitchen")
    nomination(initiative="Unconfirmed garden", email="other@example.lv")
    client.force_login(editor)
    html = client.get(LISTING).content.decode()
    assert "Confirmed kitchen" in html and "Unconfirmed garden" not in html
    asked = client.get(LISTING, {"status": "unconfirmed"}).content.decode()
    assert "Unconfirmed garden" in asked and "Confirmed kitchen" not in asked


def test_an_editor_reviews_then_declines_and_the_comment_is_emailed_in_the_nominators_language(
    client, editor, django_capture_on_commit_callbacks
):
    item = confirmed("es")
    client.force_login(editor)
    page = client.get(edit_url(item))
    assert page.status_code == 200 and "Rīgas kopienas virtuve" in page.content.decode()
    response = client.post(edit_url(item), {"status": "in_review", "comment": ""})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == S.IN_REVIEW and item.decided is None
    assert not Notification.objects.filter(template="nomination_decided").exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(item), {"status": "declined", "comment": "Fuera del ámbito de la biblioteca."})
    item.refresh_from_db()
    assert (item.status, item.decided_by) == (S.DECLINED, editor)
    message = Notification.objects.get(template="nomination_decided")
    assert (message.email, message.language) == ("ilze@example.lv", "es")
    rendered = notification_render(message)
    assert rendered.subject.startswith("Nominación no aceptada")
    assert "Fuera del ámbito de la biblioteca." in rendered.body


def test_a_decision_is_final_and_an_unconfirmed_nomination_cannot_be_decided(client, editor):
    pending = nomination()
    with pytest.raises(ValidationError):
        services.nomination_decide(nomination=pending, status=S.ACCEPTED, comment="", user=editor)
    item = confirmed()
    services.nomination_decide(nomination=item, status=S.ACCEPTED, comment="", user=editor)
    client.force_login(editor)
    response = client.post(edit_url(item), {"status": "declined", "comment": "Changed my mind"})
    assert response.status_code == 200
    assert "a decision is not changed" in response.content.decode()
    assert Nomination.objects.get(pk=item.pk).status == S.ACCEPTED


def test_an_accepted_nomination_becomes_a_draft_case_in_its_language_linked_both_ways(
    client, editor, django_capture_on_commit_callbacks
):
    elements = list(ProcessElement.objects.order_by("number")[:2])
    areas = list(SupportArea.objects.order_by("number")[:1])
    item = confirmed("lv", region="lv00")
    item.elements.set(elements)
    item.support_areas.set(areas)
    item.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.nomination_decide(nomination=item, status=S.ACCEPTED, comment="Paldies!", user=editor)
    assert "Paldies!" in notification_render(Notification.objects.get(template="nomination_decided")).body
    client.force_login(editor)
    edit = client.get(edit_url(item)).content.decode()
    draft_url = reverse("practices_nomination_draft_case", args=[item.pk])
    assert draft_url in edit
    assert client.get(draft_url).status_code == 405
    response = client.post(draft_url)
    case = PracticePage.objects.get(title=item.initiative)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[case.pk])
    assert not case.live and case.has_unpublished_changes and case.latest_revision is not None
    assert case.get_parent().specific_class is PracticeIndexPage
    assert (case.country, case.region, case.original_language) == ("LV", "LV00", "lv")
    assert case.summary_lv == item.problem and not case.summary_en
    assert [block.block_type for block in case.body_lv] == ["heading", "paragraph", "heading", "paragraph"]
    assert case.body_lv[0].value["text"] == "Ko tā dara"
    assert item.activity in str(case.body_lv[1].value)
    assert case.links_lv[0].value["url"] == item.website
    assert set(case.elements.all()) == set(elements) and list(case.support_areas.all()) == areas
    item.refresh_from_db()
    assert item.draft_case_id == case.pk
    # The nomination links to the case and the case back to the nomination.
    assert reverse("wagtailadmin_pages:edit", args=[case.pk]) in client.get(edit_url(item)).content.decode()
    assert edit_url(item) in client.get(reverse("wagtailadmin_pages:edit", args=[case.pk])).content.decode()
    # Asked again, the same case.
    client.post(draft_url)
    assert PracticePage.objects.filter(title=item.initiative).count() == 1
    assert not PracticePage.objects.live().filter(pk=case.pk).exists()


def test_a_nomination_not_accepted_makes_no_case(client, editor):
    item = confirmed()
    client.force_login(editor)
    response = client.post(reverse("practices_nomination_draft_case", args=[item.pk]))
    assert response.status_code == 302 and response["Location"] == edit_url(item)
    assert not PracticePage.objects.filter(title=item.initiative).exists()


def test_a_region_that_is_no_nuts2_code_of_the_country_is_left_out(editor):
    item = confirmed("sv", country="SE", region="Västra Götaland")
    services.nomination_decide(nomination=item, status=S.ACCEPTED, comment="", user=editor)
    case = services.nomination_draft_case(nomination=item, user=editor)
    assert (case.region, case.original_language) == ("", "sv")


@pytest.mark.parametrize("role", ["anonymous", "partner", "staff"])
def test_who_may_not_see_nominations_reaches_none_of_their_admin_views(client, role):
    item = confirmed()
    services.nomination_decide(nomination=item, status=S.ACCEPTED, comment="", user=None)
    if role == "partner":
        client.force_login(UserFactory())
    elif role == "staff":
        staff = UserFactory(is_staff=True)
        staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(staff)
    for url in (LISTING, edit_url(item)):
        response = client.get(url)
        assert response.status_code == 302, (role, url)
        assert "Rīgas kopienas virtuve" not in response.content.decode()
    response = client.post(reverse("practices_nomination_draft_case", args=[item.pk]))
    assert response.status_code in (302, 403)
    assert not PracticePage.objects.filter(title=item.initiative).exists()
    decide = client.post(edit_url(item), {"status": "declined", "comment": "x"})
    assert decide.status_code == 302
    assert Nomination.objects.get(pk=item.pk).status == S.ACCEPTED


def test_an_editor_who_may_change_nominations_but_add_no_case_makes_none(client):
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_nomination"),
        Permission.objects.get(codename="view_nomination"),
    )
    item = confirmed()
    services.nomination_decide(nomination=item, status=S.ACCEPTED, comment="", user=None)
    client.force_login(editor)
    assert client.get(edit_url(item)).status_code == 200
    client.post(reverse("practices_nomination_draft_case", args=[item.pk]))
    assert not PracticePage.objects.filter(title=item.initiative).exists()
