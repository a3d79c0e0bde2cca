"""The library's full-text search: one vector per language on each case (apps/core/listings/textsearch.py).

Title matches (and the sources' name of the case) weigh most, then the summary, then the body and
the lessons. The title lives in Wagtail's page table, so the vectors are rebuilt in SQL joined to it.
"""

from django.db.models import Q, QuerySet, Value
from django.utils.html import strip_tags

from apps.core.listings.textsearch import (
    CONFIGS,
    MARK_START,
    MARK_STOP,
    SearchTable,
    headline,
    is_supported,
)

__all__ = ["CONFIGS", "MARK_START", "MARK_STOP", "is_supported"]

WEIGHTS = (
    ("page.title_{lang}", "A"),
    # The sources' English name: an official name's gloss, found in every language.
    ("practice.source_name", "A"),
    ("practice.summary_{lang}", "B"),
    ("practice.body_text_{lang}", "C"),
    ("practice.success_factors_{lang}", "D"),
    ("practice.lessons_{lang}", "D"),
)


def body_text(stream) -> str:
    """The words of a StreamField, without markup, for the search vector."""
    if not stream:
        return ""
    parts = []
    for block in stream:
        value = block.value
        if hasattr(value, "source"):
            parts.append(strip_tags(value.source))
        elif isinstance(value, dict) or hasattr(value, "items"):
            parts.extend(str(item) for item in value.values() if isinstance(item, str))
        elif isinstance(value, str):
            parts.append(strip_tags(value))
    return " ".join(part.strip() for part in parts if part)


def fallback_match(text: str, language: str) -> list[int]:
    """Without PostgreSQL's vectors (SQLite): a plain case-insensitive match of title or summary."""
    from .models import PracticePage

    return list(search_filter(PracticePage.objects.all(), text, language).values_list("pk", flat=True))


def table(*, version, every) -> SearchTable:
    return SearchTable(
        name="practices_practicepage",
        key="page_ptr_id",
        prefix="practices",
        version=version,
        every=every,
        fallback=fallback_match,
    )


def search_vectors_refresh(*, ids=None) -> None:
    """Rebuild the stored vectors of the given cases (or every case) in one UPDATE."""
    from .selectors.matching import TABLE

    TABLE.refresh(
        WEIGHTS,
        alias="practice",
        joins="FROM wagtailcore_page AS page WHERE page.id = practice.page_ptr_id",
        ids=ids,
    )


def search_filter(queryset: QuerySet, text: str, language: str) -> QuerySet:
    """Cases matching text in language: the fallback of the embedded default, without vectors."""
    match = Q(**{f"title_{language}__icontains": text}) | Q(**{f"summary_{language}__icontains": text})
    return queryset.filter(match).annotate(rank=Value(1.0))


def headline_expressions(text: str, language: str) -> dict:
    """The summary and title of a case in language with the matches of text marked.

    For `.values(**headline_expressions(...))` on cases: ts_headline drops any markup of the
    content, and the markers become <mark> only after the template has escaped the text.
    """
    return {
        "headline": headline(f"summary_{language}", text, language, max_words=40, min_words=20),
        "title_headline": headline(f"title_{language}", text, language, highlight_all=True),
    }
