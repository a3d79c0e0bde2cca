"""The layers hold for names in strings, as import-linter holds them for imports.

A page type in `parent_page_types` or `subpage_types`, a foreign key given as "app.Model", a
template's `{% url "namespace:name" %}` and its `{% include %}` or `{% extends %}` of another
app's template tie an app to the one named as an import would, but import-linter does not see
them. Here no app names an app of a layer above it; the order of the layers is the one of the
layers contract in pyproject.toml, read from there.
"""

import re
import tomllib
from pathlib import Path

import pytest

from django.apps import apps
from django.urls import get_resolver

ROOT = Path(__file__).resolve().parents[1]

PAGE_TYPES = re.compile(r"\b(parent_page_types|subpage_types)\s*=\s*[\[(]([^\])]*)[\])]")
QUOTED_MODEL = re.compile(r"[\"'](\w+)\.\w+[\"']")
STRING_RELATION = re.compile(
    r"\b(?:ForeignKey|OneToOneField|ManyToManyField|ParentalKey|ParentalManyToManyField)\(\s*"
    r"(?:to\s*=\s*)?[\"'](\w+)\.\w+[\"']"
)
TEMPLATE_URL = re.compile(r"{%\s*url\s+[\"'](\w+):")
TEMPLATE_NAME = re.compile(r"{%\s*(include|extends)\s+[\"'](\w+)/")


def layer_heights(pyproject: str) -> dict[str, int]:
    """Each app's label and the height of its layer (0 the lowest), from the layers contract."""
    config = tomllib.loads(pyproject)["tool"]["importlinter"]
    contract = next(contract for contract in config["contracts"] if contract["type"] == "layers")
    containers = contract.get("containers", [""])
    by_name = {config.name: config.label for config in apps.get_app_configs()}
    heights = {}
    for height, layer in enumerate(reversed(contract["layers"])):
        for module in re.split(r"[|:]", layer):
            for container in containers:
                name = f"{container}.{module.strip()}" if container else module.strip()
                if name in by_name:
                    heights[by_name[name]] = height
    return heights


def urlconf_module(resolver) -> str:
    """The module of a URLconf: named, or the one of its first view when it is a list of patterns."""
    urlconf = resolver.urlconf_name
    if isinstance(urlconf, str):
        return urlconf
    if hasattr(urlconf, "__name__"):
        return urlconf.__name__
    # A URLconf given as a list of patterns: the module of its first view.
    for pattern in resolver.url_patterns:
        module = pattern.lookup_str if hasattr(pattern, "lookup_str") else urlconf_module(pattern)
        if module:
            return module
    return ""


def url_namespaces() -> dict[str, str]:
    """Each URL namespace and the label of the app whose URLconf declares it."""
    namespaces = {}
    for namespace, (_prefix, resolver) in get_resolver().namespace_dict.items():
        config = apps.get_containing_app_config(urlconf_module(resolver))
        if config is not None:
            namespaces[namespace] = config.label
    return namespaces


def python_names(text: str) -> list[tuple[str, str]]:
    """(what, app label) for each app a module names in page types and string relations."""
    names = []
    for attribute, listed in PAGE_TYPES.findall(text):
        names += [(attribute, label) for label in QUOTED_MODEL.findall(listed)]
    names += [("string foreign key", label) for label in STRING_RELATION.findall(text)]
    return names


def template_names(text: str, namespaces: dict[str, str]) -> list[tuple[str, str]]:
    """(what, app label) for each app a template names in {% url %}, {% include %} and {% extends %}."""
    names = [("{% url %}", namespaces.get(namespace, namespace)) for namespace in TEMPLATE_URL.findall(text)]
    names += [(f"{{% {tag} %}}", label) for tag, label in TEMPLATE_NAME.findall(text)]
    return names


def violations(owner: str, names: list[tuple[str, str]], heights: dict[str, int]) -> list[str]:
    """The names of apps in a layer above the owner's; a name that is no app of the layers is not counted."""
    return [
        f"{owner} names {label}, a layer above, in {what}"
        for what, label in names
        if label in heights and heights[label] > heights[owner]
    ]


def sources(label: str):
    """The files of an app, but not its migrations (history, as it was), and the templates it owns."""
    package = Path(apps.get_app_config(label).path)
    for path in sorted(package.rglob("*.py")):
        if "migrations" not in path.relative_to(package).parts:
            yield path, "python"
    for folder in (package / "templates" / label, ROOT / "templates" / label):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file():
                yield path, "template"


@pytest.fixture(scope="module")
def heights():
    return layer_heights((ROOT / "pyproject.toml").read_text())


def test_the_layers_are_read_from_the_contract(heights):
    assert heights["core"] < heights["vocabulary"] < heights["partners"] < heights["practices"]
    assert heights["practices"] == heights["mapping"] == heights["projects"] < heights["site"]
    assert heights["site"] < heights["reports"]


def test_no_app_names_an_app_of_a_layer_above_it_in_a_string(heights):
    namespaces = url_namespaces()
    found = []
    for owner in heights:
        for path, kind in sources(owner):
            text = path.read_text(errors="replace")
            names = python_names(text) if kind == "python" else template_names(text, namespaces)
            found += [f"{path.relative_to(ROOT)}: {line}" for line in violations(owner, names, heights)]
    assert found == []


@pytest.mark.parametrize(
    ("owner", "kind", "text"),
    [
        ("capacity", "python", 'parent_page_types = ["site.HomePage"]'),
        ("practices", "python", "    subpage_types = ['practices.PracticePage', 'site.StandardPage']\n"),
        (
            "vocabulary",
            "python",
            'owner = models.ForeignKey(\n    "partners.Organisation", on_delete=models.CASCADE)',
        ),
        ("mapping", "python", 'entry = ParentalKey(to="reports.ReportRequest", related_name="+")'),
        ("practices", "template", '{% include "reports/includes/compendium_link.html" with country=c %}'),
        ("projects", "template", '{% extends "site/base_page.html" %}'),
        ("practices", "template", "<a href=\"{% url 'reports:compendium' country %}\">PDF</a>"),
        ("users", "template", '{% url "notifications:preferences" %}'),
    ],
)
def test_a_string_naming_an_app_above_is_caught(heights, owner, kind, text):
    names = python_names(text) if kind == "python" else template_names(text, url_namespaces())
    assert len(violations(owner, names, heights)) == 1


@pytest.mark.parametrize(
    ("owner", "kind", "text"),
    [
        ("site", "python", 'subpage_types = ["site.StandardPage", "workpackages.PilotPage"]'),
        ("practices", "python", 'parent_page_types = ["practices.PracticeIndexPage"]'),
        ("mapping", "python", 'models.ForeignKey("partners.Organisation", on_delete=models.PROTECT)'),
        (
            "practices",
            "python",
            'image = models.ForeignKey("wagtailimages.Image", on_delete=models.SET_NULL)',
        ),
        ("reports", "template", '{% extends "base.html" %}{% include "practices/includes/card.html" %}'),
        ("practices", "template", '{% slot "practices.country.actions" %}{% url "account:login" %}'),
    ],
)
def test_a_string_naming_its_own_app_or_one_below_passes(heights, owner, kind, text):
    names = python_names(text) if kind == "python" else template_names(text, url_namespaces())
    assert violations(owner, names, heights) == []
