"""Ranked full-text search per language, on PostgreSQL's text-search configurations.

Each case stores one GIN-indexed tsvector per language, built with that language's stemming
(STACK.md: a single vector with one configuration stems only one language). PostgreSQL has no
Latvian configuration, so Latvian uses `simple` over `unaccent`ed text: no stemming, but a query
matches whatever its diacritics. On SQLite (the embedded default) there are no vectors; search
falls back to a plain case-insensitive match, which is enough for the few cases `make run` loads.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, QuerySet, Value
from django.utils.html import strip_tags

CONFIGS = {"sv": "swedish", "lv": "simple", "es": "spanish", "fr": "french", "en": "english"}
UNACCENTED = {"lv"}
# Title matches weigh most, then the summary, then the body and the lessons.
# Headlines mark matches with characters that never occur in content; the template escapes the
# text and only then turns them into <mark>, so content can never inject markup.
MARK_START, MARK_STOP = "\u27e6", "\u27e7"
WEIGHTS = (("title", "A"), ("summary", "B"), ("body_text", "C"), ("success_factors", "D"), ("lessons", "D"))


def is_supported() -> bool:
    return connection.vendor == "postgresql"


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


def _vector_sql(language: str) -> str:
    config = CONFIGS[language]
    parts = []
    for field, weight in WEIGHTS:
        table = "page" if field == "title" else "practice"
        text = f"coalesce({table}.{field}_{language}, '')"
        if language in UNACCENTED:
            text = f"unaccent({text})"
        parts.append(f"setweight(to_tsvector('{config}', {text}), '{weight}')")
    return " || ".join(parts)


def search_vectors_refresh(*, ids=None) -> None:
    """Rebuild the stored vectors in the database, in one UPDATE for any number of cases.

    Raw SQL because the title lives in Wagtail's page table, and an ORM update cannot read a
    joined column. Every name in it comes from this module, never from input.
    """
    if not is_supported():
        return
    assignments = ", ".join(f"search_{code} = {_vector_sql(code)}" for code in CONFIGS)
    sql = (
        f"UPDATE practices_practicepage AS practice SET {assignments} "  # noqa: S608
        "FROM wagtailcore_page AS page WHERE page.id = practice.page_ptr_id"
    )
    params = []
    if ids is not None:
        sql += " AND practice.page_ptr_id = ANY(%s)"
        params.append(list(ids))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def search_query(text: str, language: str) -> SearchQuery:
    if language in UNACCENTED:
        text = _unaccent(text)
    return SearchQuery(text, config=CONFIGS[language], search_type="websearch")


def _unaccent(text: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT unaccent(%s)", [text])
        return cursor.fetchone()[0]


def search_filter(queryset: QuerySet, text: str, language: str) -> QuerySet:
    """Cases matching text in language, ranked, with a highlighted excerpt of the summary."""
    if not is_supported():
        from django.db.models import Q

        match = Q(**{f"title_{language}__icontains": text}) | Q(**{f"summary_{language}__icontains": text})
        return queryset.filter(match).annotate(rank=Value(1.0))
    query = search_query(text, language)
    vector = F(f"search_{language}")
    return queryset.filter(**{f"search_{language}": query}).annotate(rank=SearchRank(vector, query))


def headline_sql(text: str, language: str) -> tuple[list[str], list]:
    """Select expressions for the summary and title with their matches marked, and their params.

    For a card query over `practice` and `page`; ts_headline drops any markup of the content,
    and the markers become <mark> only after the template has escaped the text.
    """
    config = CONFIGS[language]
    words = _unaccent(text) if language in UNACCENTED else text
    options = f"StartSel={MARK_START}, StopSel={MARK_STOP}"
    columns = [
        f"ts_headline('{config}', coalesce(practice.summary_{language}, ''), "
        f"websearch_to_tsquery('{config}', %s), %s)",
        f"ts_headline('{config}', coalesce(page.title_{language}, ''), "
        f"websearch_to_tsquery('{config}', %s), %s)",
    ]
    return columns, [words, f"{options}, MaxWords=40, MinWords=20", words, f"{options}, HighlightAll=true"]
