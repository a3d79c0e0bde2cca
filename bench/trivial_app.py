"""The ceiling: a one-view Django app served by the same gunicorn settings as the portal."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-trivial-app-only",  # noqa: S106 - a throwaway app that serves one constant page
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)


def hello(request):
    return HttpResponse("<!DOCTYPE html><title>ok</title><p>ok</p>")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
