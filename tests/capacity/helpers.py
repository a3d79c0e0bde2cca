"""What the tests of WP4 share besides their factories: the knowledge hub's page."""

from apps.capacity.models import KnowledgeHubPage


def hub_page() -> KnowledgeHubPage:
    return KnowledgeHubPage.objects.get()
