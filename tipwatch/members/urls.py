from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("confirm-again/", views.resend_confirmation, name="resend_confirmation"),
    path("manage/", views.manage_request, name="manage_request"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("manage/<str:token>/my-data.json", views.manage_data, name="manage_data"),
    path("manage/<str:token>/cancel/", views.manage_cancel, name="manage_cancel"),
    path("manage/<str:token>/rejoin/", views.manage_rejoin, name="manage_rejoin"),
    path("manage/<str:token>/erase/", views.manage_erase, name="manage_erase"),
]
