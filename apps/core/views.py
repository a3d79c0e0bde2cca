from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import service_states


@never_cache
@require_GET
def healthz(request):
    """200 when every service answers; 503 naming what is down."""
    healthy, states = service_states()
    body = {"status": "ok" if healthy else "down", "services": states}
    if not healthy:
        body["down"] = [name for name, state in states.items() if state.startswith("down")]
    return JsonResponse(body, status=200 if healthy else 503)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def rate_limited(request, exception=None):
    return render(request, "429.html", status=429)
