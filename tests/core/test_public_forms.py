"""What every public form shares: the honeypot, the rate-limit step and the form's body on the page."""

from django import forms
from django.template.loader import render_to_string
from django.test import RequestFactory

from apps.core.forms import HoneypotMixin
from apps.core.web.rate_limits import FormRates, form_rate_limit


class ContactForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(label="E-mail")


def post(address: str, email: str):
    return RequestFactory().post("/form/", {"email": email}, REMOTE_ADDR=address)


def test_the_honeypot_comes_after_the_forms_own_fields_and_filled_marks_spam():
    assert list(ContactForm().fields) == ["email", "website"]
    assert ContactForm({"email": "anna@example.se", "website": "http://spam.example"}).is_spam()
    assert not ContactForm({"email": "anna@example.se", "website": ""}).is_spam()


def test_over_its_limit_a_form_carries_the_refusal_and_its_email_is_counted():
    rates = FormRates(address_and_email="2/h", email=None, address=None)
    for _ in range(2):
        form = ContactForm({"email": "anna@example.se"})
        check = form_rate_limit(
            post("10.30.0.1", "anna@example.se"), form, group="test-public", message="Wait.", rates=rates
        )
        assert not check.limited and form.is_valid()
    form = ContactForm({"email": " Anna@example.se"})
    check = form_rate_limit(
        post("10.30.0.1", " Anna@example.se"), form, group="test-public", message="Wait.", rates=rates
    )
    assert check.limited and not check.rate_limits_off
    assert form.non_field_errors() == ["Wait."]
    # A colleague behind the same address is counted apart.
    form = ContactForm({"email": "bo@example.se"})
    assert not form_rate_limit(
        post("10.30.0.1", "bo@example.se"), form, group="test-public", message="Wait.", rates=rates
    ).limited
    assert form.is_valid()


def test_the_body_shows_each_field_and_the_errors_and_hides_the_honeypot():
    form = ContactForm({"email": "not an address", "website": ""})
    form.add_error(None, "Wait.")
    html = render_to_string("includes/public_form.html", {"form": form, "submit": "Send"})
    assert '<div class="errorlist" role="alert"><p>Wait.</p></div>' in html
    assert '<label for="id_email">E-mail <span aria-hidden="true">*</span></label>' in html
    assert 'id="id_email_error"' in html
    assert html.count('name="website"') == 1
    assert (
        '<div class="field honeypot" aria-hidden="true">\n'
        '  <label for="id_website">Leave this field empty</label>\n'
        '  <input type="text" name="website" id="id_website" tabindex="-1" autocomplete="off">'
    ) in html
    assert '<button type="submit">Send</button>' in html
