from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from tipwatch.pages.sitemap import TranslatedSitemap
from tipwatch.pages.views import robots_txt

# Machine-facing and editor URLs keep one address whatever the visitor's language.
urlpatterns = [
    path("", include("tipwatch.core.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("api/v1/", include("tipwatch.api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages in each language: English where it has always been, Spanish under /es/.
urlpatterns += i18n_patterns(
    path("search/", include("tipwatch.sitesearch.urls")),
    path("news/feed/", include("tipwatch.news.urls")),
    path("members/", include("tipwatch.members.urls")),
    path("", include("tipwatch.alerts.urls")),
    path("", include("tipwatch.explorer.urls")),
    path("", include("tipwatch.pages.urls")),
    prefix_default_language=False,
)
