"""Language names as the portal writes them."""

from django.conf import settings
from django.utils import translation


def language_in_text(code: str) -> str:
    """A language's name in the active language, as written inside a sentence.

    Swedish, Latvian, Spanish and French write a language's name in lower case ("på svenska",
    "en sueco", "en suédois", "zviedru"); English capitalises it.
    """
    name = str(dict(settings.LANGUAGES).get(code, code))
    active = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return name if active == "en" else name.lower()
