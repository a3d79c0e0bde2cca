"""Staff keep accounts under Settings → Users: a partner's account is made without a password
(the person chooses it from an e-mailed link) and with its organisations, on one page."""

import re

import pytest

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse

from apps.partners.models import Membership
from apps.users.models import User
from tests.helpers import html_of
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

NEW = "/admin/users/new/"


def memberships_data(*rows, initial=0, **extra):
    """The organisations' table as the page sends it: its management form and its rows."""
    data = {
        "memberships-TOTAL_FORMS": str(len(rows)),
        "memberships-INITIAL_FORMS": str(initial),
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"memberships-{index}-{key}": value for key, value in row.items()})
    return {**data, **extra}


def account_data(**fields):
    return {
        "email": "Partner@Example.LV",
        "first_name": "Ilze",
        "last_name": "Bērziņa",
        "preferred_language": "lv",
        "password1": "",
        "password2": "",
        **fields,
    }


def test_staff_create_a_user_with_a_preferred_language(admin_client):
    form = admin_client.get(NEW).content.decode()
    assert 'name="preferred_language"' in form
    response = admin_client.post(
        NEW,
        {
            **account_data(password1="a long enough passphrase 42", password2="a long enough passphrase 42"),
            **memberships_data(),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    # Kept in lower case, as the sign-in looks it up, whatever case staff typed.
    user = User.objects.get(email="partner@example.lv")
    assert user.preferred_language == "lv"
    assert user.check_password("a long enough passphrase 42")
    assert mail.outbox == []


def test_staff_create_a_partner_with_no_password_and_the_e_mailed_link_lets_them_choose_it(
    admin_client, django_capture_on_commit_callbacks
):
    riga = OrganisationFactory(name="Rīgas sociālais centrs", country="LV")
    page = html_of(admin_client.get(NEW))
    assert page.select_one('input[name="send_password_link"]').has_attr("checked")
    assert page.select_one('input[name="password1"]').get("required") is None
    assert page.select_one('select[name="memberships-0-organisation"]') is not None
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            NEW,
            {
                **account_data(send_password_link="on"),
                **memberships_data({"organisation": riga.pk, "role": "coordinator"}),
            },
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    user = User.objects.get(email="partner@example.lv")
    assert [(m.organisation, m.role) for m in Membership.objects.filter(user=user)] == [(riga, "coordinator")]
    # Nobody knows a password yet, and nobody can sign in with an empty one.
    assert not user.check_password("")
    [message] = mail.outbox
    assert message.to == ["partner@example.lv"]
    assert "Sociālās inovācijas kompetences centrs" in message.subject
    assert "partner@example.lv" in message.body
    # The portal's own address, not the Host of the admin's request.
    base = re.escape(settings.NOTIFICATIONS_BASE_URL.rstrip("/"))
    link = re.search(base + r"(/lv/\S+/)", message.body).group(1)
    assert "A link to choose a password was e-mailed to partner@example.lv." in [
        str(m) for m in admin_client.get(reverse("wagtailusers_users:index")).context["messages"]
    ]

    visitor = Client()
    form_url = visitor.get(link)["Location"]
    new = "a fresh harbour kitchen 2031"
    response = visitor.post(form_url, {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)


def test_an_account_saved_without_the_link_can_still_ask_for_one_itself(
    admin_client, client, django_capture_on_commit_callbacks
):
    response = admin_client.post(NEW, {**account_data(), **memberships_data()})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert mail.outbox == []
    # "Forgotten your password?" sends no link to an unusable password: this one is usable.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account:password_reset"), {"email": "partner@example.lv"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["partner@example.lv"]


def test_staff_e_mail_an_existing_person_a_link_from_their_page(
    admin_client, django_capture_on_commit_callbacks
):
    user = UserFactory(preferred_language="sv")
    edit = reverse("wagtailusers_users:edit", args=[user.pk])
    assert (
        not html_of(admin_client.get(edit)).select_one('input[name="send_password_link"]').has_attr("checked")
    )
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": "sv",
        "is_active": "on",
        "send_password_link": "on",
        **memberships_data(),
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(edit, data).status_code == 302
    [message] = mail.outbox
    assert message.to == [user.email] and "/sv/" in message.body


def test_staff_change_a_users_preferred_language(admin_client):
    user = UserFactory(preferred_language="sv")
    page = admin_client.get(f"/admin/users/edit/{user.pk}/").content.decode()
    assert 'name="preferred_language"' in page
    response = admin_client.post(
        f"/admin/users/edit/{user.pk}/",
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": "fr",
            "is_active": "on",
            **memberships_data(),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user.refresh_from_db()
    assert user.preferred_language == "fr"
    assert mail.outbox == []


def test_staff_add_and_end_a_persons_memberships_on_their_page(admin_client):
    user = UserFactory()
    old = MembershipFactory(
        user=user, organisation=OrganisationFactory(name="Arbetsförmedlingen", country="SE")
    )
    new = OrganisationFactory(name="Madrid Innova", country="ES")
    edit = reverse("wagtailusers_users:edit", args=[user.pk])
    page = html_of(admin_client.get(edit))
    assert page.select_one('input[name="memberships-0-id"]')["value"] == str(old.pk)
    chosen = page.select_one('select[name="memberships-0-organisation"] option[selected]')
    assert chosen["value"] == str(old.organisation_id)
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "is_active": "on",
        **memberships_data(
            {"id": old.pk, "organisation": old.organisation_id, "role": "member", "DELETE": "on"},
            {"organisation": new.pk, "role": "member"},
            initial=1,
        ),
    }
    response = admin_client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(Membership.objects.filter(user=user).values_list("organisation__name", flat=True)) == [
        "Madrid Innova"
    ]


def test_the_same_organisation_twice_is_refused_and_nothing_is_saved(admin_client):
    riga = OrganisationFactory(country="LV")
    response = admin_client.post(
        NEW,
        {
            **account_data(),
            **memberships_data(
                {"organisation": riga.pk, "role": "member"}, {"organisation": riga.pk, "role": "member"}
            ),
        },
    )
    assert response.status_code == 200
    assert "Please correct the duplicate data for organisation" in response.content.decode()
    assert not User.objects.filter(email="partner@example.lv").exists()


def test_staff_who_may_not_change_memberships_see_no_organisations_on_the_page(client):
    group = Group.objects.create(name="User editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="users", codename__in=["add_user", "change_user"]),
    )
    editor = UserFactory(is_staff=True)
    editor.groups.add(group)
    client.force_login(editor)
    page = client.get(NEW)
    assert page.status_code == 200
    assert 'name="memberships-TOTAL_FORMS"' not in page.content.decode()
    response = client.post(NEW, account_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    assert not Membership.objects.filter(user__email="partner@example.lv").exists()


def test_users_log_in_with_their_e_mail_not_a_username():
    assert User.USERNAME_FIELD == "email"
    with pytest.raises(Exception):  # noqa: B017, PT011 - full_clean refuses a duplicate e-mail
        User.objects.create_user(email=UserFactory().email, password="x")
