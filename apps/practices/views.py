from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from apps.core.web.rate_limits import form_rate_limit
from apps.core.web.responses import index_response, page_response

from . import selectors
from .forms import LibraryQueryForm, ReplicationRequestForm
from .services import replication_request_create


def practice_index_serve(request, page):
    return index_response(
        request,
        page,
        LibraryQueryForm,
        selectors.LIBRARY.context,
        search_available=selectors.search_available(),
    )


def practice_serve(request, page):
    """The case page; a POST is the replication form, answered with a redirect when stored."""
    if request.method != "POST":
        return practice_response(request, page, ReplicationRequestForm())
    form = ReplicationRequestForm(request.POST)
    # With the cache down it fails open and the request is flagged (apps/core/web/rate_limits.py).
    check = form_rate_limit(request, form)
    if check.limited:
        return practice_response(request, page, form, status=429)
    if form.is_spam():
        # Answer a bot as if it had succeeded, and store nothing.
        messages.success(request, _("Thank you. The centre's staff will contact you."))
        return HttpResponseRedirect(page.get_url(request) + "#replicate")
    if form.is_valid():
        replication_request_create(
            practice=page, data=form.cleaned_data_for_model(), rate_limits_off=check.rate_limits_off
        )
        messages.success(request, _("Thank you. The centre's staff will contact you."))
        return HttpResponseRedirect(page.get_url(request) + "#replicate")
    return practice_response(request, page, form, status=400)


def practice_csrf_failure(request, page):
    """Nothing is stored; the form keeps what was typed and can be sent again at once."""
    form = ReplicationRequestForm(request.POST)
    form.add_error(
        None,
        _(
            "Your session had expired, so your request was not sent. Please check what you wrote "
            "and send it again."
        ),
    )
    return practice_response(request, page, form, status=403)


def practice_response(request, page, form, status=200):
    """The case page with the replication form as given: empty, or bound with its errors."""
    classification = selectors.practice_classification(page)
    context = {
        "form": form,
        "classification": classification,
        "related": selectors.related_practices(page, classification),
    }
    return page_response(request, page, context, status=status)
