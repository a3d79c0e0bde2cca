from django.db import migrations


def vectors_rebuild(apps, schema_editor):
    """Latvian is read with its dictionary now: rebuild the hub's vectors."""
    if schema_editor.connection.vendor != "postgresql":
        return
    if not apps.get_model("capacity", "HubItem").objects.exists():
        return
    from apps.capacity.selectors import search_vectors_refresh

    search_vectors_refresh()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_latvian_text_search"),
        ("capacity", "0001_initial"),
    ]

    operations = [migrations.RunPython(vectors_rebuild, migrations.RunPython.noop)]
