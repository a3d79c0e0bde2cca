"""Every page of the inventory, in every language, through the Nu HTML checker: no error."""

from tests.quality.vnu import html_errors


def test_every_page_is_valid_html(rendered_pages):
    errors = html_errors({page.label: html for page, html in rendered_pages.items()})
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
