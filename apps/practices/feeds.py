from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from apps.core.selectors import live_public

from .models import PracticeIndexPage, PracticePage


class PracticeFeed(Feed):
    """The newest cases, in the language of the URL's prefix.

    An Atom feed (RFC 4287): the centre is the feed's author, so every entry has one (4.1.1:
    a feed without one must give one in every entry), and every entry has its `updated`, the
    case's last publication (4.1.2).
    """

    feed_type = Atom1Feed

    def title(self):
        return _("New best-practice cases")

    def author_name(self):
        return _("Competence Centre for Social Innovation")

    def get_object(self, request, *args, **kwargs):
        # The request, so that the author's address can be absolute, as an Atom URI must be.
        return request

    def author_link(self, request):
        return request.build_absolute_uri(f"/{translation.get_language()}/")

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

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at
