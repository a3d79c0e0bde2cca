"""The layers contract in pyproject.toml holds on the tree, and fails on an import that breaks it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
pytestmark = pytest.mark.slow


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def tree(tmp_path):
    """A copy of the project's packages and contract, to break without touching the real tree."""
    for package in ("apps", "buicasus"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_tree_keeps_every_contract(tree):
    result = lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("apps/core/probe.py", "from apps.practices import models\n", "The core kernel imports no other app"),
        ("apps/vocabulary/probe.py", "import apps.partners.models\n", "Each layer imports only"),
        ("apps/practices/probe.py", "from buicasus import settings\n", "No app imports the project package"),
        ("apps/workpackages/probe.py", "from apps.mapping import models\n", "No domain app imports another"),
    ],
)
def test_an_import_against_the_layers_fails_lint(tree, module, line, contract):
    (tree / module).write_text(line)
    result = lint_imports(tree)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(line.startswith(contract) for line in broken), result.stdout
