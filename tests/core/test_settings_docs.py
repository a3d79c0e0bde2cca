"""README's configuration table names every environment variable the settings read, and no other."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = sorted((ROOT / "buicasus" / "settings").glob("*.py"))
ENV_HELPERS = {"env"}  # environ.Env() in buicasus/settings/base.py, imported by the other modes


def _is_os_environ(node):
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def _is_env_source(node):
    return (isinstance(node, ast.Name) and node.id in ENV_HELPERS) or _is_os_environ(node)


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _keys_read(tree):
    """Every string key read from the environment: env("X"), env.int("X"), os.environ.get("X"),
    os.environ.setdefault("X"), os.environ["X"], os.getenv("X") and `"X" in env`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            reads = (
                (isinstance(func, ast.Name) and func.id in ENV_HELPERS)
                or (isinstance(func, ast.Attribute) and _is_env_source(func.value))
                or (
                    isinstance(func, ast.Attribute)
                    and func.attr == "getenv"
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "os"
                )
            )
            if reads and (key := _literal(node.args[0])):
                yield key
        elif isinstance(node, ast.Subscript) and _is_env_source(node.value):
            if key := _literal(node.slice):
                yield key
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In):
            if _is_env_source(node.comparators[0]) and (key := _literal(node.left)):
                yield key


def settings_variables():
    found = set()
    for path in SETTINGS:
        found.update(_keys_read(ast.parse(path.read_text(), filename=str(path))))
    return found


def readme_variables():
    text = (ROOT / "README.md").read_text()
    section = re.search(r"^## Configuration\n(.*?)(?=^## )", text, re.M | re.S)
    assert section, "README.md has no '## Configuration' section"
    return set(re.findall(r"^\| `([A-Z][A-Z0-9_]*)` \|", section.group(1), re.M))


def test_settings_reader_finds_the_known_forms():
    source = (
        "import os\n"
        'a = env("A")\nb = env.int("B", default=1)\nc = os.environ.get("C")\nd = os.environ["D"]\n'
        'e = os.getenv("E")\nos.environ.setdefault("F", "x")\nif "G" in env: pass\n'
        'h = other("H")\n'
    )
    assert set(_keys_read(ast.parse(source))) == {"A", "B", "C", "D", "E", "F", "G"}


def test_settings_read_a_few_variables_for_sure():
    # Guards the reader against finding nothing after a change in how the settings read them.
    assert {"DATABASE_URL", "SECRET_KEY", "EMAIL_URL", "AXES_COOLOFF_MINUTES"} <= settings_variables()


def test_readme_configuration_table_matches_the_settings():
    read, documented = settings_variables(), readme_variables()
    undocumented = sorted(read - documented)
    stale = sorted(documented - read)
    assert not undocumented, (
        f"read by buicasus/settings but missing from README's Configuration table: {undocumented}"
    )
    assert not stale, f"in README's Configuration table but no longer read by buicasus/settings: {stale}"
