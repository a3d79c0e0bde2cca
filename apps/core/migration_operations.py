"""Migration operations for PostgreSQL-only features, which the embedded SQLite default skips.

The state still changes on every database, so `makemigrations --check` stays clean everywhere.
"""

from django.contrib.postgres.operations import CreateExtension
from django.db import DatabaseError, migrations, transaction

# PostgreSQL's error code for a DROP refused because other objects depend on what it drops.
DEPENDENT_OBJECTS_STILL_EXIST = "2BP01"


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
    """An extension, created if missing; reversing it keeps it while other objects still use it.

    Several apps need `unaccent` (the library, the hub, and the kernel's Latvian text search
    configuration): reversing one app's migrations must not fail on, or remove, what another uses.
    """

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                super().database_backwards(app_label, schema_editor, from_state, to_state)
        except DatabaseError as error:
            # psycopg2 names the code `pgcode`, psycopg 3 `sqlstate`.
            cause = error.__cause__
            if DEPENDENT_OBJECTS_STILL_EXIST not in (
                getattr(cause, "pgcode", None),
                getattr(cause, "sqlstate", None),
            ):
                raise
