"""The one shape of a page's view: the page's context, what the app adds, its template.

An index page reads its query from the URL through a form that never refuses a request, asks
its app's selectors for what the query shows, and renders that in the page's context
(`index_response`); a record served below its index page is rendered the same way, in the
record's template and with the path that names it (`record_response`).
"""

from collections.abc import Callable, Mapping

from django.template.response import TemplateResponse


def page_response(
    request,
    page,
    context: Mapping | None = None,
    *,
    template: str | None = None,
    subpage_path: str | None = None,
    status: int = 200,
) -> TemplateResponse:
    """page's own context with context added, in template (by default the page's own).

    subpage_path is the path below page of the record shown ("canvas/"): the language switcher
    and the hreflang links point at that record in each language.
    """
    full = page.get_context(request)
    full.update(context or {})
    if subpage_path is not None:
        full["subpage_path"] = subpage_path
    return TemplateResponse(request, template or page.get_template(request), full, status=status)


def record_response(
    request, page, record, *, name: str, template: str, key: str | None = None, status: int = 200, **extra
) -> TemplateResponse:
    """record, served below its index page (apps/core/web/record_pages.py), as name in template.

    key is the record's path component below page, its slug unless given; extra is added to the
    context as it is.
    """
    path = f"{record.slug if key is None else key}/"
    return page_response(
        request, page, {name: record, **extra}, template=template, subpage_path=path, status=status
    )


def index_response(
    request, page, query_form: Callable, read: Callable[[object], Mapping], **extra
) -> TemplateResponse:
    """An index page: query_form(request.GET).query handed to read, whose context is shown.

    query_form is a form class (or a partial of one) whose `query` holds only valid values;
    extra is added to the context as it is.
    """
    query = query_form(request.GET).query
    return page_response(request, page, {**read(query), **extra})
