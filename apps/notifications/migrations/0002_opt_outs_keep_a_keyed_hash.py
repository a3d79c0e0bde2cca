"""Opt-outs keep a keyed hash of the address instead of the address itself.

Existing rows are converted with the SECRET_KEY of the deployment that runs the migration, so
run it with the deployment's own key (the addresses cannot be read back afterwards).
"""

from django.db import migrations, models


def hash_addresses(apps, schema_editor):
    from apps.notifications.models import address_hash

    OptOut = apps.get_model("notifications", "OptOut")
    seen = set()
    for opt_out in OptOut.objects.order_by("pk").iterator():
        digest = address_hash(opt_out.email)
        if (digest, opt_out.kind) in seen:
            # The same address in another case: one opt-out is enough.
            opt_out.delete()
            continue
        seen.add((digest, opt_out.kind))
        opt_out.email_hash = digest
        opt_out.email = ""
        opt_out.save(update_fields=["email_hash", "email"])


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_outbox_and_subscriptions"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="optout", name="one_opt_out_per_kind"),
        migrations.AddField(
            model_name="optout",
            name="email_hash",
            field=models.CharField(
                default="", editable=False, max_length=64, verbose_name="address (keyed hash)"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(hash_addresses, migrations.RunPython.noop),
        migrations.RemoveField(model_name="optout", name="email"),
        migrations.AddConstraint(
            model_name="optout",
            constraint=models.UniqueConstraint(fields=("email_hash", "kind"), name="one_opt_out_per_kind"),
        ),
    ]
