"""Rate limits of the public forms, counted per address and per e-mail address together.

An office, a library or a university reaches the portal through one public address (NAT): a
limit per address alone blocks its sixth colleague of the hour. So a form is counted three
ways, and refused when any count is over its rate:

- per address and e-mail address together: one person sending the same form again and again;
- per e-mail address, from any address: someone filling in another's address from many places;
- per address, with a generous ceiling: one address cannot flood the form with made-up e-mails.

The counts live in the cache (django-ratelimit's counters). With the cache unreachable nothing
can be counted: the form goes through rather than refusing every visitor
(RATELIMIT_FAIL_OPEN), and the check says so, for the service to flag what it stores.

A public form's view calls `form_rate_limit` first: over a limit the form carries the refusal
and the view answers it with a 429; otherwise `rate_limits_off` goes to the service.
"""

from dataclasses import dataclass

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.core.cache import caches

from apps.core.caching.backend import cache_is_unavailable
from apps.core.web.client import client_address


@dataclass(frozen=True)
class FormRates:
    """django-ratelimit rates ("5/h"); None leaves that count out."""

    address_and_email: str | None = "5/h"
    email: str | None = "10/h"
    address: str | None = "50/h"


# The registration for an event and the library's replication request.
PUBLIC_FORM_RATES = FormRates()


@dataclass(frozen=True)
class RateCheck:
    limited: bool
    # True when the cache could not count: the request was let through uncounted.
    rate_limits_off: bool


def form_rate_check(
    request, *, group: str, email: str = "", rates: FormRates = PUBLIC_FORM_RATES
) -> RateCheck:
    """Count this POST of the form `group` and say whether it is over a limit.

    email is the address typed in the form, as sent (it is counted trimmed and in lower case,
    as the services store it); an empty one is counted by the address alone.
    """
    address = client_address(request)
    email = email.strip().lower()
    counts = [(rates.address, "address", address)]
    if email:
        counts += [
            (rates.address_and_email, "address-email", f"{address} {email}"),
            (rates.email, "email", email),
        ]
    limited = False
    for rate, name, value in counts:
        if rate is None:
            continue
        # Every count is taken even once one is over, so that each keeps its own tally.
        over = is_ratelimited(
            request,
            group=f"{group}:{name}",
            key=lambda _group, _request, value=value: value,
            rate=rate,
            method="POST",
            increment=True,
        )
        limited = limited or over
    unavailable = cache_is_unavailable(caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")])
    return RateCheck(limited=limited, rate_limits_off=unavailable)


def form_rate_limit(
    request, form, *, group: str = "", message: str = "", rates: FormRates | None = None
) -> RateCheck:
    """Count this POST of the public form `form` and, over a limit, give the form `message` as
    its error, for the view to show with a 429.

    A public form says how it is counted: its `rate_limit_group`, the refusal it shows
    (`rate_limited_message`) and, unless PUBLIC_FORM_RATES, its `rate_limit_rates`; the arguments
    say so for a form that does not. The e-mail address counted is the form's `email` as sent.
    With the cache down the check is not limited and its `rate_limits_off` is True: the service
    flags what it stores.
    """
    rates = rates or getattr(form, "rate_limit_rates", PUBLIC_FORM_RATES)
    group = group or form.rate_limit_group
    check = form_rate_check(request, group=group, email=form.data.get("email", ""), rates=rates)
    if check.limited:
        form.add_error(None, message or form.rate_limited_message)
    return check
