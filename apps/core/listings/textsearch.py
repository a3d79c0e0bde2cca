"""Ranked full-text search per language, on PostgreSQL's text-search configurations.

Shared by every listing that searches translated text (the library, the knowledge hub). A table
that is searched stores one GIN-indexed tsvector per language (`search_<code>`), built with that
language's stemming: one vector has one configuration and so stems one language only (with
`swedish`, "välfärd" finds "välfärden" but Spanish "transformar" never finds "transforman").
PostgreSQL has no Latvian configuration: the portal adds one, `latvian` (LATVIAN_SQL below), which
removes diacritics and then reads each word with Debian's hunspell-lv dictionary as an Ispell
dictionary, so "inovācija", "inovācijas" and "inovacijām" are one word; a word the dictionary does
not know is kept as it is (`simple`). Where the dictionary is not installed (a managed database)
the configuration removes diacritics only, and a system check says so. On SQLite (the embedded
default) there are no vectors; each app falls back to a plain case-insensitive match.

Matching and ranking without scoring every match: a broad query ("trust or housing") matches most
of a large table, and ranking all of it to show twenty means reading every matching vector.
Instead the match set comes from bitmaps of the rows containing each word, kept like the facet
bitmaps (a new combination of known words costs a few bitmap operations), and ts_rank scores a
bounded candidate set only. A RUM index was measured too: its ordered scan still scores every
match inside the index (140 ms for a query matching 87,000 of 100,000 cases), against 3 to 8 ms
for ranking 200 to 500 candidates.
"""

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pyroaring import BitMap

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.core import checks
from django.db import connection, transaction
from django.db.models import TextField, Value
from django.db.models.functions import Coalesce

from apps.core.caching.versioned import remember
from apps.core.i18n import LANGUAGE_CODES

# PostgreSQL's text-search configuration of each language the portal may offer; the check below
# (registered in CoreConfig.ready) stops the portal from starting with a language left out.
CONFIG_OF_LANGUAGE = {"sv": "swedish", "lv": "latvian", "es": "spanish", "fr": "french", "en": "english"}
# The configuration of every language of settings.LANGUAGES, in its order.
CONFIGS = {code: CONFIG_OF_LANGUAGE[code] for code in LANGUAGE_CODES if code in CONFIG_OF_LANGUAGE}
# Headlines mark matches with characters that never occur in content; the template escapes the
# text and only then turns them into <mark>, so content can never inject markup.
MARK_START, MARK_STOP = "\u27e6", "\u27e7"
# A query's matches are kept briefly, as a compressed bitmap: pages of one search reuse them,
# and nothing about a query outlives a few minutes. Word bitmaps live longer, like the facets.
MATCH_SECONDS = 120
WORD_SECONDS = 60 * 60


def is_supported() -> bool:
    return connection.vendor == "postgresql"


def vector_sql(language: str, weighted: Iterable[tuple[str, str]]) -> str:
    """The SQL of a weighted tsvector in language over columns ("page.title_{lang}", "A")."""
    config = CONFIGS[language]
    parts = []
    for column, weight in weighted:
        text = f"coalesce({column.format(lang=language)}, '')"
        parts.append(f"setweight(to_tsvector('{config}', {text}), '{weight}')")
    return " || ".join(parts)


def search_query(text: str, language: str) -> SearchQuery:
    return SearchQuery(text, config=CONFIGS[language], search_type="websearch")


def headline(field: str, text: str, language: str, **options) -> SearchHeadline:
    """field in language with the matches of text marked (MARK_START/MARK_STOP), for `.values()`."""
    return SearchHeadline(
        Coalesce(field, Value(""), output_field=TextField()),
        search_query(text, language),
        config=CONFIGS[language],
        start_sel=MARK_START,
        stop_sel=MARK_STOP,
        **options,
    )


