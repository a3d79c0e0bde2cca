"""Migration operations for PostgreSQL-only features, which the embedded SQLite default skips.

The state still changes on every database, so `makemigrations --check` stays clean everywhere.
"""

from django.contrib.postgres.operations import CreateExtension
from django.db import migrations


class PostgresOnlyMixin:
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class PostgresOnlyAddIndex(PostgresOnlyMixin, migrations.AddIndex):
    pass


class PostgresOnlyExtension(PostgresOnlyMixin, CreateExtension):
    pass
