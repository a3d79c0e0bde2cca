"""The e-mail the portal writes by itself: the headers every such message carries.

- `Auto-Submitted: auto-generated` (RFC 3834): no person wrote it, so vacation responders and
  other automatic replies leave it unanswered.
- `Message-ID` on the portal's own domain (the host of NOTIFICATIONS_BASE_URL, the address the
  links in the messages start with), not on the name of whichever machine sends it.
- A subject in other scripts than ASCII is written as RFC 2047 encoded-words of at most 75
  characters on header lines of at most 76: Django 5.2 leaves it to `email.header.Header`, which
  folds at 78 characters and then writes encoded-words of up to 77.
"""

from email.header import Header
from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

# RFC 2047, section 2: a header line that holds an encoded-word is at most 76 characters long.
ENCODED_LINE_MAX = 76


def site_domain() -> str:
    """The host name of the portal's public address (NOTIFICATIONS_BASE_URL)."""
    return urlsplit(settings.NOTIFICATIONS_BASE_URL).hostname or "localhost"


def message_id() -> str:
    return make_msgid(domain=site_domain())


class _Unstructured(Header):
    """A header of free text, folded within RFC 2047's limits whatever line length is asked for."""

    def encode(self, splitchars=";, \t", maxlinelen=None, linesep="\n"):
        limit = min(maxlinelen or ENCODED_LINE_MAX, ENCODED_LINE_MAX)
        return super().encode(splitchars=splitchars, maxlinelen=limit, linesep=linesep)


class AutomatedEmail(EmailMultiAlternatives):
    """A message with a plain-text body and usually an HTML alternative, written by the portal."""

    def __init__(self, *args, headers=None, **kwargs):
        headers = {"Auto-Submitted": "auto-generated", "Message-ID": message_id(), **(headers or {})}
        super().__init__(*args, headers=headers, **kwargs)

    def message(self):
        message = super().message()
        subject = str(self.subject)
        try:
            subject.encode("ascii")
        except UnicodeEncodeError:
            message.replace_header(
                "Subject",
                _Unstructured(subject, self.encoding or settings.DEFAULT_CHARSET, header_name="Subject"),
            )
        return message
