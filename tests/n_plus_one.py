"""The N+1 harness of the test suite: django-zeal, told what is not an N+1 (docs/testing.md: N+1
queries). The test settings install zeal and its middleware; tests/conftest.py
watches every test with `watch_n_plus_one`."""

import functools
import sysconfig

import zeal.util
from zeal import zeal_context
from zeal.listeners import n_plus_one_listener
from zeal.patch import get_instance_key

from django.contrib.auth.backends import ModelBackend

from wagtail.models import Page, RevisionMixin

watch_n_plus_one = zeal_context

_STANDARD_LIBRARY = sysconfig.get_paths()["stdlib"]
_zeal_library_frame = zeal.util._is_internal_frame


def _library_frame(filename):
    """zeal names an N+1 after the first frame outside the libraries; the standard library is one.

    Without it every query under a function that `transaction.atomic` decorates is counted at
    contextlib's one line, as if all those calls were one loop.
    """
    return _zeal_library_frame(filename) or filename.startswith(_STANDARD_LIBRARY)


zeal.util._is_internal_frame = _library_frame


def _reads_its_own_rows(method, owner=lambda args: args[0]):
    """Reading the rows of the one object a method is about is not an N+1, however many objects
    a test goes through: a revision keeps its object's comments (a mapping entry's scores), the
    auth backend reads a user's own permissions once and keeps them on the user. The object's
    relations are not counted, as zeal does for an object loaded on its own; all else still is."""

    @functools.wraps(method)
    def watched(*args, **kwargs):
        n_plus_one_listener.ignore(get_instance_key(owner(args)))
        return method(*args, **kwargs)

    return watched


Page.save_revision = _reads_its_own_rows(Page.save_revision)
RevisionMixin.save_revision = _reads_its_own_rows(RevisionMixin.save_revision)
ModelBackend._get_user_permissions = _reads_its_own_rows(
    ModelBackend._get_user_permissions, owner=lambda args: args[1]
)
