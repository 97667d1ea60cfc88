"""URL configurations with and without the explorer's `explorer:report` route.

The explorer is developed separately; these let tests check both cases whether or not
the project's own URL configuration includes it yet.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from tipwatch.urls import urlpatterns as site_urlpatterns


def _report(request: HttpRequest, year: int) -> HttpResponse:
    return HttpResponse(str(year))


_without_explorer = [p for p in site_urlpatterns if getattr(p, "namespace", None) != "explorer"]


class WithoutExplorer:
    urlpatterns = _without_explorer


class WithExplorer:
    urlpatterns = [
        path("reports/", include(([path("<int:year>/", _report, name="report")], "explorer"))),
        *_without_explorer,
    ]
