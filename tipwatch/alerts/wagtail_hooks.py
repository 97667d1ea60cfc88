from wagtail import hooks

from .admin_views import AlertsGroup


@hooks.register("register_admin_viewset")
def register_alerts() -> AlertsGroup:
    return AlertsGroup()
