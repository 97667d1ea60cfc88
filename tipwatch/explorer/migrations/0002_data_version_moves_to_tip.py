# The data version now belongs to tip (tip 0003); its table stays where it is.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('explorer', '0001_data_version'),
        ('tip', '0003_data_version_from_explorer'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='DataVersion')],
            database_operations=[],
        ),
    ]
