"""The strategies' pages: the index of every country and an adopted strategy's page."""

from django.template.response import TemplateResponse

from . import selectors


def strategy_index_serve(request, page):
    context = page.get_context(request)
    countries = selectors.strategy_index()
    overview = selectors.progress_overview()
    for country in countries:
        country["progress"] = overview.get(country["country"])
    context.update(
        {"countries": countries, "has_strategies": any(country["strategy"] for country in countries)}
    )
    return TemplateResponse(request, page.get_template(request), context)


def strategy_serve(request, page, strategy):
    context = page.get_context(request)
    context.update(
        {
            "strategy": strategy,
            "strategy_base": page.get_url(request),
            # The language switcher and the hreflang links point at this strategy in each language.
            "subpage_path": f"{strategy.country.lower()}/",
            **selectors.strategy_details(strategy),
        }
    )
    return TemplateResponse(request, "strategies/strategy.html", context)
