"""Who may open what: every route that reads or writes a record or file the public may not see,
asked by every role, against one table of expected statuses.

Roles: anonymous; a partner of organisation X (whose entry and file are asked for) and one of
organisation Y; staff without any permission on a model ("staff"); staff with the work packages'
view and change permissions ("wp"); a mapping reviewer (the "Mapping reviewers" group); a
superuser. 200 is "shown", 302 a redirect (to a login, or Wagtail's refusal back to its
dashboard), 403 refused, 404 not found (private files, so nobody learns they exist).

`test_every_route_is_in_the_matrix_or_allowed` fails on a URL pattern named by neither the
matrix nor the allow-list, so a new route must be placed in one of them.
"""

import re

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from apps.api.tokens import token_create
from apps.core.permissions import PermissionCheckedChooserViewSet
from apps.mapping.models import Attachment, CriteriaGrid
from apps.mapping.services import REVIEWERS_GROUP
from apps.practices.models import Nomination, PracticePage
from apps.reports.models import ReportRequest, Status
from tests.activities.factories import ActivityFactory
from tests.mapping.factories import MappingEntryFactory
from tests.notifications.factories import NotificationFactory, SubscriberFactory
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.site.factories import StandardPageFactory
from tests.users.factories import UserFactory
from tests.workpackages.factories import PDF, DeliverableFactory

ROLES = ["anonymous", "partner_x", "partner_y", "staff", "wp", "reviewer", "superuser"]

# The snippet models an admin form chooses (a ForeignKey's FieldPanel): they keep a chooser,
# which follows the model's permission policy. Every other snippet has no chooser.
CHOSEN = {
    "partners.organisation",
    "partners.consortiumproject",
    "strategies.actionplan",
    "strategies.strategy",
    "strategies.designcriterion",
    "vocabulary.processelement",
    "vocabulary.supportarea",
    "vocabulary.theme",
    "workpackages.workpackage",
    "workpackages.pilot",
    "projects.esfproject",
    "projects.supportoffering",
    "mapping.criteriagrid",
}


def admin_user(*permissions: Permission, **kwargs):
    user = UserFactory(is_staff=True, preferred_language="en", **kwargs)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"), *permissions)
    return user


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The roles and the records they ask for, made once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        x, y = OrganisationFactory(country="LV"), OrganisationFactory(country="SE")
        users = {"anonymous": None, "superuser": UserFactory(superuser=True)}
        for role, organisation in (("partner_x", x), ("partner_y", y)):
            users[role] = UserFactory()
            MembershipFactory(user=users[role], organisation=organisation)
        users["staff"] = admin_user()
        users["wp"] = admin_user(
            *Permission.objects.filter(
                content_type__app_label="workpackages", codename__regex=r"^(view|change)_"
            )
        )
        users["reviewer"] = admin_user()
        users["reviewer"].groups.add(Group.objects.get(name=REVIEWERS_GROUP))
        entry = MappingEntryFactory(user=users["partner_x"], organisation=x)
        attachment = Attachment(entry=entry, name="plan.pdf", content_type="application/pdf", size=len(PDF))
        attachment.file.save("plan.pdf", ContentFile(PDF), save=True)
        report = ReportRequest(
            kind="mapping", language="en", format="pdf", status=Status.DONE, is_public=False
        )
        report.file.save("report.pdf", ContentFile(PDF), save=True)
        private = DeliverableFactory(code="D5.9", is_public=False, with_file=True)
        notification = NotificationFactory(
            kind="registration", template="registration_received", event_key="perm", email="a@example.org"
        )
        subscriber = SubscriberFactory(email="reader@example.org", language="en")
        nomination = Nomination.objects.create(
            initiative="Matrix kitchen",
            country="LV",
            problem="A problem of the permission matrix.",
            activity="What the matrix's initiative does.",
            name="Nominator",
            email="nominator@example.org",
            language="en",
            status=Nomination.Status.NEW,
        )
        yield {
            "users": users,
            "entry": entry,
            "attachment": attachment,
            "report": report,
            "private_deliverable": private,
            "notification": notification,
            "subscriber": subscriber,
            "nomination": nomination,
            "case": PracticePage.objects.live().order_by("path").first(),
            "activity": ActivityFactory(),
            "grid": CriteriaGrid.objects.first(),
            "organisation": x,
            "token": token_create(user=users["partner_x"], name="matrix")[0],
        }
        transaction.set_rollback(True)


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def status_of(client, user, url, method="get"):
    client.logout()
    if user is not None:
        client.force_login(user)
    return getattr(client, method)(url).status_code


