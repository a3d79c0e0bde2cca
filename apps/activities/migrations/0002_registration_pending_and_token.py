import secrets

from django.db import migrations, models

import apps.activities.models


def tokens_give(apps, schema_editor):
    """Every registration gets a random token: the old links, a signed id, stop working."""
    Registration = apps.get_model("activities", "Registration")
    for registration in Registration.objects.only("pk").iterator():
        Registration.objects.filter(pk=registration.pk).update(token=secrets.token_urlsafe(32))


class Migration(migrations.Migration):
    dependencies = [
        ("activities", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="token",
            field=models.CharField(editable=False, max_length=64, null=True, verbose_name="token of the links"),
        ),
        migrations.RunPython(tokens_give, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="token",
            field=models.CharField(
                default=apps.activities.models.new_registration_token,
                editable=False,
                max_length=64,
                unique=True,
                verbose_name="token of the links",
            ),
        ),
        migrations.AlterField(
            model_name="registration",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Awaiting confirmation of the address"),
                    ("confirmed", "Confirmed"),
                    ("waitlisted", "On the waiting list"),
                    ("cancelled", "Cancelled"),
                ],
                max_length=12,
                verbose_name="status",
            ),
        ),
    ]
