"""Django's own wording of the messages that Django REST framework's catalogues translate too.

An installed app's catalogue outranks Django's, so with rest_framework installed a French partner's
web form would say "Saisissez une adresse e-mail valide." in DRF's words rather than Django's
"Saisissez une adresse de courriel valide.", and likewise a few others in every language. The
portal's catalogues, which outrank every app's, carry these messages with Django's translations:
the web forms read as they did, and the API's validation speaks the same words.
`tests/api/test_django_wording.py` holds them to Django's catalogues.
"""

from django.utils.translation import gettext_noop

MESSAGES = (
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("No file was submitted."),
    gettext_noop("The submitted file is empty."),
    gettext_noop("Upload a valid image. The file you uploaded was either not an image or a corrupted image."),
    gettext_noop("Value must be valid JSON."),
)
