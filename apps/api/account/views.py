"""A person's API tokens on their account pages: the list, a new token (its key shown once), revoking one.

Every answer is `private, no-store` (never_cache): the page shows a key once, and carries the
visitor's CSRF token. A token is only ever found among the person's own (tokens.token_of), so
another person's token answers 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .. import tokens
from .forms import TokenForm

signed_in = login_required(login_url="account:login")


@never_cache
@signed_in
def token_list(request):
    """The person's tokens and the form for a new one; after it is sent, the new key, once."""
    form = TokenForm(request.POST or None)
    created = key = None
    if request.method == "POST" and form.is_valid():
        created, key = tokens.token_create(user=request.user, name=form.cleaned_data["name"])
        # The key is in this answer only: the next visit of the page cannot show it again.
        form = TokenForm()
    return render(
        request,
        "api/tokens.html",
        {"form": form, "tokens": tokens.tokens_of(request.user), "created": created, "key": key},
    )


@require_POST
@signed_in
def token_revoke(request, pk):
    token = tokens.token_of(request.user, pk)
    if token is None:
        raise Http404
    tokens.token_revoke(token=token, user=request.user)
    message = _("The token “%(name)s” is revoked: it no longer works.") % {"name": token.name}
    messages.success(request, message)
    return redirect("api_account:tokens")