# What each URL is built from: a route name and the world's record whose pk it takes (or none).
OBJECT_OF = {
    "workpackages:deliverable_file": "private_deliverable",
    "mapping:attachment": "attachment",
    "mapping:attachment_delete": "attachment",
    "mapping:entry": "entry",
    "mapping:entry_edit": "entry",
    "mapping:entry_submit": "entry",
    "mapping:entry_withdraw": "entry",
    "reports_detail": "report",
    "reports_status": "report",
    "reports_download": "report",
    "mapping_review": "entry",
    "mapping_grid_new_version": "grid",
    "activities_participants": "activity",
    "activities_participants_csv": "activity",
    "wagtailsnippets_practices_nomination:edit": "nomination",
    "practices_nomination_draft_case": "nomination",
    "practices_validate": "case",
    "notifications_resend": "notification",
    "wagtailsnippets_workpackages_deliverable:edit": "private_deliverable",
    "wagtailsnippets_notifications_notification:inspect": "notification",
    "wagtailsnippets_notifications_subscriber:edit": "subscriber",
    "wagtailsnippets_mapping_mappingentry:inspect": "entry",
    "wagtailsnippetchoosers_partners_organisation:chosen": "organisation",
    "api_account:token_revoke": "token",
    "api_partner:entry-detail": "entry",
    "api_partner:entry-submit": "entry",
    "api_partner:entry-withdraw": "entry",
    "api_partner:attachment-list": "entry",
    "api_staff:report-detail": "report",
    "api_staff:report-download": "report",
}
# Routes of an entry's file: the entry's pk, then the file's.
OBJECTS_OF = {
    "api_partner:attachment-detail": ("entry", "attachment"),
    "api_partner:attachment-download": ("entry", "attachment"),
}
ARGS = {"mapping:entry_create": ["initiative"]}
PATHS = {"django-admin:index": "/django-admin/", "django-admin:users": "/django-admin/users/user/"}

