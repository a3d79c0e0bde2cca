from django.db import migrations


class Migration(migrations.Migration):
    """Index Wagtail's page tree by depth and path, which is how the children of a page are found.

    Without it, the children of the home page are found by reading every page below it: the
    whole library.
    """

    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS wagtailcore_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS wagtailcore_page_depth_path",
        )
    ]
