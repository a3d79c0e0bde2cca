import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "buicasus.settings.dev")

app = Celery("buicasus")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
