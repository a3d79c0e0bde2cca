"""The README and docs/ point at what exists: every relative link at a file (and a heading, when it
names one), every `apps/….py` they mention at a module of the tree. A moved module or a renamed
page fails here instead of leaving the docs to describe code that is gone."""

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
APP_MODULE = re.compile(r"(?<![\w/.])apps/[\w/]+\.py\b")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def relative_links(text: str) -> list[str]:
    """Link targets that are neither absolute URLs nor e-mail addresses, outside code blocks."""
    return [
        target
        for target in LINK.findall(FENCE.sub("", text))
        if not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I)
    ]


def heading_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors_of(path: Path) -> set[str]:
    text = FENCE.sub("", path.read_text())
    return {heading_anchor(title) for title in re.findall(r"^#{1,6} (.+)$", text, re.M)}


def broken_links(path: Path) -> list[str]:
    broken = []
    for target in relative_links(path.read_text()):
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in anchors_of(linked):
            broken.append(f"{target}: no heading #{anchor} in {os.path.relpath(linked, ROOT)}")
    return broken


def test_the_docs_are_there():
    names = {path.relative_to(ROOT).as_posix() for path in DOCS}
    assert {"README.md", "docs/architecture.md", "docs/operations.md", "docs/testing.md"} <= names
    assert any(name.startswith("docs/features/") for name in names)
    assert any(name.startswith("docs/decisions/") for name in names)


def test_the_link_reader_finds_relative_links_and_headings():
    text = (
        "[a](docs/x.md) [b](https://example.org/) [c](../y.md#part) [d](mailto:x@example.org)\n"
        "```\n[e](not/a/link.md)\n```\n"
    )
    assert relative_links(text) == ["docs/x.md", "../y.md#part"]
    assert heading_anchor("The kernel (`apps/core`)") == "the-kernel-appscore"
    assert heading_anchor("Ecosystem mapping, WP2") == "ecosystem-mapping-wp2"


@pytest.mark.parametrize("path", DOCS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_relative_link_points_at_a_file_that_exists(path):
    assert not broken_links(path)


@pytest.mark.parametrize("path", DOCS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_app_module_named_exists(path):
    missing = sorted({name for name in APP_MODULE.findall(path.read_text()) if not (ROOT / name).is_file()})
    assert not missing, f"{path.relative_to(ROOT)} names modules that do not exist: {missing}"


def test_the_module_reader_finds_app_paths():
    text = "see `apps/core/caching/versioned.py` and apps/mapping/services.py, not tests/apps/x.py"
    assert APP_MODULE.findall(text) == ["apps/core/caching/versioned.py", "apps/mapping/services.py"]
