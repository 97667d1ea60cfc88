"""`manage.py compile_catalogs`: what `make install` runs instead of `compilemessages`, so a
machine without GNU gettext can install (see `tipwatch.core.catalogs`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tipwatch.core.catalogs import CatalogError, catalogs_under, compile_catalog


class Command(BaseCommand):
    help = (
        "Compile the project's translation catalogs (LOCALE_PATHS) with Babel: no gettext needed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        found = list(catalogs_under(Path(folder) for folder in settings.LOCALE_PATHS))
        if not found:
            raise CommandError(
                f"No catalogs (<language>/LC_MESSAGES/*.po) under {settings.LOCALE_PATHS}."
            )
        for po_path in found:
            try:
                written = compile_catalog(po_path)
            except CatalogError as error:
                raise CommandError(str(error)) from error
            if options["verbosity"] > 0:
                self.stdout.write(f"Compiled {po_path} into {written.name}")
