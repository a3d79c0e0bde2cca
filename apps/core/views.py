from importlib import import_module

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .client import is_local
from .health import service_states


@never_cache
@require_GET
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


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def rate_limited(request, exception=None):
    return render(request, "429.html", status=429)
