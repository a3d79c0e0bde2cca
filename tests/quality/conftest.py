"""The quality harness's shared fixtures: the page inventory, and its pages rendered once.

The inventory's demo data is committed into the session's test database (beside the real content
that tests/conftest.py loads), so the live server of `portal_url` serves it too; it is removed when
the package's tests are done, and later tests see only the real content.
"""

from pathlib import Path

import pytest

from django.conf import settings
from django.test import Client

from tests.quality.inventory import (
    USERS,
    InventoryPage,
    demo_data_create,
    demo_data_remove,
    inventory_pages,
    row_counts,
)


def pytest_collection_modifyitems(items):
    """The tests that read the inventory run after the package's others, which so never see its demo
    data (it stays until the package ends); and they are marked as reading the database, so that
    pytest-django sets it up even when they run alone (it sets up only what marked tests ask for)."""
    here = Path(__file__).parent
    positions = [index for index, item in enumerate(items) if here in Path(item.path).parents]
    ours = [items[index] for index in positions]
    for item in ours:
        if _reads_inventory(item) and not item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.django_db)
    ordered = sorted(ours, key=_reads_inventory)  # a stable sort: each group keeps its order
    for index, item in zip(positions, ordered, strict=True):
        items[index] = item


def _reads_inventory(item) -> bool:
    return "inventory" in getattr(item, "fixturenames", ())


@pytest.fixture(scope="package")
def inventory(django_db_setup, django_db_blocker) -> list[InventoryPage]:
    """Every page type in every language, with the demo data that reaches their branches."""
    with django_db_blocker.unblock():
        before = row_counts()
        try:
            demo_data_create()
            pages = inventory_pages()
        except Exception:
            demo_data_remove()
            raise
    yield pages
    with django_db_blocker.unblock():
        demo_data_remove()
        after = row_counts()
    left = {label: after[label] - before[label] for label in before if after[label] != before[label]}
    assert not left, (
        f"The inventory's demo data changed the real content's tables (rows more or fewer): {left}"
    )


def signed_in_client(as_user: str | None) -> Client:
    """A test client, signed in as the demo account `as_user` names (see inventory.USERS)."""
    client = Client()
    if as_user:
        from apps.users.models import User

        client.force_login(User.objects.get(email=USERS[as_user]))
    return client


def login_cookies(as_user: str, domain: str = "127.0.0.1") -> list[dict]:
    """Playwright cookies of a session of the demo account `as_user`, for a browser on `portal_url`.

    Call it with the database unblocked (inside a test that uses `inventory`, or within
    `django_db_blocker.unblock()`).
    """
    client = signed_in_client(as_user)
    return [
        {
            "name": settings.SESSION_COOKIE_NAME,
            "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
            "domain": domain,
            "path": "/",
            "httpOnly": True,
            "sameSite": "Lax",
        }
    ]


@pytest.fixture(scope="package")
def rendered_pages(inventory, django_db_blocker) -> dict[InventoryPage, str]:
    """The HTML of every inventory page, fetched once with the test client and shared by the checks."""
    clients = {}
    pages = {}
    wrong = []
    with django_db_blocker.unblock():
        for page in inventory:
            if page.as_user not in clients:
                clients[page.as_user] = signed_in_client(page.as_user)
            response = clients[page.as_user].get(
                page.path, HTTP_ACCEPT_LANGUAGE=page.language, follow=page.follows_redirect
            )
            if response.status_code != page.expected_status:
                wrong.append(f"{page.label}: {response.status_code}, expected {page.expected_status}")
                continue
            pages[page] = response.content.decode(response.charset or "utf-8")
    assert not wrong, "Inventory pages that did not answer as expected:\n" + "\n".join(wrong)
    return pages
