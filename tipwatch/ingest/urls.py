from django.urls import path

from . import views

app_name = "ingest"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.upload, name="upload"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/status/", views.status, name="status"),
    path("<int:pk>/apply/", views.apply, name="apply"),
    path("<int:pk>/retry/", views.retry, name="retry"),
    path("<int:pk>/decide/<int:change_pk>/", views.decide, name="decide"),
]
