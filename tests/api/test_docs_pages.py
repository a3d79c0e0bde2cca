"""Swagger UI and Redoc render the schema in a browser, from the portal alone, within its CSP."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "rendered"),
    [
        ("/api/v1/docs/", ".swagger-ui .opblock-summary-path"),
        ("/api/v1/redoc/", "h1:has-text('CCSI portal API')"),
    ],
)
def test_the_docs_render_within_the_policy_from_the_portal_alone(browser, portal_url, path, rendered):
    page = browser.new_page()
    refused, elsewhere = [], []
    page.on(
        "console", lambda message: "Content Security Policy" in message.text and refused.append(message.text)
    )
    # Redoc's bundle asks for its maker's logo from a CDN, which the policy refuses: only what
    # was really fetched counts.
    page.on(
        "response", lambda response: response.url.startswith(portal_url) or elsewhere.append(response.url)
    )
    response = page.goto(f"{portal_url}{path}")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector(rendered, timeout=20_000)
    scripts_refused = [text for text in refused if "script" in text]
    assert not scripts_refused
    assert not [url for url in elsewhere if not url.startswith(("data:", "blob:"))]
    page.close()
