from django.db import migrations

from apps.core.listings.textsearch import LATVIAN_SQL
from apps.core.migration_operations import PostgresOnlyExtension


def latvian_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(LATVIAN_SQL)


def latvian_configuration_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS latvian")
        schema_editor.execute("DROP TEXT SEARCH DICTIONARY IF EXISTS latvian_ispell")


class Migration(migrations.Migration):
    """PostgreSQL's text search configuration `latvian`: unaccent, hunspell-lv, simple.

    The library's and the hub's Latvian vectors are rebuilt with it by their apps' migrations.
    """

    dependencies = [("core", "0003_site_pages_moved")]

    operations = [
        PostgresOnlyExtension("unaccent"),
        migrations.RunPython(latvian_configuration, latvian_configuration_drop),
    ]
