"""The apps' own admin views: their URLs below /admin/, who may open them, and the buttons leading there."""

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.widgets import ListingButton


def register_admin_views(*views: tuple[str, Callable, str]) -> None:
    """(route, view, URL name) served below /admin/ behind Wagtail's admin login.

    The patterns are made anew at each call: Wagtail wraps the views of the patterns it is given.
    """

    @hooks.register("register_admin_urls")
    def admin_urls():
        return [path(route, view, name=name) for route, view, name in views]


def refused_unless(allowed: Callable) -> Callable:
    """A view answering 403 to whoever `allowed(user)` refuses."""

    def decorator(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            if not allowed(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked

    return decorator


def permission_required(permission: str) -> Callable:
    """A view answering 403 to whoever lacks `permission` ("app.codename")."""
    return refused_unless(lambda user: user.has_perm(permission))


staff_only = refused_unless(lambda user: user.is_staff)


def register_listing_button(
    model,
    label,
    url_name: str,
    *,
    icon: str,
    permission: str,
    shown: Callable = lambda snippet: True,
) -> None:
    """A button on each row of `model`'s snippet listing leading to `url_name` with the row's pk,
    for staff with `permission`, on the rows `shown(snippet)` accepts."""

    @hooks.register("register_snippet_listing_buttons")
    def listing_button(snippet, user, next_url=None):
        if isinstance(snippet, model) and shown(snippet) and user.has_perm(permission):
            yield ListingButton(label, reverse(url_name, args=[snippet.pk]), icon_name=icon, priority=5)