# One row a route; one status a role:
#   route                                                   method  anon ptnX ptnY staff  wp  rev super
MATRIX = """
workpackages:deliverable_file                                  get   404  404  404  404  200  404  200
mapping:attachment                                             get   404  200  404  404  404  200  200
mapping:attachment_delete                                      post  302  302  404  404  404  404  404
mapping:entries                                                get   302  200  200  200  200  200  200
mapping:entry                                                  get   302  200  404  404  404  200  200
mapping:entry_edit                                             get   302  200  404  404  404  403  403
mapping:entry_submit                                           post  302  302  404  404  404  403  403
mapping:entry_withdraw                                         post  302  302  404  404  404  403  403
mapping:entry_create                                           get   302  200  200  403  403  403  403
notifications:preferences                                      get   302  200  200  200  200  200  200
account:home                                                   get   302  200  200  200  200  200  200
account:password_change                                        get   302  200  200  200  200  200  200
reports_index                                                  get   302  302  302  200  200  200  200
reports_detail                                                 get   302  302  302  302  302  302  200
reports_status                                                 get   302  302  302  302  302  302  200
reports_download                                               get   302  302  302  302  302  302  200
mapping_review                                                 get   302  302  302  302  302  200  200
mapping_grid_new_version                                       get   302  302  302  302  302  302  200
activities_participants                                        get   302  302  302  302  302  302  200
activities_participants_csv                                    get   302  302  302  302  302  302  200
notifications_resend                                           get   302  302  302  302  302  302  200
django-admin:index                                             get   302  302  302  302  302  302  200
django-admin:users                                             get   302  302  302  302  302  302  200
wagtailadmin_home                                              get   302  302  302  200  200  200  200
wagtailadmin_choose_page                                       get   302  302  302  200  200  200  200
wagtailadmin_choose_page_search                                get   302  302  302  200  200  200  200
wagtailsnippets_workpackages_deliverable:edit                  get   302  302  302  302  200  302  200
wagtailsnippets_notifications_notification:inspect             get   302  302  302  302  302  302  200
wagtailsnippets_notifications_subscriber:edit                  get   302  302  302  302  302  302  200
wagtailsnippets_mapping_mappingentry:inspect                   get   302  302  302  302  302  200  200
wagtailsnippetchoosers_partners_organisation:choose_results    get   302  302  302  302  302  302  200
wagtailsnippetchoosers_partners_organisation:chosen            get   302  302  302  302  302  302  200
wagtailsnippets_activities_activity:list                       get   302  302  302  302  302  302  200
wagtailsnippets_activities_registration:list                   get   302  302  302  302  302  302  200
wagtailsnippets_capacity_hubitem:list                          get   302  302  302  302  302  302  200
wagtailsnippets_capacity_thematicselection:list                get   302  302  302  302  302  302  200
wagtailsnippetchoosers_mapping_criteriagrid:choose             get   302  302  302  302  302  302  200
wagtailsnippets_mapping_criteriagrid:list                      get   302  302  302  302  302  302  200
wagtailsnippets_mapping_mappingentry:list                      get   302  302  302  302  302  200  200
wagtailsnippets_notifications_notification:list                get   302  302  302  302  302  302  200
wagtailsnippets_notifications_optout:list                      get   302  302  302  302  302  302  200
wagtailsnippets_notifications_subscriber:list                  get   302  302  302  302  302  302  200
wagtailsnippetchoosers_partners_consortiumproject:choose       get   302  302  302  302  302  302  200
wagtailsnippets_partners_consortiumproject:list                get   302  302  302  302  302  302  200
wagtailsnippetchoosers_partners_organisation:choose            get   302  302  302  302  302  302  200
wagtailsnippets_partners_organisation:list                     get   302  302  302  302  302  302  200
wagtailsnippets_practices_replicationrequest:list              get   302  302  302  302  302  302  200
wagtailsnippets_practices_nomination:list                      get   302  302  302  302  302  302  200
wagtailsnippets_practices_validationcriterion:list             get   302  302  302  302  302  302  200
practices_validate                                             get   302  302  302  403  403  403  200
wagtailsnippets_practices_nomination:edit                      get   302  302  302  302  302  302  200
practices_nomination_draft_case                                get   302  302  302  302  302  302  405
wagtailsnippets_projects_clustercoalition:list                 get   302  302  302  302  302  302  200
wagtailsnippets_projects_engagement:list                       get   302  302  302  302  302  302  200
wagtailsnippetchoosers_projects_esfproject:choose              get   302  302  302  302  302  302  200
wagtailsnippets_projects_esfproject:list                       get   302  302  302  302  302  302  200
wagtailsnippets_projects_offeringitem:list                     get   302  302  302  302  302  302  200
wagtailsnippetchoosers_projects_supportoffering:choose         get   302  302  302  302  302  302  200
wagtailsnippets_projects_supportoffering:list                  get   302  302  302  302  302  302  200
wagtailsnippets_strategies_actionitem:list                     get   302  302  302  302  302  302  200
wagtailsnippetchoosers_strategies_actionplan:choose            get   302  302  302  302  302  302  200
wagtailsnippets_strategies_actionplan:list                     get   302  302  302  302  302  302  200
wagtailsnippetchoosers_strategies_designcriterion:choose       get   302  302  302  302  302  302  200
wagtailsnippets_strategies_designcriterion:list                get   302  302  302  302  302  302  200
wagtailsnippetchoosers_strategies_strategy:choose              get   302  302  302  302  302  302  200
wagtailsnippets_strategies_strategy:list                       get   302  302  302  302  302  302  200
wagtailsnippets_vocabulary_approach:list                       get   302  302  302  302  302  302  200
wagtailsnippetchoosers_vocabulary_processelement:choose        get   302  302  302  302  302  302  200
wagtailsnippets_vocabulary_processelement:list                 get   302  302  302  302  302  302  200
wagtailsnippetchoosers_vocabulary_supportarea:choose           get   302  302  302  302  302  302  200
wagtailsnippets_vocabulary_supportarea:list                    get   302  302  302  302  302  302  200
wagtailsnippets_vocabulary_targetgroup:list                    get   302  302  302  302  302  302  200
wagtailsnippetchoosers_vocabulary_theme:choose                 get   302  302  302  302  302  302  200
wagtailsnippets_vocabulary_theme:list                          get   302  302  302  302  302  302  200
wagtailsnippets_workpackages_deliverable:list                  get   302  302  302  302  200  302  200
wagtailsnippets_workpackages_mentoringsession:list             get   302  302  302  302  200  302  200
wagtailsnippets_workpackages_milestone:list                    get   302  302  302  302  200  302  200
wagtailsnippetchoosers_workpackages_pilot:choose               get   302  302  302  302  200  302  200
wagtailsnippets_workpackages_pilot:list                        get   302  302  302  302  200  302  200
wagtailsnippets_workpackages_transferanalysis:list             get   302  302  302  302  200  302  200
wagtailsnippetchoosers_workpackages_workpackage:choose         get   302  302  302  302  200  302  200
wagtailsnippets_workpackages_workpackage:list                  get   302  302  302  302  200  302  200
api_account:tokens                                             get   302  200  200  200  200  200  200
api_account:token_revoke                                       post  302  302  404  404  404  404  404
api_partner:criteria                                           get   401  200  200  200  200  200  200
api_partner:entry-list                                         get   401  200  200  200  200  200  200
api_partner:entry-detail                                       get   401  200  404  404  404  200  200
api_partner:entry-submit                                       post  401  200  404  404  404  403  403
api_partner:entry-withdraw                                     post  401  400  404  404  404  403  403
api_partner:attachment-list                                    get   401  200  404  404  404  200  200
api_partner:attachment-detail                                  get   401  200  404  404  404  200  200
api_partner:attachment-download                                get   401  200  404  404  404  200  200
api_staff:report-list                                          get   401  403  403  200  200  200  200
api_staff:report-detail                                        get   401  403  403  404  404  404  200
api_staff:report-download                                      get   401  403  403  404  404  404  200
"""


