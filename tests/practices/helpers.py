from django.utils.text import slugify

from apps.practices.models import PracticeIndexPage, PracticePage
from apps.practices.selectors import facet_index_invalidate
from apps.vocabulary.models import Approach, SupportArea

LANGUAGES = ("sv", "lv", "es", "fr", "en")


def practice_create(
    *,
    title,
    country="SE",
    summary=None,
    body_en="",
    approaches=("4.5",),
    areas=("scaling",),
    themes=(),
    original_language="en",
):
    """A published case below the library; summary is one text for every language, or a dict."""
    index = PracticeIndexPage.objects.get()
    summaries = summary if isinstance(summary, dict) else {code: summary or f"{title}." for code in LANGUAGES}
    chosen = list(Approach.objects.filter(code__in=approaches).select_related("element"))
    page = PracticePage(
        title=title,
        slug=slugify(title),
        country=country,
        original_language=original_language,
        approaches=chosen,
        elements=list({approach.element for approach in chosen}),
        support_areas=list(SupportArea.objects.filter(code__in=areas)),
        themes=list(themes),
        body=[{"type": "paragraph", "value": f"<p>{body_en}</p>"}] if body_en else [],
    )
    for code in LANGUAGES:
        setattr(page, f"title_{code}", title)
        setattr(page, f"slug_{code}", slugify(title))
        setattr(page, f"summary_{code}", summaries.get(code, ""))
    page.body_en = page.body
    index.add_child(instance=page)
    page.save_revision().publish()
    facet_index_invalidate()
    return page
