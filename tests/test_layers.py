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
    assert "Contracts: 3 kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("apps/core/probe.py", "from apps.practices import models\n", "The core kernel imports no other app"),
        ("apps/vocabulary/probe.py", "import apps.partners.models\n", "Each layer imports only"),
        ("apps/practices/probe.py", "from buicasus import settings\n", "No app imports the project package"),
        # The domains stand side by side in one layer, independent of each other.
        ("apps/workpackages/probe.py", "from apps.mapping import models\n", "Each layer imports only"),
    ],
)
def test_an_import_against_the_layers_fails_lint(tree, module, line, contract):
    (tree / module).write_text(line)
    result = lint_imports(tree)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(line.startswith(contract) for line in broken), result.stdout


def test_a_new_app_is_held_by_every_contract_without_an_edit(tree):
    """The contracts name apps by wildcard and the layers are exhaustive: a new package below
    apps/ may not be imported by the kernel nor import the project, and fails the layers until
    it is placed in one."""
    (tree / "apps/newapp").mkdir()
    (tree / "apps/newapp/__init__.py").write_text("")
    (tree / "apps/newapp/models.py").write_text("from buicasus import settings\n")
    (tree / "apps/core/probe.py").write_text("from apps.newapp import models\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "Contracts: 0 kept, 3 broken." in result.stdout
    assert "apps.newapp.models -> buicasus.settings" in result.stdout
    assert "The following modules are not listed as layers:" in result.stdout
    assert "- apps.newapp\n" in result.stdout
