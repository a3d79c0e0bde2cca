"""The strategies' pages: the index of every country and an adopted strategy's page."""

from apps.core.web.responses import page_response, record_response

from . import selectors


def strategy_index_serve(request, page):
    countries = selectors.strategy_index()
    overview = selectors.progress_overview()
    for country in countries:
        country["progress"] = overview.get(country["country"])
    context = {"countries": countries, "has_strategies": any(country["strategy"] for country in countries)}
    return page_response(request, page, context)


def strategy_serve(request, page, strategy):
    return record_response(
        request,
        page,
        strategy,
        name="strategy",
        template="strategies/strategy.html",
        key=strategy.country.lower(),
        strategy_base=page.get_url(request),
        **selectors.strategy_details(strategy),
    )