def parse(table: str) -> dict[str, tuple[str, list[int]]]:
    rows = {}
    for line in table.strip().splitlines():
        route, method, *statuses = line.split()
        assert len(statuses) == len(ROLES), line
        rows[route] = (method, [int(status) for status in statuses])
    return rows


ROWS = parse(MATRIX)


def url_of(route: str, world) -> str:
    if route in PATHS:
        return PATHS[route]
    args = ARGS.get(route, [])
    if route in OBJECT_OF:
        args = [world[OBJECT_OF[route]].pk]
    if route in OBJECTS_OF:
        args = [world[name].pk for name in OBJECTS_OF[route]]
    return en(route, *args)


@pytest.mark.django_db
@pytest.mark.parametrize("route", list(ROWS))
def test_each_role_gets_what_the_matrix_says(client, world, route):
    method, expected = ROWS[route]
    url = url_of(route, world)
    got = [status_of(client, world["users"][role], url, method) for role in ROLES]
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, expected, strict=True)), url


@pytest.mark.django_db
def test_a_snippet_no_form_chooses_has_no_chooser_and_the_others_check_permissions():
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        namespace = viewset.get_chooser_admin_url_namespace()
        if model._meta.label_lower in CHOSEN:
            assert issubclass(viewset.chooser_viewset_class, PermissionCheckedChooserViewSet), model
            assert reverse(f"{namespace}:choose")
        else:
            with pytest.raises(NoReverseMatch):
                reverse(f"{namespace}:choose")


@pytest.mark.django_db
def test_the_page_chooser_shows_staff_without_page_permissions_no_draft(client, world):
    home = Page.objects.get(depth=2)
    draft = home.add_child(instance=StandardPageFactory.build(title="Unannounced plan", live=False))
    client.force_login(world["users"]["staff"])
    listed = client.get(reverse("wagtailadmin_choose_page_child", args=[home.pk])).json()["html"]
    found = client.get(reverse("wagtailadmin_choose_page_search") + "?q=Unannounced").content.decode()
    assert "Unannounced plan" not in listed
    assert "Unannounced plan" not in found
    client.force_login(world["users"]["superuser"])
    assert (
        "Unannounced plan"
        in client.get(reverse("wagtailadmin_choose_page_child", args=[home.pk])).json()["html"]
    )
    assert draft.pk


def test_the_page_chooser_neither_opens_at_nor_names_a_draft_for_staff_without_page_rights(client, world):
    home = Page.objects.get(depth=2)
    draft = home.add_child(instance=StandardPageFactory.build(title="Unannounced plan", live=False))
    opened = reverse("wagtailadmin_choose_page_child", args=[draft.pk])
    chosen = reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={draft.pk}&id={home.pk}"
    client.force_login(world["users"]["staff"])
    refused = client.get(opened)
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    names = client.get(chosen).json()["result"]
    assert [page["id"] for page in names] == [home.pk]
    client.force_login(world["users"]["superuser"])
    assert client.get(opened).status_code == 200
    assert {page["id"] for page in client.get(chosen).json()["result"]} == {draft.pk, home.pk}


