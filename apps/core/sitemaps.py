from django.contrib.sitemaps import Sitemap

from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live public page in every language, each with its hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return Page.objects.live().public().exclude(depth=1).order_by("path").specific()

    def location(self, page):
        _site_id, _root_url, path = page.get_url_parts()
        return path

    def lastmod(self, page):
        return page.last_published_at
