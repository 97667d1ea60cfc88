"""The API's docs page, rendered from django-ninja's own template and static files.

ninja renders its local template (Swagger UI from the site's static files) only when "ninja"
is an installed app, and otherwise a template that loads Swagger UI from a CDN, which the
site's content security policy refuses. ninja is not an installed app here (settings.base
says why), so its local template is given as the one it falls back to.
"""

from __future__ import annotations

from django.conf import settings
from ninja.openapi.docs import Swagger


class LocalSwagger(Swagger):
    template_cdn = str(settings.NINJA_DIR / "templates" / "ninja" / "swagger.html")
