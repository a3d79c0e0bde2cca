"""The page inventory of the quality harness: every page type of the portal in every language.

`demo_data_create` adds, beside the real content, records that reach every branch of the pages
(events dated, undated and open for registration, strategies, hub items, mapping entries in every
state with their review history, a partner with entries and one without); `inventory_pages`
lists one page of each type in each language; `demo_data_remove` takes it all away again.

To add a page type: add its demo data below if the real content has none, then a line to
`PAGE_TYPES` (and, for a new Wagtail page model or public route, to `PAGE_MODELS` or `ROUTES`,
which tests/quality/test_inventory.py checks against the code).
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from apps.core.i18n import LANGUAGE_CODES

# The demo records' marks, so that their removal takes nothing else.
PARTNER_EMAIL = "partner-inventory@demo.invalid"
NEW_PARTNER_EMAIL = "partner-new-inventory@demo.invalid"
STAFF_EMAIL = "staff-inventory@demo.invalid"
REGISTRATION_EMAIL = "participant-inventory@demo.invalid"
SUBSCRIBER_EMAIL = "subscriber-inventory@demo.invalid"
NOMINATOR_EMAIL = "nominator-inventory@demo.invalid"
EVENT_SLUGS = ("inventory-dated-event", "inventory-open-event")
ORGANISATION_SLUG = "demo-inventory-new"

# Who a page is seen as (`InventoryPage.as_user`): the address of a demo account.
USERS = {"partner": PARTNER_EMAIL, "new partner": NEW_PARTNER_EMAIL}


@dataclass(frozen=True)
class InventoryPage:
    """One page of the portal: its type, language and path, and who must be signed in to see it."""

    name: str
    language: str
    path: str
    as_user: str | None = None

    @property
    def label(self) -> str:
        """How a failure names the page: "case (sv) /sv/…"."""
        who = f" as {self.as_user}" if self.as_user else ""
        return f"{self.name} ({self.language}{who}) {self.path}"

    @property
    def expected_status(self) -> int:
        return 404 if self.name == "404" else 200

    @property
    def follows_redirect(self) -> bool:
        """The e-mailed password-reset link keeps its token in the session and redirects to its form."""
        return self.name == "password reset form"


def demo_data_create() -> None:
    """Commit the demo records the inventory needs (run with the database unblocked, no transaction)."""
    from apps.activities.models import Activity, Registration
    from apps.capacity.demo import demo_hub_items_create
    from apps.mapping.demo import demo_entries_create
    from apps.mapping.models import EntryStatus, MappingEntry, Transition
    from apps.notifications.models import Subscriber
    from apps.partners.models import Membership, Organisation
    from apps.practices.models import Nomination
    from apps.projects.demo import demo_projects_create
    from apps.strategies.demo import demo_strategies_create
    from apps.users.models import User
    from apps.workpackages.demo import demo_deliverables_create

    demo_strategies_create(items_per_plan=4)
    demo_hub_items_create(6)
    demo_projects_create(4)
    demo_deliverables_create(count=5)
    # Eight approved entries: assessments in one country only, so other countries' score cells are empty.
    demo_entries_create(count=8)

    now = timezone.now()
    for slug, start, open_ in (
        (EVENT_SLUGS[0], now - datetime.timedelta(days=40), False),
        (EVENT_SLUGS[1], now + datetime.timedelta(days=30), True),
    ):
        activity = Activity(
            kind=Activity.Kind.values[0],
            slug=slug,
            work_package=2,
            start=start,
            end=start + datetime.timedelta(hours=3),
            time_zone="Europe/Riga",
            country="LV",
            venue="Demo venue",
            address="Demo street 1, Riga",
            language="en",
            capacity=30,
            is_public=True,
            registration_open=open_,
            is_demo=True,
        )
        for code in LANGUAGE_CODES:
            setattr(activity, f"title_{code}", f"Demo event {slug}")
            setattr(activity, f"description_{code}", "Demo data: this event is synthetic.")
        activity.title = activity.title_en
        activity.description = activity.description_en
        activity.save()
    Registration.objects.create(
        activity=activity,
        name="Demo participant",
        email=REGISTRATION_EMAIL,
        language="en",
        status=Registration.Status.CONFIRMED,
    )
    Subscriber.objects.create(email=SUBSCRIBER_EMAIL, language="en")
    # A nomination whose e-mailed link still waits to be followed: the confirmation page.
    Nomination.objects.create(
        initiative="Demo nominated initiative",
        country="LV",
        problem="Demo data: a synthetic problem.",
        activity="Demo data: a synthetic initiative.",
        name="Demo nominator",
        email=NOMINATOR_EMAIL,
        consent_to_contact=True,
        language="en",
    )

    # The partner: a member of the organisation whose entries are in every state, with a review history.
    partner = User.objects.create_user(email=PARTNER_EMAIL, password=None, preferred_language="en")
    staff = User.objects.create_user(email=STAFF_EMAIL, password=None, is_staff=True)
    organisation = Organisation.objects.get(slug="demo-se")
    Membership.objects.create(user=partner, organisation=organisation)
    statuses = [EntryStatus.DRAFT, EntryStatus.SUBMITTED, EntryStatus.CHANGES_REQUESTED, EntryStatus.APPROVED]
    for number, status in enumerate(statuses, start=1):
        entry = MappingEntry.objects.create(
            kind=MappingEntry.Kind.INITIATIVE,
            country="SE",
            organisation=organisation,
            language="en",
            title=f"Demo entry of the partner {number}",
            description="Demo data: a synthetic initiative.",
            status=status,
            submitted=now if status != EntryStatus.DRAFT else None,
            approved=now if status == EntryStatus.APPROVED else None,
            is_demo=True,
        )
        if status != EntryStatus.DRAFT:
            Transition.objects.create(
                entry=entry, from_status=EntryStatus.DRAFT, to_status=EntryStatus.SUBMITTED, actor=partner
            )
        if status in (EntryStatus.CHANGES_REQUESTED, EntryStatus.APPROVED):
            Transition.objects.create(
                entry=entry,
                from_status=EntryStatus.SUBMITTED,
                to_status=status,
                actor=staff,
                comment="Demo data: please name the municipality.",
            )

    # A partner whose organisation has no entry yet: the list's empty state.
    new_partner = User.objects.create_user(email=NEW_PARTNER_EMAIL, password=None, preferred_language="en")
    new_organisation = Organisation.objects.create(
        slug=ORGANISATION_SLUG, name="Demo organisation without entries", country="LV"
    )
    Membership.objects.create(user=new_partner, organisation=new_organisation)

    from apps.core.caching import versioned as cache
    from apps.core.caching.versioned import PAGES
    from apps.mapping.selectors import MAPPING

    cache.bump(PAGES)
    cache.bump(MAPPING)


def demo_data_remove() -> None:
    """Remove every record demo_data_create added, and the sessions of its accounts."""
    from django.contrib.sessions.models import Session

    from apps.activities.models import Activity, Registration
    from apps.capacity.demo import demo_hub_items_delete
    from apps.core.caching import versioned as cache
    from apps.core.caching.versioned import PAGES
    from apps.mapping.demo import demo_entries_delete
    from apps.mapping.selectors import MAPPING
    from apps.notifications.models import Subscriber
    from apps.partners.models import Membership, Organisation
    from apps.practices.models import Nomination
    from apps.projects.demo import demo_projects_delete
    from apps.strategies.demo import demo_strategies_delete
    from apps.users.models import User
    from apps.workpackages.demo import demo_deliverables_delete

    demo_users = {
        str(pk) for pk in User.objects.filter(email__endswith="@demo.invalid").values_list("pk", flat=True)
    }
    Session.objects.filter(
        pk__in=[
            session.pk
            for session in Session.objects.all()
            if session.get_decoded().get("_auth_user_id") in demo_users
        ]
    ).delete()
    Subscriber.objects.filter(email=SUBSCRIBER_EMAIL).delete()
    Nomination.objects.filter(email=NOMINATOR_EMAIL).delete()
    demo_hub_items_delete()
    demo_projects_delete()
    demo_strategies_delete()
    demo_deliverables_delete()
    Registration.objects.filter(activity__slug__in=EVENT_SLUGS).delete()
    Activity.objects.filter(slug__in=EVENT_SLUGS).delete()
    demo_entries_delete()  # also the demo organisations' memberships and every @demo.invalid account
    Membership.objects.filter(organisation__slug=ORGANISATION_SLUG).delete()
    Organisation.objects.filter(slug=ORGANISATION_SLUG).delete()
    User.objects.filter(email__endswith="@demo.invalid").delete()
    cache.bump(PAGES)
    cache.bump(MAPPING)


# Tables a demo account's visit may write to besides the demo data: the sessions of other tests,
# django-axes' logs. Every other table must hold as many rows after demo_data_remove as before.
NOT_COUNTED = {"sessions.Session", "axes.AccessLog", "axes.AccessAttempt", "axes.AccessFailureLog"}


def row_counts() -> dict[str, int]:
    """The number of rows of every table the portal's models have, but NOT_COUNTED."""
    from django.apps import apps

    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and model._meta.label not in NOT_COUNTED
    }


