"""Every database gets the Spanish locale, so pages can be translated into it at once."""

from django.db import migrations


def add_spanish(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="es")


def remove_spanish(apps, schema_editor):
    # Left in place: pages translated into Spanish point at it (PROTECT).
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_site_settings_home_group"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(add_spanish, remove_spanish)]
