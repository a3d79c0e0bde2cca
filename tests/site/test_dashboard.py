"""The staff's dashboard panel: overdue deliverables, upcoming events against capacity, pilots by stage."""

from datetime import date, timedelta

import pytest

from django.utils import timezone

from apps.workpackages.models import Deliverable, Pilot
from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.helpers import html_of
from tests.workpackages.factories import DeliverableFactory, PilotStageFactory

pytestmark = pytest.mark.django_db


def test_the_dashboard_counts_match_the_records(admin_client):
    today = timezone.localdate()
    DeliverableFactory(code="D5.7", title="Late report", due_date=today - timedelta(days=3))
    DeliverableFactory(
        code="D5.8",
        title="Late but submitted",
        due_date=today - timedelta(days=3),
        status=Deliverable.Status.SUBMITTED,
    )
    DeliverableFactory(code="D5.9", title="Not due yet", due_date=today + timedelta(days=3))
    start = timezone.now() + timedelta(days=10)
    workshop = ActivityFactory(
        title="Mentoring workshop in Riga",
        slug="mentoring-workshop-riga",
        work_package=3,
        start=start,
        end=start + timedelta(hours=2),
        capacity=2,
    )
    for n, status in enumerate(["confirmed", "confirmed", "waitlisted"]):
        RegistrationFactory(activity=workshop, name=f"Person {n}", email=f"p{n}@example.lv", status=status)
    latvia = Pilot.objects.get(country="LV")
    PilotStageFactory(pilot=latvia, stage="selection", start_date=date(2026, 1, 1))
    PilotStageFactory(pilot=latvia, stage="mentoring", start_date=date(2026, 3, 1))

    page = html_of(admin_client.get("/admin/"))
    assert [row.td.get_text() for row in page.select("tr.overdue-deliverable")] == ["D5.7"]
    row = next(
        row for row in page.select("tr.upcoming-event") if "Mentoring workshop in Riga" in row.get_text()
    )
    assert row.select_one("[data-confirmed]").get_text(strip=True) == "2 / 2"
    assert row.select_one("[data-waiting]")["data-waiting"] == "1"
    stages = {item.get_text(strip=True) for item in page.select("li.pilot-stage")}
    assert "Latvia: Mentoring" in stages
    assert "Spain: no stage recorded yet" in stages


def test_partners_never_see_the_panel(client):
    from tests.users.factories import UserFactory

    client.force_login(UserFactory())
    assert "project-work-heading" not in client.get("/admin/", follow=True).content.decode()


def test_the_register_and_strategies_panel_counts_match_the_records(admin_client):
    from apps.projects.models import SupportOffering
    from tests.projects.factories import EngagementFactory, EsfProjectFactory
    from tests.strategies.factories import ActionItemFactory, ActionPlanFactory

    today = timezone.localdate()
    before = html_of(admin_client.get("/admin/"))
    counts_before = {li.get_text(" ", strip=True) for li in before.select("li.projects-by-status")}
    ongoing = EsfProjectFactory(
        diary_number="23-101-S01", start_date=today - timedelta(days=30), end_date=today + timedelta(days=300)
    )
    EsfProjectFactory(
        diary_number="23-102-S01", start_date=today + timedelta(days=30), end_date=today + timedelta(days=90)
    )
    offering = SupportOffering.objects.first()
    for status in ("active", "cancelled"):
        EngagementFactory(project=ongoing, offering=offering, start_date=today, status=status)
    EngagementFactory(
        project=ongoing,
        offering=offering,
        start_date=today - timedelta(days=400),
        end_date=today - timedelta(days=200),
        status="completed",
    )
    action_plan = ActionPlanFactory(strategy__country="LV")
    ActionItemFactory(
        plan=action_plan,
        title="Late action",
        due_date=today - timedelta(days=1),
        status="in_progress",
        progress=40,
    )
    ActionItemFactory(
        plan=action_plan,
        title="Late but done",
        due_date=today - timedelta(days=1),
        status="done",
        progress=100,
    )
    ActionItemFactory(plan=action_plan, title="Not due", due_date=today + timedelta(days=1))

    page = html_of(admin_client.get("/admin/"))
    counts = {
        li.get_text(" ", strip=True).split(":")[0]: int(li.strong.get_text())
        for li in page.select("li.projects-by-status")
    }
    old = {text.split(":")[0]: int(text.split(":")[1]) for text in counts_before}
    assert counts["Ongoing"] == old["Ongoing"] + 1
    assert counts["Planned"] == old["Planned"] + 1
    assert page.select_one(".engagements-this-quarter").get_text(strip=True).startswith("1 engagement")
    assert [row.td.get_text() for row in page.select("tr.overdue-item")] == ["Late action"]


def test_staff_see_only_the_parts_whose_records_they_may_view(client):
    from django.contrib.auth.models import Group, Permission

    from tests.strategies.factories import ActionItemFactory
    from tests.users.factories import UserFactory

    ActionItemFactory(
        plan__strategy__country="LV", title="Late action", due_date=timezone.localdate() - timedelta(days=1)
    )
    group = Group.objects.create(name="Event staff")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_registration", content_type__app_label="activities"),
    )
    staff = UserFactory(is_staff=True, preferred_language="en")
    staff.groups.add(group)
    client.force_login(staff)
    page = html_of(client.get("/admin/"))
    assert page.select_one("#project-work-heading") is not None
    assert "Upcoming events" in page.get_text()
    assert "Overdue deliverables" not in page.get_text() and "Pilots by stage" not in page.get_text()
    # Neither the register nor the strategies: no panel, and no action item's title.
    assert page.select_one("#register-panel-heading") is None
    assert "Late action" not in page.get_text()
