"""Content loaders of the installed apps, found and ordered without the kernel knowing any app.

An app that brings content of its own names its loader on its AppConfig:

    content_loader = "apps.partners.services.consortium_load"
    content_after = ("vocabulary",)  # labels of apps whose content must be there first

A loader takes no arguments, is idempotent (a second run changes nothing, an edited fact is put
back) and returns one line saying what it loaded. `load_buicasus` runs them all in order.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import AppConfig, apps
from django.utils.module_loading import import_string


@dataclass
class ContentLoader:
    app: AppConfig
    load: Callable[[], str]


def content_loaders() -> list[ContentLoader]:
    """Every app's loader, each after the apps it names in content_after, else in INSTALLED_APPS order."""
    configs = {
        config.label: config for config in apps.get_app_configs() if getattr(config, "content_loader", None)
    }
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(label: str) -> None:
        if label in ordered or label not in configs:
            return
        if label in visiting:
            raise ValueError(f"content loaders wait for each other in a circle at {label!r}")
        visiting.add(label)
        for before in getattr(configs[label], "content_after", ()):
            visit(before)
        visiting.discard(label)
        ordered.append(label)

    for label in configs:
        visit(label)
    return [
        ContentLoader(app=configs[label], load=import_string(configs[label].content_loader))
        for label in ordered
    ]
