# The data version moves from the explorer app to tip, which every reader of the data shares.
# Only Django's record of the model moves: the table keeps its name (explorer_dataversion).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('tip', '0002_narratives_and_statistics'),
        ('explorer', '0001_data_version'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='DataVersion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('counter', models.PositiveBigIntegerField(default=0)),
                        ('changed_at', models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        'verbose_name': 'data version',
                        'db_table': 'explorer_dataversion',
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
