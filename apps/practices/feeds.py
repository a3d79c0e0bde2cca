from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from apps.core.selectors import live_public

from .models import PracticeIndexPage, PracticePage


class PracticeFeed(Feed):
    """The newest cases, in the language of the URL's prefix."""

    feed_type = Atom1Feed

    def title(self):
        return _("New best-practice cases")

    def subtitle(self):
        return _("The newest cases in the library of the Competence Centre for Social Innovation")

    def link(self):
        index = PracticeIndexPage.objects.live().first()
        return index.get_url() if index else f"/{translation.get_language()}/"

    def items(self):
        return live_public(PracticePage.objects).order_by("-first_published_at", "-pk")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.in_language("summary")

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        return item.first_published_at
