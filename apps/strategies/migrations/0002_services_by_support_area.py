# The services by core support area need the vocabulary; the rest of the app needs only the
# partners, so taking the vocabulary's migrations back keeps the strategies and their page.

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('strategies', '0001_initial'),
        ('vocabulary', '0001_moved_from_the_library'),
    ]

    operations = [
        migrations.CreateModel(
            name='StrategyService',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('description', models.TextField(blank=True, verbose_name='description')),
                ('description_sv', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_lv', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_es', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_fr', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_en', models.TextField(blank=True, null=True, verbose_name='description')),
                ('strategy', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='services', to='strategies.strategy')),
                ('support_area', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='vocabulary.supportarea', verbose_name='core support area')),
            ],
            options={
                'verbose_name': 'service',
                'verbose_name_plural': 'services',
                'ordering': ['support_area__number', 'pk'],
            },
        ),
        migrations.AddConstraint(
            model_name='strategyservice',
            constraint=models.UniqueConstraint(fields=('strategy', 'support_area'), name='one_service_per_support_area'),
        ),
    ]
