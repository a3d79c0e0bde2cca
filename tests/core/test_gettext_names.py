"""Every string marked for translation must reach the catalogues.

`makemessages` finds a marked string by the name of the function called on it: a gettext
function imported under another name (`gettext_lazy as _lazy`) marks nothing, and its strings
stay English in every language, with nothing to warn anyone.
"""

import ast
from pathlib import Path

from django.conf import settings

GETTEXT_FUNCTIONS = {
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}
# The names makemessages hands to xgettext as keywords, and xgettext's own `_`.
EXTRACTED_NAMES = GETTEXT_FUNCTIONS | {"_"}


def misnamed_imports(source: str) -> list[str]:
    """The gettext functions a module imports under a name makemessages does not look for."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation":
            for alias in node.names:
                if alias.name in GETTEXT_FUNCTIONS and (alias.asname or alias.name) not in EXTRACTED_NAMES:
                    found.append(f"{alias.name} as {alias.asname}")
    return found


def test_the_check_finds_an_alias_makemessages_does_not_extract():
    assert misnamed_imports("from django.utils.translation import gettext_lazy as _lazy") == [
        "gettext_lazy as _lazy"
    ]
    assert misnamed_imports("from django.utils.translation import gettext as _, pgettext_lazy") == []


def test_no_app_imports_gettext_under_a_name_makemessages_ignores():
    apps = Path(settings.BASE_DIR) / "apps"
    offenders = {
        str(path.relative_to(settings.BASE_DIR)): names
        for path in sorted(apps.rglob("*.py"))
        if (names := misnamed_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