_TOKEN = re.compile(r"\s*(?:('(?:[^']|'')*'(?::\*?[A-D]*)?)|(<->|<\d+>)|([&|!()]))")


class PhraseQuery(Exception):
    """The query orders its words (a quoted phrase, a hyphenated word): only the index can match it."""


def _query_sql(language: str) -> str:
    return f"websearch_to_tsquery('{CONFIGS[language]}', %s)"


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


@dataclass(frozen=True)
class SearchTable:
    """A table with `search_<language>` vectors, matched through bitmaps and ranked in bounds.

    name and key are the table and its id column; prefix names the cache keys; version gives the
    version the cached matches are keyed by (bumped by the owning app when the table changes);
    every gives the ids of all listed rows (for NOT); fallback matches text in language without
    vectors (SQLite). Every name in the SQL comes from the app's code, never from input.
    """

    name: str
    key: str
    prefix: str
    version: Callable[[], str]
    every: Callable[[], BitMap]
    fallback: Callable[[str, str], Iterable[int]]

    def match(self, text: str, language: str) -> BitMap:
        """The ids of the rows matching text in language, unranked.

        Built from a bitmap per word of the query, so a combination nobody asked before costs a
        few bitmap operations once its words have been seen; a phrase is matched by the index.
        """

        def compute():
            if not is_supported():
                return BitMap(self.fallback(text, language))
            try:
                tree = query_tree(parsed_query(text, language))
            except PhraseQuery:
                return BitMap(self.query_matches(text, language))
            return self._evaluate(tree, language) if tree else BitMap()

        digest = hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()[:24]
        key = f"{self.prefix}:match:{self.version()}:{language}:{digest}"
        return remember(key, compute, timeout=MATCH_SECONDS)

    def _evaluate(self, tree, language: str) -> BitMap:
        kind = tree[0]
        if kind == "word":
            word = tree[1]
            digest = hashlib.sha256(word.encode()).hexdigest()[:24]
            key = f"{self.prefix}:word:{self.version()}:{language}:{digest}"
            return remember(key, lambda: BitMap(self.word_matches(word, language)), timeout=WORD_SECONDS)
        if kind == "not":
            return self.every() - self._evaluate(tree[1], language)
        left, right = self._evaluate(tree[1], language), self._evaluate(tree[2], language)
        return left & right if kind == "and" else left | right

    def word_matches(self, word: str, language: str) -> list[int]:
        """The rows whose vector in language holds word (a tsquery literal as PostgreSQL wrote it).

        Through the GIN index even for a word most rows hold: the planner would read every
        vector instead, several times slower, when the index alone says which rows match.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(
                f"SELECT {self.key} FROM {self.name} WHERE search_{language} @@ %s::tsquery",  # noqa: S608
                [word],
            )
            return [row[0] for row in cursor.fetchall()]

    def query_matches(self, text: str, language: str) -> list[int]:
        """The rows matching text in language, straight from the index (for phrases)."""
        where = f"search_{language} @@ {_query_sql(language)}"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {self.key} FROM {self.name} WHERE {where}", [text])  # noqa: S608
            return [row[0] for row in cursor.fetchall()]

    def ranked_among(self, ids: list[int], text: str, language: str, *, offset: int, size: int) -> list[int]:
        """The ids at offset..offset+size of ids ordered by relevance; for a bounded set of ids.

        Equal ranks go newest first by id, so only the rows of the candidates are read.
        """
        sql = (
            f"SELECT {self.key} FROM {self.name} WHERE {self.key} = ANY(%s) "  # noqa: S608
            f"ORDER BY ts_rank(search_{language}, {_query_sql(language)}) DESC, {self.key} DESC "
            "LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [list(ids), text, size, offset])
            return [row[0] for row in cursor.fetchall()]

    def refresh(self, weighted: Iterable[tuple[str, str]], *, alias: str, joins: str = "", ids=None) -> None:
        """Rebuild the stored vectors in one UPDATE, for the given ids or every row.

        weighted lists the columns ("item.title_{lang}", "A") with the table as alias; joins is a
        `FROM ... WHERE ...` clause for columns of another table (Wagtail's page title).
        """
        if not is_supported():
            return
        weighted = list(weighted)
        assignments = ", ".join(f"search_{code} = {vector_sql(code, weighted)}" for code in CONFIGS)
        sql = f"UPDATE {self.name} AS {alias} SET {assignments} {joins}"  # noqa: S608
        params = []
        if ids is not None:
            sql += f" {'AND' if 'WHERE' in joins else 'WHERE'} {alias}.{self.key} = ANY(%s)"
            params.append(list(ids))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def check_configs(app_configs=None, **kwargs) -> list[checks.Error]:
    """A system check: every language of settings.LANGUAGES has a text-search configuration."""
    return [
        checks.Error(
            f"The language {code!r} has no PostgreSQL text-search configuration.",
            hint=(
                "Add it to CONFIG_OF_LANGUAGE in apps/core/listings/textsearch.py "
                "('simple' if PostgreSQL has none)."
            ),
            obj="settings.LANGUAGES",
            id="core.E002",
        )
        for code, _name in settings.LANGUAGES
        if code not in CONFIG_OF_LANGUAGE
    ]


# The Latvian configuration: diacritics removed, then hunspell-lv (installed without diacritics by
# deploy/postgres/latvian-dictionary.sh), then the word as it is. Without the dictionary's files
# the dictionary cannot be created, and the configuration removes diacritics only.
LATVIAN_DICTIONARY = "latvian_ispell"
LATVIAN_SQL = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'latvian_ispell') THEN
        BEGIN
            CREATE TEXT SEARCH DICTIONARY latvian_ispell (
                TEMPLATE = ispell, DictFile = lv_lv_unaccent, AffFile = lv_lv_unaccent
            );
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'The Latvian dictionary is not installed (%): Latvian search removes '
                'diacritics only. Run deploy/postgres/latvian-dictionary.sh on the database server, '
                'then manage.py search_configurations.', SQLERRM;
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'latvian') THEN
        CREATE TEXT SEARCH CONFIGURATION latvian (COPY = simple);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'latvian_ispell') THEN
        ALTER TEXT SEARCH CONFIGURATION latvian
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
            WITH unaccent, latvian_ispell, simple;
    ELSE
        ALTER TEXT SEARCH CONFIGURATION latvian
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
            WITH unaccent, simple;
    END IF;
END
$$;
"""


def latvian_configuration_install() -> bool:
    """Create or complete the `latvian` configuration; whether it reads words with the dictionary."""
    with connection.cursor() as cursor:
        cursor.execute(LATVIAN_SQL)
    return has_latvian_dictionary()


def has_latvian_dictionary() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_ts_config_map AS map "
            "JOIN pg_ts_config AS config ON config.oid = map.mapcfg "
            "JOIN pg_ts_dict AS dictionary ON dictionary.oid = map.mapdict "
            "WHERE config.cfgname = 'latvian' AND dictionary.dictname = %s)",
            [LATVIAN_DICTIONARY],
        )
        return cursor.fetchone()[0]


def check_latvian_dictionary(app_configs=None, databases=None, **kwargs) -> list[checks.Warning]:
    """A database check: Latvian search reads words with the dictionary, not letters only."""
    if not databases or "default" not in databases or not is_supported():
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'latvian')")
        if not cursor.fetchone()[0]:
            return []  # Not migrated yet: core.0004 creates the configuration with the dictionary.
    if has_latvian_dictionary():
        return []
    return [
        checks.Warning(
            "Latvian search matches words as typed: PostgreSQL has no Latvian dictionary.",
            hint=(
                "Run deploy/postgres/latvian-dictionary.sh on the database server, then "
                "`manage.py search_configurations`."
            ),
            id="core.W003",
        )
    ]
