"""The kernel defines no models of its own; its page helpers live in routing.py.

`ChildBySlugMixin` is named here too because migrations of page models refer to it by this path.
"""

from apps.core.web.routing import ChildBySlugMixin

__all__ = ["ChildBySlugMixin"]
