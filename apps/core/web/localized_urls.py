"""Addresses in the page's language: routes made of translated segments, and the old English ones.

Every segment of an app's route is a word marked with the context "URL segment" in its urls module, so
`/lv/pasakumi/registracijas/<token>/` is the Latvian address of `/en/events/registrations/<token>/`.
Segments are written without diacritics, as the portal's slugs are.

Addresses sent before the segments were translated (in e-mails, bookmarks) still work: when a
path under a language's prefix is not found, `EnglishAddressRedirectMiddleware` reads it with the
English words and, if that names a view, answers with a permanent redirect to the address in
the prefix's language.
"""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import format_lazy

# The language the segments are written in (the msgids).
SOURCE_LANGUAGE = "en"


def route(*parts, slash: bool = True):
    """A lazily translated route of words marked where they are written, and converters (`<int:pk>`).

    A word is `pgettext_lazy("URL segment", "entries")` in the app's urls module, so `makemessages`
    finds it; a plain word would never reach the catalogues and stay English, so it is refused.
    """
    for part in parts:
        if not isinstance(part, Promise) and "<" not in part:
            raise TypeError(
                f'Mark the URL word {part!r} with pgettext_lazy("URL segment", …) where it is written.'
            )
    template = "/".join("{}" for _piece in parts) + ("/" if slash else "")
    return format_lazy(template, *parts)


def moved_address(path: str) -> str | None:
    """The address in its prefix's language of a path written with the English segments, or None."""
    language = translation.get_language_from_path(path)
    if not language or language == SOURCE_LANGUAGE:
        return None
    rest = path[len(language) + 1 :]
    with translation.override(SOURCE_LANGUAGE):
        try:
            match = resolve(f"/{SOURCE_LANGUAGE}{rest}")
        except Resolver404:
            return None
    if not match.url_name:
        return None
    with translation.override(language):
        try:
            moved = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
    return moved if moved != path else None


class EnglishAddressRedirectMiddleware:
    """A 404 under a language prefix that is an old English address becomes a permanent redirect.

    GET and HEAD get a 301; other methods a 308, which keeps the method and body (mail clients
    post one-click unsubscriptions to the address they were sent).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or not getattr(settings, "USE_I18N", True):
            return response
        moved = moved_address(request.path_info)
        if moved is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        location = f"{moved}?{query}" if query else moved
        if request.method in ("GET", "HEAD"):
            return HttpResponsePermanentRedirect(location)
        return HttpResponseRedirect(location, status=308)
