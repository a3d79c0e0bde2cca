"""The public pages: subscribe, confirm, unsubscribe; and a signed-in person's preferences.

Views validate, then call services. A page reached from a link in an e-mail asks first and acts
on POST, so a mail scanner that opens links changes nothing; the unsubscribe POST is also the
RFC 8058 one-click address that mail clients post to without a form, so it needs no CSRF token.
None of these pages is ever stored in the page cache: `never_cache` makes each answer private,
and the page cache keeps no private answer.
"""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from apps.core.web.rate_limits import FormRates, form_rate_check, form_rate_limit
from apps.core.web.views import answers_csrf_failure

from . import recipients, tokens
from .forms import PreferencesForm, SubscriptionForm
from .models import ACCOUNT_KINDS, Kind, OptOut, address_hashes
from .services.subscriptions import (
    address_unsubscribe,
    preferences_save,
    subscriber_confirm,
    subscriber_from_confirm_token,
    subscription_request,
)

# Each subscription sends a confirmation e-mail: kept to 5 an hour per client address, not per
# person, so colleagues behind one address are not refused by the e-mail addresses they type.
SUBSCRIPTION_RATES = FormRates(address_and_email=None, email=None, address="5/h")
# And at most 3 confirmation mails an hour reach one recipient, whatever the client addresses
# they were asked for from, so nobody can fill another's mailbox from many addresses.
CONFIRMATION_MAIL_RATES = FormRates(address_and_email=None, email="3/h", address=None)


def subscribe_csrf_failure(request):
    """Nothing is sent; the form keeps the address and choices typed and can be sent again at once."""
    form = SubscriptionForm(request.POST, language=translation.get_language())
    form.add_error(
        None,
        translation.gettext(
            "Your session had expired, so your subscription was not sent. Please check what you "
            "chose and send it again."
        ),
    )
    return render(request, "notifications/subscribe.html", {"form": form}, status=403)


@answers_csrf_failure(subscribe_csrf_failure)
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    language = translation.get_language()
    if request.method != "POST":
        return render(request, "notifications/subscribe.html", {"form": SubscriptionForm(language=language)})
    form = SubscriptionForm(request.POST, language=language)
    check = form_rate_limit(
        request,
        form,
        group="notifications-subscribe",
        message=translation.gettext("You have sent the form several times. Please try again in an hour."),
        rates=SUBSCRIPTION_RATES,
    )
    if check.limited:
        return render(request, "notifications/subscribe.html", {"form": form}, status=429)
    if form.is_spam():
        return HttpResponseRedirect(reverse("notifications:subscribed"))
    if not form.is_valid():
        return render(request, "notifications/subscribe.html", {"form": form}, status=400)
    data = form.cleaned_data
    recipient = form_rate_check(
        request, group="notifications-confirmation", email=data["email"], rates=CONFIRMATION_MAIL_RATES
    )
    # Over the recipient's limit the form answers as always but sends nothing: a refusal would
    # tell whoever typed the address that someone else has been asking for it.
    if not recipient.limited:
        subscription_request(
            email=data["email"],
            language=data["language"],
            countries=data["countries"],
            themes=data["themes"],
            frequency=data["frequency"],
            rate_limits_off=check.rate_limits_off or recipient.rate_limits_off,
        )
    # The same answer for a new, a known and a confirmed address: nothing to learn from it.
    return HttpResponseRedirect(reverse("notifications:subscribed"))


@never_cache
def subscribed(request):
    return render(request, "notifications/subscribed.html")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    subscriber = subscriber_from_confirm_token(token)
    if subscriber is None:
        return render(request, "notifications/link_invalid.html", {"expired": True}, status=400)
    if request.method == "POST":
        subscriber = subscriber_confirm(subscriber)
        return render(request, "notifications/confirmed.html", {"subscriber": subscriber})
    return render(request, "notifications/confirm.html", {"subscriber": subscriber})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET asks; POST (the page's button, or a mail client's one-click POST) unsubscribes."""
    payload = tokens.unsubscribe_payload(token)
    if payload is None or payload[1] not in Kind.values:
        return render(request, "notifications/link_invalid.html", {"expired": False}, status=400)
    email, kind = payload
    context = {"kind_label": Kind(kind).label, "email": email}
    if request.method == "POST":
        address_unsubscribe(email=email, kind=kind)
        return render(request, "notifications/unsubscribed.html", context)
    return render(request, "notifications/unsubscribe.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request):
    user = request.user
    off = set(
        OptOut.objects.filter(email_hash__in=address_hashes(user.email), kind__in=ACCOUNT_KINDS).values_list(
            "kind", flat=True
        )
    )
    initial = {"kinds": [kind.value for kind in ACCOUNT_KINDS if kind not in off]}
    offered = recipients.receivable_kinds(user)
    if request.method == "POST":
        form = PreferencesForm(request.POST, kinds=offered)
        if form.is_valid():
            # A kind not offered keeps its state, for the day the person can receive it.
            kept = [kind for kind in ACCOUNT_KINDS if kind not in offered and kind not in off]
            preferences_save(user=user, kinds_on=[*form.cleaned_data["kinds"], *kept])
            return HttpResponseRedirect(reverse("notifications:preferences") + "?saved=1")
    else:
        form = PreferencesForm(initial=initial, kinds=offered)
    return render(
        request,
        "notifications/preferences.html",
        {
            "form": form,
            "offered": offered,
            "saved": request.GET.get("saved") == "1",
            "language": user.get_preferred_language_display(),
        },
    )
