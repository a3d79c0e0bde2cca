"""Local development: `make run`. Debug on, a fixed insecure key that production refuses."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="django-insecure-local-development-key-never-use-in-production")
# Editors working locally want to see their changes at once.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