def _page(model):
    return model.objects.live().public().order_by("path").first()


def _records_path(index_page, key: str) -> str:
    return f"{index_page.get_url()}{key}/"


def inventory_pages() -> list[InventoryPage]:
    """One page of every type in every language, from the real content and the demo data."""
    from apps.activities.models import Activity, ActivityIndexPage, Registration
    from apps.capacity.models import HubItem, KnowledgeHubPage
    from apps.mapping.models import MappingCountryPage, MappingEntry, MappingIndexPage
    from apps.notifications import tokens
    from apps.notifications.models import Kind, Subscriber
    from apps.opendata.models import OpenDataPage
    from apps.practices.models import CountryPage, Nomination, PracticeIndexPage, PracticePage
    from apps.practices.urls import NOMINATE
    from apps.projects.models import EsfProject, EsfRegisterPage
    from apps.site.models import HomePage, StandardPage
    from apps.strategies.models import Strategy, StrategyIndexPage
    from apps.users.models import User
    from apps.workpackages.models import PilotPage

    standards = StandardPage.objects.live().public().order_by("path")
    standard = standards.filter(work_package__isnull=True).first()
    work_package = standards.filter(work_package__isnull=False).first()
    case = PracticePage.objects.live().public().order_by("path").first()
    events = _page(ActivityIndexPage)
    register = _page(EsfRegisterPage)
    hub = _page(KnowledgeHubPage)
    strategies = _page(StrategyIndexPage)
    undated = Activity.objects.filter(is_public=True, start__isnull=True).order_by("pk").first()
    project = EsfProject.objects.filter(is_public=True, is_demo=False).order_by("pk").first()
    hub_item = HubItem.objects.filter(is_demo=True).order_by("pk").first()
    strategy = Strategy.objects.filter(is_demo=True, country="LV").get()
    entry = MappingEntry.objects.filter(title="Demo entry of the partner 3").get()
    registration = Registration.objects.get(email=REGISTRATION_EMAIL)
    subscriber = Subscriber.objects.get(email=SUBSCRIBER_EMAIL)
    nomination = Nomination.objects.get(email=NOMINATOR_EMAIL)
    unsubscribe_token = tokens.unsubscribe_token(SUBSCRIBER_EMAIL, Kind.DIGEST)
    reset_user = User.objects.get(email=STAFF_EMAIL)  # never signs in, so its token stays valid
    uidb64 = urlsafe_base64_encode(force_bytes(reset_user.pk))
    reset_token = default_token_generator.make_token(reset_user)

    pages = []
    for language in LANGUAGE_CODES:
        with translation.override(language):
            found = {
                "home": _page(HomePage).get_url(),
                "standard page": standard.get_url(),
                "work package": work_package.get_url(),
                "pilot": _page(PilotPage).get_url(),
                "library listing": _page(PracticeIndexPage).get_url(),
                "library search with results": _page(PracticeIndexPage).get_url() + "?q=social",
                "library search without results": _page(PracticeIndexPage).get_url() + "?q=zzxqvw",
                "country overview": _page(CountryPage).get_url(),
                "nomination form": f"{_page(PracticeIndexPage).get_url()}{NOMINATE}/",
                "nomination confirmation": reverse("nomination_confirm", args=[nomination.token]),
                "case": case.get_url(),
                "mapping results": _page(MappingIndexPage).get_url(),
                "mapping country": _page(MappingCountryPage).get_url(),
                "events calendar": events.get_url(),
                "dated event": _records_path(events, EVENT_SLUGS[0]),
                "undated event": _records_path(events, undated.slug),
                "event open for registration": _records_path(events, EVENT_SLUGS[1]),
                "register listing": register.get_url(),
                "register search": register.get_url() + "?q=demo",
                "project": _records_path(register, project.diary_number.lower()),
                "hub": hub.get_url(),
                "hub search without results": hub.get_url() + "?q=zzxqvw",
                "hub item": _records_path(hub, hub_item.slug),
                "strategies": strategies.get_url(),
                "strategy": _records_path(strategies, strategy.country.lower()),
                "open data": _page(OpenDataPage).get_url(),
                "compendium page": reverse("reports:compendium", args=["se"]),
                "subscribe": reverse("notifications:subscribe"),
                "subscribed": reverse("notifications:subscribed"),
                "subscription confirmation": reverse(
                    "notifications:confirm", args=[tokens.confirm_token(subscriber)]
                ),
                "unsubscribe": reverse("notifications:unsubscribe", args=[unsubscribe_token]),
                "event registration": reverse("activities:registration", args=[registration.token]),
                "event registration cancellation": reverse("activities:cancel", args=[registration.token]),
                "sign-in": reverse("account:login"),
                "password reset": reverse("account:password_reset"),
                "password reset sent": reverse("account:password_reset_done"),
                "password reset done": reverse("account:password_reset_complete"),
                "password reset form": reverse("account:password_reset_confirm", args=[uidb64, reset_token]),
                "password reset link invalid": reverse(
                    "account:password_reset_confirm", args=[uidb64, "cxyz-0123456789abcdef0123456789abcdef"]
                ),
                "404": f"/{language}/no-such-page-here/",
            }
            signed_in = {
                ("account", "partner"): reverse("account:home"),
                ("password change", "partner"): reverse("account:password_change"),
                ("password changed", "partner"): reverse("account:password_change_done"),
                ("notification preferences", "partner"): reverse("notifications:preferences"),
                ("partner entry list", "partner"): reverse("mapping:entries"),
                ("partner entry list, empty", "new partner"): reverse("mapping:entries"),
                ("partner entry form, new", "partner"): reverse("mapping:entry_create", args=["initiative"]),
                ("partner entry form, assessment", "partner"): reverse(
                    "mapping:entry_create", args=["assessment"]
                ),
                ("partner entry form, edit", "partner"): reverse("mapping:entry_edit", args=[entry.pk]),
                ("partner entry", "partner"): reverse("mapping:entry", args=[entry.pk]),
                ("API tokens", "partner"): reverse("api_account:tokens"),
            }
        pages += [InventoryPage(name, language, path) for name, path in found.items()]
        pages += [InventoryPage(name, language, path, who) for (name, who), path in signed_in.items()]
    return pages
