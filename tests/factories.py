"""The factories by their old address, for the tests that still import them from here.

Each app's tests keep their factories in `tests/<app>/factories.py`; import from there. This
module goes once nothing imports it.
"""

from apps.core.i18n import LANGUAGE_CODES
from tests.core.factories import TranslatedPageFactory, paragraphs
from tests.notifications.factories import NotificationFactory
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.practices.factories import CountryPageFactory, PracticePageFactory
from tests.site.factories import StandardPageFactory, home_page
from tests.users.factories import UserFactory

__all__ = [
    "LANGUAGE_CODES",
    "CountryPageFactory",
    "MembershipFactory",
    "NotificationFactory",
    "OrganisationFactory",
    "PracticePageFactory",
    "StandardPageFactory",
    "TranslatedPageFactory",
    "UserFactory",
    "home_page",
    "paragraphs",
]
