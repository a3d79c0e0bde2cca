"""A country's best-practice cases as one PDF: a cover, the contents, one section per case.

Each case is given in the reader's language where it is translated, else in its original one,
marked with that language so the PDF's text is tagged right.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from apps.vocabulary.models import COUNTRIES

from .. import selectors
from .documents import render_pdf
from .errors import ReportError

# Reading the cases is the first half of the bar, laying them out the second.
READ_SHARE = 50


def case_section(case, language: str) -> dict:
    shown = case.display_language(language)
    return {
        "anchor": f"case-{case.pk}",
        "language": shown,
        "translated": shown == language,
        # A title in the reader's language is shown even when the rest of the case is not translated.
        "title": getattr(case, f"title_{language}", "") or getattr(case, f"title_{shown}", "") or case.title,
        "organisation": case.organisation,
        "year": case.year,
        "summary": case.in_language("summary", language),
        "body": getattr(case, f"body_text_{shown}", ""),
        "success_factors": case.in_language("success_factors", language) or "",
        "pitfalls": case.in_language("pitfalls", language) or "",
        "lessons": case.in_language("lessons", language) or "",
    }


def write(report, path, progress) -> None:
    country = report.parameters.get("country")
    names = dict(COUNTRIES)
    if country not in names:
        raise ReportError(_("There is no country “%(country)s” in the library.") % {"country": country})
    title = _("Best-practice cases: %(country)s") % {"country": names[country]}
    write_cases(selectors.compendium_cases(country), title, path, progress)


def write_cases(cases, title: str, path, progress) -> None:
    """The compendium of these cases (a queryset), in the active language."""
    language = translation.get_language()
    total = cases.count()
    sections = []
    for number, case in enumerate(cases.iterator(chunk_size=200), start=1):
        sections.append(case_section(case, language))
        progress(READ_SHARE * number / max(total, 1))
    render_pdf(
        "reports/documents/compendium.html",
        {"title": title, "sections": sections, "generated": timezone.localdate(), "language": language},
        path,
        progress,
        start=READ_SHARE,
    )
