"""The lint step on the catalogues fails on an untranslated or fuzzy entry, and names it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SWEDISH = ROOT / "locale" / "sv" / "LC_MESSAGES" / "django.po"


def lint(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tests.catalogues", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def copy(tmp_path) -> Path:
    path = tmp_path / "django.po"
    shutil.copy(SWEDISH, path)
    return path


def test_a_fully_translated_catalogue_passes(copy):
    result = lint(copy)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('msgid "A sentence nobody translated"\nmsgstr ""\n', "untranslated: 'A sentence nobody translated'"),
        ('#, fuzzy\nmsgid "A guessed sentence"\nmsgstr "En gissad mening"\n', "fuzzy: 'A guessed sentence'"),
        (
            'msgid "one case"\nmsgid_plural "%(n)s cases"\nmsgstr[0] "ett fall"\nmsgstr[1] ""\n',
            "untranslated: 'one case'",
        ),
        (
            '#: apps/core/web/views.py:12\nmsgid "A located sentence"\nmsgstr "En placerad mening"\n',
            "source location (extract with make catalogues): 'A located sentence'",
        ),
    ],
    ids=["untranslated", "fuzzy", "plural-form-missing", "source-location"],
)
def test_an_untranslated_or_fuzzy_entry_fails_and_is_named_with_its_line(copy, entry, problem):
    lines = len(copy.read_text().splitlines())
    with copy.open("a") as catalogue:
        catalogue.write("\n" + entry)
    result = lint(copy)
    assert result.returncode == 1
    assert f"{copy}:{lines + 2}: {problem}" in result.stderr
    assert "Catalogue entries to fix: 1." in result.stderr
