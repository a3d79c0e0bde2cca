"""What the register's tests share besides their factories: the register page's address."""

from django.utils import translation

from apps.projects.models import EsfRegisterPage


def register_url(language="en") -> str:
    with translation.override(language):
        return EsfRegisterPage.objects.get().get_url()
