"""The explorer's public pages and downloads (namespace `explorer`)."""

from django.urls import path, re_path

from . import download_views, views

app_name = "explorer"

urlpatterns = [
    path("explorer/", views.home, name="home"),
    path("map/", views.map_view, name="map"),
    path("countries/", views.country_index, name="countries"),
    re_path(r"^countries/(?P<iso3>[A-Za-z]{3})/$", views.country_detail, name="country"),
    path("compare/", views.compare_view, name="compare"),
    path("reports/", views.report_index, name="reports"),
    path("reports/<int:year>/", views.report_detail, name="report"),
    path("downloads/", download_views.downloads_page, name="downloads"),
    re_path(
        r"^downloads/placements\.(?P<fmt>csv|json|xlsx)$",
        download_views.placements_file,
        name="placements-file",
    ),
    path("downloads/datapackage.json", download_views.datapackage, name="datapackage"),
    path("downloads/codebook.md", download_views.codebook, name="codebook"),
    path("downloads/provenance.md", download_views.provenance, name="provenance"),
]
