"""The words of addresses that name a step rather than a thing, one translation for every app.

An app's urls module marks its own nouns (`pgettext_lazy("URL segment", "entries")`) and takes the
steps from here, so "edit" or "cancel" read the same in every address of a language.
"""

from django.utils.translation import pgettext_lazy

NEW = pgettext_lazy("URL segment", "new")
EDIT = pgettext_lazy("URL segment", "edit")
SUBMIT = pgettext_lazy("URL segment", "submit")
WITHDRAW = pgettext_lazy("URL segment", "withdraw")
REMOVE = pgettext_lazy("URL segment", "remove")
CANCEL = pgettext_lazy("URL segment", "cancel")
CONFIRM = pgettext_lazy("URL segment", "confirm")
SUBSCRIBE = pgettext_lazy("URL segment", "subscribe")
UNSUBSCRIBE = pgettext_lazy("URL segment", "unsubscribe")
RESET = pgettext_lazy("URL segment", "reset")
SENT = pgettext_lazy("URL segment", "sent")
CHANGED = pgettext_lazy("URL segment", "changed")
DONE = pgettext_lazy("URL segment", "done")
THANKS = pgettext_lazy("URL segment", "thanks")
DOWNLOAD = pgettext_lazy("URL segment", "download")
FILE = pgettext_lazy("URL segment", "file")
FILES = pgettext_lazy("URL segment", "files")
