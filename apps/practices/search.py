"""Ranked full-text search per language, on PostgreSQL's text-search configurations.

Each case stores one GIN-indexed tsvector per language, built with that language's stemming:
one vector has one configuration and so stems one language only (with `swedish`, "välfärd"
finds "välfärden" but Spanish "transformar" never finds "transforman"). PostgreSQL has no
Latvian configuration, so Latvian uses `simple` over `unaccent`ed text: no stemming, but a query
matches whatever its diacritics. On SQLite (the embedded default) there are no vectors; search
falls back to a plain case-insensitive match, which is enough for the few cases `make run` loads.
"""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection, transaction
from django.db.models import F, QuerySet, TextField, Value
from django.db.models.functions import Coalesce
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


def headline_expressions(text: str, language: str) -> dict[str, SearchHeadline]:
    """The summary and title of a case in language with the matches of text marked.

    For `.values(**headline_expressions(...))` on cases: ts_headline drops any markup of the
    content, and the markers become <mark> only after the template has escaped the text.
    """
    query = search_query(text, language)
    marks = {"config": CONFIGS[language], "start_sel": MARK_START, "stop_sel": MARK_STOP}
    return {
        "headline": SearchHeadline(
            Coalesce(f"summary_{language}", Value(""), output_field=TextField()),
            query,
            max_words=40,
            min_words=20,
            **marks,
        ),
        "title_headline": SearchHeadline(
            Coalesce(f"title_{language}", Value(""), output_field=TextField()),
            query,
            highlight_all=True,
            **marks,
        ),
    }


# Matching and ranking without scoring every match.
#
# A broad query ("trust or housing") matches most of a large library, and ranking all of it to
# show twenty means reading every matching vector. Instead the match set comes from bitmaps of
# the cases containing each word, kept like the facet bitmaps (a new combination of known words
# costs a few bitmap operations), and ts_rank scores a bounded candidate set only. A RUM index
# was measured too: its ordered scan still scores every match inside the index (140 ms for a
# query matching 87,000 of 100,000 cases), against 3 to 8 ms for ranking 200 to 500 candidates.

_TOKEN = re.compile(r"\s*(?:('(?:[^']|'')*'(?::\*?[A-D]*)?)|(<->|<\d+>)|([&|!()]))")


class PhraseQuery(Exception):
    """The query orders its words (a quoted phrase, a hyphenated word): only the index can match it."""


def _query_sql(language: str) -> str:
    words = "unaccent(%s)" if language in UNACCENTED else "%s"
    return f"websearch_to_tsquery('{CONFIGS[language]}', {words})"


def parsed_query(text: str, language: str) -> str:
    """PostgreSQL's reading of what the reader typed, as tsquery text: "'trust' | 'hous'"."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {_query_sql(language)}::text", [text])  # noqa: S608 - names from CONFIGS
        return cursor.fetchone()[0]


def query_tree(tsquery: str):
    """The boolean tree of a tsquery text: ("word", literal), ("not", a), ("and"/"or", a, b)."""
    tokens, position = [], 0
    while position < len(tsquery.rstrip()):
        match = _TOKEN.match(tsquery, position)
        if match is None:
            raise ValueError(f"unexpected query text at {position}: {tsquery!r}")
        word, phrase, operator = match.groups()
        if phrase:
            raise PhraseQuery
        tokens.append(("word", word) if word else ("op", operator))
        position = match.end()
    if not tokens:
        return None
    tree, rest = _parse_or(tokens)
    if rest:
        raise ValueError(f"unbalanced query: {tsquery!r}")
    return tree


def _parse_or(tokens):
    return _parse_binary(tokens, "|", "or", _parse_and)


def _parse_and(tokens):
    return _parse_binary(tokens, "&", "and", _parse_not)


def _parse_binary(tokens, operator, kind, operand):
    """Operands joined by operator, left to right: ("kind", ("kind", a, b), c)."""
    left, tokens = operand(tokens)
    while tokens and tokens[0] == ("op", operator):
        right, tokens = operand(tokens[1:])
        left = (kind, left, right)
    return left, tokens


def _parse_not(tokens):
    if tokens[0] == ("op", "!"):
        operand, tokens = _parse_not(tokens[1:])
        return ("not", operand), tokens
    if tokens[0] == ("op", "("):
        inner, tokens = _parse_or(tokens[1:])
        if not tokens or tokens[0] != ("op", ")"):
            raise ValueError("unbalanced parentheses")
        return inner, tokens[1:]
    kind, value = tokens[0]
    if kind != "word":
        raise ValueError(f"unexpected {value!r}")
    return ("word", value), tokens[1:]


def word_matches(word: str, language: str) -> list[int]:
    """The cases whose vector in language holds word (a tsquery literal as PostgreSQL wrote it).

    Through the GIN index even for a word most cases hold: the planner would read every vector
    instead, several times slower, when the index alone says which rows match.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"SELECT page_ptr_id FROM practices_practicepage WHERE search_{language} @@ %s::tsquery",  # noqa: S608
            [word],
        )
        return [row[0] for row in cursor.fetchall()]


def query_matches(text: str, language: str) -> list[int]:
    """The cases matching text in language, straight from the index (for phrases)."""
    with connection.cursor() as cursor:
        where = f"search_{language} @@ {_query_sql(language)}"
        cursor.execute(f"SELECT page_ptr_id FROM practices_practicepage WHERE {where}", [text])  # noqa: S608
        return [row[0] for row in cursor.fetchall()]


def ranked_among(ids: list[int], text: str, language: str, *, offset: int, size: int) -> list[int]:
    """The ids at offset..offset+size of ids ordered by relevance; for a bounded set of ids.

    Equal ranks go newest first by id, so only the case rows of the candidates are read.
    """
    sql = (
        "SELECT page_ptr_id FROM practices_practicepage WHERE page_ptr_id = ANY(%s) "  # noqa: S608
        f"ORDER BY ts_rank(search_{language}, {_query_sql(language)}) DESC, page_ptr_id DESC "
        "LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(ids), text, size, offset])
        return [row[0] for row in cursor.fetchall()]
