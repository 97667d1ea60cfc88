from typing import Any

from wagtail import hooks

from .admin_views import MemberViewSet
from .history import register_state_actions


@hooks.register("register_admin_viewset")
def register_member_viewset() -> MemberViewSet:
    return MemberViewSet()


@hooks.register("register_log_actions")
def register_member_log_actions(actions: Any) -> None:
    register_state_actions(actions)
