"""Lint: every catalogue is fully translated and carries no source locations. Names each untranslated
or fuzzy entry and each entry with a location (`make catalogues` extracts without them), then fails.

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
        if entry.occurrences:
            problems.append(
                f"{path}:{entry.linenum}: source location (extract with make catalogues): {entry.msgid!r}"
            )
    return problems


def main(paths: list[str]) -> int:
    catalogues = [Path(path) for path in paths] or sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
    problems = [problem for path in catalogues for problem in catalogue_problems(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"Catalogue entries to fix: {len(problems)}.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
