"""Content loaders of the installed apps, found and ordered without the kernel knowing any app.

An app that brings content of its own names its loader in its manifest (apps/core/manifest.py):

    content_loader="services.consortium_load",  # relative to the app: apps.partners.services...
    content_after=("vocabulary",),  # labels of apps whose content must be there first

A loader takes no arguments, is idempotent (a second run changes nothing, an edited fact is put
back) and returns one line saying what it loaded. `load_buicasus` runs them all in order.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import AppConfig
from django.utils.module_loading import import_string

from apps.core.manifest import Manifest, manifests


@dataclass
class ContentLoader:
    app: AppConfig
    load: Callable[[], str]


def content_loaders() -> list[ContentLoader]:
    """Every app's loader, each after the apps it names in content_after, else in INSTALLED_APPS order."""
    declared: dict[str, tuple[AppConfig, Manifest]] = {
        config.label: (config, manifest) for config, manifest in manifests() if manifest.content_loader
    }
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(label: str) -> None:
        if label in ordered or label not in declared:
            return
        if label in visiting:
            raise ValueError(f"content loaders wait for each other in a circle at {label!r}")
        visiting.add(label)
        for before in declared[label][1].content_after:
            visit(before)
        visiting.discard(label)
        ordered.append(label)

    for label in declared:
        visit(label)
    return [
        ContentLoader(app=declared[label][0], load=import_string(declared[label][1].content_loader))
        for label in ordered
    ]