# Routes the matrix leaves out, with the reason: public, the person's own, guarded by a secret
# token, or Wagtail's own admin for its own records under its own permission checks.
WAGTAIL_OWN = "Wagtail's own records (pages, images, documents, users...) under Wagtail's own permissions"
ALLOWED = [
    (r"^healthz$|^favicon$|^robots_txt$|^sitemap", "public"),
    (r"^set_language$", "public: sets the reader's language"),
    (r"^request_too_large$", "public: the page that refuses a request over the size limit"),
    (r"^practice_feed$|^activities:(country_)?calendar$", "public feeds of published records"),
    (r"^reports:compendium", "public compendia (the private reports are reports_*)"),
    (r"^mapping:comparison_csv$", "public: the approved entries' means only"),
    (r"^notifications:(subscribe|subscribed)$", "public form"),
    (r"^notifications:(confirm|unsubscribe)$", "the token in the address is the secret"),
    (r"^activities:(registration|cancel)$", "the token in the address is the secret"),
    (r"^nomination_confirm$", "the token in the address is the secret"),
    (
        r"^account:(login|logout|password_reset.*|password_change_done)$",
        "signing in and out",
    ),
    (
        r"^wagtail_serve$|^wagtailcore_(authenticate_with_password|login)$",
        "pages: view restrictions",
    ),
    (
        r"^wagtailadmin_(login|logout|password_reset.*|account|javascript_catalog|sprite|dismissibles)$",
        "the admin's sign-in and a person's own settings",
    ),
    (
        r"^wagtailsnippets_\w+:(?!list$)",
        "Wagtail's other snippet views check the listing's permission policy (PermissionCheckedMixin)",
    ),
    (
        r"^wagtailsnippetchoosers_\w+:(choose_results|chosen|chosen_multiple|create)$",
        "the chooser's other views: the same ModelPermissionRequired; create asks for add",
    ),
    (r"^wagtailsnippets:index$", "lists only the snippet types the person may see"),
    (r"^wagtailadmin_choose_page_\w+$", "the page chooser's other steps (links typed by hand, chosen pages)"),
    (
        r"^portal_choose_page_(child|chosen_multiple)$",
        "the page chooser opened at a page and its chosen pages: choosable pages only (tested below)",
    ),
    (r"^wagtail(admin_pages|admin_explore\w*|admin_api|images|images_chooser)([:_]|$)", WAGTAIL_OWN),
    (r"^wagtail(docs|docs_chooser|users_\w+|sites|redirects|settings|forms|embeds)[:_]", WAGTAIL_OWN),
    (r"^wagtailadmin_(workflows|collections|reports|editing_sessions)", WAGTAIL_OWN),
    (
        r"^wagtail(admin_tag_\w+|admin_block_preview|_bulk_action|admin_error_test)$",
        "Wagtail's own admin tools",
    ),
    (r"^admin:|^django-admin/", "Django's admin: every view behind SuperuserAdminSite.has_permission"),
    (r"^admin/test404/|^admin/\^\.\*/\$", "the Wagtail admin's not-found pages"),
    (r"^\^media/", "media, served by Django only with DEBUG"),
    (
        r"^(api_schema|api_docs|api_redoc|opendata:(file|file_by_query|datapackage|catalogue))$",
        "public: the API's description and the open-data files of public records",
    ),
    (r"^[a-z-]+-(list|detail)$", "public: the API's read endpoints (public records only, tests/api)"),
    (
        r"^(api_schema|api_docs|api_redoc|opendata:(file|file_by_query|datapackage|catalogue))$",
        "public: the API's description and the open-data files of public records",
    ),
    (r"^[a-z-]+-(list|detail)$", "public: the API's read endpoints (public records only, tests/api)"),
    (r"copy_translation_content", "wagtail-modeltranslation's copy, behind page edit permissions"),
]


def route_names():
    def walk(patterns, prefix="", namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                if pattern.name:
                    yield f"{namespace}:{pattern.name}" if namespace else pattern.name
                else:
                    yield prefix + str(pattern.pattern)

    return set(walk(get_resolver().url_patterns))


def test_every_route_is_in_the_matrix_or_allowed():
    allowed = [re.compile(rule) for rule, _reason in ALLOWED]
    unplaced = sorted(
        name
        for name in route_names()
        if name not in ROWS and name not in PATHS.values() and not any(rule.search(name) for rule in allowed)
    )
    assert unplaced == []
