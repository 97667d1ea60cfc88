from wagtail import hooks

from .admin_views import MemberViewSet


@hooks.register("register_admin_viewset")
def register_member_viewset() -> MemberViewSet:
    return MemberViewSet()
