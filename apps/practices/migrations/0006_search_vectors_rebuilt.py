from django.db import migrations


def vectors_rebuild(apps, schema_editor):
    """Latvian is read with its dictionary now, and the sources' name is searched: rebuild the vectors."""
    if schema_editor.connection.vendor != "postgresql":
        return
    if not apps.get_model("practices", "PracticePage").objects.exists():
        return
    from apps.practices.search import search_vectors_refresh

    search_vectors_refresh()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_latvian_text_search"),
        ("practices", "0005_case_names_regions_validation_nominations"),
    ]

    operations = [migrations.RunPython(vectors_rebuild, migrations.RunPython.noop)]
