"""Lint: every catalogue is fully translated. Names each untranslated or fuzzy entry, then fails.

    python -m tests.catalogues [catalogue.po ...]   (by default locale/*/LC_MESSAGES/django.po)

A plural entry counts as translated only when every one of its forms is. Obsolete entries (#~)
are not looked at: nothing uses them.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def catalogue_problems(path: Path) -> list[str]:
    """One line per entry of the catalogue at path that is untranslated or fuzzy."""
    problems = []
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        if entry.fuzzy:
            problems.append(f"{path}:{entry.linenum}: fuzzy: {entry.msgid!r}")
        elif not entry.translated():
            problems.append(f"{path}:{entry.linenum}: untranslated: {entry.msgid!r}")
    return problems


def main(paths: list[str]) -> int:
    catalogues = [Path(path) for path in paths] or sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
    problems = [problem for path in catalogues for problem in catalogue_problems(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"Untranslated or fuzzy catalogue entries: {len(problems)}.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
