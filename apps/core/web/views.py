from importlib import import_module

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import Resolver404, resolve
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from apps.core.web.client import is_local
from apps.core.web.health import service_states


@never_cache
@require_safe
def healthz(request):
    """200 when every service answers; 503 naming what is down.

    Anyone may see which components are up; what went wrong (error text, server addresses)
    only staff and requests from this machine.
    """
    healthy, states = service_states()
    down = [name for name, state in states.items() if state.startswith("down")]
    if not _may_see_details(request):
        states = {name: "down" if name in down else "ok" for name in states}
    body = {"status": "ok" if healthy else "down", "services": states}
    if not healthy:
        body["down"] = down
    return JsonResponse(body, status=200 if healthy else 503)


def _may_see_details(request) -> bool:
    if is_local(request):
        return True
    try:
        return bool(getattr(_user_of(request), "is_staff", False))
    except Exception:  # noqa: BLE001 - with the database down nobody is known to be staff
        return False


def _user_of(request):
    """The logged-in user; /healthz is answered before the session middleware runs."""
    if hasattr(request, "user"):
        return request.user
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return None
    from django.contrib.auth import get_user

    request.session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    return get_user(request)


def answers_csrf_failure(handler):
    """Marks a view whose form can show itself again, with what was typed, after a CSRF failure.

    `handler(request, *args, **kwargs)` gets the refused POST and the URL's arguments; it stores
    nothing and must leave out what may not be shown again (a password). A class-based view
    defines `serve_csrf_failure` instead, and a Wagtail page a `serve_csrf_failure(request)`
    method: the three are found the same way by `csrf_failure`.
    """

    def decorate(view):
        view.serve_csrf_failure = handler
        return view

    return decorate


def csrf_failure(request, reason=""):
    """A form sent with a missing or stale CSRF token, most often after the session expired.

    When the form's page or view can show itself again with what was typed (the replication,
    registration, subscription and sign-in forms), it answers; otherwise a page explains what
    happened.
    """
    response = _form_csrf_failure(request)
    if response is not None:
        return response
    return render(request, "403_csrf.html", status=403)


def _form_csrf_failure(request):
    if request.method != "POST":
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name == "wagtail_serve":
        return _page_csrf_failure(request, match)
    view = match.func
    handler = getattr(view, "serve_csrf_failure", None) or getattr(
        getattr(view, "view_class", None), "serve_csrf_failure", None
    )
    return handler(request, *match.args, **match.kwargs) if handler is not None else None


def _page_csrf_failure(request, match):
    from wagtail import hooks
    from wagtail.models import Page

    try:
        route = Page.route_for_request(request, match.args[0] if match.args else "")
    except Http404:
        return None
    if route is None:
        return None
    page, args, kwargs = route
    handler = getattr(page, "serve_csrf_failure", None)
    if handler is None:
        return None
    # A page behind a password or a login shows nothing of itself here.
    for hook in hooks.get_hooks("before_serve_page"):
        if isinstance(hook(page, request, args, kwargs), HttpResponse):
            return None
    return handler(request)


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico before reading a page's icon link: send them to the SVG."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def page_not_found(request, exception=None):
    # missing_page: the language switcher leads to the home pages, not to this address elsewhere.
    return render(request, "404.html", {"missing_page": True}, status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once a login (or a page password) has failed too often."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    response = render(request, "lockout.html", context, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for a password-protected page, with wrong passwords counted like logins.

    Wagtail compares the password itself, without Django's authentication, so django-axes
    would never hear of a failure; here each one is reported to it, under a name per
    restriction, and the address is locked out as after failed logins.
    """
    from axes.handlers.proxy import AxesProxyHandler

    from django.contrib.auth.signals import user_login_failed

    from wagtail import views as wagtail_views

    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    credentials = {settings.AXES_USERNAME_FORM_FIELD: f"page-password:{page_view_restriction_id}"}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return login_locked_out(request, credentials=credentials)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code == 200:
        # The form is shown again: the password was wrong.
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return response
