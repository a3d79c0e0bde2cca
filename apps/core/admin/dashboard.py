"""Panels on the staff's dashboard.

An app names its panels in its manifest (`dashboard_panels`): dotted paths to callables taking the
request and giving a panel for the person who opened the dashboard, or None when it has nothing
for them. Wagtail orders the panels by their `order`.
"""

from collections.abc import Callable

from wagtail.admin.ui.components import Component


class DashboardPanel(Component):
    """A panel drawn for one person, in parts: each part only for whoever may see its records."""

    # The permissions ("app.codename") of the panel's parts.
    permissions: tuple[str, ...] = ()

    def __init__(self, user):
        self.user = user

    @classmethod
    def for_staff(cls, request) -> "DashboardPanel | None":
        """The panel for staff holding the permission of at least one of its parts; else none."""
        user = request.user
        if user.is_staff and any(user.has_perm(permission) for permission in cls.permissions):
            return cls(user)
        return None

    def part(self, permission: str, read: Callable):
        """What `read()` gives, for a person with `permission`; None (the part is left out) for others."""
        return read() if self.user.has_perm(permission) else None
